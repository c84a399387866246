#!/usr/bin/env bash
# P5 with the native binary: `icp-badge deadlines --format json` over the generated 10,000-site inventory against
# `jq length` of the same file (reading and parsing it once), whole process, in one hyperfine run.
# Bar (SPEC §8): ≤ 1.2× jq. Needs hyperfine and jq and the native binary (publishes it when missing).
#   bench/scripts/p5-native.sh            # results in artifacts/bench/p5-native-time.md and .json
# -i: deadlines exits 1 when something is overdue (the CI gate), which the generated inventory has.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/icpbadge-p5}
OUT="$ROOT/artifacts/bench"
NATIVE=${ICPBADGE_NATIVE:-$ROOT/artifacts/native/linux-x64/icp-badge}
mkdir -p "$OUT" "$WORK"
[ -x "$NATIVE" ] || dotnet publish "$ROOT/src/IcpBadge.Cli" -c Release -r linux-x64 -o "$(dirname "$NATIVE")" -v q -nologo
python3 "$ROOT/bench/scripts/generate-inventory.py" "$WORK/sites.json" 10000
ls -lh "$WORK/sites.json"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

hyperfine --warmup 3 --runs 30 -N -i --export-markdown "$OUT/p5-native-time.md" --export-json "$OUT/p5-native-time.json" \
  --command-name "jq length (baseline)" "jq length $WORK/sites.json" \
  --command-name "deadlines --format json (native)" "$NATIVE deadlines --inventory $WORK/sites.json --today 2026-11-24 --format json"
cat "$OUT/p5-native-time.md"
