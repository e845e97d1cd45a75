// Japanese as a Japanese candidate reads it: the written-answer coach counts
// characters (a Japanese answer has no words to count) and quotes what it found
// 「like this」, numbers with their counters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, openApp, shot, beginAndAnswer } from './lib/harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const w = (page) => page.locator('naitei-check');

test('the Japanese coach counts characters and quotes its evidence with counters', async () => {
  const { context, page } = await newPage(env.browser);
  await openApp(page, env.url);
  await w(page).locator('button.naitei-lang[lang=ja]').click();
  await w(page).locator('section.naitei[lang=ja][aria-busy=false]').waitFor();
  await beginAndAnswer(page, 0);
  for (let i = 0; i < 120 && (await w(page).locator('.naitei-question').getAttribute('data-item')) !== 'self_star_text'; i++) {
    await w(page).locator('.naitei-nav .naitei-quiet').click();
  }
  const text = '前職では決済システムの障害対応を担当しました。私がログを調べて原因を特定し、復旧までの時間を120分から30分に短縮しました。チームで手順書を作り、問い合わせは3割減りました。';
  await w(page).locator('textarea').fill(text);
  const count = w(page).locator('.naitei-question p[aria-live=off]');
  await count.filter({ hasText: '文字' }).waitFor();
  assert.match(await count.innerText(), /^\d+文字$/, 'characters, not "1語"');
  const evidence = w(page).locator('.naitei-coach .naitei-evidence');
  await evidence.first().waitFor();
  const all = (await evidence.allInnerTexts()).join('\n');
  assert.match(all, /「30分」/, `the number is quoted with its counter (${all})`);
  assert.match(all, /「3割」/);
  assert.doesNotMatch(all, / · /, 'Japanese evidence is listed the Japanese way');
  await shot(page, 'coach-star-ja');
  await context.close();
});
