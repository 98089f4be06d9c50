# Shared by the pipeline steps (sourced, not run). The settings come from the environment:
#   PULUMI_STACK    the stack (required)
#   PULUMI_PROGRAM  the directory of the Pulumi project (default: the current directory)
#   POLICY_PACK     the policy pack directory (default: policy/ of this repository)
#   POLICY_CONFIG   a --policy-pack-config JSON file (optional)
#   OUT_DIR         where the steps write their files (default: ./pipeline-out)
# plus what Pulumi and the provider read: PULUMI_BACKEND_URL, PULUMI_CONFIG_PASSPHRASE (or a secrets provider),
# ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
: "${PULUMI_STACK:?set PULUMI_STACK to the stack to work on}"
: "${PULUMI_PROGRAM:=.}"
: "${POLICY_PACK:=$REPO_ROOT/policy}"
: "${OUT_DIR:=$PWD/pipeline-out}"
mkdir -p "$OUT_DIR"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"
POLICY_PACK="$(cd "$POLICY_PACK" && pwd)"
if [ -n "${POLICY_CONFIG:-}" ]; then POLICY_CONFIG="$(cd "$(dirname "$POLICY_CONFIG")" && pwd)/$(basename "$POLICY_CONFIG")"; fi
# alicloudvpn-report is a bin of this repository's npm workspace.
command -v alicloudvpn-report >/dev/null 2>&1 || PATH="$REPO_ROOT/node_modules/.bin:$PATH"

# Pulumi runs from the project directory rather than with --cwd: the policy pack's plaintext-PSK rule finds the
# project through $PWD when the language host starts the pack in the pack's own directory (Pulumi's Go host does).
cd "$PULUMI_PROGRAM" || { echo "no such project directory: $PULUMI_PROGRAM" >&2; exit 1; }
pulumi_args=(--stack "$PULUMI_STACK" --non-interactive)
policy_args=(--policy-pack "$POLICY_PACK")
if [ -n "${POLICY_CONFIG:-}" ]; then policy_args+=(--policy-pack-config "$POLICY_CONFIG"); fi

# Appends a Markdown file to the job summary on GitHub Actions; a no-op elsewhere.
to_job_summary() {
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$1" >> "$GITHUB_STEP_SUMMARY"; fi
}

# Records a step output on GitHub Actions; a no-op elsewhere.
step_output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1=$2" >> "$GITHUB_OUTPUT"; fi
}
