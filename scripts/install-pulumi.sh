#!/usr/bin/env bash
# Installs the Pulumi CLI and Pulumi's own Go-built language hosts into a cache outside the clone, shared by every
# clone on the machine, and gives this clone a bin directory of its own, `.pulumi-bin/`, that callers put on PATH.
# No Pulumi download site is reachable here, so the CLI is built from its Go modules at the version that matches
# @pulumi/pulumi in node_modules; a warm cache is reused. The cache holds only what the Go module proxy gives:
# the CLI, the YAML host (pulumi-yaml), and the Go host and Pulumi's own Node host (both from sdk/v3 at
# PULUMI_LANGUAGE_HOSTS_VERSION, the last version that contains them). Nothing in it points into a clone.
# `.pulumi-bin/` holds a hard link to the cache's CLI (a copy across file systems: the CLI looks for its language
# hosts beside its own executable), links to the cache's YAML and Go hosts, and links to this clone's own Node
# language host (tools/languageHost) and dynamic-provider host (@pulumi/pulumi), so clones never affect each other.
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
clone_bin="$root/.pulumi-bin"
language_host="$root/tools/languageHost"

# Runs `go <args>` with GOBIN set to a staging directory inside $1 and moves the binary $2 it built to $1/$2: built
# aside and moved in, so neither an interrupted build nor two concurrent ones leave a half-written host.
build_aside() {
  local dir="$1" name="$2"; shift 2
  mkdir -p "$dir"
  (
    staging="$(mktemp -d "$dir/.build.XXXXXX")"
    trap 'rm -rf "$staging"' EXIT
    GOBIN="$staging" "$@" >&2
    mv "$staging/$name" "$dir/$name"
  )
}

# The YAML host has its own release line, so it gets a cache directory per version and only a link in $bin: bumping
# PULUMI_YAML_VERSION rebuilds it without rebuilding the CLI.
yaml_host_dir="$cache/pulumi-yaml-v$PULUMI_YAML_VERSION"

install_yaml_host() {
  local host="$yaml_host_dir/pulumi-language-yaml"
  if [ ! -x "$host" ]; then
    if ! command -v go >/dev/null 2>&1; then
      log "go not found; not building pulumi-language-yaml (YAML programs will not run)"
      return 0
    fi
    log "building pulumi-language-yaml v$PULUMI_YAML_VERSION from the Go module proxy (a few minutes, once)"
    build_aside "$yaml_host_dir" pulumi-language-yaml go install -trimpath \
      -ldflags "-s -w -X github.com/pulumi/pulumi-yaml/pkg/version.Version=v$PULUMI_YAML_VERSION" \
      "github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml@v$PULUMI_YAML_VERSION"
  fi
  ln -sfn "$host" "$bin/pulumi-language-yaml"
}

# Pulumi's Go host (runtime: go) and its Node host, from sdk/v3 at PULUMI_LANGUAGE_HOSTS_VERSION. `go install
# module@version` refuses that module because its go.mod has a replace directive, so a wrapper module requires it
# with the same replace and builds both. The Go host is linked beside the CLI; Pulumi's Node host stays in a
# directory of its own under its usual name, for a test that compares it with ours (it has no GenerateProgram, so
# `pulumi import` and `pulumi convert` could not write code with it; ours stays the default).
hosts_version="$PULUMI_LANGUAGE_HOSTS_VERSION"
go_host_dir="$cache/pulumi-language-go-v$hosts_version"
pulumi_nodejs_host_dir="$cache/pulumi-language-nodejs-v$hosts_version"

language_hosts_module() {
  local dir="$cache/language-hosts-v$hosts_version"
  mkdir -p "$dir"
  cat > "$dir/go.mod" <<GOMOD
module alicloudvpn.local/languagehosts

go 1.20

require github.com/pulumi/pulumi/sdk/v3 v$hosts_version

// As in sdk/v3 v$hosts_version's own go.mod.
replace golang.org/x/text => golang.org/x/text v0.3.6
GOMOD
  cat > "$dir/tools.go" <<'GOSRC'
//go:build tools

package languagehosts

import (
	_ "github.com/pulumi/pulumi/sdk/v3/go/pulumi-language-go"
	_ "github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs"
)
GOSRC
  (cd "$dir" && GOFLAGS=-mod=mod go mod tidy >&2)
  echo "$dir"
}

install_language_hosts() {
  local go_host="$go_host_dir/pulumi-language-go" nodejs_host="$pulumi_nodejs_host_dir/pulumi-language-nodejs"
  if [ ! -x "$go_host" ] || [ ! -x "$nodejs_host" ]; then
    if ! command -v go >/dev/null 2>&1; then
      log "go not found; not building pulumi-language-go (Go programs will not run)"
      return 0
    fi
    log "building Pulumi's Go and Node language hosts from sdk/v3 v$hosts_version (a few minutes, once)"
    local module ldflags="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$hosts_version"
    module="$(language_hosts_module)"
    (cd "$module" && build_aside "$go_host_dir" pulumi-language-go env GOFLAGS=-mod=mod go install -trimpath \
      -ldflags "$ldflags" github.com/pulumi/pulumi/sdk/v3/go/pulumi-language-go)
    (cd "$module" && build_aside "$pulumi_nodejs_host_dir" pulumi-language-nodejs env GOFLAGS=-mod=mod go install \
      -trimpath -ldflags "$ldflags" github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs)
  fi
  ln -sfn "$go_host" "$bin/pulumi-language-go"
}

# This clone's bin directory. The CLI finds bundled language hosts beside its own executable with symlinks
# resolved, so the CLI itself is a hard link (or a copy) rather than a symlink; everything else is a link.
link_clone_bin() {
  # tsc -b rewrites .tsbuildinfo on every build that changed something, so it dates the last build.
  local built="$language_host/dist/.tsbuildinfo"
  if [ ! -f "$language_host/dist/main.js" ] || [ ! -f "$built" ] \
     || [ -n "$(find "$language_host/src" -newer "$built" -name '*.ts' -print -quit)" ]; then
    log "building the Node language host (tools/languageHost)"
    (cd "$root" && npx tsc -b tools/languageHost >&2)
  fi
  mkdir -p "$clone_bin"
  if [ ! "$clone_bin/pulumi" -ef "$bin/pulumi" ]; then
    ln -f "$bin/pulumi" "$clone_bin/pulumi.tmp" 2>/dev/null || cp "$bin/pulumi" "$clone_bin/pulumi.tmp"
    mv "$clone_bin/pulumi.tmp" "$clone_bin/pulumi"
  fi
  local host
  for host in pulumi-language-yaml pulumi-language-go; do
    if [ -e "$bin/$host" ]; then ln -sfn "$(readlink -f "$bin/$host")" "$clone_bin/$host"; else rm -f "$clone_bin/$host"; fi
  done
  # Relative links, so a copy of the clone uses its own files.
  ln -sfn ../tools/languageHost/bin/pulumi-language-nodejs "$clone_bin/pulumi-language-nodejs"
  ln -sfn ../node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs "$clone_bin/pulumi-resource-pulumi-nodejs"
  chmod +x "$root/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs" 2>/dev/null || true
  # A cache written before clones had .pulumi-bin may hold these two, pointing at the clone that wrote them. Only
  # this clone's are removed: another clone on such a cache may still be running on its own.
  if grep -qsF "Written by $root/scripts/install-pulumi.sh" "$bin/pulumi-language-nodejs"; then rm -f "$bin/pulumi-language-nodejs"; fi
  if [ "$(readlink "$bin/pulumi-resource-pulumi-nodejs" 2>/dev/null)" = "$root/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs" ]; then
    rm -f "$bin/pulumi-resource-pulumi-nodejs"
  fi
}

finish() {
  install_yaml_host
  install_language_hosts
  link_clone_bin
  echo "$clone_bin"
}

if [ -x "$bin/pulumi" ]; then
  finish; exit 0
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
log "installed: $("$bin/pulumi" version)"
finish
