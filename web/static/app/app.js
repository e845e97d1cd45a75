// The standalone page: registers the service worker so the app works offline after one visit.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('sw.js', { scope: './' }).catch((e) => {
    console.warn(`naitei: offline use is not available here (${e.message})`);
  });
}
