// On a phone (390×844, touch) and a laptop (1280×800), in English and Japanese:
// every screen is photographed (tests/e2e/artifacts/screens/phone-*, laptop-*),
// nothing scrolls sideways, the radar's labels stay inside the chart, the report's
// score is on its first screen, Japanese screens hold no English and break lines
// the Japanese way; on the phone every control is at least 44 px high and
// best/worst fits on about a screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { start, newPage, openApp, currentKind, answerWithMouse, next, SCREENS } from './lib/harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  laptop: { viewport: { width: 1280, height: 800 } },
};
const w = (page) => page.locator('naitei-check');

let device = 'phone';
async function photo(page, name, { full = false } = {}) {
  await page.screenshot({ path: path.join(SCREENS, `${device}-${name}.png`), fullPage: full });
}
/** A tap on a touch screen, a click elsewhere. */
const press = (loc) => (device === 'phone' ? loc.tap() : loc.click());

/** Controls smaller than 44 px on the current screen, described. */
async function smallTargets(page) {
  return w(page).locator('.naitei').evaluate((root) => {
    const targets = root.querySelectorAll('button, summary, select, input[type=date], input[type=number], .naitei-option label, .naitei-radio label, .naitei-pick');
    return [...targets].filter((el) => el.checkVisibility()).map((el) => ({ text: el.textContent.trim().slice(0, 40), h: el.getBoundingClientRect().height }))
      .filter((t) => t.h < 43.5);
  });
}

async function noSidewaysScroll(page, where) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `${where}: nothing sticks out sideways (${scroll} > ${width})`);
}

/** Three or more English words in a row in the widget's visible text (the language switch and the
 * candidate's own words, quoted back by the review and the coach, aside). */
async function english(page) {
  const text = await w(page).locator('.naitei-body').evaluate((body) => {
    let t = body.innerText;
    for (const own of body.querySelectorAll('blockquote, .naitei-coach-text, .naitei-evidence')) t = t.replaceAll(own.innerText, '');
    return t;
  });
  return [...text.matchAll(/\b[A-Za-z]{2,}(?:[ \u00a0][A-Za-z]{2,}){2,}\b|\b\d+ ?min\b/g)].map((m) => m[0]);
}

async function checkScreen(page, lang, name) {
  await noSidewaysScroll(page, name);
  if (device === 'phone') assert.deepEqual(await smallTargets(page), [], `${lang} ${name}: every control is at least 44 px high`);
  if (lang === 'ja') assert.deepEqual(await english(page), [], `${name}: no English on a Japanese screen`);
}

for (const [kind, lang] of [['phone', 'en'], ['phone', 'ja'], ['laptop', 'en'], ['laptop', 'ja']]) {
  test(`every screen on a ${kind}, ${lang === 'en' ? 'English' : 'Japanese'}`, async () => {
    device = kind;
    const height = DEVICES[kind].viewport.height;
    const width = DEVICES[kind].viewport.width;
    const { context, page } = await newPage(env.browser, DEVICES[kind]);
    await openApp(page, env.url);
    if (lang === 'ja') {
      await press(w(page).locator('button.naitei-lang[lang=ja]'));
      await w(page).locator('section.naitei[lang=ja][aria-busy=false] .naitei-intro').waitFor();
    }
    await photo(page, `${lang}-1-intro`);
    await checkScreen(page, lang, 'intro');
    await press(w(page).locator('.naitei-start-full'));
    await w(page).locator('form.naitei-profile').waitFor();
    await photo(page, `${lang}-2-profile`, { full: true });
    await checkScreen(page, lang, 'profile');
    await press(w(page).locator('form.naitei-profile button[type=submit]'));
    const seen = new Set();
    let n = 0;
    for (let kind = await currentKind(page); kind; kind = await currentKind(page)) {
      if (!seen.has(kind)) {
        seen.add(kind);
        await photo(page, `${lang}-3-${kind}`, { full: true });
        await checkScreen(page, lang, kind);
        if (kind === 'best_worst' && device === 'phone') {
          const h = (await w(page).locator('.naitei-question').boundingBox()).height;
          assert.ok(h < height * 1.3, `best and worst fit in about one screen (${h} px)`);
        }
      }
      await answerWithMouse(page, n % 2 ? 'last' : 'first');
      if (!seen.has(`${kind}-answered`) && kind !== 'text') {
        seen.add(`${kind}-answered`);
        await checkScreen(page, lang, `${kind} answered`);
      }
      await next(page);
      n++;
    }
    await w(page).locator('.naitei-report').waitFor();
    await page.waitForTimeout(200);
    await photo(page, `${lang}-4-report-top`);
    await photo(page, `${lang}-4-report`, { full: true });
    await checkScreen(page, lang, 'report');
    if (lang === 'ja') {
      // Every folded section too: the flags, the answers, sharing and exports.
      await w(page).evaluate((el) => el.shadowRoot.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await w(page).locator('.naitei-review li[data-item]').first().waitFor();
      assert.deepEqual(await english(page), [], 'report with every section open: no English on a Japanese screen');
    }
    // The report's first screen: its heading, the score and the actions start there.
    const score = await w(page).locator('.naitei-score').boundingBox();
    assert.ok(score.y >= 0 && score.y + score.height <= height, `the score is on the first screen (at ${score.y})`);
    // The radar's labels lie inside the chart, which lies inside the screen.
    const radar = await w(page).locator('svg.naitei-radar').evaluate((svg) => {
      const vb = svg.viewBox.baseVal;
      const out = [...svg.querySelectorAll('text')].map((t) => {
        const b = t.getBBox();
        return { label: t.textContent, inside: b.x >= vb.x && b.y >= vb.y && b.x + b.width <= vb.x + vb.width && b.y + b.height <= vb.y + vb.height };
      });
      const r = svg.getBoundingClientRect();
      const t = svg.closest('.naitei-areas').querySelector('table').getBoundingClientRect();
      // Side by side (laptop) the table starts right of the chart; stacked (phone) it starts below it.
      const apart = t.left >= r.right || t.top >= r.bottom;
      return { labels: out, left: r.left, right: r.right, apart };
    });
    await w(page).locator('.naitei-areas').screenshot({ path: path.join(SCREENS, `${device}-${lang}-4-areas.png`) });
    for (const l of radar.labels) assert.ok(l.inside, `the label "${l.label}" is inside the chart`);
    assert.ok(radar.left >= 0 && radar.right <= width, `the chart is on the screen (${radar.left}..${radar.right})`);
    assert.ok(radar.apart, 'the chart does not run into the table');
    if (lang === 'ja') {
      const breaks = await w(page).locator('.naitei').evaluate((root) => ({
        prose: getComputedStyle(root).wordBreak, lineBreak: getComputedStyle(root).lineBreak,
        button: getComputedStyle(root.querySelector('.naitei-button')).wordBreak,
        coverage: [...root.querySelectorAll('.naitei-areas td .naitei-nowrap')].map((s) => s.getClientRects().length),
      }));
      assert.equal(breaks.prose, 'auto-phrase', 'Japanese prose breaks between phrases');
      assert.equal(breaks.lineBreak, 'strict');
      assert.equal(breaks.button, 'keep-all', 'short labels are kept whole');
      assert.ok(breaks.coverage.length === 5 && breaks.coverage.every((n) => n === 1), `"18問中18問" stays on one line (${breaks.coverage})`);
    }
    await press(w(page).locator('.naitei-summary .naitei-primary'));
    await w(page).locator('.naitei-plan .naitei-day').first().waitFor();
    await page.waitForTimeout(200);
    await photo(page, `${lang}-5-plan-top`);
    await photo(page, `${lang}-5-plan`, { full: true });
    await checkScreen(page, lang, 'plan');
    assert.deepEqual([...seen].filter((k) => !k.endsWith('answered')).sort(), ['best_worst', 'likert', 'multi', 'single', 'text']);
    await context.close();
  });
}
