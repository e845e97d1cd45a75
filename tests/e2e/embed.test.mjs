// Embedding on a career site: one tag, several widgets, attributes and options,
// events, headless scoring, host content packs, theming under a strict CSP,
// the npm package, and offline use (service worker and the single file).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, newPage, shot, answerWithMouse, next, currentKind, DIST, ROOT } from './lib/harness.mjs';
import { serve } from '../../scripts/serve.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const widget = (page, id) => page.locator(id ? `naitei-check#${id}` : 'naitei-check');

async function beginIn(page, el) {
  await el.locator('.naitei-intro .naitei-start-full').click();
  await el.locator('form.naitei-profile button[type=submit]').click();
}

test('two widgets on one page are independent', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'hosts/two-instances/');
  const [first, second] = [widget(page, 'first'), widget(page, 'second')];
  await first.locator('.naitei[lang=en] .naitei-intro').waitFor();
  await second.locator('.naitei[lang=ja] .naitei-intro').waitFor();
  await beginIn(page, first);
  await first.locator('.naitei-question input').first().check();
  await first.locator('.naitei-nav .naitei-primary').click();
  await first.locator('.naitei-progress', { hasText: '1 answered' }).waitFor();
  assert.equal(await second.locator('.naitei-intro').count(), 1, 'the second widget stays on its intro');
  await page.reload();
  await first.locator('.naitei-progress').waitFor();
  assert.match(await first.locator('.naitei-progress').innerText(), /1 answered/);
  await second.locator('.naitei-intro').waitFor();
  // The second widget was never touched: it leaves nothing behind (a later visit starts light again).
  assert.equal(await page.evaluate(() => Object.keys(localStorage).sort().join()), 'naitei:first');
  await shot(page, 'embed-two-instances');
  await context.close();
});

test('attributes configure the widget, and options and attribute changes update it live', async () => {
  const { context, page } = await newPage(env.browser, { allow: { console: [/sepia/] } });
  await page.goto(env.url + 'hosts/attributes/');
  const w = widget(page, 'w');
  await w.locator('.naitei[lang=ja][data-theme=dark] .naitei-intro').waitFor();
  await w.locator('.naitei-intro .naitei-start-full').click();
  assert.equal(await w.locator('#naitei-next_stage').inputValue(), 'technical');
  assert.equal(await w.locator('#naitei-company').inputValue(), 'startup');
  assert.equal(await w.locator('#naitei-region').inputValue(), 'west');
  await page.evaluate(() => { document.getElementById('w').options = { lang: 'en' }; });
  await w.locator('.naitei[lang=en]').waitFor();
  await page.evaluate(() => document.getElementById('w').setAttribute('theme', 'light'));
  await w.locator('.naitei[data-theme=light]').waitFor();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.evaluate(() => { document.getElementById('w').options = { lang: 'en', bogus: 1 }; });
  await page.waitForTimeout(200);
  assert.ok(warnings.some((m) => m.includes('unknown option "bogus"')), `an unknown option is reported: ${JSON.stringify(warnings)}`);
  await w.locator('.naitei[lang=en]').waitFor();
  await page.evaluate(() => { document.getElementById('w').options = { theme: 'sepia' }; });
  await page.waitForTimeout(200);
  assert.ok(warnings.some((m) => m.includes('sepia') && m.includes('auto, light, dark')), 'a bad value is reported with the value and what is allowed');
  assert.equal(await w.locator('.naitei-profile').count(), 1, 'and the widget keeps working');
  await context.close();
});

test('naitei:progress and naitei:complete reach the host; free text only when it opted in', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'hosts/events/');
  for (const id of ['plain', 'sharing']) {
    const w = widget(page, id);
    await w.locator('.naitei-intro').waitFor();
    await beginIn(page, w);
    while (await w.locator('.naitei-question').count()) {
      const kind = await w.locator('.naitei-question').getAttribute('data-kind');
      const q = w.locator('.naitei-question');
      if (kind === 'text') await q.locator('textarea').fill('My own words about a project.');
      else if (kind === 'best_worst') { await q.locator('.naitei-best input').first().check(); await q.locator('.naitei-worst input').last().check(); }
      else if (kind === 'multi') await q.locator('input').first().check();
      else await q.locator('input').first().check();
      await w.locator('.naitei-nav .naitei-primary').click();
    }
    await w.locator('.naitei-report').waitFor();
  }
  const seen = await page.evaluate(() => window.seen);
  assert.ok(seen.progress.filter((p) => p.id === 'plain').length > 60, 'progress after every change');
  const last = seen.progress.filter((p) => p.id === 'plain').at(-1);
  assert.equal(last.screen, 'report');
  assert.equal(last.answered, last.total);
  for (const id of ['plain', 'sharing']) {
    const detail = seen.complete[id];
    assert.ok(detail, `${id} completed`);
    assert.equal(typeof detail.report.overall, 'number');
    assert.ok(detail.plan.days.length > 0);
  }
  const texts = (d) => Object.values(d.answers).filter((a) => a && typeof a === 'object' && 'text' in a);
  assert.equal(texts(seen.complete.plain).length, 0, 'no free text without opting in');
  assert.ok(texts(seen.complete.sharing).length > 0, 'free text when the host opted in');
  await context.close();
});

test('a host scores answers from its own form with evaluate() and bank()', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'hosts/headless/');
  await page.waitForFunction(() => document.getElementById('out').textContent !== 'waiting');
  const r = JSON.parse(await page.locator('#out').textContent());
  assert.equal(r.error, undefined);
  assert.ok(r.items >= 60);
  assert.match(r.firstPrompt, /[\u3040-\u30ff\u4e00-\u9fff]/, 'bank("ja") is in Japanese');
  assert.ok(r.flags.includes('arrives_on_the_dot'));
  assert.deepEqual(r.ignored, ['unknown_item']);
  assert.equal(r.planStart, '2026-11-21');
  assert.match(r.badDate, /YYYY-MM-DD/);
  assert.match(r.badLang, /"en" or "ja"/);
  assert.ok(r.packProblems >= 1);
  await context.close();
});

test('a broken content pack is listed in the widget and the console, and the built-in bank is used', async () => {
  const { context, page } = await newPage(env.browser, { allow: { console: [/naitei content pack/, /404/] } });
  await page.goto(env.url + 'hosts/broken-pack/');
  const w = page.locator('naitei-check').first();
  const problems = w.locator('.naitei-pack-problems');
  await problems.waitFor();
  // The candidate reads one short notice; the details for the site's developers are folded away.
  assert.match(await problems.innerText(), /built-in questions are shown instead/);
  assert.doesNotMatch(await problems.innerText(), /credit 1\.5/);
  await problems.locator('summary').click();
  const text = await problems.innerText();
  assert.match(text, /credit 1\.5/, 'the bad credit is named');
  assert.match(text, /first_interview/, 'the missing stage weights are named');
  assert.ok((await problems.locator('li').count()) >= 3, 'every problem, not just the first');
  const missing = widget(page, 'missing').locator('.naitei-pack-problems');
  await missing.locator('summary').click();
  assert.match(await missing.innerText(), /no-such-pack\.json.*HTTP 404/s);
  await beginIn(page, w);
  assert.ok(await currentKind(page), 'the built-in questions work');
  const console = (await page.problems()).console.join('\n');
  assert.match(console, /naitei content pack: .*credit 1\.5/);
  await shot(page, 'embed-broken-pack');
  await context.close();
});

test('a valid host pack replaces the questions, and its text is shown as text, never as HTML', async () => {
  const pack = JSON.parse(execFileSync(process.env.CARGO ?? 'cargo', ['run', '--quiet', '-p', 'naitei-content', '--', 'pack'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));
  const first = pack.sections.find((s) => s.section === pack.manifest.section[0].id).item[0].id;
  pack.texts.en[`item.${first}.prompt`] = 'Our own question <img src=x onerror="window.pwned=1"> <b>bold?</b>';
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'hosts/custom-pack/');
  const w = widget(page, 'w');
  await w.locator('.naitei-intro').waitFor();
  await page.evaluate((p) => { document.getElementById('w').options = { content: p }; }, pack);
  await w.locator('.naitei-intro').waitFor();
  await beginIn(page, w);
  const prompt = w.locator('.naitei-prompt');
  assert.equal(await prompt.innerText(), 'Our own question <img src=x onerror="window.pwned=1"> <b>bold?</b>');
  assert.equal(await w.locator('.naitei-question img, .naitei-question b').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await context.close();
});

test('if <naitei-check> is already defined, the console says so and the page keeps working', async () => {
  const { context, page } = await newPage(env.browser);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(env.url + 'hosts/already-defined/');
  await page.waitForFunction(() => document.querySelector('naitei-check')?.dataset.other === 'yes');
  await page.waitForTimeout(300);
  assert.ok(warnings.some((w) => w.includes('already defined')), `warning: ${warnings}`);
  assert.equal(await page.locator('#alive').innerText(), 'page still works');
  assert.deepEqual((await page.problems()).console, []);
  await context.close();
});

test('the demo career page works under a strict CSP, themed, with no style leaking either way', async () => {
  const { context, page } = await newPage(env.browser);
  const response = await page.goto(env.url + 'demo/');
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  const w = widget(page, 'readiness');
  await w.locator('.naitei-intro').waitFor();
  await beginIn(page, w);
  for (let i = 0; i < 3; i++) { await answerWithMouse(page); await next(page); }
  // The host's letter-spacing on p/button does not reach inside; the widget's accent comes from the host's variable.
  const inside = await w.locator('button.naitei-lang[aria-pressed=true]').evaluate((b) => ({ ls: getComputedStyle(b).letterSpacing, bg: getComputedStyle(b).backgroundColor }));
  assert.equal(inside.ls, 'normal');
  assert.equal(inside.bg, 'rgb(138, 59, 18)', 'themed by --naitei-accent');
  const hostP = await page.locator('.lede').evaluate((p) => getComputedStyle(p).letterSpacing);
  assert.notEqual(hostP, 'normal');
  const hostButtons = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  assert.match(hostButtons, /Georgia/, 'the widget does not restyle the host');
  const problems = await page.problems();
  assert.deepEqual([...problems.csp, ...problems.cspEvents], [], 'no CSP violation');
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, [], 'no request leaves the origin');
  await shot(page, 'embed-demo');
  await context.close();
});

test('after one visit the standalone app works offline, reload included', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'app/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator('naitei-check .naitei-intro').waitFor();
  await context.setOffline(true);
  await page.reload();
  await page.locator('naitei-check .naitei-intro').waitFor();
  await page.locator('naitei-check button.naitei-lang[lang=ja]').click();
  await page.locator('naitei-check .naitei[lang=ja]').waitFor();
  await beginIn(page, page.locator('naitei-check'));
  await answerWithMouse(page);
  await next(page);
  await page.reload();
  await page.locator('naitei-check .naitei-progress').waitFor();
  assert.match(await page.locator('naitei-check .naitei-progress').innerText(), /回答済み1問/);
  await shot(page, 'offline-app');
  await context.close();
});

test('naitei-offline.html works opened from disk with no network at all', async () => {
  const { context, page } = await newPage(env.browser);
  const requests = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:') || u.startsWith('data:')) return route.continue();
    requests.push(u);
    return route.abort();
  });
  await page.goto('file://' + path.join(DIST, 'naitei-offline.html'));
  await page.locator('.naitei-intro').waitFor();
  await page.locator('.naitei-intro .naitei-start-full').click();
  await page.locator('form.naitei-profile button[type=submit]').click();
  await page.locator('.naitei-question input').first().check();
  await page.locator('.naitei-nav .naitei-primary').click();
  await page.reload();
  await page.locator('.naitei-progress').waitFor();
  assert.match(await page.locator('.naitei-progress').innerText(), /1 answered/);
  await page.locator('button.naitei-lang[lang=ja]').click();
  await page.locator('.naitei[lang=ja]').waitFor();
  assert.deepEqual(requests, [], 'nothing was requested from the network');
  assert.deepEqual((await page.problems()).console, []);
  await shot(page, 'offline-file');
  await context.close();
});

test('the npm package installs into a fresh project and works', async () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'naitei-npm-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: path.join(DIST, 'npm'), encoding: 'utf8' }).trim().split('\n').at(-1);
  fs.writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', path.join(scratch, tarball)], { cwd: scratch, stdio: 'pipe' });
  const installed = path.join(scratch, 'node_modules/naitei');
  for (const f of ['naitei.js', 'naitei.d.ts', 'naitei_light.js', 'naitei_light_bg.wasm', 'naitei_web.js', 'naitei_web_bg.wasm', 'naitei.css', 'naitei-en.json', 'naitei-ja.json',
    'naitei-en-first.json', 'naitei-en-rest.json', 'naitei-ja-first.json', 'naitei-ja-rest.json', 'README.md']) {
    assert.ok(fs.existsSync(path.join(installed, f)), `the package contains ${f}`);
  }
  fs.writeFileSync(path.join(scratch, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>npm</title>
<script type="module" src="main.js"></script></head><body><naitei-check storage-key="npm"></naitei-check><output id="out"></output></body></html>`);
  fs.writeFileSync(path.join(scratch, 'main.js'), `import { evaluate, version } from './node_modules/naitei/naitei.js';
const e = await evaluate({}, { arrival_onsite: 'ten_early' }, { today: '2026-11-21' });
document.getElementById('out').textContent = version + ' ' + e.report.answered;`);
  const { server, url } = await serve(scratch);
  const { context, page } = await newPage(env.browser);
  await page.goto(url);
  await page.locator('naitei-check .naitei-intro').waitFor();
  await page.waitForFunction(() => document.getElementById('out').textContent !== '');
  // The version comes from the workspace's Cargo.toml alone.
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
  assert.equal(await page.locator('#out').textContent(), `${cargo} 1`);
  assert.equal(JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')).version, cargo);
  await context.close();
  server.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});
