#!/usr/bin/env bash
# make bench: prints performance figures; it asserts nothing and fails only when a
# step cannot run. Sets up what it needs itself (like make test), then:
#   1. native: `cargo bench -p naitei-core` (benches evaluate and coach), criterion medians;
#   2. peer: the English bank rendered by Naitei (dist/app/) and by SurveyJS (a page built
#      from the same bank into target/bench/surveyjs/ by bench/surveyjs-build.mjs), in one
#      run of headless Chromium (bench/peer.mjs): first-load transfer, time to the first
#      interactive control and question, answer-to-next latency, report rendering, memory;
#   3. one table with Naitei, SurveyJS and the ratio, marking what is over the targets
#      (bench/report.mjs); everything also goes to target/bench/latest.json.
# Options (environment): BENCH_LOADS=9 cold loads per page, BENCH_COMPLETIONS=3 full
# questionnaires per page, BENCH_NATIVE=0 skips the criterion run.
# Logs: target/bench/criterion.log. Nothing here reaches the network: the pages are
# served on 127.0.0.1 and SurveyJS comes from node_modules (package-lock.json).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$NAITEI_ROOT"
scripts/tools.sh test

out="$NAITEI_ROOT/target/bench"
mkdir -p "$out"

# The release widget, rebuilt when dist/ is missing or older than anything it is built from.
stamp=dist/naitei_web_bg.wasm
if [ ! -f "$stamp" ] || [ -n "$(find web core/src core/Cargo.toml content \
    Cargo.toml Cargo.lock scripts/build.sh -type f -newer "$stamp" -print -quit 2>/dev/null)" ]; then
  scripts/build.sh
fi

# 1. Native figures. Only the estimates this run writes are read back (older ones may linger).
if [ "${BENCH_NATIVE:-1}" != 0 ]; then
  echo "naitei: cargo bench -p naitei-core (a few minutes; log in target/bench/criterion.log)"
  started=$(date +%s)
  if ! cargo bench -p naitei-core --benches >"$out/criterion.log" 2>&1; then
    tail -n 20 "$out/criterion.log" >&2
    echo "naitei: cargo bench failed (full log: target/bench/criterion.log)" >&2
    exit 1
  fi
  node bench/criterion.mjs "${CARGO_TARGET_DIR:-target}/criterion" "$started" "$out/native.json"
else
  echo '[]' >"$out/native.json"
fi

# 2. The SurveyJS page from Naitei's English bank, then both pages in Chromium.
cargo run --quiet -p naitei-content -- items --lang en >"$out/items-en.json"
node bench/surveyjs-build.mjs "$out/items-en.json" dist/naitei-en.json "$out/surveyjs"
node bench/peer.mjs "$out/surveyjs" "$out/peer.json"

# 3. The table.
node bench/report.mjs "$out/peer.json" "$out/native.json" "$out/latest.json"
