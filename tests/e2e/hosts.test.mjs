// Hosts that are not polite: Bootstrap 5 with a 62.5% root font and aggressive
// global rules; a page that removes attributes, sets presets after mounting,
// switches the storage key and removes an element while it is still mounting;
// a React 19 app that sets, changes and removes props and mounts and unmounts
// the widget 40 times.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { start, newPage, shot, answerWithMouse, next, ROOT, BUILT } from './lib/harness.mjs';

let env;
before(async () => {
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'tests/e2e/hosts/react/app.jsx')], bundle: true, format: 'esm', jsx: 'automatic',
    outfile: path.join(BUILT, 'react/app.js'), define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
  });
  env = await start();
});
after(async () => { await env?.close(); });

const w = (page, id = 'w') => page.locator(`naitei-check#${id}`);
const style = (loc, props) => loc.evaluate((el, props) => {
  const s = getComputedStyle(el);
  return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
}, props);

test('on a Bootstrap page with a 62.5% root font and aggressive global rules the widget keeps its own sizes and looks', async () => {
  const { context, page } = await newPage(env.browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(env.url + 'hosts/hostile/');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px', 'the host really shrank its rem');
  await w(page).locator('.naitei-intro').waitFor();
  const root = await style(w(page).locator('.naitei'), ['font-size', 'line-height', 'letter-spacing', 'text-transform', 'text-align', 'white-space', 'font-style', 'word-spacing']);
  assert.deepEqual(root, { 'font-size': '16px', 'line-height': '25.6px', 'letter-spacing': 'normal', 'text-transform': 'none',
    'text-align': 'start', 'white-space': 'normal', 'font-style': 'normal', 'word-spacing': '0px' });
  const heading = await style(w(page).locator('.naitei-intro h3'), ['font-size']);
  assert.equal(heading['font-size'], '21.6px', 'headings keep their size (1.35 × 16 px)');
  const start = w(page).locator('.naitei-start-full');
  const b = await start.boundingBox();
  assert.ok(b.height >= 44, `buttons keep their height (${b.height} px)`);
  assert.equal((await style(start, ['font-size']))['font-size'], '16px');
  await start.click();
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  for (let i = 0; i < 3; i++) { await answerWithMouse(page); await next(page); }
  const option = await style(w(page).locator('.naitei-question label').first(), ['font-size', 'text-transform']);
  assert.deepEqual(option, { 'font-size': '16px', 'text-transform': 'none' });
  await shot(page, 'host-hostile');
  await context.close();
});

test('a removed attribute goes back to its default; presets set after mounting apply; a new storage key is a new widget', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'hosts/lifecycle/');
  await page.evaluate(() => {
    localStorage.clear();
    const el = document.createElement('naitei-check');
    Object.assign(el, { id: 'w' });
    el.setAttribute('storage-key', 'first');
    el.setAttribute('theme', 'dark');
    el.setAttribute('lang', 'ja');
    document.getElementById('slot').append(el);
  });
  await w(page).locator('.naitei[data-theme=dark][lang=ja] .naitei-intro').waitFor();
  await page.evaluate(() => document.getElementById('w').removeAttribute('theme'));
  await w(page).locator('.naitei[data-theme=auto]').waitFor({ timeout: 3000 });
  await page.evaluate(() => document.getElementById('w').setAttribute('lang', 'en'));
  await w(page).locator('.naitei[lang=en]').waitFor();

  // A preset set after mounting reaches the profile form.
  await page.evaluate(() => document.getElementById('w').setAttribute('stage', 'final'));
  await page.waitForTimeout(200);
  await w(page).locator('.naitei-intro .naitei-start-full').click();
  assert.equal(await w(page).locator('#naitei-next_stage').inputValue(), 'final', 'stage set after mounting is the preset');
  await w(page).locator('form.naitei-profile button[type=submit]').click();
  for (let i = 0; i < 2; i++) { await answerWithMouse(page); await next(page); }
  await w(page).locator('.naitei-progress', { hasText: '2 answered' }).waitFor();

  // Another storage key: that key's own progress (none yet), and nothing copied into it.
  await page.evaluate(() => document.getElementById('w').setAttribute('storage-key', 'second'));
  await w(page).locator('.naitei-intro').waitFor({ timeout: 3000 });
  await page.waitForTimeout(300);
  const saved = await page.evaluate(() => ({
    first: Object.keys(JSON.parse(localStorage.getItem('naitei:first')).session.answers).length,
    second: Object.keys(JSON.parse(localStorage.getItem('naitei:second') ?? '{"session":{"answers":{}}}').session.answers).length,
  }));
  assert.deepEqual(saved, { first: 2, second: 0 }, 'the first key keeps its answers and the second gets none of them');
  // And back: the first key's progress is there again.
  await page.evaluate(() => document.getElementById('w').setAttribute('storage-key', 'first'));
  await w(page).locator('.naitei-progress', { hasText: '2 answered' }).waitFor({ timeout: 3000 });
  await context.close();
});

test('an element removed while it is still mounting is destroyed', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'hosts/lifecycle/');
  await page.waitForFunction(() => customElements.get('naitei-check'));
  // A slow network: the WebAssembly takes a while, so the element is still mounting when the page removes it.
  await page.route('**/naitei_light_bg.wasm', async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  await page.evaluate(async () => {
    window.progress = 0;
    const el = document.createElement('naitei-check');
    el.id = 'gone';
    el.addEventListener('naitei:progress', () => { window.progress++; });
    document.getElementById('slot').append(el);
    window.gone = el;
    // Its stylesheet has arrived, the WebAssembly has not: the page moves on and removes it.
    while (!el.shadowRoot?.querySelector('link')?.sheet) await new Promise((r) => requestAnimationFrame(r));
    window.renderedBeforeRemoval = !!el.shadowRoot.querySelector('.naitei');
    el.remove();
  });
  assert.equal(await page.evaluate(() => window.renderedBeforeRemoval), false, 'the element was removed while still mounting');
  await page.waitForTimeout(3000);
  const left = await page.evaluate(() => ({ widget: !!window.gone.shadowRoot?.querySelector('.naitei'), events: window.progress }));
  assert.deepEqual(left, { widget: false, events: 0 }, 'nothing is rendered or running in the removed element');
  await context.close();
});

/** DOM nodes and event listeners alive after a full garbage collection. */
async function counters(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { nodes, listeners: jsEventListeners };
}

test('in a React 19 app, props are set, changed and removed, and 40 mounts and unmounts leave nothing behind', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'hosts/lifecycle/');
  await page.evaluate(() => localStorage.clear());
  await page.goto(env.url + 'hosts/react/');
  await w(page).locator('.naitei[lang=ja][data-theme=dark] .naitei-intro').waitFor();
  // Changed: React sets the new values.
  await page.evaluate(() => window.host.set({ id: 'w', lang: 'en', theme: 'light', stage: 'technical', 'storage-key': 'react' }));
  await w(page).locator('.naitei[lang=en][data-theme=light]').waitFor();
  await w(page).locator('.naitei-intro .naitei-start-full').click();
  assert.equal(await w(page).locator('#naitei-next_stage').inputValue(), 'technical', 'a stage given after mounting is the preset');
  // Removed: back to the defaults, and no "undefined" written anywhere.
  await page.evaluate(() => window.host.set({ id: 'w', 'storage-key': 'react' }));
  await w(page).locator('.naitei[data-theme=auto]').waitFor({ timeout: 3000 });
  const attrs = await page.evaluate(() => document.getElementById('w').getAttributeNames().sort().join(' '));
  assert.equal(attrs, 'id storage-key', 'React removed lang, theme and stage; none is left as "undefined"');
  assert.equal(await w(page).locator('.naitei').getAttribute('lang'), 'en', 'the language shown stays');

  const cdp = await context.newCDPSession(page);
  const cycle = async () => {
    await page.evaluate(() => window.host.show(false));
    await page.locator('#gone').waitFor();
    await page.evaluate(() => window.host.show(true));
    await w(page).locator('.naitei-profile, .naitei-intro').waitFor();
  };
  for (let i = 0; i < 5; i++) await cycle(); // warm-up: caches and the first texts
  const before = await counters(cdp);
  for (let i = 0; i < 40; i++) await cycle();
  const after = await counters(cdp);
  const grew = { nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners };
  console.log(`40 mount/unmount cycles: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  assert.ok(grew.nodes < 20 && grew.listeners < 20, `no DOM node or listener left per cycle (grew by ${JSON.stringify(grew)})`);
  await shot(page, 'host-react');
  await context.close();
});
