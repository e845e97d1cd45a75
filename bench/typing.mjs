// Typing latency on a long free-text answer, measured in the page: the standalone app,
// the first free-text question filled with N characters, then 30 keystrokes, each an
// `input` event replacing the last character; prints the time until a task queued after
// it runs (MODE=task, default) or until the next frame (MODE=frame).
//   node bench/typing.mjs [N=20000]        NAITEI_DIST=other/dist node bench/typing.mjs 20000
import { start, newPage } from '../tests/e2e/lib/harness.mjs';
const chars = Number(process.argv[2] ?? 20000);
const env = await start();
const { page } = await newPage(env.browser);
await page.goto(`${env.url}app/`);
await page.evaluate(() => localStorage.clear());
await page.reload();
const w = page.locator('naitei-check');
await w.locator('.naitei-intro .naitei-start-full').click();
await w.locator('form.naitei-profile button[type=submit]').click();
for (let i = 0; i < 150; i++) {
  const q = w.locator('.naitei-question');
  const kind = await q.getAttribute('data-kind');
  if (kind === 'text') break;
  if (kind === 'best_worst') { await q.locator('.naitei-best input').first().check(); await q.locator('.naitei-worst input').last().check(); }
  else await q.locator('input').first().check();
  await w.locator('.naitei-nav .naitei-primary').click();
}
const box = w.locator('.naitei-question textarea');
await box.fill('面接'.repeat(chars / 2));
await page.waitForTimeout(1000);
const mode = process.env.MODE ?? 'task';
const times = await page.evaluate(async (process_mode) => {
  const ta = document.querySelector('naitei-check').shadowRoot.querySelector('textarea');
  const out = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    ta.value = ta.value.slice(0, -1) + (i % 2 ? '字' : '語');
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
    await new Promise((r) => (process_mode === "frame" ? requestAnimationFrame(() => setTimeout(r, 0)) : setTimeout(r, 0)));
    out.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 50));
  }
  return out.sort((a, b) => a - b);
}, mode);
const p = (q) => times[Math.floor(q * (times.length - 1))].toFixed(1);
console.log(`${process.env.NAITEI_DIST ?? 'dist'}: ${chars} chars: keystroke to ${mode} p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms`);
await env.close();
