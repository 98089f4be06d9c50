#!/usr/bin/env bash
# Nightly: `pulumi preview --refresh`, reported. Exits with the report's code: 3 when the cloud drifted from the
# stack (the workflow fails the job), 2 when only the program has undeployed changes, 0 when all agree, 1 on error.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

pulumi preview "${pulumi_args[@]}" --refresh --json > "$OUT_DIR/drift.json" 2> "$OUT_DIR/drift.stderr"
code=0
alicloudvpn-report "$OUT_DIR/drift.json" --output "$OUT_DIR/drift.md" || code=$?
alicloudvpn-report "$OUT_DIR/drift.json" --format json --output "$OUT_DIR/drift-report.json" || true
if [ ! -s "$OUT_DIR/drift.md" ]; then cat "$OUT_DIR/drift.stderr" >&2; exit 1; fi
to_job_summary "$OUT_DIR/drift.md"
step_output exit-code "$code"
echo "drift check: report exit $code" >&2
exit "$code"
