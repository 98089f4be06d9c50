#!/usr/bin/env bash
# Builds tools/codegen (Pulumi's own code generators from pkg/v3, at the CLI's version) into the same cache
# as the CLI, so `make codegen` and the Node language host's GeneratePackage/GenerateProgram/GenerateProject
# give Pulumi's output. Rebuilt only when tools/codegen changes: the binary's name carries no version, so a
# stamp file holds the hash of the sources it was built from.
# Prints the absolute path of the binary as its last stdout line; progress goes to stderr.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=pulumi-version.env
. "$here/pulumi-version.env"

src="$root/tools/codegen"
cache="${ALICLOUDVPN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/alicloudvpn}"
# shellcheck source=cache-lock.sh
. "$here/cache-lock.sh"
lock_cache "$cache" codegen
bin="$cache/pulumi-v$PULUMI_VERSION/bin"
out="$bin/alicloudvpn-codegen"
stamp="$out.sha256"

if ! grep -q "github.com/pulumi/pulumi/pkg/v3 v$PULUMI_VERSION\$" "$src/go.mod"; then
  echo "[codegen] tools/codegen/go.mod must require pkg/v3 v$PULUMI_VERSION, the CLI's version" >&2
  exit 1
fi
hash="$(cd "$src" && cat go.mod go.sum ./*.go | sha256sum | cut -d' ' -f1)"
if [ -x "$out" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$hash" ]; then
  echo "$out"; exit 0
fi
command -v go >/dev/null 2>&1 || { echo "[codegen] needs Go (the generators are Go packages of pulumi/pkg/v3)" >&2; exit 1; }
mkdir -p "$bin"
echo "[codegen] building tools/codegen against pkg/v3 v$PULUMI_VERSION (a few minutes the first time)" >&2
(cd "$src" && go build -trimpath -ldflags "-s -w" -o "$out.tmp" .) >&2
mv "$out.tmp" "$out"
echo "$hash" > "$stamp"
echo "$out"
