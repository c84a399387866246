#!/usr/bin/env bash
# P6: cold start of the native binary, `icp-badge number 京ICP备12345678号-1`, against `jq -n 1` (another small
# native CLI doing almost nothing), whole process, in one hyperfine run. Bar (SPEC §8): ≤ 1.5× jq.
# Needs hyperfine and jq (apt-get install hyperfine jq) and the native binary (publishes it when missing).
#   bench/scripts/p6-cold-start.sh            # results in artifacts/bench/p6-time.md and .json
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/artifacts/bench"
NATIVE=${ICPBADGE_NATIVE:-$ROOT/artifacts/native/linux-x64/icp-badge}
mkdir -p "$OUT"
[ -x "$NATIVE" ] || dotnet publish "$ROOT/src/IcpBadge.Cli" -c Release -r linux-x64 -o "$(dirname "$NATIVE")" -v q -nologo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

hyperfine --warmup 5 --runs 200 -N --export-markdown "$OUT/p6-time.md" --export-json "$OUT/p6-time.json" \
  --command-name "jq -n 1 (baseline)" "jq -n 1" \
  --command-name "icp-badge number (native)" "$NATIVE number 京ICP备12345678号-1"
cat "$OUT/p6-time.md"
