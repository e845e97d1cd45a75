#!/usr/bin/env bash
# Fuzzes naitei-core's decoders and coaches with cargo-fuzz (libFuzzer), then
# prints a table (target, seconds, runs, corpus, crashes) and exits non-zero
# if any target crashed. See docs/quality.md, "Fuzzing".
#
#   make fuzz                                 every target for 60 s, two at a time
#   FUZZ_SECONDS=600 make fuzz                ten minutes each
#   FUZZ_TARGETS="share storage" make fuzz    only these targets
#   FUZZ_JOBS=1 make fuzz                     one at a time
#
# Needs the nightly toolchain (`rustup toolchain install nightly`); installs
# cargo-fuzz into .tools/ when it is missing. Builds, the growing corpus
# (fuzz/target/corpus/<target>, seeded from the committed fuzz/corpus/<target>)
# and logs stay in fuzz/target and are reused by the next run; crashing inputs
# go to fuzz/artifacts/<target>/. Reproduce one with
#   cd fuzz && cargo +nightly fuzz run -a -s none <target> artifacts/<target>/<file>
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$NAITEI_ROOT/fuzz"

SECONDS_EACH="${FUZZ_SECONDS:-60}"
JOBS="${FUZZ_JOBS:-2}"
ALL_TARGETS="pack answers share share_roundtrip storage api_args coach_questions coach_answers"
TARGETS="${FUZZ_TARGETS:-$ALL_TARGETS}"
# Extra libFuzzer flags, e.g. FUZZ_ARGS="-max_len=65536".
EXTRA="${FUZZ_ARGS:-}"
# An input that takes longer than this (seconds) is reported as a crash (a hang).
TIMEOUT="${FUZZ_TIMEOUT:-10}"

fail() { echo "naitei: $1" >&2; exit 2; }
quietly() { local log; log=$(mktemp); if "$@" >"$log" 2>&1; then rm -f "$log"; else tail -n 20 "$log" >&2; rm -f "$log"; return 1; fi; }

rustup toolchain list 2>/dev/null | grep -q '^nightly' \
  || fail "fuzzing needs the nightly toolchain. Install it with: rustup toolchain install nightly"
if ! rustup component list --toolchain nightly --installed 2>/dev/null | grep -q '^rust-src'; then
  echo "naitei: adding rust-src to the nightly toolchain"
  quietly rustup component add rust-src --toolchain nightly || echo "naitei: could not add rust-src (only needed for -Zbuild-std); going on" >&2
fi
if ! command -v cargo-fuzz >/dev/null; then
  echo "naitei: installing cargo-fuzz into .tools (about 2 minutes, once)"
  quietly cargo install cargo-fuzz --root "$NAITEI_TOOLS" || fail "could not install cargo-fuzz. Install it by hand with: cargo install cargo-fuzz --root .tools"
fi

for t in $TARGETS; do
  [ -f "fuzz_targets/$t.rs" ] || fail "no fuzz target \`$t\`. Targets: $ALL_TARGETS"
done

# -a: debug assertions and overflow checks on, as in the tests: an overflow is a bug even
# where the size-optimised widget build would wrap silently.
# -s none: no AddressSanitizer. The core has no `unsafe` code, so ASan finds nothing
# there and only slows every run down; panics, hangs and memory blow-ups
# (-rss_limit_mb) are caught by libFuzzer itself.
FLAGS="-a -s none"
echo "naitei: building the fuzz targets (nightly, sanitizer build; the first build takes several minutes)"
quietly cargo +nightly fuzz build $FLAGS || fail "the fuzz targets do not build (cd fuzz && cargo +nightly fuzz build $FLAGS)"

mkdir -p target/logs target/corpus artifacts
run_one() {
  local t=$1 log="target/logs/$1.log"
  mkdir -p "target/corpus/$t" "corpus/$t" "artifacts/$t"
  local before
  before=$(find "artifacts/$t" -type f | wc -l)
  local start=$SECONDS
  # The first corpus directory receives new inputs; the committed seeds are only read.
  # shellcheck disable=SC2086
  cargo +nightly fuzz run $FLAGS "$t" "target/corpus/$t" "corpus/$t" -- \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout="$TIMEOUT" -print_final_stats=1 $EXTRA >"$log" 2>&1
  local rc=$?
  local after
  after=$(find "artifacts/$t" -type f | wc -l)
  echo "$rc $((SECONDS - start)) $((after - before))" >"target/logs/$t.result"
}

echo "naitei: fuzzing $(wc -w <<<"$TARGETS") targets for ${SECONDS_EACH}s each, $JOBS at a time"
running=0
for t in $TARGETS; do
  rm -f "target/logs/$t.result"
  echo "naitei:   $t"
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

final_stat() { grep -o "stat::$2: *[0-9]*" "target/logs/$1.log" 2>/dev/null | tail -n 1 | awk '{print $2}'; }
status=0
summary=target/summary.txt
{
  printf '%-16s %8s %12s %9s %10s %8s  %s\n' target seconds runs "execs/s" corpus "KiB" crashes
  for t in $TARGETS; do
    read -r rc secs crashes <"target/logs/$t.result" || { rc=1; secs=0; crashes=0; }
    runs=$(final_stat "$t" number_of_executed_units)
    rate=$(final_stat "$t" average_exec_per_sec)
    files=$(find "target/corpus/$t" -type f | wc -l)
    kib=$(du -sk "target/corpus/$t" | awk '{print $1}')
    note=""
    if [ "$rc" != 0 ]; then
      status=1
      [ "$crashes" = 0 ] && crashes=1
      note="  see fuzz/target/logs/$t.log and fuzz/artifacts/$t/"
    fi
    printf '%-16s %8s %12s %9s %10s %8s  %s%s\n' "$t" "$secs" "${runs:-?}" "${rate:-?}" "$files" "$kib" "$crashes" "$note"
  done
} >"$summary"
cat "$summary"
if [ "$status" != 0 ]; then
  echo "naitei: a fuzz target crashed; the crashing inputs are in fuzz/artifacts/<target>/" >&2
fi
exit "$status"
