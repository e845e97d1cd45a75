// Where the candidate lands: nothing moves on load; after each screen change
// the widget's top is in view and focus is on the new screen's heading; the
// report opens with a summary and sections that can be jumped to and folded;
// a mentor's shared view shows the written answers and leads to one's own
// check; choosing one response as both best and worst is explained.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, shot, focused, currentKind, answerWithMouse, next, completeWithMouse } from './lib/harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const w = (page) => page.locator('naitei-check');

/** Where an element of the widget is relative to the viewport. */
const box = (loc) => loc.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, height: r.height, inner: window.innerHeight };
});

/** Starts the quick check from the intro and answers every item with the mouse, stopping before the last Next. */
async function quickCheckToLastItem(page) {
  await w(page).locator('.naitei-intro .naitei-start-quick').click();
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  let n = 0;
  for (;;) {
    const kind = await currentKind(page);
    assert.ok(kind, 'still on a question');
    await answerWithMouse(page, n % 2 ? 'last' : 'first');
    n++;
    const label = await w(page).locator('.naitei-nav .naitei-primary').innerText();
    if (label === 'See my report') return n;
    await next(page);
  }
}

test('a returning visitor is neither scrolled to the widget nor has focus moved on load', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'hosts/article/');
  await page.evaluate(() => localStorage.clear());
  await w(page).locator('.naitei-intro').scrollIntoViewIfNeeded();
  await w(page).locator('.naitei-intro .naitei-start-full').click();
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  for (let i = 0; i < 3; i++) { await answerWithMouse(page); await next(page); }
  const again = await context.newPage();
  await again.goto(env.url + 'hosts/article/');
  await w(again).locator('.naitei-question').waitFor();
  await again.waitForTimeout(500);
  assert.equal(await again.evaluate(() => window.scrollY), 0, 'the page stays at its top');
  assert.equal(await again.evaluate(() => document.activeElement === document.body), true,
    `focus stays on the page (got ${JSON.stringify(await focused(again))})`);
  await context.close();
});

test('"See my report" and "See my study plan" bring the new screen\'s top into view and focus its heading', async () => {
  const { context, page } = await newPage(env.browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(env.url + 'hosts/article/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await w(page).locator('.naitei-intro').scrollIntoViewIfNeeded();
  await quickCheckToLastItem(page);
  // The candidate reads down to the buttons at the bottom of a long question.
  await w(page).locator('.naitei-nav .naitei-primary').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 400);
  await w(page).locator('.naitei-nav .naitei-primary').click();
  const heading = w(page).locator('.naitei-report > h3');
  await heading.waitFor();
  await page.waitForTimeout(300);
  const f = await focused(page);
  assert.equal(f?.text, 'Your readiness report', `focus is on the report's heading (got ${JSON.stringify(f)})`);
  const h = await box(heading);
  assert.ok(h.top >= 0 && h.bottom <= h.inner, `the heading is in view (top ${h.top})`);
  const score = await box(w(page).locator('.naitei-score'));
  assert.ok(score.top >= 0 && score.bottom <= score.inner, `the score is in view (top ${score.top})`);
  await shot(page, 'landing-report');

  await w(page).getByRole('button', { name: 'See my study plan' }).click();
  const plan = w(page).locator('.naitei-plan > h3');
  await plan.waitFor();
  await page.waitForTimeout(300);
  assert.equal((await focused(page))?.text, 'Your study plan', 'focus is on the plan\'s heading');
  const p = await box(plan);
  assert.ok(p.top >= 0 && p.top < 200, `the plan starts at the top of the view (heading at ${p.top})`);
  await context.close();
});

test('the report opens with a summary: score, band, what limits it, three actions and the way to the plan', async () => {
  const { context, page } = await newPage(env.browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(env.url + 'app/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await quickCheckToLastItem(page);
  await next(page);
  await w(page).locator('.naitei-report').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  const summary = w(page).locator('.naitei-summary');
  assert.match(await summary.locator('.naitei-score').innerText(), /^\d{1,3}$/);
  assert.ok((await summary.locator('.naitei-band').innerText()).length > 2, 'a band');
  assert.match(await summary.innerText(), /held down to \d+ by|Your lowest area is/, 'what holds the score down');
  assert.equal(await summary.locator('.naitei-top-actions li').count(), 3, 'three next actions');
  const toPlan = await box(w(page).getByRole('button', { name: 'See my study plan' }));
  assert.ok(toPlan.bottom <= toPlan.inner, `the way to the plan is on the first screen (bottom at ${toPlan.bottom}, view ${toPlan.inner})`);
  await shot(page, 'landing-report-top');

  // Sections can be jumped to and folded.
  const nav = w(page).getByRole('navigation', { name: 'Sections of the report' });
  const flagsJump = nav.getByRole('button', { name: /What your answers show/ });
  const flagCount = Number((await flagsJump.innerText()).match(/\((\d+)\)/)[1]);
  assert.equal(await w(page).locator('#naitei-sec-flags').evaluate((d) => d.open), flagCount <= 3,
    `${flagCount} flags: a long list starts folded`);
  await flagsJump.click();
  const flags = w(page).locator('#naitei-sec-flags');
  assert.equal(await flags.evaluate((d) => d.open), true, 'the jump opens the section');
  const f = await focused(page);
  assert.equal(f?.tag, 'summary', `focus is on the section's heading (got ${JSON.stringify(f)})`);
  const fb = await box(flags);
  assert.ok(fb.top >= -1 && fb.top < 100, `the section is at the top of the view (${fb.top})`);
  const areas = w(page).locator('#naitei-sec-areas');
  await areas.locator('summary').click();
  assert.equal(await areas.evaluate((d) => d.open), false, 'a section folds');
  assert.equal(await w(page).locator('.naitei-areas table').isVisible(), false, 'its content is hidden');

  // A strength's next action never restates the strength: a habit already passed has none.
  const strengths = w(page).locator('.naitei-strengths li');
  for (let i = 0; i < await strengths.count(); i++) {
    const item = strengths.nth(i);
    const title = await item.locator('strong').innerText();
    const next = await item.locator('p').allInnerTexts();
    if (!/\(\d+\)$/.test(title)) assert.deepEqual(next, [], `"${title}" is a habit the candidate has: no next action restating it`);
  }
  await context.close();
});

test('choosing one response as both best and worst says why the other pick went', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'app/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await w(page).locator('.naitei-intro .naitei-start-full').click();
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  while ((await currentKind(page)) !== 'best_worst') { await answerWithMouse(page); await next(page); }
  const q = w(page).locator('.naitei-question');
  await q.locator('.naitei-best input').first().check();
  await q.locator('.naitei-worst input').first().check();
  const note = q.locator('.naitei-bw-note');
  assert.match(await note.innerText(), /cannot be both/, 'the candidate is told why the best pick went');
  assert.equal(await q.locator('.naitei-worst input').first().isChecked(), true);
  assert.equal(await q.locator('.naitei-best input:checked').count(), 0);
  assert.equal(await note.getAttribute('role'), 'status', 'and a screen reader hears it');
  await q.locator('.naitei-best input').last().check();
  assert.equal(await note.innerText(), '', 'the note goes once both picks differ');
  assert.equal(await w(page).locator('.naitei-nav .naitei-primary').isEnabled(), true, 'and the answer counts');
  await shot(page, 'best-worst-same');
  await context.close();
});

test('a browser set to Japanese opens in Japanese when nothing is saved and the host sets no language', async () => {
  const { context, page } = await newPage(env.browser, { locale: 'ja-JP' });
  await page.goto(env.url + 'app/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await w(page).locator('section.naitei[aria-busy=false] .naitei-intro').waitFor();
  assert.equal(await w(page).locator('section.naitei').getAttribute('lang'), 'ja', 'navigator.languages says Japanese first');
  assert.match(await w(page).locator('.naitei-intro h3').innerText(), /[\u3040-\u30ff\u4e00-\u9fff]/);
  await context.close();
});

test('a reloaded Japanese session shows Japanese from its first paint, never English first', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'app/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await w(page).locator('button.naitei-lang[lang=ja]').click();
  await w(page).locator('section.naitei[lang=ja][aria-busy=false] .naitei-intro').waitFor();
  // Record every language the widget's section shows from the very start of the next load.
  await page.addInitScript(() => {
    window.__langs = [];
    const seen = () => {
      const s = document.querySelector('naitei-check')?.shadowRoot?.querySelector('section.naitei');
      const lang = s?.getAttribute('lang');
      if (lang && lang !== window.__langs.at(-1)) window.__langs.push(lang);
      if (!window.__done) requestAnimationFrame(seen);
    };
    requestAnimationFrame(seen);
  });
  await page.reload();
  await w(page).locator('section.naitei[aria-busy=false] .naitei-intro').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__langs), ['ja'], 'only Japanese was ever shown');
  await context.close();
});

test('a mentor opening a shared link reads the written answers with the coaches\' findings, and is led to take the check', async () => {
  const a = await newPage(env.browser);
  await a.page.goto(env.url + 'app/');
  await a.page.evaluate(() => localStorage.clear());
  await a.page.reload();
  await w(a.page).locator('.naitei-intro .naitei-start-full').click();
  await w(a.page).locator('form.naitei-profile button[type=submit]').click();
  await completeWithMouse(a.page);
  await w(a.page).getByRole('button', { name: 'Create a link' }).click();
  const link = await w(a.page).locator('#naitei-share-url').inputValue();
  await a.context.close();

  const b = await newPage(env.browser); // the mentor: nothing saved
  await b.page.goto(link);
  const shared = w(b.page).locator('.naitei-shared');
  await shared.waitFor();
  const primary = shared.locator('.naitei-primary');
  assert.equal(await primary.count(), 1, 'one main action');
  assert.equal(await primary.innerText(), 'Take the check yourself');
  const importing = shared.getByRole('button', { name: 'Import these answers as mine' });
  assert.equal(await importing.evaluate((b) => b.classList.contains('naitei-primary')), false, 'importing is offered second');
  const written = shared.locator('.naitei-written');
  await written.waitFor();
  const answers = written.locator('li[data-item]');
  assert.ok((await answers.count()) >= 1, 'the written answers are shown');
  assert.match(await answers.first().locator('blockquote').innerText(), /review code/, 'in the sender\'s words');
  assert.ok((await answers.first().locator('.naitei-coach li').count()) >= 1, 'with what the coach found');
  await shot(b.page, 'shared-view-mentor');
  await primary.click();
  await w(b.page).locator('.naitei-intro').waitFor();
  assert.doesNotMatch(b.page.url(), /#naitei=/, 'taking the check leaves the shared view');
  await b.context.close();
});
