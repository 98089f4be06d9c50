#!/usr/bin/env bash
# `make test`'s tiers, after the build: the unit tier, then the integration tier beside the CLI pool (e2e and
# reliability). The pool keeps both cores busy; the integration tier mostly waits (on gateway busy windows, plugin
# processes and the emulator), so beside the pool it costs the pool less time than it takes on its own. Its output
# is held in a file and printed when the pool is done, so the two never interleave. Ends with the totals of every
# tier, and fails if any tier failed.
set -uo pipefail
totals="$1"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
rm -f "$totals"
export MOCHA_TOTALS_FILE="$totals"

npm run --silent test:unit || { node tests/support/printTotals.js "$totals"; exit 1; }
echo "[test] the integration tier runs beside the CLI pool; its output follows the pool's"
npm run --silent test:integration >"$log" 2>&1 &
integration=$!
npm run --silent test:e2e
pool=$?
wait "$integration"
integrated=$?
echo
echo "[test] the integration tier:"
cat "$log"
node tests/support/printTotals.js "$totals"
[ "$pool" -eq 0 ] && [ "$integrated" -eq 0 ]
