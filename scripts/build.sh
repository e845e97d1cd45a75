#!/usr/bin/env bash
# Builds the release widget into dist/ (make dist). wasm-pack runs cargo for the
# wasm32 target, wasm-bindgen, and wasm-opt (-Oz) from the npm package binaryen.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$NAITEI_ROOT"
scripts/tools.sh build

out="$NAITEI_ROOT/target/wasm-pack"
echo "naitei: building the widget (release, optimised for size)"
wasm-pack --quiet build web --release --target web --no-pack --no-typescript --out-dir "$out" --out-name naitei_web
# The light first module (naitei-web without its `full` feature): what a visitor downloads before
# the first question; naitei.js hands over to the full module when the candidate needs it.
light="$NAITEI_ROOT/target/wasm-pack-light"
wasm-pack --quiet build web/light --release --target web --no-pack --no-typescript --out-dir "$light" --out-name naitei_light

rm -rf dist && mkdir -p dist
cp "$out/naitei_web.js" "$out/naitei_web_bg.wasm" "$light/naitei_light.js" "$light/naitei_light_bg.wasm" dist/
cp web/js/naitei.js web/js/naitei.d.ts web/style/naitei.css dist/
# The version lives in the workspace's Cargo.toml only; naitei.js gets it here.
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
sed -i "s/__NAITEI_VERSION__/$version/" dist/naitei.js
# Minified (esbuild, from package-lock.json): the loader, the glue and the stylesheet are on every
# first load, and the loader alone is what a page with loading="lazy" or "click" fetches up front.
for f in naitei.js naitei_web.js naitei_light.js naitei.css; do
  node_modules/.bin/esbuild "dist/$f" --minify --log-level=warning --allow-overwrite --outfile="dist/$f"
done
# Every text of a language (the offline page, the npm package, bank()), and the same in the two files
# the widget fetches: what the first screens show, before the first render, and the rest right after.
for lang in en ja; do
  cargo run --quiet -p naitei-content -- texts --lang "$lang" > "dist/naitei-$lang.json"
  for part in first rest; do
    cargo run --quiet -p naitei-content -- texts --lang "$lang" --part "$part" > "dist/naitei-$lang-$part.json"
  done
done
# The coaches' lexicons, fetched after the first render (not part of the first load).
cargo run --quiet -p naitei-content -- lexicons > dist/naitei-lexicons.json
cp -r web/static/app web/static/demo dist/
# The service worker's cache is named after this build, so a new build replaces every file at once.
build_id=$(cat dist/*.wasm dist/*.js dist/*.css dist/*.json dist/app/* | sha256sum | cut -c1-12)
sed -i "s/__NAITEI_BUILD__/$build_id/" dist/app/sw.js

# One self-contained file for offline use from disk: the no-modules glue, wasm inlined.
offline="$NAITEI_ROOT/target/offline"
wasm-bindgen --target no-modules --out-dir "$offline" --out-name naitei_web target/wasm32-unknown-unknown/release/naitei_web.wasm
wasm-opt -Oz --skip-pass=inlining-optimizing --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$offline/naitei_web_bg.wasm" -o "$offline/naitei_web_bg.opt.wasm"
node scripts/offline.mjs "$offline/naitei_web.js" "$offline/naitei_web_bg.opt.wasm" dist

# The npm package.
node scripts/npm-package.mjs dist
echo "naitei: dist/ is ready ($(du -sh dist | cut -f1)): dist/app/index.html is the standalone page"
