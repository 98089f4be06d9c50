#!/usr/bin/env bash
# The pipeline of workflow.yml, run here against the local emulator: the same step scripts, in the order a
# repository lives them, with the exit code each must give.
#
#   1. pull request     steps/preview.sh   a new connection: report + policy pack       -> 2 (changes)
#   2. pull request     steps/preview.sh   the same with weak crypto: policy pack blocks -> 1
#   3. main branch      steps/deploy.sh    pulumi up with the policy pack                -> 0
#   4. nightly          steps/drift.sh     nothing changed                               -> 0
#   5. (someone changes the connection in the console: alicloudvpn-emulator connection modify)
#   6. nightly          steps/drift.sh     drift found                                   -> 3
#
# Needs `make build` and the Pulumi CLI (`make pulumi`). Everything else (emulator, program copy, file backend,
# reports) goes to $ALICLOUDVPN_PIPELINE_DIR (default: a new temporary directory), which is kept for reading.
# PIPELINE_PSK sets the pre-shared key (default: a random one), always as a secret.
# Exits 0 when every stage gave its expected code.
set -uo pipefail
export ALIBABA_CLOUD_ECS_METADATA_DISABLED=true

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${ALICLOUDVPN_PIPELINE_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/alicloudvpn-pipeline.XXXXXX")}"
mkdir -p "$WORK"
PULUMI_BIN="$(make -s -C "$ROOT" pulumi-bin)" || { echo "run-here: the Pulumi CLI is missing (make pulumi)" >&2; exit 1; }
export PATH="$PULUMI_BIN:$ROOT/node_modules/.bin:$PATH"
[ -f "$ROOT/tools/report/dist/cli.js" ] && [ -f "$ROOT/policy/dist/index.js" ] || { echo "run-here: run make build first" >&2; exit 1; }

# --- The emulator, with one VPN gateway and one customer gateway already bought.
cat > "$WORK/seed.json" <<'JSON'
{
  "vpnGateways": [{ "VpnGatewayId": "vpn-pipeline000001", "RegionId": "cn-hangzhou", "VpcId": "vpc-pipeline", "InternetIp": "47.1.2.3" }],
  "customerGateways": [{ "CustomerGatewayId": "cgw-pipeline000001", "RegionId": "cn-hangzhou", "IpAddress": "198.51.100.10" }]
}
JSON
node "$ROOT/emulator/bin/alicloudvpn-emulator" --port 0 --busy-ms 200 --seed "$WORK/seed.json" > "$WORK/emulator.out" 2> "$WORK/emulator.err" &
EMULATOR_PID=$!
trap 'kill "$EMULATOR_PID" 2>/dev/null; wait "$EMULATOR_PID" 2>/dev/null' EXIT
for _ in $(seq 100); do [ -s "$WORK/emulator.out" ] && break; sleep 0.1; done
ENDPOINT="$(sed -n 's/.*"endpoint":"\([^"]*\)".*/\1/p' "$WORK/emulator.out" | head -n 1)"
[ -n "$ENDPOINT" ] || { echo "run-here: the emulator did not start" >&2; cat "$WORK/emulator.err" >&2; exit 1; }
echo "run-here: emulator on $ENDPOINT, files in $WORK" >&2

# --- The repository under test: examples/basic, copied so that its stack file stays out of the clone.
rm -rf "$WORK/program" && cp -r "$ROOT/examples/basic" "$WORK/program"
ln -sfn "$ROOT/node_modules" "$WORK/program/node_modules"
sed -i "s#path: \.\./\.\./provider/bin#path: $ROOT/provider/bin#" "$WORK/program/Pulumi.yaml"
mkdir -p "$WORK/backend" "$WORK/home"
# metadata=skip: see the README, "Recovering from a killed `pulumi up`".
export PULUMI_BACKEND_URL="file://$WORK/backend?metadata=skip" PULUMI_HOME="$WORK/home" PULUMI_CONFIG_PASSPHRASE=alicloudvpn-pipeline
export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true NO_COLOR=1
export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tEmulatorAccessKey ALIBABA_CLOUD_ACCESS_KEY_SECRET=emulator-access-key-secret
export PULUMI_STACK=pipeline PULUMI_PROGRAM="$WORK/program"
(
  cd "$WORK/program" || exit 1
  pulumi stack init "$PULUMI_STACK" --non-interactive >/dev/null 2>&1 || pulumi stack select "$PULUMI_STACK" --non-interactive
  pulumi config set alicloudvpn:region cn-hangzhou
  pulumi config set alicloudvpn:endpoint "$ENDPOINT"
  pulumi config set alicloudvpn:protocol http
  pulumi config set vpnGatewayId vpn-pipeline000001
  pulumi config set customerGatewayId cgw-pipeline000001
  pulumi config set --secret psk "${PIPELINE_PSK:-pipeline-psk-$RANDOM$RANDOM}"
) || { echo "run-here: stack set-up failed" >&2; exit 1; }

FAILED=0
stage() { # stage <name> <expected exit> <out dir> <script>
  local name="$1" expected="$2" out="$3" script="$4" code=0
  OUT_DIR="$WORK/$out" "$HERE/steps/$script" > "$WORK/$out.log" 2>&1 || code=$?
  if [ "$code" -eq "$expected" ]; then
    echo "stage $name: exit $code (expected $expected) ok"
  else
    echo "stage $name: exit $code (expected $expected) FAILED; log: $WORK/$out.log"
    FAILED=1
  fi
}

stage pull-request 2 pr preview.sh
cp "$WORK/program/index.ts" "$WORK/index.ts.orig"
sed -i 's/ikeEncAlg: "aes256"/ikeEncAlg: "des"/' "$WORK/program/index.ts"
stage pull-request-weak-crypto 1 pr-weak preview.sh
cp "$WORK/index.ts.orig" "$WORK/program/index.ts"
stage main 0 main deploy.sh
stage nightly 0 nightly drift.sh

# Someone changes the IKE cipher in the console: the emulator's out-of-band change (waits while the gateway is busy).
CONNECTION_ID="$(cd "$WORK/program" && pulumi stack output connectionId)"
alicloudvpn-emulator connection modify --endpoint "$ENDPOINT" "$CONNECTION_ID" --ike-enc-alg aes192 >&2 \
  || { echo "run-here: the out-of-band change failed" >&2; FAILED=1; }
stage nightly-drift 3 drift drift.sh

echo "run-here: comment of the pull request: $WORK/pr/comment.md; drift report: $WORK/drift/drift.md"
exit "$FAILED"
