#!/usr/bin/env bash
# P3: `icp-badge verify` of 10,000 generated local pages (~20 KB, footer injected with `icp-badge inject` so the pages
# are realistic) against a bare HtmlAgilityPack parse of the same files (bench/HapBaseline), whole process, in one
# hyperfine run. Bar (SPEC §8): verify ≤ 1.5× the baseline. Needs hyperfine (apt-get install hyperfine).
#   bench/scripts/p3-verify.sh            # results in artifacts/bench/p3-time.md
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/icpbadge-p3}
PAGES=${PAGES:-10000}
RUNS=${RUNS:-10}
OUT="$ROOT/artifacts/bench"
mkdir -p "$OUT"
rm -rf "$WORK" && mkdir -p "$WORK"

dotnet build "$ROOT/src/IcpBadge.Cli/IcpBadge.Cli.csproj" -c Release -v q -nologo >/dev/null
dotnet build "$ROOT/bench/HapBaseline/HapBaseline.csproj" -c Release -v q -nologo >/dev/null
CLI="$ROOT/src/IcpBadge.Cli/bin/Release/net10.0/IcpBadge.Cli"
HAP="$ROOT/bench/HapBaseline/bin/Release/net10.0/HapBaseline"
CONFIG="$ROOT/sample-site/icpbadge.json"

python3 "$ROOT/bench/scripts/generate-site.py" "$WORK/pages" "$PAGES"
"$CLI" inject "$WORK/pages" --config "$CONFIG" >/dev/null
du -sh "$WORK/pages"

# Both read every page once and exit; verify's exit code (1 when a page has errors) is not the point here.
hyperfine --warmup 1 --runs "$RUNS" -i --export-markdown "$OUT/p3-time.md" --export-json "$OUT/p3-time.json" \
  --command-name "HtmlAgilityPack parse (baseline)" "$HAP $WORK/pages" \
  --command-name "icp-badge verify" "$CLI verify $WORK/pages --config $CONFIG --format json"
cat "$OUT/p3-time.md"
