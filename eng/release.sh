#!/usr/bin/env bash
# Packs a native binary into the release archive and (re)writes SHA256SUMS over every archive in the folder.
#   eng/release.sh                       # linux-x64 from artifacts/native/linux-x64/icp-badge
#   eng/release.sh RID [BINARY]          # e.g. osx-arm64 artifacts/native/osx-arm64/icp-badge (the release workflow)
# Writes artifacts/release/icp-badge-<version>-<rid>.tar.gz (.zip for win-*), holding the folder
# icp-badge-<version>-<rid>/ with the binary, README.md and LICENSE (when the repository has one).
# The version is eng/version.sh's ($VERSION, or the packed tool's version).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$ROOT/artifacts/release}
RID=${1:-linux-x64}
exe=icp-badge; [[ "$RID" == win-* ]] && exe=icp-badge.exe
BINARY=${2:-$ROOT/artifacts/native/$RID/$exe}
VERSION=$("$ROOT/eng/version.sh")
[ -f "$BINARY" ] || { echo "release: no binary at $BINARY (dotnet publish src/IcpBadge.Cli -c Release -r $RID -o artifacts/native/$RID)" >&2; exit 2; }

name="icp-badge-$VERSION-$RID"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name" "$OUT"
cp "$BINARY" "$stage/$name/$exe"
chmod +x "$stage/$name/$exe"
cp "$ROOT/README.md" "$stage/$name/README.md"
[ -f "$ROOT/LICENSE" ] && cp "$ROOT/LICENSE" "$stage/$name/LICENSE"

if [[ "$RID" == win-* ]]; then
  archive="$name.zip"
  rm -f "$OUT/$archive"
  (cd "$stage" && python3 -m zipfile -c "$OUT/$archive" "$name")
else
  archive="$name.tar.gz"
  # Reproducible where GNU tar is available (Linux runners): fixed order, owner and times.
  flags=()
  if tar --version 2>/dev/null | grep -q GNU; then
    flags=(--sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}")
  fi
  (cd "$stage" && tar ${flags[@]+"${flags[@]}"} -cf - "$name" | gzip -n -9 >"$OUT/$archive")
fi

sha() { if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }
(cd "$OUT" && sha $(ls icp-badge-*.tar.gz icp-badge-*.zip 2>/dev/null | LC_ALL=C sort) >SHA256SUMS)
echo "release: $OUT/$archive ($(du -h "$OUT/$archive" | cut -f1)), SHA256SUMS"
