// Host pages that hold the widget back: loading="lazy" downloads nothing but naitei.js
// until the element comes near the viewport, loading="click" until the visitor presses the
// start button the loader draws. Bytes are counted as gzip -9 of every response body the
// page received, apart from the host page's own files (under /hosts/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { start, newPage, focused } from './lib/harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const LIMIT = 10 * 1024;

/** Records every response of `page` but the host's own files; `sum()` is their gzip -9 total. */
function recordResponses(page) {
  const seen = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/hosts/') || r.url().startsWith('data:')) return;
    seen.push(r.body().then((b) => ({ url: r.url(), gzip: zlib.gzipSync(b, { level: 9 }).length })).catch(() => ({ url: r.url(), gzip: 0 })));
  });
  return {
    async list() { return Promise.all(seen); },
    async sum() { return (await Promise.all(seen)).reduce((n, r) => n + r.gzip, 0); },
  };
}

test('loading="lazy": at most 10 KB gzip before the widget nears the viewport, then it renders', async () => {
  const { context, page } = await newPage(env.browser, { viewport: { width: 1100, height: 800 } });
  const url = env.url + 'hosts/lazy/';
  const responses = recordResponses(page);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const before = await responses.list();
  const bytes = before.reduce((n, r) => n + r.gzip, 0);
  assert.ok(before.length > 0, 'naitei.js was fetched');
  assert.ok(bytes <= LIMIT, `${bytes} B gzip fetched before scrolling (at most ${LIMIT}): ${JSON.stringify(before)}`);
  assert.ok(!before.some((r) => /\.wasm|naitei_(web|light)\.js|naitei\.css|naitei-(en|ja)(-first|-rest)?\.json/.test(r.url)), `nothing of the widget but naitei.js: ${JSON.stringify(before)}`);
  assert.equal(await page.locator('naitei-check .naitei-intro').count(), 0, 'not rendered yet');

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.locator('naitei-check .naitei-intro').waitFor();
  const after = await responses.list();
  assert.ok(after.some((r) => r.url.endsWith('naitei_light_bg.wasm')), 'the first module came once the element neared the viewport');
  assert.ok(await responses.sum() > LIMIT, 'and the whole widget was fetched then');
  await context.close();
});

test('loading="click": only naitei.js and a start button until it is pressed; then the widget renders and has focus', async () => {
  const { context, page } = await newPage(env.browser);
  const url = env.url + 'hosts/click/';
  const responses = recordResponses(page);
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  const button = page.locator('naitei-check button.naitei-load-start');
  await button.waitFor();
  assert.equal(await button.innerText(), 'Start the interview readiness check');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const bytes = await responses.sum();
  assert.ok(bytes <= LIMIT, `${bytes} B gzip fetched before the click (at most ${LIMIT}): ${JSON.stringify(await responses.list())}`);
  assert.ok(!(await responses.list()).some((r) => r.url.endsWith('.wasm')), 'no wasm before the click');

  await button.click();
  await page.locator('naitei-check .naitei-intro').waitFor();
  assert.equal(await button.count(), 0, 'the start button gave way to the widget');
  const f = await focused(page);
  assert.equal(f?.tag, 'button', `focus went on into the widget (got ${JSON.stringify(f)})`);
  await context.close();
});

test('loading="click" in Japanese labels its button in Japanese; removing the attribute starts the widget', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'hosts/click/');
  await page.evaluate(() => {
    localStorage.clear();
    const el = document.createElement('naitei-check');
    el.id = 'ja';
    el.setAttribute('lang', 'ja');
    el.setAttribute('loading', 'click');
    document.querySelector('main').append(el);
  });
  const button = page.locator('naitei-check#ja button.naitei-load-start');
  await button.waitFor();
  assert.equal(await button.innerText(), '面接準備チェックを始める');
  await page.evaluate(() => document.getElementById('ja').removeAttribute('loading'));
  await page.locator('naitei-check#ja .naitei[lang=ja] .naitei-intro').waitFor();
  await context.close();
});
