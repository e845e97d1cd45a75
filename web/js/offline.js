// Boots Naitei from one self-contained file: the WebAssembly, the texts and the
// styles are inside this page, so it works with no network, opened from disk.
(async () => {
  const text = (id) => document.getElementById(id).textContent;
  const bytes = Uint8Array.from(atob(text('naitei-wasm').trim()), (c) => c.charCodeAt(0));
  await wasm_bindgen({ module_or_path: bytes });
  const texts = { en: text('naitei-en'), ja: text('naitei-ja'), lexicons: text('naitei-lexicons') };
  wasm_bindgen.mount(document.getElementById('naitei'), JSON.stringify({ storageKey: 'offline' }), undefined, undefined, texts, undefined, undefined);
})().catch((e) => {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `Naitei could not start in this browser: ${e.message}`;
  document.getElementById('naitei').replaceChildren(p);
});
