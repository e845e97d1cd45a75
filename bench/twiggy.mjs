// Where the bytes of a wasm module go, by crate: `twiggy top` over the release wasm as
// rustc wrote it (before wasm-bindgen and wasm-opt: twiggy 0.7 cannot read their output),
// function bodies grouped by the crate in their name, serde's generated code apart.
// wasm-bindgen's describe shims and custom sections are left out (wasm-bindgen removes them).
//
//   node bench/twiggy.mjs <module.wasm> [more.wasm ...]     one table per module
//   (needs twiggy 0.7 on PATH, `cargo install twiggy`; the module make dist builds is
//   target/wasm32-unknown-unknown/release/naitei_web.wasm; docs/quality.md has the figures)
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const files = process.argv.slice(2);
if (!files.length) throw new Error('usage: node bench/twiggy.mjs <module.wasm> ...');

/** The bucket a function belongs to. */
function bucket(name) {
  if (name.startsWith('data[')) return 'data (static strings, the bank, constants)';
  if (/serde_wasm_bindgen/.test(name)) return 'serde-wasm-bindgen';
  if (/serde/.test(name)) return 'serde + serde_json generated (de)serialisers';
  const first = name.replace(/^[<&]+|^mut /g, '').replace(/^dyn /, '').match(/^([a-z_][a-z0-9_]*)/)?.[1] ?? 'other';
  if (['core', 'alloc', 'std'].includes(first)) return 'core/alloc generics (iterators, collections, fmt)';
  if (first === 'naitei_core') return 'naitei-core';
  if (first === 'naitei_web') return 'naitei-web (components, app)';
  if (first === 'naitei_content') return 'naitei-content';
  if (['yew', 'implicit_clone', 'gloo', 'gloo_events', 'gloo_timers', 'gloo_utils', 'gloo_console', 'gloo_storage', 'slab', 'indexmap'].includes(first)) return 'yew (and gloo)';
  if (['wasm_bindgen', 'js_sys', 'web_sys', 'wasm_bindgen_futures'].includes(first)) return 'wasm-bindgen, js-sys, web-sys';
  if (first === 'compiler_builtins' || first === 'libm') return 'compiler builtins (libm, float maths)';
  return 'other (dlmalloc, hashbrown, base64, ...)';
}

for (const file of files) {
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const groups = new Map();
  let total = 0;
  for (const line of csv.split('\n').slice(1)) {
    const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    if (!m) continue;
    const name = m[1].replace(/^"|"$/g, '').replace(/""/g, '"');
    const size = Number(m[2]);
    if (/function names|custom section|__wbindgen_describe|__wbg_describe|^type\[|^import |^export |^table|^memory|^global|^elem|^code section headers|^wasm magic/.test(name)) continue;
    const b = bucket(name);
    groups.set(b, (groups.get(b) ?? 0) + size);
    total += size;
  }
  console.log(`${path.basename(file)}: ${(total / 1024).toFixed(0)} KB of function bodies and data (raw, before wasm-bindgen and wasm-opt)`);
  for (const [b, s] of [...groups].sort((a, z) => z[1] - a[1])) {
    console.log(`  ${b.padEnd(52)} ${(s / 1024).toFixed(0).padStart(6)} KB ${(100 * s / total).toFixed(0).padStart(3)}%`);
  }
}
