// The texts in two files per language: a cold English visit fetches the first file
// (intro, profile form, questions, notices) before the widget renders, and the rest
// (feedback, report, plan, coaches...) right after. Here the rest is held back until
// the first question is interactive and answered: the question needs none of it, the
// learning-mode feedback says it is loading (never a raw key), then shows the real words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, answerWithMouse, answerIn, widgetText, shot } from './lib/harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const w = (page) => page.locator('naitei-check');
// A text key shown as it is (`item.x.option.y.why`, `ui.report.score`) instead of its text.
const RAW_KEY = /\b(item|ui|section|check|module|coach|area|stage)\.[a-z0-9_]+\.[a-z0-9_.]+/;

/** Holds back every request for `pattern` until `release()`; `seen` says whether the widget had rendered by then. */
async function holdBack(page, pattern) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const state = { asked: 0, renderedWhenAsked: [] };
  await page.route(pattern, async (route) => {
    state.asked += 1;
    state.renderedWhenAsked.push(await page.evaluate(() => !!document.querySelector('naitei-check')?.shadowRoot?.querySelector('.naitei-intro')).catch(() => false));
    await held;
    await route.continue().catch(() => {});
  });
  return { state, release };
}

/**
 * A cold visit to the standalone app with `pattern` held back: resolves once the intro is on
 * screen and the held file was asked for (or five seconds passed), with every path requested.
 */
async function coldVisitHolding(pattern, options = {}) {
  // The service worker would answer from its own cache, out of reach of page.route.
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block', ...options });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const held = await holdBack(page, pattern);
  await page.goto(env.url + 'app/');
  await w(page).locator('.naitei-intro .naitei-start-full').waitFor();
  for (let i = 0; i < 50 && held.state.renderedWhenAsked.length === 0; i++) await page.waitForTimeout(100);
  return { context, page, requests, held };
}

/** From the intro to the first question of the full check, in `mode` ("learning" or "test"). */
async function toFirstQuestion(page, mode) {
  await w(page).locator('.naitei-intro .naitei-start-full').click();
  if (mode) await w(page).locator(`#naitei-mode-${mode}`).check();
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  await w(page).locator('.naitei-question input, .naitei-question textarea').first().waitFor();
}

test('a cold English visit fetches the first texts before the first question, the rest after the first render; feedback shows real text', async () => {
  // The rest is asked for right after the first render, not before it.
  const { context, page, requests, held: rest } = await coldVisitHolding('**/naitei-en-rest.json');
  assert.equal(rest.state.asked, 1, `the rest was fetched once, right after the first render: ${JSON.stringify(requests)}`);
  assert.deepEqual(rest.state.renderedWhenAsked, [true], 'the intro was on screen when the rest was asked for');
  const texts = [...new Set(requests.filter((p) => /naitei-(en|ja).*\.json$/.test(p)))];
  assert.deepEqual(texts, ['/naitei-en-first.json', '/naitei-en-rest.json'], 'the first file, then the rest; never the whole file or Japanese');

  // The intro, the profile form and the first question need nothing of the rest.
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  await w(page).locator('.naitei-intro .naitei-start-full').click();
  await w(page).locator('#naitei-mode-learning').check();
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  const question = w(page).locator('.naitei-question');
  await question.locator('input').first().waitFor();
  assert.ok(await question.locator('input').first().isEnabled(), 'the first question is interactive');
  assert.ok((await question.locator('.naitei-prompt').innerText()).length > 10, 'with its prompt');
  assert.doesNotMatch(await widgetText(page), RAW_KEY);

  // Answered in learning mode before the rest is here: the feedback says it is loading.
  const kind = await answerWithMouse(page);
  if (kind === 'multi') await question.locator('.naitei-reveal').click();
  const feedback = question.locator('.naitei-feedback');
  await feedback.locator('[role=status]', { hasText: 'Loading' }).waitFor();
  assert.doesNotMatch(await widgetText(page), RAW_KEY);

  // Then the rest arrives and the feedback shows its reasons.
  rest.release();
  const why = feedback.locator('.naitei-whys dd').first();
  await why.waitFor();
  const words = await why.innerText();
  assert.ok(words.length > 20, `a reason in words: ${words}`);
  assert.equal(await feedback.locator('[role=status]').count(), 0, 'no longer loading');
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  assert.ok(!requests.includes('/naitei-en.json'), 'the whole English file was never fetched');
  await context.close();
});

test('a rest file that fails: the questions still work, the feedback says why instead of showing keys', async () => {
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block', allow: { console: [/naitei-en-rest\.json|texts could not be loaded|500/] } });
  await page.route('**/naitei-en-rest.json', (route) => route.fulfill({ status: 500, body: 'no' }));
  await page.goto(env.url + 'app/');
  await toFirstQuestion(page, 'learning');
  const question = w(page).locator('.naitei-question');
  const kind = await answerWithMouse(page);
  if (kind === 'multi') await question.locator('.naitei-reveal').click();
  await w(page).locator('.naitei-notice[role=alert]', { hasText: 'Some texts could not be loaded' }).waitFor();
  await question.locator('.naitei-feedback [role=status]', { hasText: 'reload the page' }).waitFor();
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  await context.close();
});

test("the coaches' lexicons come once the candidate has pressed Start; a written answer's coach waits for them, then reads it", async () => {
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block' });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const lexicons = await holdBack(page, '**/naitei-lexicons.json');
  await page.goto(env.url + 'app/');
  await w(page).locator('.naitei-intro .naitei-start-full').waitFor();
  await page.waitForTimeout(500);
  assert.equal(lexicons.state.asked, 0, 'a visitor reading the intro does not fetch them');
  // The questions work without them.
  await toFirstQuestion(page);
  for (let i = 0; i < 50 && lexicons.state.asked === 0; i++) await page.waitForTimeout(100);
  assert.equal(lexicons.state.asked, 1, `the lexicons were fetched once, after Start: ${JSON.stringify(requests)}`);
  const question = w(page).locator('.naitei-question');
  await question.locator('input').first().waitFor();
  assert.ok(await question.locator('input').first().isEnabled(), 'the first question is interactive');
  // A written answer: its coach says it is loading until the lexicons are here, then reads the text.
  for (let i = 0; i < 120 && (await question.getAttribute('data-item')) !== 'self_star_text'; i++) {
    await w(page).locator('.naitei-nav .naitei-quiet').click();
  }
  await w(page).locator('textarea').fill('Conclusion first: I led the migration of our billing service. The situation was slow releases; my task was to cut them to a day. I automated the tests, and as a result releases took one day.');
  const coach = w(page).locator('.naitei-coach');
  await coach.locator('[role=status]', { hasText: 'Loading' }).waitFor();
  lexicons.release();
  await coach.locator('.naitei-evidence').first().waitFor();
  assert.equal(await coach.locator('[role=status]').count(), 0, 'no longer loading');
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  await context.close();
});

test("lexicons that fail: the questions work and a notice says why, with no raw keys", async () => {
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block', allow: { console: [/naitei-lexicons\.json|lexicons could not be loaded|500/] } });
  await page.route('**/naitei-lexicons.json', (route) => route.fulfill({ status: 500, body: 'no' }));
  await page.goto(env.url + 'app/');
  await toFirstQuestion(page);
  await w(page).locator('.naitei-question input').first().waitFor();
  // The notice comes with the first thing that needs them: a written answer's coach.
  await toWrittenAnswer(page);
  await w(page).locator('.naitei-notice[role=alert]', { hasText: 'Some texts could not be loaded' }).waitFor();
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  await context.close();
});

test('the first file carries the opening questions only: a later one says it is loading until the rest arrives, then shows its words', async () => {
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block' });
  const rest = await holdBack(page, '**/naitei-en-rest.json');
  await page.goto(env.url + 'app/');
  await toFirstQuestion(page, 'test');
  const question = w(page).locator('.naitei-question');
  await question.locator('.naitei-prompt').waitFor();
  // Skip on through the opening questions (their words are in the first file) to the first that is not.
  const waiting = w(page).locator('.naitei-question-waiting [role=status]', { hasText: 'Loading' });
  let skipped = 0;
  while ((await waiting.count()) === 0 && skipped < 40) {
    await w(page).locator('.naitei-nav .naitei-quiet').click();
    skipped += 1;
  }
  assert.ok(skipped >= 3, `the first three questions never wait (${skipped} skipped)`);
  await waiting.waitFor();
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  rest.release();
  await question.locator('.naitei-prompt').waitFor();
  assert.equal(await waiting.count(), 0, 'no longer loading');
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  await context.close();
});

test('a rest file that fails once is fetched again by itself: the notice goes and the feedback shows its reasons, no reload', async () => {
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block', allow: { console: [/naitei-en-rest\.json|texts could not be loaded|500/] } });
  let calls = 0;
  await page.route('**/naitei-en-rest.json', (route) => (++calls === 1 ? route.fulfill({ status: 500, body: 'no' }) : route.continue()));
  await page.goto(env.url + 'app/');
  await toFirstQuestion(page, 'learning');
  const question = w(page).locator('.naitei-question');
  const kind = await answerWithMouse(page);
  if (kind === 'multi') await question.locator('.naitei-reveal').click();
  const notice = w(page).locator('.naitei-notice[role=alert]', { hasText: 'Some texts could not be loaded' });
  await notice.waitFor();
  // The widget tries again a few seconds later; the answer given meanwhile is kept.
  await question.locator('.naitei-feedback .naitei-whys dd').first().waitFor({ timeout: 15000 });
  assert.equal(calls, 2, 'fetched once more');
  assert.equal(await notice.count(), 0, 'the notice is gone');
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  await context.close();
});

// Two modules: the light one (intro, profile, questions) is all the first question waits for; the
// full one is fetched once the candidate presses Start and takes over when the report is asked for.

/** A fresh page of the lifecycle host with one <naitei-check> carrying `attributes` (storage cleared). */
async function placeWidget(attributes) {
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block' });
  await page.goto(env.url + 'hosts/lifecycle/');
  await page.waitForFunction(() => customElements.get('naitei-check'));
  await page.evaluate((attrs) => {
    localStorage.clear();
    const el = document.createElement('naitei-check');
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    document.getElementById('slot').append(el);
  }, attributes);
  return { context, page };
}

/** Skips on to the first written answer. */
async function toWrittenAnswer(page) {
  const question = w(page).locator('.naitei-question');
  for (let i = 0; i < 120 && (await question.getAttribute('data-kind')) !== 'text'; i++) {
    await w(page).locator('.naitei-nav .naitei-quiet').click();
  }
}

/** A cold visit to `path` with the full module held back until `release()`. */
async function visitHoldingFull(path = 'app/', options = {}) {
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block', ...options });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const held = await holdBack(page, '**/naitei_web_bg.wasm');
  await page.goto(env.url + path);
  await w(page).locator('.naitei-intro .naitei-start-full').waitFor();
  return { context, page, requests, held };
}

/** Answers every question on screen until there is none (the report or its waiting line). */
async function answerAll(page) {
  let answered = 0;
  while (await w(page).locator('.naitei-question').count()) {
    await answerIn(w(page));
    answered += 1;
    await w(page).locator('.naitei-nav .naitei-primary').click();
    assert.ok(answered < 130, 'the questions end');
  }
  return answered;
}

/** A cold visit to `path` on which every request for the full module fails until `recover()`. */
async function visitWithFullFailing(path) {
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block', allow: { console: [/naitei_web_bg\.wasm|500|could not be loaded/] } });
  let failing = true;
  await page.route('**/naitei_web_bg.wasm', (route) => (failing ? route.fulfill({ status: 500, body: 'no' }) : route.continue()));
  await page.goto(env.url + path);
  return { context, page, recover: () => { failing = false; } };
}

/** From the intro, the quick check's first question answered: the candidate stands on the second. */
async function answerTheFirstQuestion(page) {
  await w(page).locator('.naitei-intro .naitei-start-quick').click();
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  await answerIn(w(page));
  await w(page).locator('.naitei-nav .naitei-primary').click();
  await w(page).locator('.naitei-progress', { hasText: '1 answered' }).waitFor();
}

/** The text saved under the page's one widget's storage key. */
const savedText = (page) => page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('naitei:'))));

test('with the full module held back a candidate answers every question on the light one; the report waits for it, then shows every answer', async () => {
  const { context, page, requests, held } = await visitHoldingFull();
  assert.ok(requests.includes('/naitei_light_bg.wasm'), `the light module came first: ${JSON.stringify(requests)}`);
  await page.waitForTimeout(500);
  assert.equal(held.state.asked, 0, 'a visitor who only reads the intro downloads nothing more');
  await w(page).locator('.naitei-intro .naitei-start-quick').click();
  for (let i = 0; i < 50 && held.state.asked === 0; i++) await page.waitForTimeout(100);
  assert.equal(held.state.asked, 1, 'the full module is fetched once the candidate has pressed Start');
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  const answered = await answerAll(page);
  await w(page).locator('.naitei-body .naitei-loading', { hasText: 'Loading' }).waitFor();
  const saved = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('naitei:app')).session.answers).length);
  assert.equal(saved, answered, 'every answer was saved by the light module');
  held.release();
  await w(page).locator('.naitei-report').waitFor();
  assert.match(await widgetText(page), /Your readiness report\s+\d+\s*\/ 100/, 'the report shows a score');
  const kept = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('naitei:app')).session.answers).length);
  assert.equal(kept, answered, 'the full module kept every answer');
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  await context.close();
});

test('with storage refused, the answers given on the light module still reach the report', async () => {
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block', allow: { console: [/progress could not be saved|QuotaExceeded|quota/i] } });
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('naitei:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(env.url + 'app/');
  await w(page).locator('.naitei-intro .naitei-start-quick').click();
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  const answered = await answerAll(page);
  await w(page).locator('.naitei-report').waitFor();
  assert.match(await widgetText(page), /Your readiness report\s+\d+\s*\/ 100/, 'the report has a score, not the intro');
  await w(page).locator('.naitei-not-saved').waitFor();
  assert.ok(answered >= 10, `${answered} answers went into it`);
  await context.close();
});

test('a candidate who switched to Japanese on a page with lang="en" stays in Japanese after the hand-over', async () => {
  const { context, page } = await placeWidget({ lang: 'en', 'storage-key': 'handover-lang' });
  await w(page).locator('.naitei-intro .naitei-start-quick').click();
  await w(page).locator('.naitei-header button', { hasText: '日本語' }).click();
  await w(page).locator('section.naitei[lang=ja] form.naitei-profile').waitFor();
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  await answerAll(page);
  await w(page).locator('.naitei-report').waitFor();
  assert.equal(await w(page).locator('section.naitei').getAttribute('lang'), 'ja', 'the report is in Japanese');
  await context.close();
});

test('the hand-over at a written answer keeps the text and the caret where the candidate was typing', async () => {
  const { context, page, held } = await visitHoldingFull();
  await toFirstQuestion(page);
  await toWrittenAnswer(page);
  const area = w(page).locator('textarea');
  await area.click();
  await page.keyboard.type('I led the migration of our billing service');
  held.release();
  await w(page).locator('.naitei-coach').waitFor();
  await page.keyboard.type('.');
  assert.equal(await area.inputValue(), 'I led the migration of our billing service.', 'typing went on in the same answer');
  await context.close();
});

test('a candidate who left on the report comes back to it on the full module alone (a career page without preloads)', async () => {
  // The standalone page preloads the light module (its service worker serves both from the cache
  // on a return visit); a host page has only naitei.js, which chooses.
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block' });
  await page.goto(env.url + 'demo/');
  await w(page).locator('.naitei-intro .naitei-start-quick').click();
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  while (await w(page).locator('.naitei-question').count()) {
    await answerIn(w(page));
    await w(page).locator('.naitei-nav .naitei-primary').click();
  }
  await w(page).locator('.naitei-report').waitFor();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.reload();
  await w(page).locator('.naitei-report').waitFor();
  assert.ok(requests.includes('/naitei_web_bg.wasm'), `the full module: ${JSON.stringify(requests)}`);
  assert.ok(!requests.includes('/naitei_light_bg.wasm'), `not the light one as well: ${JSON.stringify(requests)}`);
  await context.close();
});

test('a full module that cannot be fetched: the report says why, the answers are kept, and it comes by itself once the network is back', async () => {
  const { context, page, recover } = await visitWithFullFailing('app/');
  await w(page).locator('.naitei-intro .naitei-start-quick').click();
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  let answered = 0;
  while (await w(page).locator('.naitei-question').count()) {
    await answerIn(w(page));
    answered += 1;
    await w(page).locator('.naitei-nav .naitei-primary').click();
  }
  await w(page).locator('.naitei-body [role=alert]', { hasText: 'your answers are kept' }).waitFor();
  recover();
  await w(page).locator('.naitei-report').waitFor({ timeout: 20000 });
  const kept = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('naitei:app')).session.answers).length);
  assert.equal(kept, answered, 'every answer kept');
  assert.doesNotMatch(await widgetText(page), RAW_KEY);
  await context.close();
});

test("after the hand-over, a new storage key opens that key's own progress, and the first key keeps what was typed", async () => {
  const { context, page } = await placeWidget({ 'storage-key': 'first-key' });
  await toFirstQuestion(page);
  await toWrittenAnswer(page);
  await w(page).locator('.naitei-coach').waitFor({ state: 'attached' }); // on the full module now
  await w(page).locator('textarea').fill('I led the migration of our billing service.');
  await page.evaluate(() => document.querySelector('naitei-check').setAttribute('storage-key', 'second-key'));
  await w(page).locator('.naitei-intro').waitFor();
  const second = await page.evaluate(() => localStorage.getItem('naitei:second-key') ?? '');
  assert.doesNotMatch(second, /billing service/, 'the second key did not get the first key\'s answers');
  await page.evaluate(() => document.querySelector('naitei-check').setAttribute('storage-key', 'first-key'));
  await w(page).locator('.naitei-question textarea').waitFor();
  assert.equal(await w(page).locator('textarea').inputValue(), 'I led the migration of our billing service.', 'the first key kept what was typed');
  await context.close();
});

test('the light module reads no saved progress: an untouched visit leaves none, a return starts on the full module, and another tab saving makes it hand over with both tabs\' answers', async () => {
  const { context, page } = await newPage(env.browser, { serviceWorkers: 'block' });
  await page.goto(env.url + 'demo/');
  await w(page).locator('.naitei-intro .naitei-start-quick').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('naitei:')).length), 0,
    'reading the intro leaves nothing behind, so the next visit starts light again');
  await answerTheFirstQuestion(page);

  // A second tab finds that progress: it starts on the full module alone and answers one more.
  const other = await context.newPage();
  const requests = [];
  other.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await other.goto(env.url + 'demo/');
  await w(other).locator('.naitei-question').waitFor();
  assert.ok(requests.includes('/naitei_web_bg.wasm') && !requests.includes('/naitei_light_bg.wasm'), `the full module alone: ${JSON.stringify(requests)}`);
  await answerIn(w(other));
  await w(other).locator('.naitei-nav .naitei-primary').click();
  await w(other).locator('.naitei-progress', { hasText: '2 answered' }).waitFor();

  // The first tab, still on the light module, hears of it and hands over: nothing is written over
  // the other tab's answer, and both answers are on screen.
  await w(page).locator('.naitei-progress', { hasText: '2 answered' }).waitFor({ timeout: 10000 });
  const saved = Object.keys(JSON.parse(await savedText(page)).session.answers).length;
  assert.equal(saved, 2);
  await context.close();
});

test('the loader reads the storage key as the widget does: " careers " with progress saved under "careers" starts on the full module', async () => {
  const { context, page } = await placeWidget({ 'storage-key': 'careers' });
  await answerTheFirstQuestion(page);
  // A new visit: nothing compiled in the page yet, every module asked for again.
  await page.reload();
  await page.waitForFunction(() => customElements.get('naitei-check'));
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.evaluate(() => {
    const el = document.createElement('naitei-check');
    el.setAttribute('storage-key', '  careers  ');
    document.getElementById('slot').append(el);
  });
  await w(page).locator('.naitei-progress', { hasText: '1 answered' }).waitFor();
  assert.ok(!requests.includes('/naitei_light_bg.wasm'), `the saved progress was seen, so not the light module: ${JSON.stringify(requests)}`);
  await context.close();
});

test('a light widget whose key another tab saves keeps its question, says so when the full module cannot come, and merges both tabs\' answers once it does', async () => {
  const { context, page, recover } = await visitWithFullFailing('demo/');
  await answerTheFirstQuestion(page);

  // Another tab (the full module, which it can fetch) skips the second question and answers the third.
  const other = await context.newPage();
  await other.goto(env.url + 'demo/');
  await w(other).locator('.naitei-question').waitFor();
  await w(other).locator('.naitei-nav .naitei-quiet').click();
  await answerIn(w(other));
  await w(other).locator('.naitei-nav .naitei-primary').click();
  await w(other).locator('.naitei-progress', { hasText: '2 answered' }).waitFor();
  const theirs = await savedText(other);

  // The first tab keeps its question, and says its latest answers wait for the full module.
  await page.bringToFront();
  await w(page).locator('.naitei-unsaved-elsewhere').waitFor({ timeout: 10000 });
  assert.equal(await w(page).locator('.naitei-handover').count(), 0, 'no waiting line replaces the question');
  await shot(page, 'light-unsaved-elsewhere');
  await answerIn(w(page));
  await w(page).locator('.naitei-nav .naitei-primary').click();
  const stored = await savedText(page);
  assert.equal(stored, theirs, 'nothing is written over what the other tab saved');

  // The network is back: the full module comes by itself and merges both tabs' answers.
  recover();
  await w(page).locator('.naitei-progress', { hasText: '3 answered' }).waitFor({ timeout: 20000 });
  assert.equal(await w(page).locator('.naitei-unsaved-elsewhere').count(), 0, 'the notice is gone');
  await context.close();
});
