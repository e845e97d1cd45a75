// Peer benchmark: the same English bank rendered by Naitei (dist/app/, the standalone
// page) and by SurveyJS (target/bench/surveyjs/, built by bench/surveyjs-build.mjs),
// both served by scripts/serve.mjs (same server, same Content-Security-Policy) and
// driven in one run of headless Debian Chromium through playwright-core.
// It records figures only; nothing here asserts a timing.
//
//   node bench/peer.mjs <surveyjs-dir> <out.json>
//   BENCH_LOADS=9 (cold loads each)  BENCH_COMPLETIONS=3 (full questionnaires each)
//
// What is measured, per page:
//   transfer   every response of a cold load up to the first question, each body's
//              gzip -9 size (zlib level 9, computed here: the server sends identity),
//              split by kind (wasm, js, css, json, html, other); brotli (quality 11) beside it.
//   whole app  every file the page can ever fetch, gzip -9 and brotli: Naitei, the service
//              worker's precache list (dist/app/sw.js: page, widget, both languages) and
//              the worker itself; SurveyJS, every file of its built page.
//   timings    performance.now() inside the page (0 = navigation start). A
//              MutationObserver (also on Naitei's shadow root) notes the moment the DOM
//              holds the awaited control visible (checkVisibility, non-empty box) and
//              enabled: "dom". "painted" is the next animation frame plus one task,
//              when that frame has been presented.
//   first control      Naitei: the intro's Start button; SurveyJS: the first question's
//                      first option (its label).
//   first question     the first item's first option; for Naitei after the scripted clicks
//                      on Start and on the profile's Continue (Playwright's actionability
//                      checks and round trips are included).
//   answer -> next     from the Next click's event.timeStamp to the next item's first option
//                      interactive, over every item of every completion.
//   report             Naitei: from the last item's click to the report's score rendered.
//                      (SurveyJS has no report; its Complete -> "thank you" page is kept in
//                      the JSON for reference only.)
//   memory             after the last completion and a forced GC: V8 heap used
//                      (CDP Runtime.getHeapUsage) and WebAssembly.Memory buffer sizes.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, answerWithMouse, beginAndAnswer } from '../tests/e2e/lib/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const [surveyDir, out] = process.argv.slice(2);
if (!out) throw new Error('usage: node bench/peer.mjs <surveyjs-dir> <out.json>');
const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const COMPLETIONS = Number(process.env.BENCH_COMPLETIONS ?? 3);
const VIEWPORT = { width: 1100, height: 900 };
const TEXT_ANSWER = 'How does your team review code, and what did you learn from your last incident?';
const survey = JSON.parse(fs.readFileSync(path.join(surveyDir, 'survey.json'), 'utf8'));
const surveyKinds = Object.fromEntries(survey.pages.flatMap((p) => p.elements.map((e) => [e.name, e.type])));

/** Runs in each page before its scripts: the observer and the records the driver reads. */
function instrument({ kind }) {
  const B = (window.__bench = { kind, marks: {}, armed: null, pending: null, transitions: [], memories: [] });

  // Keep every WebAssembly.Memory an instantiated module exports (Naitei's glue instantiates one).
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (!original) continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then((r) => {
        const instance = r instanceof WebAssembly.Instance ? r : r.instance;
        for (const v of Object.values(instance?.exports ?? {})) if (v instanceof WebAssembly.Memory) B.memories.push(v);
        return r;
      });
    };
  }

  const root = () => (kind === 'naitei' ? document.querySelector('naitei-check')?.shadowRoot : document);
  const question = () => root()?.querySelector(kind === 'naitei' ? '.naitei-question' : '.sd-question');
  const itemId = (q) => (kind === 'naitei' ? q.dataset.item : q.dataset.name?.replace(/__best$/, ''));
  const interactive = (el, input = el) => {
    if (!el || !el.isConnected || input.matches(':disabled')) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  /** The current item's id when its first option is interactive, else null. */
  const readyItem = () => {
    const q = question();
    const input = q?.querySelector('input[type=radio], input[type=checkbox], textarea');
    if (!input) return null;
    const target = input.tagName === 'TEXTAREA' ? input : (input.labels?.[0] ?? input);
    return interactive(target, input) ? itemId(q) : null;
  };
  const firstControl = () => {
    if (kind !== 'naitei') return readyItem() !== null;
    const start = root()?.querySelector('.naitei-intro .naitei-start-full');
    return interactive(start);
  };
  const finished = () => (kind === 'naitei'
    ? (root()?.querySelector('.naitei-report .naitei-score')?.textContent ?? '').trim() !== ''
    : !!document.querySelector('.sd-completedpage'));
  /** Stamps `rec.painted` once the next frame is presented (rAF, then one task). */
  const paintedInto = (rec) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { rec.painted = performance.now(); };
    ch.port2.postMessage(0);
  });

  const check = () => {
    const now = performance.now();
    if (!B.marks.firstControl && firstControl()) paintedInto((B.marks.firstControl = { dom: now }));
    if (!B.marks.firstQuestion && readyItem() !== null) paintedInto((B.marks.firstQuestion = { dom: now }));
    const p = B.pending;
    if (p) {
      const id = readyItem();
      const to = id !== null && id !== p.from ? id : finished() ? 'end' : null;
      if (to !== null) {
        const rec = { from: p.from, to, click: p.click, dom: now };
        B.transitions.push(rec);
        B.pending = null;
        paintedInto(rec);
      }
    }
  };

  // The driver arms before it clicks Next; the click's own timestamp starts the clock.
  B.arm = () => { B.armed = { from: readyItem() ?? (question() && itemId(question())) }; B.poll(); };
  window.addEventListener('click', (e) => {
    if (B.armed && !B.pending) { B.pending = { ...B.armed, click: e.timeStamp }; B.armed = null; }
  }, true);

  const observer = new MutationObserver(check);
  const options = { childList: true, subtree: true, attributes: true, characterData: true };
  observer.observe(document, options);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (...args) {
    const shadow = attachShadow.apply(this, args);
    observer.observe(shadow, options);
    return shadow;
  };
  // A stylesheet arriving can make a control visible without any DOM mutation: until the
  // first question is there, and while a transition is awaited, also look once per frame.
  let polling = false;
  const poll = () => {
    polling = !B.marks.firstQuestion || !!B.pending || !!B.armed;
    if (polling) { check(); requestAnimationFrame(poll); }
  };
  B.poll = () => { if (!polling) { polling = true; requestAnimationFrame(poll); } };
  B.poll();
}

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p / 100) * (s.length - 1); // linear interpolation between closest ranks
  const lo = Math.floor(rank), hi = Math.ceil(rank);
  return s[lo] + (s[hi] - s[lo]) * (rank - lo);
}
const round = (x, d = 1) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

function kindOf(url, type = '') {
  const ext = path.extname(new URL(url).pathname);
  if (ext === '.wasm' || type.includes('wasm')) return 'wasm';
  if (['.js', '.mjs'].includes(ext) || type.includes('javascript')) return 'js';
  if (ext === '.css' || type.includes('css')) return 'css';
  if (ext === '.json' || type.includes('json')) return 'json';
  if (ext === '.html' || ext === '' || type.includes('html')) return 'html';
  return 'other';
}

async function waitMark(page, name, field = 'painted') {
  await page.waitForFunction(([n, f]) => window.__bench?.marks[n]?.[f] !== undefined, [name, field], { timeout: 30000 });
}

/** One cold load: new context, cache disabled, no service worker. */
async function coldLoad(browser, target) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript(instrument, { kind: target.kind });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = [];
  const foreign = [];
  const errors = [];
  page.on('response', (r) => responses.push(r));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) foreign.push(r.url());
  });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));

  await page.goto(target.url, { waitUntil: 'commit' });
  await waitMark(page, 'firstControl');
  if (target.kind === 'naitei') await beginAndAnswer(page, 0); // Start, then the profile's Continue
  await waitMark(page, 'firstQuestion');
  const marks = await page.evaluate(() => window.__bench.marks);

  const files = [];
  for (const r of responses) {
    const body = await r.body().catch(() => null);
    if (!body) continue;
    files.push({
      url: new URL(r.url()).pathname, kind: kindOf(r.url(), r.headers()['content-type']),
      status: r.status(), raw: body.length, gzip: gzip(body), brotli: brotli(body),
    });
  }
  return { context, page, cdp, marks, files, foreign, errors };
}

const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The sizes of the files in `paths` (read from disk) and their totals. */
function sizes(paths, base) {
  const files = paths.map((p) => {
    const body = fs.readFileSync(p);
    return { file: path.relative(base, p), raw: body.length, gzip: gzip(body), brotli: brotli(body) };
  });
  const sum = (k) => files.reduce((s, f) => s + f[k], 0);
  return { files, total: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') } };
}

/** Every file a page can fetch: for Naitei, what its service worker precaches (and the worker). */
function wholeApp(kind) {
  if (kind === 'naitei') {
    const app = path.join(ROOT, 'dist/app');
    const sw = fs.readFileSync(path.join(app, 'sw.js'), 'utf8');
    const list = JSON.parse(sw.match(/const FILES = (\[[^\]]*\]);/)[1].replace(/'/g, '"').replace(/,\s*\]/, ']'));
    const paths = [...new Set(list.map((f) => path.resolve(app, f === './' ? 'index.html' : f)))];
    return sizes([...paths, path.join(app, 'sw.js')], path.join(ROOT, 'dist'));
  }
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return sizes(walk(surveyDir), surveyDir);
}

/** Answers every item with the mouse (first option, then last, alternately, like the e2e tests). */
async function complete(load, kind) {
  const { page } = load;
  let n = 0;
  for (;;) {
    const onItem = await page.evaluate(() => {
      const B = window.__bench;
      return B.kind === 'naitei'
        ? !!document.querySelector('naitei-check')?.shadowRoot?.querySelector('.naitei-question')
        : !!document.querySelector('.sd-question');
    });
    if (!onItem) break;
    const pick = n % 2 ? 'last' : 'first';
    if (kind === 'naitei') await answerWithMouse(page, pick);
    else await answerSurvey(page, pick);
    await page.evaluate(() => window.__bench.arm());
    if (kind === 'naitei') await page.locator('naitei-check .naitei-nav .naitei-primary').click();
    else await page.locator('.sd-navigation__next-btn:visible, .sd-navigation__complete-btn:visible').first().click();
    await page.waitForFunction((k) => {
      const t = window.__bench.transitions;
      return t.length === k && t[k - 1].painted !== undefined;
    }, n + 1, { timeout: 30000 });
    n++;
  }
  const transitions = await page.evaluate(() => window.__bench.transitions);
  const memory = await page.evaluate(() => window.__bench.memories.reduce((s, m) => s + m.buffer.byteLength, 0));
  await load.cdp.send('HeapProfiler.collectGarbage');
  const heap = await load.cdp.send('Runtime.getHeapUsage');
  return { answered: n, transitions, wasmMemory: memory, heapUsed: heap.usedSize, heapTotal: heap.totalSize };
}

async function answerSurvey(page, pick) {
  const questions = page.locator('.sd-question');
  const count = await questions.count();
  for (let k = 0; k < count; k++) {
    const q = questions.nth(k);
    const name = await q.getAttribute('data-name');
    const type = surveyKinds[name];
    const nth = (loc, which) => (which === 'first' ? loc.first() : loc.last());
    if (type === 'comment') await q.locator('textarea').fill(TEXT_ANSWER);
    else if (type === 'rating') await nth(q.locator('.sd-rating__item'), pick).click();
    else {
      // best_worst: best is the first option, worst the last, as in the Naitei run.
      const which = name.endsWith('__best') ? 'first' : name.endsWith('__worst') ? 'last' : pick;
      await nth(q.locator('label.sd-selectbase__label'), which).click();
    }
  }
}

// Naitei's files that the first question does not wait for: fetched while the candidate reads (the
// full module and the coaches' lexicons once Start is pressed, the rest of the texts after the first render). A
// cold load that reaches the first question quickly may already have some of them.
const PREFETCHED = ['/naitei_web.js', '/naitei_web_bg.wasm', '/naitei-lexicons.json', '/naitei-en-rest.json'];

function summarise(kind, loads, completions) {
  const files = loads[0].files;
  const byKind = {};
  for (const f of files) {
    byKind[f.kind] ??= { raw: 0, gzip: 0, brotli: 0 };
    byKind[f.kind].raw += f.raw;
    byKind[f.kind].gzip += f.gzip;
    byKind[f.kind].brotli += f.brotli;
  }
  const sum = (k) => files.reduce((s, f) => s + f[k], 0);
  const total = { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
  const ahead = files.filter((f) => kind === 'naitei' && PREFETCHED.includes(f.url));
  const sumOf = (list, k) => list.reduce((s, f) => s + f[k], 0);
  const prefetched = { raw: sumOf(ahead, 'raw'), gzip: sumOf(ahead, 'gzip'), brotli: sumOf(ahead, 'brotli') };
  const needed = { raw: total.raw - prefetched.raw, gzip: total.gzip - prefetched.gzip, brotli: total.brotli - prefetched.brotli };
  const ms = (f) => loads.map(f).filter((x) => x !== undefined);
  const steps = completions.flatMap((c) => c.transitions.filter((t) => t.to !== 'end'));
  const ends = completions.flatMap((c) => c.transitions.filter((t) => t.to === 'end'));
  const last = completions[completions.length - 1];
  return {
    transfer: { files, by_kind: byKind, total, needed, prefetched, same_in_every_load: loads.every((l) => JSON.stringify(l.files.map((f) => [f.url, f.raw])) === JSON.stringify(files.map((f) => [f.url, f.raw]))) },
    whole_app: wholeApp(kind),
    first_control_ms: { dom: median(ms((l) => l.marks.firstControl.dom)), painted: median(ms((l) => l.marks.firstControl.painted)), samples: ms((l) => round(l.marks.firstControl.painted)) },
    first_question_ms: { dom: median(ms((l) => l.marks.firstQuestion.dom)), painted: median(ms((l) => l.marks.firstQuestion.painted)), samples: ms((l) => round(l.marks.firstQuestion.painted)) },
    answer_to_next_ms: {
      count: steps.length,
      dom: { p50: percentile(steps.map((t) => t.dom - t.click), 50), p95: percentile(steps.map((t) => t.dom - t.click), 95), max: steps.length ? Math.max(...steps.map((t) => t.dom - t.click)) : null },
      painted: { p50: percentile(steps.map((t) => t.painted - t.click), 50), p95: percentile(steps.map((t) => t.painted - t.click), 95) },
      slowest: [...steps].sort((a, b) => (b.dom - b.click) - (a.dom - a.click)).slice(0, 5)
        .map((t) => ({ from: t.from, to: t.to, dom: round(t.dom - t.click), painted: round(t.painted - t.click) })),
    },
    end_ms: { dom: median(ends.map((t) => t.dom - t.click)), painted: median(ends.map((t) => t.painted - t.click)), samples: ends.map((t) => round(t.dom - t.click)) },
    items_answered: completions.map((c) => c.answered),
    memory: { js_heap_used: last?.heapUsed ?? null, js_heap_total: last?.heapTotal ?? null, wasm: last ? last.wasmMemory : null },
    foreign_requests: [...new Set(loads.flatMap((l) => l.foreign))],
    console_errors: [...new Set(loads.flatMap((l) => l.errors))],
  };
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist/naitei_web_bg.wasm'))) throw new Error('dist/ is not built: run `make dist` first');
  const { server, url } = await serve(path.join(ROOT, 'dist'), { mounts: { '/peer/': surveyDir } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  console.log(`bench: ${LOADS} timed cold loads of each page (after 1 not counted), then ${COMPLETIONS} completions of each`);
  const targets = [
    { kind: 'naitei', name: 'Naitei', url: `${url}app/` },
    { kind: 'surveyjs', name: 'SurveyJS', url: `${url}peer/` },
  ];
  const version = browser.version();
  const results = Object.fromEntries(targets.map((t) => [t.kind, { loads: [], completions: [] }]));
  try {
    // One load of each first, not counted: warms the file cache and the browser.
    for (const t of targets) await (await coldLoad(browser, t)).context.close();
    for (let i = 0; i < LOADS; i++) {
      // Alternate which page goes first, so neither always follows the other.
      for (const t of i % 2 ? [...targets].reverse() : targets) {
        const load = await coldLoad(browser, t);
        results[t.kind].loads.push({ marks: load.marks, files: load.files, foreign: load.foreign, errors: load.errors });
        await load.context.close();
        if (process.stdout.isTTY) process.stdout.write(`\rbench: cold load ${i + 1}/${LOADS} (${t.name})      `);
      }
    }
    // The completions come after the timed loads, each in a page of its own (loaded cold too).
    for (let i = 0; i < COMPLETIONS; i++) {
      for (const t of i % 2 ? [...targets].reverse() : targets) {
        const load = await coldLoad(browser, t);
        results[t.kind].completions.push(await complete(load, t.kind));
        await load.context.close();
        if (process.stdout.isTTY) process.stdout.write(`\rbench: completion ${i + 1}/${COMPLETIONS} (${t.name})      `);
      }
    }
    if (process.stdout.isTTY) process.stdout.write('\n');
  } finally {
    await browser.close();
    server.close();
  }
  const surveyjsVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/survey-js-ui/package.json'), 'utf8')).version;
  const report = {
    browser: `Chromium ${version} (headless)`,
    surveyjs_version: surveyjsVersion,
    loads: LOADS,
    completions: COMPLETIONS,
    naitei: summarise('naitei', results.naitei.loads, results.naitei.completions),
    surveyjs: summarise('surveyjs', results.surveyjs.loads, results.surveyjs.completions),
  };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`bench: peer figures in ${path.relative(ROOT, out)}`);
}

main().catch((e) => { console.error(`bench: ${e.stack ?? e}`); process.exit(1); });
