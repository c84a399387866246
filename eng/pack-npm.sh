#!/usr/bin/env bash
# Writes the npm tarballs to artifacts/npm/: the main package `icp-badge` (the launcher) and one platform package
# `@icp-badge/<os>-<cpu>` per native binary given (npm/platform/platforms.json lists the six).
#   eng/pack-npm.sh                               # main + linux-x64 from artifacts/native/linux-x64/icp-badge
#   eng/pack-npm.sh darwin-arm64=path/icp-badge   # main + the platforms given (the release workflow, one per runner)
#   eng/pack-npm.sh --main-only                   # only the launcher package
# The version is eng/version.sh's (the packed tool's version, or $VERSION). Needs node and npm; no registry access.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$ROOT/artifacts/npm}
VERSION=$("$ROOT/eng/version.sh")
export VERSION

platforms=()
main_only=false
if [ $# -eq 0 ]; then
  platforms=("linux-x64=$ROOT/artifacts/native/linux-x64/icp-badge")
elif [ "$1" = --main-only ]; then
  main_only=true
else
  platforms=("$@")
fi

mkdir -p "$OUT"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# npm writes logs and a cache even for `npm pack`: keep them out of the user's home.
export npm_config_cache="$stage/.npm-cache" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

license() { [ -f "$ROOT/LICENSE" ] && cp "$ROOT/LICENSE" "$1/" || true; }

# ---- the main package: launcher, README, version stamped into it and into every optional dependency -------------
main="$stage/icp-badge"
mkdir -p "$main/bin"
cp "$ROOT/npm/icp-badge/bin/icp-badge.js" "$main/bin/"
chmod +x "$main/bin/icp-badge.js"
cp "$ROOT/npm/icp-badge/README.md" "$main/"
license "$main"
node -e '
  const fs = require("fs");
  const [from, to] = process.argv.slice(1);
  const pkg = JSON.parse(fs.readFileSync(from, "utf8"));
  pkg.version = process.env.VERSION;
  for (const name of Object.keys(pkg.optionalDependencies)) pkg.optionalDependencies[name] = process.env.VERSION;
  fs.writeFileSync(to, JSON.stringify(pkg, null, 2) + "\n");
' "$ROOT/npm/icp-badge/package.json" "$main/package.json"
(cd "$main" && npm pack --silent --pack-destination "$OUT" >/dev/null)
echo "npm: $OUT/icp-badge-$VERSION.tgz"
$main_only && exit 0

# ---- one platform package per binary ----------------------------------------------------------------------------
for spec in "${platforms[@]}"; do
  platform=${spec%%=*} binary=${spec#*=}
  [ -f "$binary" ] || { echo "pack-npm: no binary at $binary for $platform (publish it first)" >&2; exit 2; }
  dir="$stage/$platform"
  mkdir -p "$dir/bin"
  exe=icp-badge; [[ "$platform" == win32-* ]] && exe=icp-badge.exe
  cp "$binary" "$dir/bin/$exe"
  chmod +x "$dir/bin/$exe"
  sed "s/PLATFORM/$platform/g" "$ROOT/npm/platform/README.md" >"$dir/README.md"
  license "$dir"
  node -e '
    const fs = require("fs");
    const [template, table, platform, to] = process.argv.slice(1);
    const target = JSON.parse(fs.readFileSync(table, "utf8"))[platform];
    if (!target) { console.error(`pack-npm: unknown platform ${platform} (see npm/platform/platforms.json)`); process.exit(2); }
    const pkg = JSON.parse(fs.readFileSync(template, "utf8"));
    pkg.name = `@icp-badge/${platform}`;
    pkg.version = process.env.VERSION;
    pkg.description = pkg.description.replace("PLATFORM", platform);
    pkg.os = [target.os];
    pkg.cpu = [target.cpu];
    if (target.libc) pkg.libc = [target.libc];
    fs.writeFileSync(to, JSON.stringify(pkg, null, 2) + "\n");
  ' "$ROOT/npm/platform/package.json" "$ROOT/npm/platform/platforms.json" "$platform" "$dir/package.json"
  (cd "$dir" && npm pack --silent --pack-destination "$OUT" >/dev/null)
  echo "npm: $OUT/icp-badge-$platform-$VERSION.tgz"
done
