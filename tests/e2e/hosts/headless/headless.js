// A host that keeps its own form and only uses Naitei to score.
import { evaluate, bank, checkPack } from '/naitei.js';

const result = { };
try {
  const items = await bank('ja');
  result.items = items.length;
  result.firstPrompt = items[0].prompt;
  const e = await evaluate({ next_stage: 'first_interview', format: 'onsite' }, { arrival_onsite: 'on_the_dot', unknown_item: 'x' }, { today: '2026-11-21' });
  result.flags = e.report.flags.map((f) => f.check);
  result.ignored = e.report.ignored.map((i) => i.item);
  result.planStart = e.plan.start;
  try { await evaluate({}, {}, { today: 'next week' }); } catch (err) { result.badDate = err.message; }
  try { await bank('fr'); } catch (err) { result.badLang = err.message; }
  result.packProblems = (await checkPack({ format: 1, manifest: { format: 1 }, sections: [] })).length;
} catch (err) {
  result.error = err.message;
}
document.getElementById('out').textContent = JSON.stringify(result);
