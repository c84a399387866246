#!/usr/bin/env bash
# Installs the native icp-badge for this machine from a release archive, after checking it against SHA256SUMS.
# Used by action.yml (the GitHub Action); works anywhere with bash, tar (or unzip on Windows) and sha256sum/shasum.
#   eng/action/install.sh [--version V] [--base URL|DIR] [--dest DIR]
#     --version  release version, e.g. 0.2.0 or v0.2.0, or "latest" (default; $ICP_BADGE_VERSION)
#     --base     where the archives and SHA256SUMS are: an https URL, a file:// URL or a local folder
#                (default https://github.com/icpbadge/icpbadge/releases/download/v<version>; $ICP_BADGE_BASE_URL)
#     --dest     the folder for the binary (default $RUNNER_TOOL_CACHE/icp-badge/<version>/<rid>, else ~/.icp-badge/bin)
# Prints the binary's path. On GitHub Actions it also adds the folder to GITHUB_PATH and sets the output `path`.
set -euo pipefail
REPO=https://github.com/icpbadge/icpbadge
version=${ICP_BADGE_VERSION:-latest} base=${ICP_BADGE_BASE_URL:-} dest=${ICP_BADGE_DEST:-}
while [ $# -gt 0 ]; do
  case $1 in
    --version) version=$2; shift 2 ;;
    --base) base=$2; shift 2 ;;
    --dest) dest=$2; shift 2 ;;
    *) echo "install: unknown argument $1" >&2; exit 2 ;;
  esac
done
fail() { echo "icp-badge install: $*" >&2; exit 1; }

# ---- which archive: the runtime identifier of this machine ------------------------------------------------------
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=osx ;;
  MINGW* | MSYS* | CYGWIN* | Windows_NT) os=win ;;
  *) fail "no native binary is published for $(uname -s); use dotnet tool install -g IcpBadge.Cli" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) fail "no native binary is published for $(uname -m); use dotnet tool install -g IcpBadge.Cli" ;;
esac
rid="$os-$arch"
if [ "$os" = linux ] && { [ -f /etc/alpine-release ] || ldd --version 2>&1 | grep -qi musl; }; then
  [ "$arch" = x64 ] || fail "no musl binary is published for $arch; use dotnet tool install -g IcpBadge.Cli"
  rid=linux-musl-x64
fi

# ---- which version --------------------------------------------------------------------------------------------------
if [ "$version" = latest ]; then
  [ -z "$base" ] || fail "--version latest needs the GitHub releases; give --version with --base"
  tag=$(curl -fsSLI -o /dev/null -w '%{url_effective}' "$REPO/releases/latest") || fail "could not ask $REPO for the latest release"
  version=${tag##*/}
fi
version=${version#v}
base=${base:-$REPO/releases/download/v$version}
ext=tar.gz; [ "$os" = win ] && ext=zip
archive="icp-badge-$version-$rid.$ext"

# ---- fetch the archive and the checksums -------------------------------------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fetch() { # NAME: from the base URL or folder into $work
  case $base in
    http://* | https://*) curl -fsSL --retry 3 -o "$work/$1" "${base%/}/$1" ;;
    file://*) cp "${base#file://}/$1" "$work/$1" ;;
    *) cp "$base/$1" "$work/$1" ;;
  esac
}
fetch SHA256SUMS || fail "no SHA256SUMS at $base"
fetch "$archive" || fail "no $archive at $base"
line=$(grep -E "^[0-9a-f]{64} [ *]?$archive\$" "$work/SHA256SUMS" || true)
[ -n "$line" ] || fail "SHA256SUMS at $base has no line for $archive"
if command -v sha256sum >/dev/null; then check=(sha256sum -c --status); else check=(shasum -a 256 -c --status); fi
(cd "$work" && echo "$line" | "${check[@]}") || fail "$archive does not match its SHA256SUMS line; not installed"

# ---- unpack ---------------------------------------------------------------------------------------------------------
if [ -z "$dest" ]; then
  if [ -n "${RUNNER_TOOL_CACHE:-}" ]; then dest="$RUNNER_TOOL_CACHE/icp-badge/$version/$rid"; else dest="$HOME/.icp-badge/bin"; fi
fi
mkdir -p "$dest"
if [ "$ext" = zip ]; then (cd "$work" && unzip -q "$archive"); else tar -xzf "$work/$archive" -C "$work"; fi
exe=icp-badge; [ "$os" = win ] && exe=icp-badge.exe
cp "$work/icp-badge-$version-$rid/$exe" "$dest/$exe"
chmod +x "$dest/$exe"

[ -n "${GITHUB_PATH:-}" ] && echo "$dest" >>"$GITHUB_PATH"
[ -n "${GITHUB_OUTPUT:-}" ] && echo "path=$dest/$exe" >>"$GITHUB_OUTPUT"
echo "$dest/$exe"
