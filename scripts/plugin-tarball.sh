#!/usr/bin/env bash
# Builds the provider plugin as users install providers: a tarball for
#   pulumi plugin install resource alicloudvpn <version> -f <tarball>
# holding provider/package.json, schema.json, bin/ and dist/, the production dependencies exactly as this clone's
# lockfile installed them (scripts/plugin-dependencies.js; copied at the same relative paths, so Node resolves them as
# here),
# and `pulumi-resource-alicloudvpn` at the top, the name the engine runs. It needs only `node` on PATH (and `sh`).
# Prints the tarball's absolute path as its last stdout line; progress goes to stderr.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
version="$(node -p "require('$root/provider/package.json').version")"
out_dir="$root/dist/plugin"
out="$out_dir/pulumi-resource-alicloudvpn-v$version.tar.gz"

(cd "$root" && npx tsc -b provider >&2)
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp "$root/provider/package.json" "$root/provider/schema.json" "$staging/"
cp -R "$root/provider/bin" "$staging/bin"
tar -C "$root/provider" --exclude='*.tsbuildinfo' -cf - dist | tar -C "$staging" -xf -
# Every run-time dependency without its nested node_modules: those nested that are needed are listed themselves.
node "$here/plugin-dependencies.js" | while read -r rel; do
  tar -C "$root" --exclude="$rel/node_modules" -cf - "$rel" | tar -C "$staging" -xf -
done
# The launcher runs bin/'s file as it is, so the plugin starts with that file's node flags.
cat > "$staging/pulumi-resource-alicloudvpn" <<'LAUNCHER'
#!/bin/sh
exec "$(dirname "$0")/bin/pulumi-resource-alicloudvpn" "$@"
LAUNCHER
chmod +x "$staging/pulumi-resource-alicloudvpn"
mkdir -p "$out_dir"
tar -C "$staging" -czf "$out.tmp" .
mv "$out.tmp" "$out"
echo "[plugin] $(du -h "$out" | cut -f1) $out" >&2
echo "$out"
