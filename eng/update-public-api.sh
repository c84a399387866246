#!/usr/bin/env bash
# Records every new public symbol of the shipping projects in PublicAPI.Unshipped.txt (the analyzer's code fix) and
# drops lines for symbols that no longer exist. Run after changing public API; review and commit the diff with it.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  [ -f "$(dirname "$project")/PublicAPI.Unshipped.txt" ] || continue
  for _ in 1 2 3; do
    dotnet format analyzers "$project" --diagnostics RS0016 --severity info >/dev/null 2>&1 || true
  done
  # RS0017 (declared but gone) has no code fix: remove those lines by hand.
  dotnet build "$project" -v q -nologo 2>&1 | sed -n "s/.*error RS0017: Symbol '\(.*\)' is part of the declared API.*/\1/p" | sort -u |
    while IFS= read -r symbol; do
      grep -vxF -- "$symbol" "$(dirname "$project")/PublicAPI.Unshipped.txt" > "$(dirname "$project")/PublicAPI.Unshipped.tmp" || true
      mv "$(dirname "$project")/PublicAPI.Unshipped.tmp" "$(dirname "$project")/PublicAPI.Unshipped.txt"
    done
done
echo "Public API files updated; review with: git diff -- '*PublicAPI*'"
