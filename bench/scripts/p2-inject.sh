#!/usr/bin/env bash
# P2: `icp-badge inject` into 10,000 generated ~20 KB pages, whole process, against `cp -r` of the same tree in the
# same hyperfine run; then peak memory (max RSS) at 1,000 and 10,000 pages. Needs hyperfine and GNU time
# (apt-get install hyperfine time).
#   bench/scripts/p2-inject.sh            # results in artifacts/bench/p2-*.md
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/icpbadge-p2}
OUT="$ROOT/artifacts/bench"
mkdir -p "$OUT"
rm -rf "$WORK" && mkdir -p "$WORK"

dotnet build "$ROOT/src/IcpBadge.Cli/IcpBadge.Cli.csproj" -c Release -v q -nologo >/dev/null
CLI="$ROOT/src/IcpBadge.Cli/bin/Release/net10.0/IcpBadge.Cli"
CONFIG="$ROOT/sample-site/icpbadge.json"

for n in 1000 10000; do
  python3 "$ROOT/bench/scripts/generate-site.py" "$WORK/pages-$n" "$n"
done
du -sh "$WORK/pages-10000"

hyperfine --warmup 1 --runs 10 --export-markdown "$OUT/p2-time.md" \
  --prepare "rm -rf $WORK/out $WORK/copy && cp -r $WORK/pages-10000 $WORK/out && sync" \
  --command-name "cp -r (baseline)" "cp -r $WORK/pages-10000 $WORK/copy" \
  --command-name "icp-badge inject" "$CLI inject $WORK/out --config $CONFIG"

{
  echo "| pages | peak RSS (KB) |"
  echo "|---|---|"
  for n in 1000 10000; do
    rm -rf "$WORK/out" && cp -r "$WORK/pages-$n" "$WORK/out"
    rss=$( { /usr/bin/time -f "%M" "$CLI" inject "$WORK/out" --config "$CONFIG" >/dev/null; } 2>&1 | tail -1)
    echo "| $n | $rss |"
  done
} | tee "$OUT/p2-memory.md"
cat "$OUT/p2-time.md"
