// Writes dist/npm/: an installable npm package of the widget (make dist).
//   node scripts/npm-package.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? 'dist');
const out = path.join(dist, 'npm');
const version = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
const files = ['naitei.js', 'naitei.d.ts', 'naitei_light.js', 'naitei_light_bg.wasm', 'naitei_web.js', 'naitei_web_bg.wasm', 'naitei.css',
  'naitei-en.json', 'naitei-ja.json', 'naitei-en-first.json', 'naitei-en-rest.json', 'naitei-ja-first.json', 'naitei-ja-rest.json', 'naitei-lexicons.json'];

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
for (const f of files) fs.copyFileSync(path.join(dist, f), path.join(out, f));
fs.copyFileSync(path.join(root, 'web/npm/README.md'), path.join(out, 'README.md'));
// `MIT OR Apache-2.0`: both licence texts travel with the package.
for (const f of ['LICENSE-MIT', 'LICENSE-APACHE']) fs.copyFileSync(path.join(root, f), path.join(out, f));
const pkg = {
  name: 'naitei',
  version,
  description: 'Japanese IT interview readiness check: a questionnaire, readiness report and study plan that run entirely in the browser (WebAssembly).',
  license: 'MIT OR Apache-2.0',
  type: 'module',
  main: './naitei.js',
  module: './naitei.js',
  types: './naitei.d.ts',
  exports: {
    '.': { types: './naitei.d.ts', default: './naitei.js' },
    './naitei.css': './naitei.css',
    './naitei_light_bg.wasm': './naitei_light_bg.wasm',
    './naitei_web_bg.wasm': './naitei_web_bg.wasm',
    './naitei-en.json': './naitei-en.json',
    './naitei-ja.json': './naitei-ja.json',
    './naitei-en-first.json': './naitei-en-first.json',
    './naitei-en-rest.json': './naitei-en-rest.json',
    './naitei-ja-first.json': './naitei-ja-first.json',
    './naitei-ja-rest.json': './naitei-ja-rest.json',
    './naitei-lexicons.json': './naitei-lexicons.json',
  },
  files: [...files, 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE'],
  sideEffects: ['./naitei.js'],
  keywords: ['interview', 'japan', 'career', 'self-assessment', 'webassembly', 'custom-element'],
};
fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
console.log(`naitei: dist/npm/ (naitei@${version})`);
