// Loaded first in every page during the Firefox and WebKit runs: records console
// errors, uncaught errors, rejected promises and CSP violations where the test can
// read them (WebDriver classic has no console).
window.__problems = [];
const record = (what) => window.__problems.push(String(what));
const original = console.error.bind(console);
console.error = (...args) => { record(args.map((a) => (a && a.message) || a).join(' ')); original(...args); };
window.addEventListener('error', (e) => record(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => record(`unhandled rejection: ${e.reason && e.reason.message || e.reason}`));
document.addEventListener('securitypolicyviolation', (e) => record(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
