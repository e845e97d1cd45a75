// Records the widget's events where the test can read them.
window.seen = { progress: [], complete: {} };
for (const el of document.querySelectorAll('naitei-check')) {
  el.addEventListener('naitei:progress', (e) => window.seen.progress.push({ id: el.id, ...e.detail }));
  el.addEventListener('naitei:complete', (e) => { window.seen.complete[el.id] = e.detail; });
}
