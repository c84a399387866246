#!/usr/bin/env bash
# Adds every new public symbol of the shipping projects to their PublicAPI.Unshipped.txt (the analyzer's code fix).
# Run after changing public API, review the diff, commit it with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info
done
