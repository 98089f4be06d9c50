#!/usr/bin/env bash
# Installs the Pulumi CLI into a cache outside the clone and puts our Node language host next to it.
# No Pulumi download site is reachable here, so the CLI is built from its Go modules at the version that matches
# @pulumi/pulumi in node_modules; a warm cache is reused. The Go module proxy does not serve the Go
# pulumi-language-nodejs module, so `pulumi-language-nodejs` is a launcher for tools/languageHost of this clone,
# rewritten on every run so the cache always points at the clone that last ran the script.
# YAML programs need Pulumi's own YAML language host; the proxy does serve that module, so it is built too.
# Prints the absolute bin directory as its last stdout line; progress goes to stderr.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=pulumi-version.env
. "$here/pulumi-version.env"

log() { echo "[pulumi] $*" >&2; }

npm_version="$(node -p "require('$root/node_modules/@pulumi/pulumi/package.json').version" 2>/dev/null || true)"
if [ -n "$npm_version" ] && [ "$npm_version" != "$PULUMI_VERSION" ]; then
  log "node_modules has @pulumi/pulumi $npm_version but scripts/pulumi-version.env pins $PULUMI_VERSION; update the pin"
  exit 1
fi

cache="${ALICLOUDVPN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/alicloudvpn}"
# shellcheck source=cache-lock.sh
. "$here/cache-lock.sh"
lock_cache "$cache" pulumi
bin="$cache/pulumi-v$PULUMI_VERSION/bin"
nodejs_host_script="$root/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs"
language_host="$root/tools/languageHost"

install_companions() {
  # The dynamic-provider host ships inside @pulumi/pulumi and must sit next to the CLI.
  if [ -f "$nodejs_host_script" ]; then
    ln -sf "$nodejs_host_script" "$bin/pulumi-resource-pulumi-nodejs"
    chmod +x "$nodejs_host_script" 2>/dev/null || true
  fi
  # tsc -b rewrites .tsbuildinfo on every build that changed something, so it dates the last build.
  local built="$language_host/dist/.tsbuildinfo"
  if [ ! -f "$language_host/dist/main.js" ] || [ ! -f "$built" ] \
     || [ -n "$(find "$language_host/src" -newer "$built" -name '*.ts' -print -quit)" ]; then
    log "building the Node language host (tools/languageHost)"
    (cd "$root" && npx tsc -b tools/languageHost >&2)
  fi
  local launcher="$bin/pulumi-language-nodejs"
  printf '#!/bin/sh\n# Written by %s/scripts/install-pulumi.sh: the Node language host of that clone.\nexec node %q "$@"\n' \
    "$root" "$language_host/bin/pulumi-language-nodejs" > "$launcher.tmp"
  chmod +x "$launcher.tmp"
  mv "$launcher.tmp" "$launcher"
}

# The YAML host has its own release line, so it gets a cache directory per version and only a link in $bin: bumping
# PULUMI_YAML_VERSION rebuilds it without rebuilding the CLI. The CLI finds it there, as it finds its bundled hosts.
yaml_host_dir="$cache/pulumi-yaml-v$PULUMI_YAML_VERSION"

install_yaml_host() {
  local host="$yaml_host_dir/pulumi-language-yaml"
  if [ ! -x "$host" ]; then
    if ! command -v go >/dev/null 2>&1; then
      log "go not found; not building pulumi-language-yaml (YAML programs will not run)"
      return 0
    fi
    log "building pulumi-language-yaml v$PULUMI_YAML_VERSION from the Go module proxy (a few minutes, once)"
    mkdir -p "$yaml_host_dir"
    # Built aside and moved in, so neither an interrupted build nor two concurrent ones leave a half-written host.
    (
      staging="$(mktemp -d "$yaml_host_dir/.build.XXXXXX")"
      trap 'rm -rf "$staging"' EXIT
      GOBIN="$staging" go install -trimpath \
        -ldflags "-s -w -X github.com/pulumi/pulumi-yaml/pkg/version.Version=v$PULUMI_YAML_VERSION" \
        "github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml@v$PULUMI_YAML_VERSION" >&2
      mv "$staging/pulumi-language-yaml" "$host"
    )
  fi
  ln -sfn "$host" "$bin/pulumi-language-yaml"
}

if [ -x "$bin/pulumi" ]; then
  install_companions
  install_yaml_host
  echo "$bin"; exit 0
fi

if command -v pulumi >/dev/null 2>&1 && command -v pulumi-language-nodejs >/dev/null 2>&1 \
   && [ -z "${ALICLOUDVPN_BUILD_PULUMI:-}" ]; then
  dirname "$(command -v pulumi)"; exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  # Machines with the internet but no Go: the npm package downloads the released CLI with its own language hosts.
  log "go not found; installing the npm 'pulumi' package into $cache/npm"
  mkdir -p "$cache/npm"
  npm install --prefix "$cache/npm" --no-audit --no-fund "pulumi@$PULUMI_VERSION" >&2
  dirname "$(readlink -f "$cache/npm/node_modules/.bin/pulumi")"; exit 0
fi

work="$cache/build-v$PULUMI_VERSION"
mkdir -p "$work" "$bin"
cd "$work"
log "building Pulumi CLI v$PULUMI_VERSION from the Go module proxy in $work"
log "first build takes several minutes (module download, then compile on $(nproc) cores)"
cat > go.mod <<GOMOD
module alicloudvpn.local/pulumibuild

go 1.25

require (
	github.com/pulumi/pulumi/pkg/v3 v$PULUMI_VERSION
	github.com/pulumi/pulumi/sdk/v3 v$PULUMI_VERSION
)

replace github.com/atotto/clipboard => github.com/tgummerer/clipboard v0.0.0-20241001131231-d02d263e614e
GOMOD
cat > tools.go <<'GOSRC'
//go:build tools

package pulumibuild

import (
	_ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
)
GOSRC
export GOFLAGS=-mod=mod
log "resolving modules"
go get "github.com/pulumi/pulumi/pkg/v3@v$PULUMI_VERSION" "github.com/pulumi/pulumi/sdk/v3@v$PULUMI_VERSION" >&2
go mod tidy -e >&2 || true
ldflags="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$PULUMI_VERSION"
log "compiling pulumi"
go build -trimpath -ldflags "$ldflags" -o "$bin/pulumi.tmp" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi >&2
mv "$bin/pulumi.tmp" "$bin/pulumi"
install_companions
install_yaml_host
log "installed: $("$bin/pulumi" version)"
echo "$bin"
