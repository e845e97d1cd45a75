// The questionnaire as a candidate uses it: with the mouse, with the keyboard
// only, switching language mid-way, and reloading mid-way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, openApp, shot, focused, tabTo, currentKind, beginAndAnswer, next, completeWithMouse, widgetText } from './lib/harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;

async function assertReport(page, { lang = 'en' } = {}) {
  const report = page.locator('naitei-check .naitei-report');
  await report.waitFor();
  const score = await report.locator('.naitei-score').innerText();
  assert.match(score, /^\d{1,3}$/, 'an overall score from 0 to 100');
  assert.ok(Number(score) >= 0 && Number(score) <= 100);
  assert.ok((await report.locator('.naitei-band').innerText()).length > 2, 'a band name');
  assert.equal(await report.locator('.naitei-areas tbody tr').count(), 5, 'five areas in the table');
  assert.equal(await report.locator('.naitei-stages tbody tr').count(), 5, 'readiness for five stages');
  assert.equal(await report.locator('svg.naitei-radar polygon.naitei-radar-shape').count(), 1, 'a radar chart');
  const heading = await report.locator('h3').first().innerText();
  assert.equal(heading, lang === 'ja' ? '準備度レポート' : 'Your readiness report');
}

test('a candidate completes the questionnaire with the mouse and sees a score', async () => {
  const { context, page } = await newPage(env.browser);
  await openApp(page, env.url);
  await shot(page, 'en-1-intro');
  await page.locator('naitei-check').getByRole('button', { name: /Start the full check/ }).click();
  await shot(page, 'en-2-profile');
  await page.locator('naitei-check').getByRole('button', { name: 'Continue to the questions' }).click();
  const seen = new Set();
  const answered = await completeWithMouse(page, {
    onItem: async (n) => {
      const kind = await currentKind(page);
      if (!seen.has(kind)) {
        seen.add(kind);
        await shot(page, `en-3-question-${kind}`);
      }
    },
  });
  assert.ok(answered >= 60, `answered ${answered} items`);
  assert.deepEqual([...seen].sort(), ['best_worst', 'likert', 'multi', 'single', 'text']);
  await assertReport(page);
  await page.locator('naitei-check .naitei-legend summary').click(); // how the score is worked out: folded under the summary
  const text = await widgetText(page);
  assert.match(text, new RegExp(`You answered ${answered} of ${answered} questions`));
  await shot(page, 'en-4-report');
  await page.locator('naitei-check').getByRole('button', { name: 'See my study plan' }).click();
  await page.locator('naitei-check .naitei-plan .naitei-day').first().waitFor();
  await shot(page, 'en-5-plan');
  const problems = await page.problems();
  assert.deepEqual(problems.console, [], 'no console errors');
  assert.deepEqual([...problems.csp, ...problems.cspEvents], [], 'no CSP violation');
  assert.deepEqual(problems.foreign, [], 'no request leaves the page origin');
  await context.close();
});

test('a candidate completes the questionnaire with the keyboard alone', async () => {
  const { context, page } = await newPage(env.browser);
  await openApp(page, env.url);
  await page.locator('body').focus();
  await tabTo(page, (f) => f.text.startsWith('Start the full check'), 'the start button');
  await page.keyboard.press('Enter');
  // Choose online interviews with the arrow keys, then continue.
  await tabTo(page, (f) => f.type === 'radio' && f.name === 'naitei-format', 'the format radio group');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, (f) => f.text === 'Continue to the questions', 'the continue button');
  await page.keyboard.press('Enter');
  let count = 0;
  while (true) {
    const kind = await currentKind(page);
    if (!kind) break;
    const start = await focused(page);
    assert.ok(start?.cls?.includes('naitei-prompt'), `focus moves to the new question (got ${JSON.stringify(start)})`);
    if (kind === 'text') {
      await tabTo(page, (f) => f.tag === 'textarea', 'the text box', 3);
      await page.keyboard.type('I would ask how code reviews work in the team.');
    } else if (kind === 'best_worst') {
      await tabTo(page, (f) => f.type === 'radio', 'the best group', 3);
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.type === 'radio' && f.name?.endsWith('-worst'), 'the worst group', 3);
      await page.keyboard.press('ArrowDown');
    } else {
      await tabTo(page, (f) => f.type === 'radio' || f.type === 'checkbox', 'the first option', 3);
      await page.keyboard.press('Space');
    }
    await tabTo(page, (f) => f.cls?.includes('naitei-primary'), 'the next button', 16);
    await page.keyboard.press('Enter');
    count++;
  }
  assert.ok(count >= 60, `answered ${count} items by keyboard`);
  await assertReport(page);
  const text = await widgetText(page);
  assert.match(text, /How the interviews are held|Test the video tools|online/i);
  await tabTo(page, (f) => f.text === 'See my study plan', 'the plan button', 200);
  await page.keyboard.press('Enter');
  await page.locator('naitei-check .naitei-plan').waitFor();
  assert.match(await widgetText(page), /Test the video tools/, 'online candidates get the tool test the day before');
  await context.close();
});

test('switching language mid-way and on the report keeps every answer', async () => {
  const { context, page } = await newPage(env.browser);
  await openApp(page, env.url);
  await beginAndAnswer(page, 5);
  await page.locator('naitei-check button.naitei-lang[lang=ja]').click();
  // The Japanese texts load on demand; the section's lang changes once they are shown.
  await page.locator('naitei-check section.naitei[lang=ja][aria-busy=false]').waitFor();
  const progress = await page.locator('naitei-check .naitei-progress').innerText();
  assert.match(progress, /回答済み5問/);
  assert.match(await page.locator('naitei-check .naitei-prompt').innerText(), CJK);
  assert.equal(await page.locator('naitei-check .naitei').getAttribute('lang'), 'ja');
  await shot(page, 'ja-3-question');
  await page.locator('naitei-check .naitei-nav button').first().click(); // 戻る
  const checked = await page.locator('naitei-check .naitei-question input:checked').count();
  assert.ok(checked >= 1, 'the previous answer is still selected after switching');
  await next(page);
  await completeWithMouse(page);
  await assertReport(page, { lang: 'ja' });
  const scoreJa = await page.locator('naitei-check .naitei-score').innerText();
  await shot(page, 'ja-4-report');
  await page.locator('naitei-check button.naitei-lang[lang=en]').click();
  await assertReport(page, { lang: 'en' });
  assert.equal(await page.locator('naitei-check .naitei-score').innerText(), scoreJa, 'the same score in both languages');
  await page.locator('naitei-check button.naitei-lang[lang=ja]').click();
  await page.locator('naitei-check').getByRole('button', { name: '学習プランを見る' }).click();
  await page.locator('naitei-check .naitei-plan .naitei-day').first().waitFor();
  await shot(page, 'ja-5-plan');
  await context.close();
});

test('a reload mid-way continues at the same question with nothing lost', async () => {
  const { context, page } = await newPage(env.browser);
  await openApp(page, env.url);
  await beginAndAnswer(page, 7);
  await page.locator('naitei-check .naitei-nav .naitei-quiet').click(); // skip one
  const before = await page.locator('naitei-check .naitei-progress').innerText();
  const item = await page.locator('naitei-check .naitei-question').getAttribute('data-item');
  await page.reload();
  await page.locator('naitei-check .naitei-question').waitFor();
  assert.equal(await page.locator('naitei-check .naitei-progress').innerText(), before);
  assert.equal(await page.locator('naitei-check .naitei-question').getAttribute('data-item'), item);
  assert.match(before, /7 answered, 1 skipped/);
  await context.close();
});
