// The candidate's core flow in the two other browser engines a site's visitors
// use: Firefox ESR (Gecko, through WebDriver BiDi with puppeteer-core) and
// WebKitGTK (WebKit, the engine of Safari, through WebKitWebDriver and
// MiniBrowser under Xvfb). Complete the check with clicks, switch to Japanese
// on the report, reload, then the offline file and the demo page. Any console
// error, uncaught error or CSP violation (recorded by hook.js, loaded first in
// every page) or resource loaded from another origin fails the run.
//
//   xvfb-run -a node --test --test-reporter=spec tests/engines/
//   NAITEI_ENGINES=firefox ... runs one engine only
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const DIST = path.resolve(process.env.NAITEI_DIST ?? path.join(ROOT, 'dist'));
const SCREENS = path.join(ROOT, 'tests/e2e/artifacts/screens');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ENGINES = (process.env.NAITEI_ENGINES ?? 'firefox,webkit').split(',');
fs.mkdirSync(SCREENS, { recursive: true });

let server;
let url;
before(async () => {
  ({ server, url } = await serve(DIST, { mounts: { '/__test/': here }, headScript: '/__test/hook.js' }));
});
after(() => server?.close());

/** Firefox ESR through WebDriver BiDi. */
async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'en-US, en' } });
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  return {
    name: 'Firefox ESR',
    version: await browser.version(),
    open: (u) => page.goto(u, { waitUntil: 'load' }),
    run: (source, ...args) => page.evaluate(source, ...args),
    click: async (css) => (await page.waitForSelector(`naitei-check >>> ${css}`, { timeout: 10000 })).click(),
    type: async (css, text) => (await page.waitForSelector(`naitei-check >>> ${css}`)).type(text),
    shot: (name) => page.screenshot({ path: path.join(SCREENS, `${name}.png`) }),
    close: () => browser.close(),
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver (needs a display: run under xvfb-run). */
async function webkit() {
  const { Builder, By } = await import('selenium-webdriver');
  const { spawn } = await import('node:child_process');
  const port = 4444 + Math.floor(Math.random() * 1000);
  const wd = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } }).build();
  const find = async (css) => {
    const host = await driver.findElement(By.css('naitei-check'));
    const root = await host.getShadowRoot();
    return root.findElement(By.css(css));
  };
  const waitFind = async (css) => {
    for (let i = 0; i < 100; i++) {
      try { return await find(css); } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    throw new Error(`${css} did not appear`);
  };
  const caps = await driver.getCapabilities();
  return {
    name: 'WebKitGTK',
    version: caps.get('browserVersion'),
    open: (u) => driver.get(u),
    run: (source, ...args) => driver.executeScript(`return (${source}).apply(null, arguments)`, ...args),
    click: async (css) => (await waitFind(css)).click(),
    type: async (css, text) => (await waitFind(css)).sendKeys(text),
    shot: async (name) => fs.writeFileSync(path.join(SCREENS, `${name}.png`), await driver.takeScreenshot(), 'base64'),
    close: async () => { await driver.quit().catch(() => {}); wd.kill(); },
  };
}

// In-page helpers (they run in the browser, so they are plain functions with no outside names).
const kindNow = () => document.querySelector('naitei-check')?.shadowRoot?.querySelector('.naitei-question')?.dataset.kind ?? null;
const itemNow = () => document.querySelector('naitei-check')?.shadowRoot?.querySelector('.naitei-question')?.dataset.item ?? null;
const widgetState = () => {
  const s = document.querySelector('naitei-check')?.shadowRoot?.querySelector('section.naitei') ?? document.querySelector('section.naitei');
  return s ? { lang: s.getAttribute('lang'), busy: s.getAttribute('aria-busy'), screen: s.dataset.screen,
    score: s.querySelector('.naitei-score')?.textContent ?? null, heading: s.querySelector('.naitei-report > h3')?.textContent ?? null,
    progress: s.querySelector('.naitei-progress')?.innerText ?? null } : null;
};
const problems = () => window.__problems ?? ['the hook script did not run'];
/** Every resource the page loaded that did not come from its own origin. */
const foreign = () => performance.getEntriesByType('resource').map((e) => e.name)
  .filter((u) => !u.startsWith(location.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));

async function until(engine, fn, check, what, ms = 15000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await engine.run(fn);
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${engine.name}: ${what} (last seen ${JSON.stringify(last)})`);
}

async function answer(engine, kind, n) {
  const pick = n % 2 ? 'last-of-type' : 'first-of-type';
  if (kind === 'text') return engine.type('.naitei-question textarea', 'How does your team review code, and what did you learn from your last incident?');
  if (kind === 'best_worst') {
    await engine.click('.naitei-bw-row:first-of-type .naitei-best input');
    return engine.click('.naitei-bw-row:last-of-type .naitei-worst input');
  }
  const input = kind === 'multi' ? 'input[type=checkbox]' : 'input[type=radio]';
  return engine.click(`.naitei-question .naitei-options > .naitei-option:${pick} ${input}`);
}

async function coreFlow(engine) {
  const started = Date.now();
  await engine.open(url + 'app/');
  await engine.run(() => localStorage.clear());
  await engine.open(url + 'app/');
  await until(engine, widgetState, (s) => s?.screen === 'intro', 'the intro shows');
  await engine.click('.naitei-start-full');
  await engine.click('form.naitei-profile button[type=submit]');
  let n = 0;
  for (let kind = await engine.run(kindNow); kind; n++) {
    const item = await engine.run(itemNow);
    await answer(engine, kind, n);
    await engine.click('.naitei-nav .naitei-primary');
    await until(engine, () => [document.querySelector('naitei-check').shadowRoot.querySelector('.naitei-question')?.dataset.item ?? null,
      document.querySelector('naitei-check').shadowRoot.querySelector('.naitei-report') !== null], ([i, report]) => report || i !== item, 'the next item shows');
    kind = await engine.run(kindNow);
  }
  assert.ok(n >= 60, `${engine.name}: answered ${n} items`);
  const report = await until(engine, widgetState, (s) => s?.score != null, 'the report shows a score');
  assert.match(report.score, /^\d{1,3}$/);
  assert.equal(report.heading, 'Your readiness report');
  await engine.shot(`engine-${engine.name.split(' ')[0].toLowerCase()}-report`);
  await engine.click('button.naitei-lang[lang=ja]');
  const ja = await until(engine, widgetState, (s) => s?.lang === 'ja' && s.busy === 'false', 'the report switches to Japanese');
  assert.equal(ja.heading, '準備度レポート');
  assert.equal(ja.score, report.score, 'the same score in Japanese');
  await engine.open(url + 'app/');
  const reloaded = await until(engine, widgetState, (s) => s?.score != null, 'the report is back after a reload');
  assert.equal(reloaded.lang, 'ja', 'the reloaded report is in Japanese');
  assert.equal(reloaded.score, report.score);
  await engine.shot(`engine-${engine.name.split(' ')[0].toLowerCase()}-report-ja`);
  assert.deepEqual(await engine.run(problems), [], `${engine.name}: no console error or CSP violation in the app`);
  assert.deepEqual(await engine.run(foreign), [], `${engine.name}: nothing loaded from another origin in the app`);

  await engine.open(url + 'demo/');
  await until(engine, widgetState, (s) => s?.screen === 'intro', 'the demo page shows the widget');
  await engine.click('.naitei-start-full');
  await engine.click('form.naitei-profile button[type=submit]');
  const kind = await until(engine, kindNow, (k) => k !== null, 'the first question on the demo page');
  await answer(engine, kind, 0);
  await engine.click('.naitei-nav .naitei-primary');
  await until(engine, widgetState, (s) => /1 answered/.test(s?.progress ?? ''), 'one answer counted on the demo page');
  assert.deepEqual(await engine.run(problems), [], `${engine.name}: no console error or CSP violation on the demo page`);
  assert.deepEqual(await engine.run(foreign), [], `${engine.name}: nothing loaded from another origin on the demo page`);

  // The single offline file, opened from disk (no server, no hook: errors show as a missing widget).
  await engine.open('file://' + path.join(DIST, 'naitei-offline.html'));
  await until(engine, widgetState, (s) => s?.screen === 'intro', 'the offline file starts');
  const clickPlain = (css) => engine.run((css) => { document.querySelector(css).click(); return true; }, css);
  await clickPlain('.naitei-start-full');
  await until(engine, widgetState, (s) => s?.screen === 'profile', 'the offline profile form');
  await clickPlain('form.naitei-profile button[type=submit]');
  await until(engine, widgetState, (s) => s?.screen === 'questions', 'the offline questions');
  await clickPlain('.naitei-question input');
  await clickPlain('.naitei-nav .naitei-primary');
  await until(engine, widgetState, (s) => /1 answered/.test(s?.progress ?? ''), 'an answer counted in the offline file');
  await engine.open('file://' + path.join(DIST, 'naitei-offline.html'));
  await until(engine, widgetState, (s) => /1 answered/.test(s?.progress ?? ''), 'the offline file keeps the answer over a reload');
  console.log(`${engine.name} ${engine.version}: core flow in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

for (const [id, launch] of [['firefox', firefox], ['webkit', webkit]]) {
  test(`the core flow works in ${id === 'firefox' ? 'Firefox ESR' : 'WebKitGTK'}`, { skip: !ENGINES.includes(id) }, async () => {
    const engine = await launch();
    try {
      await coreFlow(engine);
    } finally {
      await engine.close();
    }
  });
}
