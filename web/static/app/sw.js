// Naitei's service worker: after one visit, the standalone app works offline,
// reload included. Everything it needs is cached at install; the cache name
// carries the build's hash, so a new build replaces the old files at once.
const VERSION = '__NAITEI_BUILD__';
const CACHE = `naitei-${VERSION}`;
// The texts as the widget fetches them: each language's first file, then its rest
// (bench/peer.mjs reads this list as JSON: no comments inside it).
const FILES = [
  './', './index.html', './app.css', './app.js', './icon.svg', './manifest.webmanifest',
  '../naitei.js', '../naitei_light.js', '../naitei_light_bg.wasm', '../naitei_web.js', '../naitei_web_bg.wasm', '../naitei.css',
  '../naitei-en-first.json', '../naitei-en-rest.json', '../naitei-ja-first.json', '../naitei-ja-rest.json', '../naitei-lexicons.json',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('naitei-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first (the files are versioned together), then the network; a page that is
// not cached still opens from the cached app shell when offline.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request).catch(() => {
      if (request.mode === 'navigate') return caches.match('./index.html');
      throw new Error(`offline and not cached: ${request.url}`);
    })),
  );
});
