#!/usr/bin/env bash
# Prints the version every channel ships under (npm packages, release archives): the packed tool's version.
#   eng/version.sh
# In order: $VERSION when set; the version of artifacts/nupkg/IcpBadge.Cli.<version>.nupkg (the pointer package of the
# solution pack, so npm and the archives match NuGet exactly); the project's version as MSBuild computes it (MinVer
# hooks GetAssemblyVersion); 0.0.0-dev when none of these answers.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

if [ -n "${VERSION:-}" ]; then echo "${VERSION#v}"; exit 0; fi

for pkg in "$ROOT"/artifacts/nupkg/IcpBadge.Cli.[0-9]*.nupkg; do
  [ -f "$pkg" ] || continue
  name=$(basename "$pkg" .nupkg)
  echo "${name#IcpBadge.Cli.}"
  exit 0
done

if command -v dotnet >/dev/null 2>&1; then
  v=$(dotnet msbuild "$ROOT/src/IcpBadge.Cli/IcpBadge.Cli.csproj" -nologo -t:GetAssemblyVersion -getProperty:Version 2>/dev/null | tail -1 | tr -d '[:space:]' || true)
  if [[ "$v" =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]]; then echo "$v"; exit 0; fi
fi
echo "0.0.0-dev"
