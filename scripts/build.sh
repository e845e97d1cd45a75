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

rm -rf dist && mkdir -p dist/app
cp "$out/naitei_web.js" "$out/naitei_web_bg.wasm" dist/
cp web/js/naitei.js web/style/naitei.css dist/
for lang in en ja; do cargo run --quiet -p naitei-content -- texts --lang "$lang" > "dist/naitei-$lang.json"; done
cp web/static/app/* dist/app/
echo "naitei: dist/ is ready ($(du -sh dist | cut -f1)): dist/app/index.html is the standalone page"
