// Naitei: a Japanese IT interview readiness check that runs entirely in the browser.
//
// Include this file once (as a module) and place the widget with one tag:
//   <script type="module" src="/naitei/naitei.js"></script>
//   <naitei-check lang="ja" theme="auto" storage-key="careers"></naitei-check>
//
// Or from code:
//   import { mount, evaluate, bank } from './naitei.js';
//   const handle = await mount(document.querySelector('#slot'), { lang: 'en' });
//
// The widget renders inside a shadow root, so its styles and the page's do not mix.
// Nothing is sent anywhere: the only requests are for this file, the .wasm, the
// stylesheet, the texts and (if the host asks for one) the host's own content pack.
//
// Two modules: a widget starts on the light one (naitei_light.js: intro, profile and questions)
// and the full one (naitei_web.js: report, plan, coaches, share links, the JS API) is fetched
// once the candidate presses Start. When the candidate needs it, the light widget asks for it
// (`naitei:handover`, carrying its progress) and the full one is mounted in its place with that
// progress. A page with its own content pack or a share link starts on the full module.
//
// With loading="lazy" (start when the element nears the viewport) or loading="click"
// (start when the visitor presses a button drawn here), a page downloads nothing but
// this file until then: the glue, the wasm, the stylesheet and the texts come later.

// Written by scripts/build.sh from the workspace's Cargo.toml, the one place the version lives.
export const version = '__NAITEI_VERSION__';

const BASE = new URL('.', import.meta.url);
// The glue is imported by a literal path (bundlers follow it); the wasm sits next to it. After a
// failed import it is imported again under another address (`?retry=n`): browsers may remember a
// failed module import for the page's life.
const MODULES = {
  light: { glue: () => import('./naitei_light.js'), name: 'naitei_light.js', wasm: new URL('naitei_light_bg.wasm', BASE) },
  full: { glue: () => import('./naitei_web.js'), name: 'naitei_web.js', wasm: new URL('naitei_web_bg.wasm', BASE) },
};
const glueFailures = { light: 0, full: 0 };
const REPLACE = Symbol('naitei.replaceOptions');

// Limits on what the JS API reads (the same as naitei_core::embed, which checks again).
const MAX_DEPTH = 32;
const MAX_BYTES = 8 << 20;
const MAX_VALUES = 1_000_000;
// How long a host's content pack may take before the built-in questions are used.
const CONTENT_TIMEOUT_MS = 10_000;

// Per module: the compiled WebAssembly, the glue, and the widgets' instance once it has started
// (`wasm` is the full module's, which the JS API may share).
const compiled = {};
const glues = {};
const ready = {};
let wasm = null;
const importGlue = (kind) => (glues[kind] ??= (glueFailures[kind] === 0
  ? MODULES[kind].glue()
  // A bundler renames the file: then the literal import is the one that can work.
  : import(new URL(`${MODULES[kind].name}?retry=${glueFailures[kind]}`, BASE).href).catch(() => MODULES[kind].glue())
).catch((e) => { glueFailures[kind] += 1; delete glues[kind]; throw e; }));

/** Compiles a module's WebAssembly once per page; a failure is forgotten, so a later call tries again. */
function compile(kind) {
  const url = MODULES[kind].wasm;
  compiled[kind] ??= WebAssembly.compileStreaming(fetch(url)).catch(async () => {
    // Served without the application/wasm type: compile from the bytes.
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    return WebAssembly.compile(await response.arrayBuffer());
  });
  compiled[kind].catch(() => { delete compiled[kind]; });
  return compiled[kind];
}

/** Starts a module's instance for the widgets once per page; resolves to its exports. */
function load(kind) {
  ready[kind] ??= Promise.all([importGlue(kind), compile(kind)]).then(async ([g, module]) => {
    await g.default({ module_or_path: module });
    if (kind === 'full') wasm = g;
    return g;
  });
  ready[kind].catch(() => { delete ready[kind]; });
  return ready[kind];
}

/**
 * Fetches and compiles the full module without starting it, and the coaches' lexicons it reads,
 * while the candidate reads the first screens (a failure is tried again when the module is needed).
 */
function prefetchFull() {
  if (navigator.connection?.saveData) return; // fetched when needed instead
  // When the page is idle, or once 2 s have passed on a busy one: the candidate may press on soon.
  const idle = window.requestIdleCallback ? (f) => requestIdleCallback(f, { timeout: 2000 }) : (f) => setTimeout(f, 200);
  idle(() => { Promise.all([importGlue('full'), compile('full'), loadLexicons()]).catch(() => {}); });
}

// The headless functions (evaluate, bank, checkPack) run in an instance of their own,
// so that nothing a host passes to them can affect a live widget. An instance that
// stopped on an internal error is replaced by a fresh one on the next call.
let api = null;
let apiCount = 0;
function apiInstance() {
  api ??= (async () => {
    const module = await compile('full');
    try {
      const own = await import(new URL(`naitei_web.js?api=${++apiCount}`, BASE).href);
      await own.default({ module_or_path: module });
      return own;
    } catch {
      return load('full'); // no second copy of the glue (a bundler may forbid it): share the widgets' instance
    }
  })();
  return api;
}

/** Runs `f` with the API instance; a WebAssembly trap discards that instance. */
async function withApi(f) {
  const instance = await apiInstance();
  try {
    return f(instance);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError && instance !== wasm) api = null;
    throw e;
  }
}

/** What a value is, for error messages. */
function describe(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

/**
 * Checks an argument of the JS API and turns it into JSON text for the
 * WebAssembly: a plain object (or null/undefined), no cycle, at most
 * MAX_DEPTH levels and MAX_VALUES values, at most MAX_BYTES of JSON.
 * Throws an Error naming the call, the argument and what was expected.
 */
function jsonArg(call, name, value, expected, { text = false } = {}) {
  const fail = (Kind, why) => new Kind(`naitei: ${call}: ${name} ${why}`);
  if (value === undefined || value === null) return 'null';
  if (text && typeof value === 'string') {
    if (value.length > MAX_BYTES) throw fail(RangeError, `is ${(value.length / 1048576).toFixed(1)} MB; at most ${MAX_BYTES >> 20} MB is read.`);
    return value;
  }
  if (typeof value !== 'object' || Array.isArray(value)) throw fail(TypeError, `must be ${expected}, not ${describe(value)}.`);
  const onPath = new Set();
  const stack = [[value, 0, false]];
  let values = 0;
  while (stack.length) {
    const [v, depth, leaving] = stack.pop();
    if (leaving) { onPath.delete(v); continue; }
    if (v === null || typeof v !== 'object') continue;
    if (onPath.has(v)) throw fail(TypeError, 'refers to itself (it contains a cycle). Pass plain data, as JSON.stringify would write it.');
    if (depth >= MAX_DEPTH) throw fail(RangeError, `is nested more than ${MAX_DEPTH} levels deep. Answers need three; pass plain data.`);
    if (++values > MAX_VALUES) throw fail(RangeError, `holds more than ${MAX_VALUES.toLocaleString('en')} values. Pass only what the widget needs.`);
    onPath.add(v);
    stack.push([v, depth, true]);
    for (const k of Object.keys(v)) stack.push([v[k], depth + 1, false]);
  }
  let json;
  try {
    json = JSON.stringify(value);
  } catch (e) {
    throw fail(TypeError, `could not be turned into JSON (${e.message}).`);
  }
  if (json.length > MAX_BYTES) throw fail(RangeError, `is ${(json.length / 1048576).toFixed(1)} MB as JSON; at most ${MAX_BYTES >> 20} MB is read.`);
  return json;
}

// Attribute name -> option name. Every option's default is documented in README ("Embed").
const ATTRIBUTES = {
  lang: 'lang',
  theme: 'theme',
  stage: 'stage',
  company: 'company',
  region: 'region',
  'storage-key': 'storageKey',
  'content-src': 'contentSrc',
  'share-text-answers': 'shareTextAnswers',
};
// Options handled here in JavaScript rather than by the widget itself.
const JS_ONLY = ['contentSrc', 'content'];

function optionsFromAttributes(el) {
  const out = {};
  for (const [attr, name] of Object.entries(ATTRIBUTES)) {
    if (!el.hasAttribute(attr)) continue;
    const value = el.getAttribute(attr);
    // share-text-answers present with no value means yes; any other value is read by the widget
    // ("true" or "false"; anything else keeps written answers in, with a warning).
    out[name] = name === 'shareTextAnswers' && value.trim() === '' ? true : value;
  }
  return out;
}

const KNOWN = [...Object.values(ATTRIBUTES), ...JS_ONLY];

/** The options the widget sees: only what the host set, minus the JS-only ones. Unknown names are reported. */
function widgetOptions(options) {
  const out = {};
  for (const [k, v] of Object.entries(options)) {
    if (!KNOWN.includes(k)) {
      console.warn(`naitei: unknown option "${k}" is ignored. Known options: ${KNOWN.join(', ')}.`);
    } else if (!JS_ONLY.includes(k) && v !== undefined && v !== null && v !== '') {
      out[k] = v;
    }
  }
  return out;
}

/** Reads a response body as text, refusing more than MAX_BYTES. */
async function cappedText(response, src) {
  const length = Number(response.headers.get('content-length') ?? 0);
  const tooLarge = `The content pack at ${src} is larger than ${MAX_BYTES >> 20} MB, so it was not read. Check that content-src points at a Naitei content pack.`;
  if (length > MAX_BYTES) throw new Error(tooLarge);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) { reader.cancel().catch(() => {}); throw new Error(tooLarge); }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
  return new TextDecoder().decode(bytes);
}

/** Fetches or serialises the host's content pack; returns [text, error]. */
async function packOf(options) {
  if (options.content !== undefined && options.content !== null) {
    try {
      return [jsonArg('options', 'content', options.content, 'a content pack object or its JSON text', { text: true }), null];
    } catch (e) {
      return [null, e.message];
    }
  }
  if (!options.contentSrc) return [null, null];
  const src = String(options.contentSrc);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), CONTENT_TIMEOUT_MS);
  try {
    const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin', signal: abort.signal });
    if (!response.ok) return [null, `The content pack at ${src} could not be loaded (HTTP ${response.status}). Check the content-src address.`];
    return [await cappedText(response, src), null];
  } catch (e) {
    if (abort.signal.aborted) return [null, `The content pack at ${src} did not arrive within ${CONTENT_TIMEOUT_MS / 1000} seconds, so the built-in questions are used. Check that the address answers quickly.`];
    return [null, e.message.startsWith('The content pack') ? e.message : `The content pack at ${src} could not be loaded (${e.message}). Check the content-src address and that it is on this site.`];
  } finally {
    clearTimeout(timer);
  }
}

// Files next to this one (texts, lexicons), fetched once per page and shared by every widget;
// `arrived` holds the text of each one that has come (what a hand-over passes on at once).
const files = new Map();
const arrived = new Map();

/** Resolves to the file `name` next to this one as text; a failure is forgotten, so a later attempt may succeed (back online). */
function fetchText(name) {
  if (!files.has(name)) {
    const url = new URL(name, BASE);
    const request = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url} answered HTTP ${r.status}`);
      return r.text();
    }).then((text) => { arrived.set(name, text); return text; });
    request.catch(() => files.delete(name));
    files.set(name, request);
  }
  return files.get(name);
}

// Display texts: every text of a language (naitei-en.json), or the two files the widget fetches,
// what the first screens show (naitei-en-first.json, before the first render) and the rest (right after it).
const PARTS = ['first', 'rest'];

/** Resolves to the built-in texts of `lang` as JSON text: all of them, or one `part` ("first" or "rest"). */
export function loadTexts(lang, part) {
  if (lang !== 'en' && lang !== 'ja') return Promise.reject(new RangeError(`naitei: loadTexts(lang) takes "en" or "ja", not ${describe(lang)}.`));
  if (part !== undefined && !PARTS.includes(part)) return Promise.reject(new RangeError(`naitei: loadTexts(lang, part) takes "first", "rest" or no part, not ${describe(part)}.`));
  return fetchText(part ? `naitei-${lang}-${part}.json` : `naitei-${lang}.json`);
}

// The coaches' lexicons: fetched after the first render of a widget or with the first evaluate();
// nothing before the first question needs them.
const loadLexicons = () => fetchText('naitei-lexicons.json');

/** The widget's loaders: `load(...args, wait)` fetches after `wait` seconds (the widget tries a failed file again). */
const later = (load) => (...args) => {
  const wait = Number(args.pop()) || 0;
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait * 1000)).then(() => load(...args)) : load(...args);
};

const supported = (tag) => {
  const primary = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'ja' ? primary : null;
};

/** The session saved under `storageKey`, if any (storage may be off or the data unreadable). */
function savedSession(storageKey) {
  try {
    return JSON.parse(localStorage.getItem(`naitei:${storageKey}`) ?? 'null')?.session ?? null;
  } catch {
    return null;
  }
}

/**
 * The storage key the widget uses for `options`, read as the core reads the option (a text,
 * trimmed, of 1 to 200 characters; anything else means "default").
 */
function storageKeyOf(options) {
  const key = typeof options.storageKey === 'string' ? options.storageKey.trim() : '';
  return key && [...key].length <= 200 ? key : 'default';
}

/** Whether anything is saved under `storageKey` (with storage off, nothing is). */
function hasSaved(storageKey) {
  try {
    return localStorage.getItem(`naitei:${storageKey}`) !== null;
  } catch {
    return false;
  }
}

/** The language saved with the progress under `storageKey`, if any. */
const savedLanguage = (storageKey) => supported(savedSession(storageKey)?.lang);

/**
 * The language the widget shows first, decided as the widget decides it (app.rs, `initial_lang`):
 * the host's option, else the saved choice, else the first of the browser's languages the widget
 * has, else the page's, else English. Its texts are fetched with the wasm, so a reloaded Japanese
 * session never shows English first.
 */
function firstLanguage(options, storageKey) {
  return supported(options.lang) ?? savedLanguage(storageKey)
    ?? (navigator.languages ?? [navigator.language]).map(supported).find(Boolean)
    ?? supported(document.documentElement.lang) ?? 'en';
}

// Yew (0.23) never removes the event listeners it puts on the element it renders into, and
// the listeners keep that element alive: each mount and destroy would leave one element and its
// listeners behind. So the listeners added to a widget's root element are recorded and removed
// when the widget goes, and the emptied elements are used again by the next widget.
const spareRoots = [];
const rootListeners = new WeakMap();

/** An empty element for a widget to render into, recording the listeners added to it. */
function newRoot() {
  const root = spareRoots.pop() ?? document.createElement('div');
  root.className = 'naitei-root';
  const added = [];
  rootListeners.set(root, added);
  root.addEventListener = function (type, listener, options) {
    added.push([type, listener, options]);
    return EventTarget.prototype.addEventListener.call(this, type, listener, options);
  };
  return root;
}

/** Removes every listener the widget added to `root` (the element stays for the next widget rendered into it). */
function clearListeners(root) {
  for (const [type, listener, options] of rootListeners.get(root)?.splice(0) ?? []) {
    EventTarget.prototype.removeEventListener.call(root, type, listener, options);
  }
}

/** Gives `root` back once its widget is destroyed. */
function releaseRoot(root) {
  clearListeners(root);
  root.replaceChildren();
  root.remove();
  delete root.addEventListener;
  rootListeners.delete(root);
  spareRoots.push(root);
}

/** Prepares the shadow root: the stylesheet, then an empty container for the widget. */
async function prepare(host) {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  shadow.replaceChildren();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('naitei.css', BASE).href;
  const container = newRoot();
  // Shown until the widget renders (a host's content pack may take a while).
  const loading = document.createElement('p');
  loading.className = 'naitei-loading';
  loading.setAttribute('role', 'status');
  loading.textContent = 'Loading… / 読み込み中…';
  const styled = new Promise((resolve) => { link.onload = resolve; link.onerror = resolve; });
  shadow.append(link, loading, container);
  await styled;
  return container;
}

// Seconds before the full module is fetched again after a failure (the last one repeats).
const RETRY_SECONDS = [3, 15, 60];

// A share link's address (naitei_core::share::PREFIX).
const SHARE_PREFIX = '#naitei=';

/**
 * What a hand-over passes to the full module at once: the texts of the language on screen (from the
 * progress handed over, else `lang`) and the coaches' lexicons, as far as they have arrived, so it
 * renders complete in its first frame.
 */
function handedTexts(lang, firstTexts, resume) {
  let shown = lang;
  try { shown = supported(JSON.parse(resume ?? 'null')?.ours?.session?.lang) ?? lang; } catch { /* keep lang */ }
  const out = {};
  for (const part of PARTS) {
    const text = arrived.get(`naitei-${shown}-${part}.json`);
    if (text) out[`${shown}-${part}`] = text;
  }
  if (!out[`${shown}-first`]) Object.assign(out, firstTexts);
  const lexicons = arrived.get('naitei-lexicons.json');
  if (lexicons) out.lexicons = lexicons;
  return out;
}

/**
 * Resolves once the candidate is not typing in the widget: at once when no text box has focus or it
 * does not change within a moment; else once typing pauses for 1.5 seconds with nothing being
 * composed (`composing()`: an input method has text not yet committed), or focus has left the box.
 * A number or date field has focus: once focus leaves it (its value counts from then).
 */
async function typingPause(shadow, composing) {
  let waited = false;
  for (;;) {
    const box = shadow?.activeElement;
    // A number or a date counts once it is committed (`change`, when focus leaves the field):
    // wait for that, however long the candidate keeps the field.
    if (box?.matches('input[type=number], input[type=date]')) {
      await new Promise((resolve) => box.addEventListener('blur', () => setTimeout(resolve, 500), { once: true }));
      continue;
    }
    if (!box || !box.matches('textarea, input[type=text]')) return;
    const typed = await new Promise((resolve) => {
      const done = (value) => {
        box.removeEventListener('input', onInput);
        box.removeEventListener('compositionstart', onInput);
        box.removeEventListener('blur', onBlur);
        clearTimeout(timer);
        resolve(value);
      };
      const onInput = () => done(true);
      // Focus leaving the box is often the start of a click or a Tab: let it land first.
      const onBlur = () => { clearTimeout(timer); timer = setTimeout(() => done(true), 500); };
      box.addEventListener('input', onInput);
      box.addEventListener('compositionstart', onInput);
      box.addEventListener('blur', onBlur);
      let timer = setTimeout(() => done(false), waited ? 1500 : 400);
    });
    if (!typed && !composing()) return;
    waited = true;
  }
}

/** Whether the options bring a host's content pack (read by the full module only). */
const hasPack = (options) => (options.content !== undefined && options.content !== null) || Boolean(options.contentSrc);

/** Where focus is inside the widget's shadow root: the focused element's id and text selection, or null. */
function focusWithin(shadow) {
  const el = shadow?.activeElement;
  if (!el) return null;
  return { id: el.id, start: el.selectionStart ?? null, end: el.selectionEnd ?? null };
}

/** Puts focus back on the element with the same id in the new widget (or its screen's heading). */
async function refocus(shadow, { id, start, end }) {
  for (let frame = 0; frame < 60; frame++) {
    const el = (id && shadow.getElementById(id)) || shadow.querySelector('.naitei-body h3');
    if (el) {
      if (!el.hasAttribute('tabindex') && !el.matches('button, a[href], input, select, textarea')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
      if (start !== null && typeof el.setSelectionRange === 'function') el.setSelectionRange(start, end);
      return;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Mounts the widget on `element` (inside its shadow root).
 * Resolves to a handle with `update(options)` and `destroy()`.
 */
export async function mount(element, options = {}) {
  if (!(element instanceof HTMLElement)) throw new TypeError(`naitei: mount(element, options): element must be an HTML element, not ${describe(element)}.`);
  jsonArg('mount(element, options)', 'options', options, 'an object such as { lang: "ja" }');
  let current = { storageKey: element.id || undefined, ...options };
  const lang = firstLanguage(current, storageKeyOf(current));
  // A host's content pack, a shared result and saved progress are read by the full module only
  // (the light one reads no progress: it starts on an empty key, and hands over if it finds anything
  // there it did not write), so they start on the full module. Everyone else starts on the light
  // one, and the full one is fetched once they press Start.
  const returning = hasSaved(storageKeyOf(current));
  const firstKind = hasPack(current) || location.hash.startsWith(SHARE_PREFIX) || returning ? 'full' : 'light';
  const [, container, [pack, packError], first] = await Promise.all([
    load(firstKind), prepare(element), packOf(options), loadTexts(lang, 'first').catch(() => null),
  ]);
  if (element.localName === 'naitei-check' && !element.isConnected) {
    // The page removed the element while it was mounting: render nothing, send no event.
    releaseRoot(container);
    element.shadowRoot?.replaceChildren();
    return { element, update: async () => {}, [REPLACE]: async () => {}, destroy() {} };
  }
  // What every widget here starts with: the first file of the language it opens in.
  const firstTexts = first ? { [`${lang}-first`]: first } : {};
  // A content pack is read by the full module only.
  const needsFull = (p) => p !== null && p !== undefined;
  let handle = null;
  let mountedKind = null; // the module of the widget on screen
  let mountedPack = [current.content, current.contentSrc];
  let destroyed = false;
  // Updates and hand-overs run one after the other: overlapping calls never mount two copies.
  let queue = Promise.resolve();

  /** Mounts a widget of `module` (loaded, of kind `kind`) with pack `p` or its error `e`, `texts`, and `resume` (a hand-over's progress). */
  const mountOn = (module, kind, p, e, texts, resume) => {
    handle = module.mount(container, JSON.stringify(widgetOptions(current)), p ?? undefined, e ?? undefined, texts, later(loadTexts), later(loadLexicons), resume);
    mountedKind = kind;
    // The loader's own "Loading…" line (drawn by `prepare`) goes once a widget is there.
    if (container.previousElementSibling?.classList.contains('naitei-loading')) container.previousElementSibling.remove();
  };
  /**
   * Replaces the widget by one with pack `p` (or its error `e`) on module `kind`: a pack needs the
   * full module, and a widget on the full module stays on it. The module is loaded before the old
   * widget goes, so a failed download leaves it in place (and rejects).
   */
  const remount = async (p, e, { texts = firstTexts, resume, to } = {}) => {
    const kind = needsFull(p) ? 'full' : (to ?? mountedKind);
    const module = await load(kind);
    if (destroyed) return;
    handle.destroy();
    clearListeners(container);
    mountOn(module, kind, p, e, texts, resume);
    // Yew renders a new app in a microtask, and in one batch it runs destroys before creates:
    // an app destroyed before its first render would render anyway and stay. So the next
    // update waits for a task boundary, by which the new app has rendered.
    await new Promise((resolve) => setTimeout(resolve));
  };

  // The hand-over. The light widget sends `naitei:handover` (its detail: the progress on screen, as
  // saved JSON) when the candidate needs the full module: the report, the plan, the coach, a shared
  // result. The full widget is mounted in its place with that progress, the texts and lexicons the
  // page already has, and focus where it was. Not while the candidate is typing: it waits for a pause
  // and asks the light widget again (`naitei:handover-ready`), so the progress is current. If the
  // module cannot be fetched, the light widget says so (`naitei:handover-failed`) and it is fetched
  // again after 3, 15, then every 60 seconds.
  let failures = 0;
  let preparing = false;
  let retrying = false;
  // The progress the light widget sent with its latest request.
  let handed;
  const askAgain = () => { if (!destroyed) container.dispatchEvent(new CustomEvent('naitei:handover-ready')); };
  const failed = (e) => {
    if (destroyed || retrying) return;
    retrying = true;
    const wait = RETRY_SECONDS[Math.min(failures, RETRY_SECONDS.length - 1)];
    failures += 1;
    console.warn(`naitei: the rest of the widget could not be loaded (${e.message}); trying again in ${wait} s.`);
    container.dispatchEvent(new CustomEvent('naitei:handover-failed'));
    setTimeout(() => {
      retrying = false;
      if (destroyed || mountedKind === 'full') return;
      load('full').then(askAgain, failed);
    }, wait * 1000);
  };
  const handover = (event) => {
    handed = typeof event?.detail === 'string' ? event.detail : undefined;
    if (destroyed || mountedKind === 'full' || preparing) return;
    if (!wasm) {
      // Not here yet: fetch it, then ask again (the light widget answers while it still needs it).
      preparing = true;
      load('full').then(
        () => { preparing = false; askAgain(); },
        (e) => { preparing = false; failed(e); },
      );
      return;
    }
    preparing = true;
    queue = queue.then(async () => {
      try {
        if (destroyed || mountedKind === 'full') return;
        await typingPause(element.shadowRoot, () => composing);
        // The progress as it is now: asked for again, answered at once by the light widget while
        // something on screen still needs the full module (nothing: no hand-over, for now).
        handed = undefined;
        askAgain();
        if (handed === undefined || destroyed) return;
        const focus = focusWithin(element.shadowRoot);
        // The light module runs only without a content pack.
        await remount(null, null, { texts: handedTexts(lang, firstTexts, handed), resume: handed, to: 'full' });
        if (focus) await refocus(element.shadowRoot, focus);
      } finally {
        preparing = false;
      }
    }).catch((e) => console.error(e));
  };
  // An input method composing in the widget (typing in Japanese): no hand-over until it commits.
  let composing = false;
  const own = [
    ['naitei:handover', handover],
    ['compositionstart', () => { composing = true; }],
    ['compositionend', () => { composing = false; }],
    ['focusout', () => { composing = false; }],
  ];
  // Listening before the first widget renders: a waiting line in its first frame is heard. (Not
  // through the recording `addEventListener` of `newRoot`: these stay across a remount.)
  for (const [type, f] of own) EventTarget.prototype.addEventListener.call(container, type, f);
  // The full module is fetched once the candidate leaves the intro (or at once when a run is under
  // way): what the first question needs is already here, and a visitor who only reads the page
  // downloads nothing more.
  const onProgress = (event) => {
    if (event.detail?.screen === 'intro') return;
    element.removeEventListener('naitei:progress', onProgress);
    prefetchFull();
  };
  if (firstKind === 'light') element.addEventListener('naitei:progress', onProgress);

  const kind = needsFull(pack) ? 'full' : firstKind;
  mountOn(await load(kind), kind, pack, packError, firstTexts, undefined);
  // Calls waiting in the queue: when several pile up (ten updates in one tick), each one folds its
  // options into `current` and only the last applies them, so the widget remounts once, not ten times.
  let waiting = 0;
  /** Makes `whole(current)` the set of options; a new content pack remounts the widget (saved progress is kept). */
  const apply = (call, next, whole) => {
    try {
      jsonArg(call, 'options', next, 'an object such as { lang: "ja" }');
    } catch (e) {
      return Promise.reject(e);
    }
    waiting += 1;
    const run = queue.then(async () => {
      waiting -= 1;
      if (destroyed) return; // its root may already serve another widget
      current = whole(next);
      if (waiting > 0) return; // a later call applies these options together with its own
      if (current.content !== mountedPack[0] || current.contentSrc !== mountedPack[1]) {
        const wanted = [current.content, current.contentSrc];
        const [p, e] = await packOf(current);
        if (destroyed) return;
        await remount(p, e);
        mountedPack = wanted;
      } else {
        handle.update(JSON.stringify(widgetOptions(current)));
      }
    });
    queue = run.catch(() => {});
    // Resolves once these options are on screen, also when a later call applied them.
    return run.then(() => queue);
  };
  return {
    element,
    /** Applies new options over the current ones; a new content pack remounts the widget (saved progress is kept). */
    update(next = {}) {
      return apply('update(options)', next, (n) => ({ ...current, ...n }));
    },
    /** For <naitei-check>: its attributes and options are the whole set, so a removed one is forgotten. */
    [REPLACE](all) {
      return apply('update(options)', all, (n) => ({ storageKey: element.id || undefined, ...n }));
    },
    /** Removes the widget; progress stays saved in the browser. */
    destroy() {
      if (destroyed) return;
      destroyed = true;
      handle.destroy();
      for (const [type, f] of own) EventTarget.prototype.removeEventListener.call(container, type, f);
      element.removeEventListener('naitei:progress', onProgress);
      releaseRoot(container);
      element.shadowRoot?.replaceChildren();
    },
  };
}

/** Scores answers without any UI: resolves to { report, plan }. */
export async function evaluate(profile = {}, answers = {}, options = {}) {
  const call = 'evaluate(profile, answers, options)';
  const args = [
    jsonArg(call, 'profile', profile, 'an object such as { next_stage: "final" }'),
    jsonArg(call, 'answers', answers, 'an object from item id to answer, such as { arrival_onsite: "ten_early" }'),
    jsonArg(call, 'options', options, 'an object such as { today: "2026-12-01" }'),
  ];
  const lexiconsJson = await loadLexicons();
  return withApi((w) => w.evaluate(...args, lexiconsJson));
}

/** The built-in questions in `lang` ("en" or "ja"), with option ids, labels and reasons. */
export async function bank(lang = 'en') {
  const tag = typeof lang === 'string' ? lang.trim().toLowerCase() : '';
  const wanted = tag === 'en' || tag.startsWith('en-') ? 'en' : tag === 'ja' || tag.startsWith('ja-') ? 'ja' : null;
  if (!wanted) throw new RangeError(`naitei: bank(lang) takes "en" or "ja" (or a tag such as "ja-JP"), not ${describe(lang)}.`);
  const json = await loadTexts(wanted);
  return withApi((w) => w.bank(json));
}

/** Checks a content pack (object or JSON text); resolves to a list of problems (empty when valid). */
export async function checkPack(pack) {
  if (pack === undefined || pack === null) throw new TypeError(`naitei: checkPack(pack): pack must be a content pack object or its JSON text, not ${describe(pack)}. Start from \`naitei-content pack\`.`);
  const json = jsonArg('checkPack(pack)', 'pack', pack, 'a content pack object or its JSON text', { text: true });
  return withApi((w) => w.checkPack(json));
}

// loading="click": the button's label, in the language the widget would show first.
const START_LABEL = { en: 'Start the interview readiness check', ja: '面接準備チェックを始める' };
// loading="lazy": how near the viewport the element must come for the widget to start.
const LAZY_MARGIN = '600px 0px';

/** Focuses the first control the widget renders in `shadow` (it renders after mount resolves); gives up after about a second. */
async function focusInto(shadow) {
  for (let frame = 0; frame < 60; frame++) {
    const control = shadow?.querySelector('.naitei-root button, .naitei-root a[href], .naitei-root input, .naitei-root select, .naitei-root textarea');
    if (control) { control.focus(); return; }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

class NaiteiCheck extends HTMLElement {
  static get observedAttributes() { return [...Object.keys(ATTRIBUTES), 'loading']; }

  #options = {};
  #handle = null;
  #pending = null;
  /** While loading="lazy" or "click" holds the start back: stops waiting (without starting). */
  #stopWaiting = null;

  /** Options set from code; they take precedence over attributes. */
  get options() { return { ...this.#options }; }
  set options(value) {
    this.#options = { ...(value ?? {}) };
    this.#sync();
  }

  #merged() { return { ...optionsFromAttributes(this), ...this.#options }; }

  /**
   * `lang` is also a property of every HTML element, so frameworks that set properties (React 19)
   * write it as one: `undefined` or `null` removes the attribute instead of writing "undefined".
   */
  get lang() { return this.getAttribute('lang') ?? ''; }
  set lang(value) {
    if (value === undefined || value === null || value === '') this.removeAttribute('lang');
    else this.setAttribute('lang', value);
  }

  connectedCallback() {
    if (this.#handle || this.#pending || this.#stopWaiting) return;
    const loading = this.getAttribute('loading');
    if (loading === 'lazy' && 'IntersectionObserver' in window) this.#waitForViewport();
    else if (loading === 'click') this.#waitForClick();
    else this.#start();
  }

  /** loading="lazy": starts once the element comes within LAZY_MARGIN of the viewport. */
  #waitForViewport() {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.#startNow();
    }, { rootMargin: LAZY_MARGIN });
    observer.observe(this);
    this.#stopWaiting = () => observer.disconnect();
  }

  /** loading="click": draws a start button (styled here: the stylesheet is not fetched yet). */
  #waitForClick() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'naitei-load-start';
    button.textContent = START_LABEL[firstLanguage(this.#merged(), storageKeyOf({ storageKey: this.#merged().storageKey || this.id }))];
    // CSSOM styles, which a strict CSP (style-src 'self') allows.
    Object.assign(button.style, { font: 'inherit', minHeight: '44px', padding: '0.5em 1.25em', cursor: 'pointer' });
    button.addEventListener('click', () => this.#startNow({ focus: true }));
    shadow.replaceChildren(button);
    this.#stopWaiting = () => shadow.replaceChildren();
  }

  /** Ends a wait and starts the widget. */
  #startNow({ focus = false } = {}) {
    this.#stopWaiting?.();
    this.#stopWaiting = null;
    this.#start({ focus });
  }

  #start({ focus = false } = {}) {
    this.#pending = mount(this, this.#merged())
      // The visitor pressed the start button: focus goes on into the widget, not back to the page.
      .then((h) => { if (focus && this.isConnected) focusInto(this.shadowRoot); return h; })
      // Removed from the page while it was still mounting: it is not coming back, so let it go.
      .then((h) => { if (this.isConnected) this.#handle = h; else h.destroy(); })
      .catch((e) => { console.error(e); this.#showError(e); })
      .finally(() => { this.#pending = null; });
  }

  disconnectedCallback() {
    // Wait a tick: moving the element in the DOM disconnects and reconnects it.
    queueMicrotask(() => {
      if (!this.isConnected && this.#stopWaiting) {
        this.#stopWaiting();
        this.#stopWaiting = null;
      }
      if (!this.isConnected && this.#handle) {
        this.#handle.destroy();
        this.#handle = null;
      }
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'loading') {
      // Waiting no longer asked for (loading="eager" or removed): start now.
      if (this.#stopWaiting && newValue !== oldValue && newValue !== 'lazy' && newValue !== 'click') this.#startNow();
      return;
    }
    this.#sync();
  }

  /** Hands the widget every option the element has now, so one removed goes back to its default. */
  async #sync() {
    if (this.#pending) await this.#pending;
    if (!this.#handle) return;
    // Every option is passed (the widget remounts only when the content pack really changed);
    // a bad option must not take the running widget down: report it and keep going.
    this.#handle[REPLACE](this.#merged()).catch((e) => console.error(e));
  }

  #showError(e) {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `Naitei could not start: ${e.message}`;
    shadow.replaceChildren(p);
  }
}

if (customElements.get('naitei-check')) {
  console.warn('naitei: <naitei-check> is already defined on this page (is naitei.js included twice?). ' +
    'This copy leaves the existing definition alone; use mount(element, options) from it to place more widgets.');
} else {
  customElements.define('naitei-check', NaiteiCheck);
}
