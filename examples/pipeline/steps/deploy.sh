#!/usr/bin/env bash
# Main branch: `pulumi up` with the policy pack enforced (a mandatory violation stops the update).
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

code=0
pulumi up "${pulumi_args[@]}" "${policy_args[@]}" --yes 2>&1 | tee "$OUT_DIR/up.log" || code=$?
step_output exit-code "$code"
exit "$code"
