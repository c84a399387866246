#!/usr/bin/env bash
# Fuzz stage: runs the fuzz targets (tests with Trait Category=Fuzz) for a time budget instead of their fixed, small
# number of iterations, and prints the iterations each target ran.
#   FUZZ_SECONDS   total budget across all targets (default 60); each target gets an equal share (at least 1 s).
#   CONFIG         build configuration (default Release); the test projects must already be built (--no-build).
# A longer run: FUZZ_SECONDS=3600 eng/ci/fuzz.sh    Replay a failure: CsCheck_Seed=<seed printed> dotnet test ... --filter <test>
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CONFIG=${CONFIG:-Release}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
# target name -> test project (one line each; keep in step with the Fuzz tests).
TARGETS=(
  "filing-number tests/IcpBadge.Tests"
  "inventory-json tests/IcpBadge.Tests"
  "page-scanner tests/IcpBadge.StaticSites.Tests"
  "page-inject tests/IcpBadge.StaticSites.Tests"
  "sitemap tests/IcpBadge.Verification.Tests"
)
PROJECTS=(tests/IcpBadge.Tests tests/IcpBadge.StaticSites.Tests tests/IcpBadge.Verification.Tests)
per_target=$(( FUZZ_SECONDS / ${#TARGETS[@]} ))
[ "$per_target" -ge 1 ] || per_target=1
report=$(mktemp)
trap 'rm -f "$report"' EXIT
echo "fuzz: ${#TARGETS[@]} targets, ${per_target}s each (FUZZ_SECONDS=$FUZZ_SECONDS)"
rc=0
for project in "${PROJECTS[@]}"; do
  targets=$(printf '%s\n' "${TARGETS[@]}" | awk -v p="$project" '$2 == p' | wc -l)
  # Each project's targets run one after another; allow their budget plus start-up and shrinking time.
  budget=$(( per_target * targets + 120 ))
  if ! ICPBADGE_FUZZ_SECONDS=$per_target ICPBADGE_FUZZ_REPORT=$report \
      timeout "$budget" dotnet test "$ROOT/$project" -c "$CONFIG" --no-build --nologo \
      --filter "Category=Fuzz" -- xUnit.ParallelizeTestCollections=false; then
    echo "fuzz: FAILED in $project (the failing input and its CsCheck seed are printed above)"
    rc=1
  fi
done
echo "fuzz: iterations per target"
for line in "${TARGETS[@]}"; do
  name=${line%% *}
  got=$(awk -v n="$name" '$1 == n { print $2 " iterations in " $3 " s" }' "$report")
  if [ -z "$got" ]; then echo "  $name: did not run"; rc=1; else echo "  $name: $got"; fi
done
[ $rc -eq 0 ] && echo "fuzz: passed" || echo "fuzz: FAILED"
exit $rc
