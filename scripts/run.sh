#!/usr/bin/env bash
# make run: set up what is missing, build the release widget, serve dist/.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$NAITEI_ROOT"
scripts/build.sh
exec node scripts/serve.mjs dist
