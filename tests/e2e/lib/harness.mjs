// Shared set-up for the browser end-to-end tests: a server for dist/, headless
// Chromium through playwright-core, and helpers that act on the widget the way
// a candidate does (mouse or keyboard), inside its shadow root.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../../scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../../..');
// NAITEI_DIST points the tests at another build (for example one of an older commit, to see a new test fail there).
export const DIST = path.resolve(process.env.NAITEI_DIST ?? path.join(ROOT, 'dist'));
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
export const SCREENS = path.join(ARTIFACTS, 'screens');
/** Host pages built by the tests themselves (the React host's bundle). */
export const BUILT = path.join(ROOT, 'target/e2e');
fs.mkdirSync(SCREENS, { recursive: true });

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Starts the server and the browser; returns { url, browser, close }. */
export async function start() {
  if (!fs.existsSync(path.join(DIST, 'naitei_web_bg.wasm'))) throw new Error('dist/ is not built: run `make dist` first');
  const { server, url } = await serve(DIST, { mounts: {
    '/hosts/': path.join(ROOT, 'tests/e2e/hosts'),
    '/vendor/bootstrap/': path.join(ROOT, 'node_modules/bootstrap/dist'),
    '/built/': BUILT,
  } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return { url, browser, close: async () => { await browser.close(); server.close(); } };
}

/**
 * A new page that records console errors, page errors, CSP violations and
 * every request that leaves the page's origin. Closing its context fails the
 * test when any of them happened, unless `allow` lets it through: a test that
 * expects an error says so (`allow: { console: [/sepia/] }`), every other test
 * fails on one without writing a line for it.
 */
export async function newPage(browser, { viewport = { width: 1100, height: 900 }, allow = {}, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const problems = { console: [], csp: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(m.text());
    if (/Content.Security.Policy/i.test(m.text())) problems.csp.push(m.text());
  });
  page.on('pageerror', (e) => problems.console.push(`pageerror: ${e.message}`));
  // Failed responses are not problems by themselves (the console reports them), but
  // the message of a failing test names them, so "Failed to load resource" says which.
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    // data:, blob: and file: never leave the machine; everything else must be this server.
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:', 'file:'].includes(u.protocol)) problems.foreign.push(r.url());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  page.problems = async () => ({ ...problems, cspEvents: await page.evaluate(() => window.__cspViolations ?? []).catch(() => []) });
  const close = context.close.bind(context);
  context.close = async () => {
    const found = await page.problems().catch(() => problems);
    await close();
    const unexpected = (kind, list) => (list ?? []).filter((m) => !(allow[kind] ?? []).some((re) => re.test(m)));
    const left = {
      console: unexpected('console', found.console),
      csp: unexpected('csp', [...found.csp, ...(found.cspEvents ?? [])]),
      foreign: unexpected('foreign', found.foreign),
    };
    if (left.console.length + left.csp.length + left.foreign.length > 0) {
      throw new Error(`the page had problems: ${JSON.stringify({ ...left, failedResponses: failed }, null, 2)}`);
    }
  };
  return { context, page };
}

/** Opens the standalone app with an empty store and waits for the intro. */
export async function openApp(page, url, { storage = 'clear' } = {}) {
  await page.goto(url + 'app/');
  if (storage === 'clear') {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  await page.waitForSelector('naitei-check .naitei-intro, naitei-check .naitei-questions, naitei-check .naitei-report');
}

/** Saves a screenshot of the whole page as artifacts/screens/<name>.png. */
export async function shot(page, name) {
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

/** The element that has focus, looking inside shadow roots; described for assertions. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    return { tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), id: el.id, cls: el.className, text: (el.textContent ?? '').trim().slice(0, 80), name: el.getAttribute('name') };
  });
}

/** Presses Tab until `matches(focused)` holds; fails after `max` presses. */
export async function tabTo(page, matches, what, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && matches(f)) return f;
  }
  throw new Error(`could not reach ${what} with Tab`);
}

/** The kind of the current item, or null when not on a question. */
export async function currentKind(page) {
  return page.locator('naitei-check .naitei-question').getAttribute('data-kind', { timeout: 2000 }).catch(() => null);
}

/** Answers the current item with the mouse, picking option `pick` ('first' | 'last'). */
export async function answerWithMouse(page, pick = 'first') {
  return answerIn(page.locator('naitei-check'), pick);
}

/**
 * Answers the current item of one widget (a locator on its element) with the mouse,
 * picking option `pick` ('first' | 'last'), writing `text` into a free-text item.
 */
export async function answerIn(widget, pick = 'first', text = 'How does your team review code, and what did you learn from your last incident?') {
  const q = widget.locator('.naitei-question');
  const kind = await q.getAttribute('data-kind');
  const nth = (loc) => (pick === 'first' ? loc.first() : loc.last());
  if (kind === 'single' || kind === 'likert') await nth(q.locator('input[type=radio]')).check();
  else if (kind === 'multi') await nth(q.locator('input[type=checkbox]')).check();
  else if (kind === 'best_worst') {
    await q.locator('.naitei-best input').first().check();
    await q.locator('.naitei-worst input').last().check();
  } else if (kind === 'text') await q.locator('textarea').fill(text);
  return kind;
}

/** Clicks Next (or "See my report" on the last item). */
export async function next(page) {
  await page.locator('naitei-check .naitei-nav .naitei-primary').click();
}

/** From the intro, goes through the profile to the first question, then answers `n` items. */
export async function beginAndAnswer(page, n = 0) {
  await page.locator('naitei-check .naitei-intro .naitei-start-full').click();
  await page.locator('naitei-check form.naitei-profile button[type=submit]').click();
  for (let i = 0; i < n; i++) {
    await answerWithMouse(page);
    await next(page);
  }
}

/** Answers every item with the mouse until the report shows; returns the number answered. */
export async function completeWithMouse(page, { onItem } = {}) {
  let n = 0;
  while (await currentKind(page)) {
    await answerWithMouse(page, n % 2 ? 'last' : 'first');
    if (onItem) await onItem(n);
    await next(page);
    n++;
  }
  await page.waitForSelector('naitei-check .naitei-report');
  return n;
}

/** The visible text of the widget. */
export async function widgetText(page) {
  return page.locator('naitei-check .naitei').innerText();
}
