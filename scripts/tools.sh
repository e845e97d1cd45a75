#!/usr/bin/env bash
# Installs what the build (and, with `test`, the tests) need, only what is missing.
# Idempotent and quick when everything is there. On failure it prints one line
# saying what could not be installed and how to install it by hand.
#
#   scripts/tools.sh build   Rust wasm target, wasm-bindgen-cli, wasm-pack, npm tools (binaryen)
#   scripts/tools.sh test    the above, plus Chromium and ChromeDriver, Firefox ESR, WebKitGTK's
#                            WebDriver and MiniBrowser, and Xvfb (MiniBrowser has no headless mode)
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$NAITEI_ROOT"

WASM_PACK_VERSION=0.15.1
want_browser=false
[ "${1:-build}" = "test" ] && want_browser=true

fail() { echo "naitei: could not install $1. Install it by hand with: $2" >&2; exit 1; }
quietly() { local log; log=$(mktemp); if "$@" >"$log" 2>&1; then rm -f "$log"; else tail -n 5 "$log" >&2; rm -f "$log"; return 1; fi; }

command -v cargo >/dev/null || fail "Rust (cargo)" "curl https://sh.rustup.rs -sSf | sh"
command -v npm >/dev/null || fail "Node.js and npm" "apt-get install -y nodejs npm"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "naitei: adding the wasm32-unknown-unknown Rust target"
  quietly rustup target add wasm32-unknown-unknown || fail "the wasm32-unknown-unknown target" "rustup target add wasm32-unknown-unknown"
fi
for c in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$c" || quietly rustup component add "$c" || fail "$c" "rustup component add $c"
done

# wasm-bindgen-cli must match the wasm-bindgen version in Cargo.lock exactly.
want_wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have_wbg=$("$NAITEI_TOOLS/bin/wasm-bindgen" --version 2>/dev/null | awk '{print $2}')
if [ -n "$want_wbg" ] && [ "$have_wbg" != "$want_wbg" ]; then
  echo "naitei: building wasm-bindgen-cli $want_wbg (about 4 minutes, once)"
  # Not --locked: its lock file pins a crate the registry mirror lacks.
  quietly cargo install wasm-bindgen-cli --version "$want_wbg" --root "$NAITEI_TOOLS" \
    || fail "wasm-bindgen-cli $want_wbg" "cargo install wasm-bindgen-cli --version $want_wbg --root .tools"
fi

have_wp=$("$NAITEI_TOOLS/bin/wasm-pack" --version 2>/dev/null | awk '{print $2}')
if [ "$have_wp" != "$WASM_PACK_VERSION" ]; then
  echo "naitei: building wasm-pack $WASM_PACK_VERSION (about 3 minutes, once)"
  quietly cargo install wasm-pack --version "$WASM_PACK_VERSION" --root "$NAITEI_TOOLS" \
    || fail "wasm-pack $WASM_PACK_VERSION" "cargo install wasm-pack --version $WASM_PACK_VERSION --root .tools"
fi

# npm tools (binaryen's wasm-opt, Playwright, axe-core), exactly as in package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "naitei: installing npm tools"
  quietly npm ci --no-audit --no-fund --loglevel=error || fail "the npm tools" "npm ci"
fi
command -v wasm-opt >/dev/null || fail "wasm-opt" "npm ci (it comes from the npm package binaryen)"

# Browser tests: Chromium, ChromeDriver, a Japanese font so screenshots and PDFs show real glyphs,
# and pdftotext to read printed PDFs back.
packages=""
if $want_browser; then
  { [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; } || packages="chromium chromium-driver"
  fc-list :lang=ja 2>/dev/null | grep -q . || packages="$packages fonts-ipafont-gothic"
  command -v pdftotext >/dev/null || packages="$packages poppler-utils"
  # The core flow also runs in Firefox ESR (WebDriver BiDi) and WebKitGTK (WebKitWebDriver under Xvfb).
  [ -x "${FIREFOX:-/usr/bin/firefox-esr}" ] || packages="$packages firefox-esr"
  command -v WebKitWebDriver >/dev/null || packages="$packages webkit2gtk-driver"
  command -v xvfb-run >/dev/null || packages="$packages xvfb"
fi
if [ -n "$packages" ]; then
  echo "naitei: installing Debian packages:$packages"
  if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    fail "$packages" "sudo apt-get install -y $packages"; fi
  export DEBIAN_FRONTEND=noninteractive
  { quietly $sudo apt-get update -qq && quietly $sudo apt-get install -y -qq $packages; } \
    || fail "$packages" "sudo apt-get install -y $packages"
fi
exit 0
