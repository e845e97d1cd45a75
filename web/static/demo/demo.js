// The host page listens to the widget's events; nothing leaves the browser.
const widget = document.getElementById('readiness');
widget.addEventListener('naitei:complete', (event) => {
  const { report } = event.detail;
  const after = document.getElementById('after');
  after.hidden = false;
  if (report.overall !== null) after.textContent = `Your readiness score is ${Math.round(report.overall)}. ${after.textContent}`;
});
