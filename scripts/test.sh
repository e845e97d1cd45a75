#!/usr/bin/env bash
# make test: sets up what is missing, then runs every suite and prints a count per suite.
# Every suite runs even when an earlier one fails (except when a build it needs failed);
# the exit status is non-zero if any failed.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$NAITEI_ROOT"
scripts/tools.sh test || exit 1

logs="$NAITEI_ROOT/target/test-logs"
mkdir -p "$logs"
summary=()
failed=0

# cargo / wasm-bindgen-test: add up "test result: ... N passed; M failed"
count_cargo() { awk '/test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { printf "%d passed, %d failed", p, f }' "$1"; }
# node --test (spec reporter): "ℹ pass N" / "ℹ fail N"
count_node() { awk '/^ℹ pass / { p = $3 } /^ℹ fail / { f = $3 } END { printf "%d passed, %d failed", p, f }' "$1"; }

# suite NAME COUNTER COMMAND...: runs COMMAND, logs it, records its count.
suite() {
  local name=$1 counter=$2; shift 2
  local log="$logs/$(echo "$name" | tr ' /()' '____').log"
  echo
  echo "━━ $name"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local count; count=$($counter "$log")
  local mark="ok"
  if [ "$status" -ne 0 ]; then mark="FAILED"; failed=1; fi
  summary+=("$(printf '%-44s %-7s %5ss  %s' "$name" "$mark" "$((SECONDS - start))" "$count")")
  return "$status"
}
none() { echo "-"; }
types_count() { grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1 | sed 's/$/ (usage file and runtime samples)/'; }
content_counts() { grep -E '^(content ok|items per|checks per|languages)' "$1" | sed 's/^content ok: //' | paste -sd '|' | sed 's/|/ | /g'; }

# The fuzz crate is its own workspace (it needs nightly to build), so it is checked by path.
suite "format (cargo fmt --check)" none bash -c 'cargo fmt --all --check && cargo fmt --manifest-path fuzz/Cargo.toml --check'
suite "lint (clippy, native)" none cargo clippy --workspace --all-targets --quiet -- -D warnings
suite "lint (clippy, wasm32 widget)" none cargo clippy -p naitei-web --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
# The light first module compiles naitei-web without its `full` feature: checked on its own.
suite "lint (clippy, wasm32 light module)" none cargo clippy -p naitei-light --target wasm32-unknown-unknown --quiet -- -D warnings
suite "native tests (core, content, cross-crate)" count_cargo cargo test --workspace --exclude naitei-web --quiet
suite "content check (naitei-content check)" content_counts cargo run --quiet -p naitei-content -- check
coach_f1() { grep -E '^SUMMARY' "$1" | sed 's/^SUMMARY //' | paste -sd '|' | sed 's/|/ | /g'; }
suite "coach quality (precision, recall, F1)" coach_f1 cargo test --quiet -p naitei-tests --test coach_quality -- --nocapture --test-threads=1
suite "seed overlap (own words)" none bash -c 'if [ -x ../shared/tools/seed-overlap ]; then ../shared/tools/seed-overlap content web core README.md; else echo "seed-overlap not available here: skipped"; fi'
suite "wasm tests (headless Chromium)" count_cargo wasm-pack test --headless --chrome web
# naitei.d.ts against a host's typed usage and against what the JS API really returns (generated samples).
suite "types (tsc --noEmit on naitei.d.ts)" types_count bash -c 'node tests/types/samples.mjs && tsc --noEmit -p tests/types && echo "1 passed, 0 failed"'
if suite "release build (make dist)" none scripts/build.sh; then
  budget_line() { grep -E '^  total|^  whole app|^budget' "$1" | sed 's/^ *//' | paste -sd ';' | sed 's/  */ /g'; }
  suite "payload budget (English first load)" budget_line node scripts/budget.mjs dist
  suite "end-to-end (Playwright, Chromium)" count_node node --test --test-reporter=spec --test-concurrency=1 tests/e2e/
  # The core flow in Firefox ESR (WebDriver BiDi) and WebKitGTK (WebKitWebDriver; MiniBrowser needs a display).
  suite "end-to-end (Firefox ESR and WebKitGTK)" count_node xvfb-run -a node --test --test-reporter=spec --test-concurrency=1 tests/engines/
else
  summary+=("$(printf '%-44s %-7s' "end-to-end (Playwright, Chromium)" "SKIPPED (no build)")")
  summary+=("$(printf '%-44s %-7s' "end-to-end (Firefox ESR and WebKitGTK)" "SKIPPED (no build)")")
fi

echo
echo "━━ Summary (logs in target/test-logs/)"
printf '%s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then echo "make test: FAILED"; exit 1; fi
echo "make test: all suites passed"
