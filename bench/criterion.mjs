// Collects the native criterion figures of one `cargo bench` run: every
// target/criterion/**/new/estimates.json written since that run started, as
// median times (with criterion's 95% confidence interval of the median).
//
//   node bench/criterion.mjs <criterion-dir> <run-start-epoch-seconds> <out.json>
import fs from 'node:fs';
import path from 'node:path';

const [dir, since, out] = process.argv.slice(2);
if (!out) throw new Error('usage: node bench/criterion.mjs <criterion-dir> <run-start-epoch-seconds> <out.json>');
const startMs = Number(since) * 1000;

function* estimates(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const p = path.join(d, e.name);
    if (e.name === 'new' && fs.existsSync(path.join(p, 'estimates.json'))) yield p;
    else if (e.name !== 'report') yield* estimates(p);
  }
}

const rows = [];
for (const p of estimates(dir)) {
  const est = path.join(p, 'estimates.json');
  if (fs.statSync(est).mtimeMs < startMs) continue; // left over from an older run or a removed bench
  const meta = JSON.parse(fs.readFileSync(path.join(p, 'benchmark.json'), 'utf8'));
  const { median } = JSON.parse(fs.readFileSync(est, 'utf8'));
  rows.push({
    id: meta.full_id,
    median_ns: median.point_estimate,
    median_ci95_ns: [median.confidence_interval.lower_bound, median.confidence_interval.upper_bound],
  });
}
rows.sort((a, b) => a.id.localeCompare(b.id));
fs.writeFileSync(out, JSON.stringify(rows, null, 2) + '\n');

console.log(`bench: ${rows.length} criterion figures in ${out}`);
