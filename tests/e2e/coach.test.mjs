// The free-text coaches in the widget, as a candidate types: reverse questions
// classified for the next stage, the STAR checklist, both languages, and a
// Japanese input method composing text without losing focus or its place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, openApp, shot, beginAndAnswer } from './lib/harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const w = (page) => page.locator('naitei-check');

/** Opens the app (optionally in Japanese) and skips items until `id` is the current one. */
async function openAt(page, id, lang = 'en') {
  await openApp(page, env.url);
  if (lang === 'ja') {
    await w(page).locator('button.naitei-lang[lang=ja]').click();
    await w(page).locator('.naitei[lang=ja]').waitFor();
  }
  await beginAndAnswer(page, 0);
  await goTo(page, id);
}

/** Skips items until `id` is the current one. */
async function goTo(page, id) {
  for (let i = 0; i < 100; i++) {
    if ((await w(page).locator('.naitei-question').getAttribute('data-item')) === id) return;
    await w(page).locator('.naitei-nav .naitei-quiet').click();
  }
  throw new Error(`item ${id} not reached`);
}

test('reverse questions are classified as they are typed, for the next stage', async () => {
  const { context, page } = await newPage(env.browser);
  await openAt(page, 'rq_plan_text');
  const box = w(page).locator('textarea');
  await box.fill('What is the salary for this position?\nHow does your team run code reviews?\nWhen was the company founded?');
  const coach = w(page).locator('.naitei-coach');
  await coach.locator('li').nth(2).waitFor();
  const items = await coach.locator('li.naitei-coach-question').allInnerTexts();
  assert.equal(items.length, 3);
  assert.match(items[0], /Better not at this stage/);
  assert.match(items[1], /Good question/);
  assert.match(items[2], /Better not at this stage|Fine/);
  assert.match(await coach.innerText(), /Matched:/, 'the words that decided are shown');
  await shot(page, 'coach-reverse-en');
  await context.close();
});

test('a STAR answer gets a checklist with evidence, speaking time and the I / team balance', async () => {
  const { context, page } = await newPage(env.browser);
  await openAt(page, 'self_star_text');
  await w(page).locator('textarea').fill(
    'We cut checkout latency by 40%. Our shop had slow pages during sales (situation). I was responsible for the backend ' +
    'performance (task). I profiled the queries, added caching with Redis and worked with the frontend team on the API (action). ' +
    'As a result, peak response time fell by 40% and server costs dropped by 20% a year (result).');
  const lines = w(page).locator('.naitei-coach .naitei-check-line');
  await lines.first().waitFor();
  const ticked = await w(page).locator('.naitei-coach .naitei-ok').count();
  assert.ok(ticked >= 5, `${ticked} parts found`);
  assert.match(await w(page).locator('.naitei-coach').innerText(), /when spoken/);
  await shot(page, 'coach-star-en');
  await context.close();
});

test('in Japanese, questions and answers are coached in Japanese', async () => {
  const { context, page } = await newPage(env.browser);
  await openAt(page, 'rq_plan_text', 'ja');
  await w(page).locator('textarea').fill('御社の設立年はいつですか。\n御社のエンジニアブログで拝見したマイクロサービス移行について、技術選定の決め手を教えていただけますか。');
  const items = w(page).locator('.naitei-coach li.naitei-coach-question');
  await items.nth(1).waitFor();
  assert.match(await items.nth(0).innerText(), /この段階では避けましょう|避け/);
  assert.match(await items.nth(1).innerText(), /よい質問|良い質問/);
  await shot(page, 'coach-reverse-ja');
  await context.close();
});

test('an input method composing Japanese keeps focus and nothing is saved until it commits', async () => {
  const { context, page } = await newPage(env.browser);
  await openAt(page, 'trust_failure_story');
  const box = w(page).locator('textarea');
  await box.click();
  await box.pressSequentially('I ');
  const cdp = await context.newCDPSession(page);
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('naitei:app')).session.answers.trust_failure_story?.text ?? null);
  const focusedIsBox = () => page.evaluate(() => document.querySelector('naitei-check').shadowRoot.activeElement?.tagName === 'TEXTAREA');
  await cdp.send('Input.imeSetComposition', { text: 'しっぱい', selectionStart: 4, selectionEnd: 4 });
  await page.waitForTimeout(100);
  await cdp.send('Input.imeSetComposition', { text: '失敗', selectionStart: 2, selectionEnd: 2 });
  await page.waitForTimeout(100);
  assert.equal(await saved(), 'I ', 'the composition in progress is not saved');
  assert.ok(await focusedIsBox(), 'focus stays in the text box while composing');
  assert.equal(await box.inputValue(), 'I 失敗', 'the composing text stays in place');
  await cdp.send('Input.insertText', { text: '失敗' });
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('naitei:app')).session.answers.trust_failure_story?.text === 'I 失敗');
  assert.ok(await focusedIsBox(), 'focus is still there after committing');
  await box.pressSequentially('しました。');
  assert.match(await box.inputValue(), /^I 失敗しました。$/);
  await context.close();
});
