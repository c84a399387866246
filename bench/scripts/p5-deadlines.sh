#!/usr/bin/env bash
# P5: `icp-badge deadlines` over a generated 10,000-site inventory, whole process, against `icp-badge --version`
# (start-up alone) in the same hyperfine run. Bar (SPEC §8): ≤ 3x. Needs hyperfine (apt-get install hyperfine).
#   bench/scripts/p5-deadlines.sh          # results in artifacts/bench/p5-time.md
# -i: deadlines exits 1 when something is overdue (the CI gate), which the generated inventory has.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/icpbadge-p5}
OUT="$ROOT/artifacts/bench"
mkdir -p "$OUT" "$WORK"

dotnet build "$ROOT/src/IcpBadge.Cli/IcpBadge.Cli.csproj" -c Release -v q -nologo >/dev/null
CLI="$ROOT/src/IcpBadge.Cli/bin/Release/net10.0/IcpBadge.Cli"
python3 "$ROOT/bench/scripts/generate-inventory.py" "$WORK/sites.json" 10000
ls -lh "$WORK/sites.json"

hyperfine --warmup 2 --runs 15 -N -i --export-markdown "$OUT/p5-time.md" \
  --command-name "icp-badge --version (baseline)" "$CLI --version" \
  --command-name "deadlines --format json" "$CLI deadlines --inventory $WORK/sites.json --today 2026-11-24 --format json"

