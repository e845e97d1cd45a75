// How a host page uses naitei.js, written against naitei.d.ts. `tsc --noEmit`
// (make test, "types") fails when the declarations no longer fit this code, and
// every `@ts-expect-error` line fails when the declarations stop rejecting a mistake.
import { bank, checkPack, evaluate, loadTexts, mount, version } from '../../web/js/naitei.js';
import type { CompleteDetail, Evaluation, Handle, NaiteiCheckElement, Options, ProgressDetail, Report, StudyPlan } from '../../web/js/naitei.js';

const v: string = version;

const el: NaiteiCheckElement = document.createElement('naitei-check');
el.setAttribute('storage-key', 'careers');
el.options = { lang: 'ja', theme: 'dark', stage: 'final', company: 'sme', region: 'west', storageKey: 'careers', shareTextAnswers: true };
el.addEventListener('naitei:progress', (e) => {
  const d: ProgressDetail = e.detail;
  const left: number = d.total - d.answered - d.skipped;
  const onReport: boolean = d.screen === 'report';
  console.log(left, onReport, d.position);
});
el.addEventListener('naitei:complete', (e) => {
  const d: CompleteDetail = e.detail;
  const overall: number | null = d.report.overall;
  const firstDay: string | undefined = d.plan.days[0]?.date;
  console.log(overall, firstDay, d.profile.next_stage, Object.keys(d.answers));
});
document.querySelector('naitei-check')?.addEventListener('naitei:complete', () => {});

async function host(slot: HTMLElement): Promise<void> {
  const handle: Handle = await mount(slot, { lang: 'en', contentSrc: '/packs/ours.json' });
  await handle.update({ theme: 'light' });
  await handle.update({ content: { format: 1, manifest: {}, sections: [] } });
  handle.destroy();

  const e: Evaluation = await evaluate({ next_stage: 'technical', format: 'online', interview_date: '2026-12-01' },
    { arrival_onsite: 'ten_early', self_intro: { text: 'Hello' }, reverse: ['a', 'b'], pressure: { best: 'a', worst: 'b' }, skipped: null, likert: 4 },
    { today: '2026-11-21' });
  const r: Report = e.report;
  for (const a of r.areas) console.log(a.area, a.score ?? '-', a.coverage, a.low_confidence);
  for (const s of r.stages) console.log(s.stage, s.score, s.fix?.kind);
  for (const f of r.flags) console.log(f.check, f.severity, f.stages.join());
  for (const p of [...r.strengths, ...r.risks]) console.log(p.kind === 'check' ? p.check : p.area, p.module, p.step);
  const plan: StudyPlan = e.plan;
  for (const d of plan.days) for (const t of d.tasks) console.log(d.date, t.kind, t.minutes);
  console.log(plan.left_out.map((l) => l.reason.code), plan.missed_milestones.map((m) => m.milestone));

  const items = await bank('ja');
  for (const i of items) console.log(i.id, i.kind, i.prompt, i.options?.map((o) => o.label));
  const problems: string[] = await checkPack('{"format":1}');
  const texts: string = await loadTexts('en');
  console.log(problems.length, texts.length, v);

  const options: Options = {};
  // @ts-expect-error: French is not one of the languages
  options.lang = 'fr';
  // @ts-expect-error: the theme is auto, light or dark
  options.theme = 'sepia';
  // @ts-expect-error: no such stage
  await mount(slot, { stage: 'lunch' });
  // @ts-expect-error: bank() takes a language, not a number
  await bank(1);
  // @ts-expect-error: an unknown option name is a mistake
  await mount(slot, { colour: 'red' });
}
void host;
