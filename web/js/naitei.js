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
// stylesheet and (if the host asks for one) the host's own content pack.
import init, * as wasm from './naitei_web.js';

// Written by scripts/build.sh from the workspace's Cargo.toml, the one place the version lives.
export const version = '__NAITEI_VERSION__';

const BASE = new URL('.', import.meta.url);
const REPLACE = Symbol('naitei.replaceOptions');
let ready = null;

/** Loads and starts the WebAssembly module once per page. */
function load() {
  ready ??= init({ module_or_path: new URL('naitei_web_bg.wasm', BASE) });
  return ready;
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
    out[name] = name === 'shareTextAnswers' ? value !== 'false' : value;
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

/** Fetches or serialises the host's content pack; returns [text, error]. */
async function packOf(options) {
  if (options.content !== undefined) {
    try {
      return [typeof options.content === 'string' ? options.content : JSON.stringify(options.content), null];
    } catch (e) {
      return [null, `The content pack object could not be turned into JSON (${e.message}).`];
    }
  }
  if (!options.contentSrc) return [null, null];
  try {
    const response = await fetch(new URL(options.contentSrc, document.baseURI), { credentials: 'same-origin' });
    if (!response.ok) return [null, `The content pack at ${options.contentSrc} could not be loaded (HTTP ${response.status}). Check the content-src address.`];
    return [await response.text(), null];
  } catch (e) {
    return [null, `The content pack at ${options.contentSrc} could not be loaded (${e.message}). Check the content-src address and that it is on this site.`];
  }
}

// Display texts are files next to this one, fetched once per language and shared by every widget.
const texts = new Map();

/** Resolves to the built-in texts of `lang` as JSON text. */
export function loadTexts(lang) {
  if (!texts.has(lang)) {
    const url = new URL(`naitei-${lang}.json`, BASE);
    const request = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url} answered HTTP ${r.status}`);
      return r.text();
    });
    request.catch(() => texts.delete(lang)); // a later attempt may succeed (back online)
    texts.set(lang, request);
  }
  return texts.get(lang);
}

const supported = (tag) => {
  const primary = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'ja' ? primary : null;
};

/** The language saved with the progress under `storageKey`, if any (storage may be off or the data unreadable). */
function savedLanguage(storageKey) {
  try {
    return supported(JSON.parse(localStorage.getItem(`naitei:${storageKey}`) ?? 'null')?.session?.lang);
  } catch {
    return null;
  }
}

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
  const styled = new Promise((resolve) => { link.onload = resolve; link.onerror = resolve; });
  shadow.append(link, container);
  await styled;
  return container;
}

/**
 * Mounts the widget on `element` (inside its shadow root).
 * Resolves to a handle with `update(options)` and `destroy()`.
 */
export async function mount(element, options = {}) {
  if (!(element instanceof HTMLElement)) throw new TypeError('naitei: mount(element, options) needs an HTML element');
  const merged = { storageKey: element.id || undefined, ...options };
  const lang = firstLanguage(merged, merged.storageKey || 'default');
  const [, container, [pack, packError], first] = await Promise.all([
    load(), prepare(element), packOf(options), loadTexts(lang).catch(() => null),
  ]);
  const start = (p, e) => wasm.mount(container, widgetOptions(merged), p ?? undefined, e ?? undefined, first ? { [lang]: first } : {}, loadTexts);
  let handle = start(pack, packError);
  let current = merged;
  let destroyed = false;
  /** Makes `next` the whole set of options: one left out goes back to its default. */
  const apply = async (next) => {
    if (destroyed) return; // its root may already serve another widget
    const contentChanged = next.content !== current.content || next.contentSrc !== current.contentSrc;
    current = next;
    if (contentChanged) {
      handle.destroy();
      clearListeners(container);
      const [p, e] = await packOf(current);
      handle = wasm.mount(container, widgetOptions(current), p ?? undefined, e ?? undefined, first ? { [lang]: first } : {}, loadTexts);
    } else {
      handle.update(widgetOptions(current));
    }
  };
  return {
    element,
    /** Applies new options over the current ones; a new content pack remounts the widget (saved progress is kept). */
    async update(next = {}) {
      return apply({ ...current, ...next });
    },
    /** For <naitei-check>: its attributes and options are the whole set, so a removed one is forgotten. */
    [REPLACE](all) {
      return apply({ storageKey: element.id || undefined, ...all });
    },
    /** Removes the widget; progress stays saved in the browser. */
    destroy() {
      if (destroyed) return;
      destroyed = true;
      handle.destroy();
      releaseRoot(container);
      element.shadowRoot?.replaceChildren();
    },
  };
}

/** Scores answers without any UI: resolves to { report, plan }. */
export async function evaluate(profile = {}, answers = {}, options = {}) {
  await load();
  return wasm.evaluate(profile, answers, options);
}

/** The built-in questions in `lang` ("en" or "ja"), with option ids, labels and reasons. */
export async function bank(lang = 'en') {
  if (lang !== 'en' && lang !== 'ja') throw new RangeError(`naitei: bank(lang) takes "en" or "ja", not ${JSON.stringify(lang)}`);
  const [, json] = await Promise.all([load(), loadTexts(lang)]);
  return wasm.bank(json);
}

/** Checks a content pack (object or JSON text); resolves to a list of problems (empty when valid). */
export async function checkPack(pack) {
  await load();
  return wasm.checkPack(typeof pack === 'string' ? pack : JSON.stringify(pack));
}

class NaiteiCheck extends HTMLElement {
  static get observedAttributes() { return Object.keys(ATTRIBUTES); }

  #options = {};
  #handle = null;
  #pending = null;

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
    if (this.#handle || this.#pending) return;
    this.#pending = mount(this, this.#merged())
      // Removed from the page while it was still mounting: it is not coming back, so let it go.
      .then((h) => { if (this.isConnected) this.#handle = h; else h.destroy(); })
      .catch((e) => { console.error(e); this.#showError(e); })
      .finally(() => { this.#pending = null; });
  }

  disconnectedCallback() {
    // Wait a tick: moving the element in the DOM disconnects and reconnects it.
    queueMicrotask(() => {
      if (!this.isConnected && this.#handle) {
        this.#handle.destroy();
        this.#handle = null;
      }
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue) this.#sync();
  }

  /** Hands the widget every option the element has now, so one removed goes back to its default. */
  async #sync() {
    if (this.#pending) await this.#pending;
    if (!this.#handle) return;
    // A bad option must not take the running widget down: report it and keep going.
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
