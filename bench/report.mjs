// Prints the benchmark figures as one table (Naitei, SurveyJS, Naitei/SurveyJS), marks
// the Naitei figures that are over the targets from the issues, lists the native criterion
// medians, and writes everything to target/bench/latest.json. It never fails on a figure.
//
//   node bench/report.mjs <peer.json> <native.json> <latest.json>
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';

const [peerFile, nativeFile, out] = process.argv.slice(2);
if (!out) throw new Error('usage: node bench/report.mjs <peer.json> <native.json> <latest.json>');
const peer = JSON.parse(fs.readFileSync(peerFile, 'utf8'));
const native = fs.existsSync(nativeFile) ? JSON.parse(fs.readFileSync(nativeFile, 'utf8')) : [];

// Targets from the issues; they apply to Naitei. KB = 1,024 bytes, as in scripts/budget.mjs,
// whose web/budget.json holds the transfer target when it is there.
const budgetFile = new URL('../web/budget.json', import.meta.url);
const targetBytes = fs.existsSync(budgetFile) ? JSON.parse(fs.readFileSync(budgetFile, 'utf8')).target_bytes ?? 204800 : 204800;
const TARGETS = {
  transfer_total_gzip_kb: { max: targetBytes / 1024, what: 'English first-load transfer, gzip' },
  first_control_ms: { max: 300, what: 'first control interactive' },
  answer_to_next_p95_ms: { max: 16, what: 'answer-to-next p95' },
  report_ms: { max: 50, what: 'report rendering' },
};

const N = peer.naitei, S = peer.surveyjs;
const kb = (b) => (b === null || b === undefined ? null : b / 1024);
const mb = (b) => (b === null || b === undefined ? null : b / 1024 / 1024);
const both = (m) => (m.js_heap_used === null || m.wasm === null ? null : m.js_heap_used + m.wasm);
const kindGzip = (r, ...kinds) => {
  const present = kinds.filter((k) => r.transfer.by_kind[k]);
  return present.length ? present.reduce((s, k) => s + r.transfer.by_kind[k].gzip, 0) : 0;
};

// [label, naitei, surveyjs, unit, target key or null, decimals]
const rows = [
  ['First question waits for, gzip -9', kb(N.transfer.needed.gzip), kb(S.transfer.total.gzip), 'KB', 'transfer_total_gzip_kb', 1],
  ['  the same, brotli', kb(N.transfer.needed.brotli), kb(S.transfer.total.brotli), 'KB', null, 1],
  ['Prefetched while the candidate reads, gzip -9', kb(N.transfer.prefetched.gzip), 0, 'KB', null, 1],
  ['First-load transfer by time (both), gzip -9 total', kb(N.transfer.total.gzip), kb(S.transfer.total.gzip), 'KB', null, 1],
  ['  wasm', kb(kindGzip(N, 'wasm')), kb(kindGzip(S, 'wasm')), 'KB', null, 1],
  ['  js', kb(kindGzip(N, 'js')), kb(kindGzip(S, 'js')), 'KB', null, 1],
  ['  css', kb(kindGzip(N, 'css')), kb(kindGzip(S, 'css')), 'KB', null, 1],
  ['  json / content', kb(kindGzip(N, 'json')), kb(kindGzip(S, 'json')), 'KB', null, 1],
  ['  html and other', kb(kindGzip(N, 'html', 'other')), kb(kindGzip(S, 'html', 'other')), 'KB', null, 1],
  ['First-load transfer, raw total', kb(N.transfer.total.raw), kb(S.transfer.total.raw), 'KB', null, 1],
  ['First-load transfer, brotli total', kb(N.transfer.total.brotli), kb(S.transfer.total.brotli), 'KB', null, 1],
  ['Whole app, gzip -9 total', kb(N.whole_app?.total.gzip), kb(S.whole_app?.total.gzip), 'KB', null, 1],
  ['Whole app, brotli total', kb(N.whole_app?.total.brotli), kb(S.whole_app?.total.brotli), 'KB', null, 1],
  ['Whole app, raw total', kb(N.whole_app?.total.raw), kb(S.whole_app?.total.raw), 'KB', null, 1],
  ['First control interactive (painted)', N.first_control_ms.painted, S.first_control_ms.painted, 'ms', 'first_control_ms', 0],
  ['  the same, DOM ready', N.first_control_ms.dom, S.first_control_ms.dom, 'ms', null, 0],
  ['First question interactive (painted)', N.first_question_ms.painted, S.first_question_ms.painted, 'ms', null, 0],
  ['  the same, DOM ready', N.first_question_ms.dom, S.first_question_ms.dom, 'ms', null, 0],
  ['Answer -> next item, p50 (DOM)', N.answer_to_next_ms.dom.p50, S.answer_to_next_ms.dom.p50, 'ms', null, 1],
  ['Answer -> next item, p95 (DOM)', N.answer_to_next_ms.dom.p95, S.answer_to_next_ms.dom.p95, 'ms', 'answer_to_next_p95_ms', 1],
  ['Answer -> next item, p50 (painted)', N.answer_to_next_ms.painted.p50, S.answer_to_next_ms.painted.p50, 'ms', null, 1],
  ['Answer -> next item, p95 (painted)', N.answer_to_next_ms.painted.p95, S.answer_to_next_ms.painted.p95, 'ms', 'answer_to_next_p95_ms', 1],
  ['Report rendered (DOM)', N.end_ms.dom, null, 'ms', 'report_ms', 1],
  ['Report rendered (painted)', N.end_ms.painted, null, 'ms', 'report_ms', 1],
  ['JS heap used after completion', mb(N.memory.js_heap_used), mb(S.memory.js_heap_used), 'MB', null, 2],
  ['WebAssembly memory', mb(N.memory.wasm), mb(S.memory.wasm), 'MB', null, 2],
  ['JS heap + WebAssembly memory', mb(both(N.memory)), mb(both(S.memory)), 'MB', null, 2],
];

const fmt = (x, d) => (x === null || x === undefined ? '-' : x.toFixed(d));
const ratio = (a, b) => (a === null || b === null || b === 0 || a === undefined || b === undefined ? null : a / b);
const over = [];
const table = rows.map(([label, n, s, unit, target, d]) => {
  const t = target ? TARGETS[target] : null;
  const isOver = t && n !== null && n > t.max;
  if (isOver) over.push(`${label.trim()}: ${fmt(n, d)} ${unit} (target ${t.max} ${unit})`);
  return {
    label, unit, naitei: n, surveyjs: s, ratio: ratio(n, s), target: t ? t.max : null, over: !!isOver,
    line: `${label.padEnd(38)} ${unit.padEnd(3)} ${fmt(n, d).padStart(9)} ${fmt(s, d).padStart(9)} ${fmt(ratio(n, s), 2).padStart(7)}   ${t ? `<= ${t.max}`.padEnd(7) : ''.padEnd(7)} ${isOver ? 'OVER' : t && n !== null ? 'ok' : ''}`,
  };
});

function fmtNs(ns) {
  if (ns >= 1e9) return `${(ns / 1e9).toFixed(2)} s`;
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`;
  return `${ns.toFixed(0)} ns`;
}

const commit = (() => { try { return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(); } catch { return null; } })();
const dirty = (() => { try { return execSync('git status --porcelain', { encoding: 'utf8' }).trim() !== ''; } catch { return null; } })();
const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version };

const lines = [];
lines.push('');
lines.push(`━━ Peer benchmark: the English bank in ${peer.browser}, Naitei vs SurveyJS ${peer.surveyjs_version}`);
lines.push(`   ${machine.cores} cores (${machine.cpu}); loads served over loopback by scripts/serve.mjs; KB = 1,024 bytes, MB = 1,024 KB`);
lines.push(`   load timings: median of ${peer.loads} cold loads each (new context, cache off); items: ${N.answer_to_next_ms.count} Naitei / ` +
  `${S.answer_to_next_ms.count} SurveyJS transitions over ${peer.completions} completion(s) each (${N.items_answered[0] ?? '-'} / ${S.items_answered[0] ?? '-'} items)`);
lines.push('');
lines.push(`${'figure'.padEnd(38)} ${'   '} ${'Naitei'.padStart(9)} ${'SurveyJS'.padStart(9)} ${'N/S'.padStart(7)}   target`);
lines.push('─'.repeat(88));
for (const r of table) lines.push(r.line);
lines.push('');
lines.push('   transfer: sum of gzip -9 (zlib level 9) and brotli (quality 11) sizes of every response body of a cold load up to the first question; the server sends identity');
lines.push('   "waits for" leaves out what Naitei fetches while the candidate reads (the full module, the lexicons, the rest of the texts): "by time" counts whatever of it had arrived');
lines.push('   whole app: every file the page can fetch (Naitei: its service worker\'s precache list and the worker, both languages; SurveyJS: every file of its page)');
lines.push('   painted: the next animation frame after the DOM was ready, presented; DOM: the MutationObserver saw it');
lines.push('   Naitei: first control is the intro\'s Start button; first question comes after two scripted clicks (Start, Continue)');
const spread = (xs) => (xs.length ? `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)} ms` : '-');
lines.push(`   spread over the cold loads (painted, min-max): first control Naitei ${spread(N.first_control_ms.samples)}, SurveyJS ${spread(S.first_control_ms.samples)}; ` +
  `first question Naitei ${spread(N.first_question_ms.samples)}`);
lines.push(`   SurveyJS has no report; its Complete -> "thank you" page took ${fmt(S.end_ms.dom, 1)} ms (DOM), for reference`);
for (const [name, r] of [['Naitei', N], ['SurveyJS', S]]) {
  if (r.foreign_requests.length) lines.push(`   ${name} requested other origins: ${r.foreign_requests.join(', ')}`);
  if (r.console_errors.length) lines.push(`   ${name} console errors (${r.console_errors.length}): ${r.console_errors.map((e) => e.slice(0, 100)).join(' | ')}`);
}
lines.push('');
lines.push(over.length ? `Over the targets (printed only, nothing fails): ${over.length}` : 'Every Naitei figure is within its target.');
for (const o of over) lines.push(`  OVER  ${o}`);

lines.push('');
lines.push('━━ Native (cargo bench -p naitei-core): criterion medians, 95% interval of the median');
if (!native.length) lines.push('   (no criterion figures from this run)');
for (const r of native) {
  lines.push(`${r.id.padEnd(48)} ${fmtNs(r.median_ns).padStart(10)}   [${fmtNs(r.median_ci95_ns[0])} .. ${fmtNs(r.median_ci95_ns[1])}]`);
}
console.log(lines.join('\n'));

const latest = {
  date: new Date().toISOString(),
  commit, dirty_work_tree: dirty,
  machine,
  browser: peer.browser,
  surveyjs_version: peer.surveyjs_version,
  targets: TARGETS,
  table: table.map(({ line, ...r }) => r),
  over,
  native,
  peer,
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(latest, null, 2) + '\n');
console.log(`\nbench: all figures in ${out}`);
