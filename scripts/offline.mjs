// Writes dist/naitei-offline.html: one file with everything inlined (wasm as
// base64, texts, styles, the no-modules glue), for use with no network and from disk.
//   node scripts/offline.mjs <glue.js> <wasm> <dist>
import fs from 'node:fs';
import path from 'node:path';

const [glue, wasm, dist] = process.argv.slice(2);
const read = (f) => fs.readFileSync(f, 'utf8');
// Nothing inside a <script> element may close it early.
const inline = (s) => s.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Naitei · Japanese IT interview readiness check (offline)</title>
<style>
body { margin: 0; background: #eef1f5; }
@media (prefers-color-scheme: dark) { body { background: #0b0e12; } }
${read(path.join(dist, 'naitei.css'))}
</style>
</head>
<body>
<main id="naitei"><p>Loading… / 読み込み中…</p></main>
<script type="application/json" id="naitei-en">${inline(read(path.join(dist, 'naitei-en.json')))}</script>
<script type="application/json" id="naitei-ja">${inline(read(path.join(dist, 'naitei-ja.json')))}</script>
<script type="application/json" id="naitei-lexicons">${inline(read(path.join(dist, 'naitei-lexicons.json')))}</script>
<script type="application/octet-stream" id="naitei-wasm">${fs.readFileSync(wasm).toString('base64')}</script>
<script>${inline(read(glue))}</script>
<script>${inline(read(path.join(path.dirname(new URL(import.meta.url).pathname), '../web/js/offline.js')))}</script>
</body>
</html>
`;
fs.writeFileSync(path.join(dist, 'naitei-offline.html'), html);
console.log(`naitei: dist/naitei-offline.html (${(html.length / 1e6).toFixed(1)} MB, everything inlined)`);
