# Sourced by the other scripts: puts the project's own tools first on PATH.
# Tools live in .tools/ (cargo-installed) and node_modules/.bin (npm), never in the user's home.
NAITEI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NAITEI_ROOT
export NAITEI_TOOLS="$NAITEI_ROOT/.tools"
export PATH="$NAITEI_TOOLS/bin:$NAITEI_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
# wasm-pack must use the tools above and never try to download its own.
export WASM_PACK_CACHE="$NAITEI_TOOLS/wasm-pack-cache"
# A clean checkout (CI) builds once: incremental caches would only take disk space (several GB).
if [ "${CI:-}" = "true" ]; then export CARGO_INCREMENTAL=0; fi
