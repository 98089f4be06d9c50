#!/usr/bin/env bash
# Pull request: the preview as a comment (alicloudvpn-report) and the policy pack as a gate.
# Writes $OUT_DIR/preview.json, comment.md (the comment, with the policy pack's verdict), report.json, policy.log.
# Exits with the report's code (0 no changes, 2 changes), or 1 when the preview failed or the policy pack blocked it.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# 1. The plan, as JSON. A failed preview still prints its JSON: the report shows the errors and exits 1.
pulumi preview "${pulumi_args[@]}" --json > "$OUT_DIR/preview.json" 2> "$OUT_DIR/preview.stderr"
report_code=0
alicloudvpn-report "$OUT_DIR/preview.json" --output "$OUT_DIR/comment.md" || report_code=$?
alicloudvpn-report "$OUT_DIR/preview.json" --format json --output "$OUT_DIR/report.json" || true
if [ ! -s "$OUT_DIR/comment.md" ]; then cat "$OUT_DIR/preview.stderr" >&2; exit 1; fi

# 2. The policy pack. `--json` leaves policy results out, so it gets its own (human-readable) preview.
policy_code=0
pulumi preview "${pulumi_args[@]}" "${policy_args[@]}" > "$OUT_DIR/policy.log" 2>&1 || policy_code=$?
{
  echo
  if [ "$policy_code" -eq 0 ]; then echo "### Policy pack: passed"; else echo "### Policy pack: blocked"; fi
  echo
  if grep -q '^Policies:' "$OUT_DIR/policy.log"; then
    echo '```text'
    sed -n '/^Policies:/,/^$/p' "$OUT_DIR/policy.log" | sed '/^$/d'
    echo '```'
  elif [ "$policy_code" -ne 0 ]; then
    echo 'The policy preview failed before any policy ran; see the job log.'
  else
    echo 'No violations.'
  fi
} >> "$OUT_DIR/comment.md"
to_job_summary "$OUT_DIR/comment.md"

code=$report_code
if [ "$policy_code" -ne 0 ]; then code=1; fi
step_output exit-code "$code"
step_output comment "$OUT_DIR/comment.md"
echo "preview: report exit $report_code, policy pack exit $policy_code -> exit $code" >&2
exit "$code"
