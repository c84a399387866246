#!/usr/bin/env bash
# P3 re-measured with the binary a user installs: p3-verify.sh's run (verify of 10,000 generated local pages against
# a bare HtmlAgilityPack parse of the same files), with the native icp-badge in place of the framework-dependent build
# and that build kept as a third row. Bar (SPEC §8): verify ≤ 1.5× the baseline. Needs hyperfine.
#   bench/scripts/p3-native.sh            # results in artifacts/bench/p3-native-time.md and .json
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/icpbadge-p3}
PAGES=${PAGES:-10000}
RUNS=${RUNS:-10}
OUT="$ROOT/artifacts/bench"
NATIVE=${ICPBADGE_NATIVE:-$ROOT/artifacts/native/linux-x64/icp-badge}
mkdir -p "$OUT"
rm -rf "$WORK" && mkdir -p "$WORK"

[ -x "$NATIVE" ] || dotnet publish "$ROOT/src/IcpBadge.Cli" -c Release -r linux-x64 -o "$(dirname "$NATIVE")" -v q -nologo
dotnet build "$ROOT/src/IcpBadge.Cli/IcpBadge.Cli.csproj" -c Release -v q -nologo >/dev/null
dotnet build "$ROOT/bench/HapBaseline/HapBaseline.csproj" -c Release -v q -nologo >/dev/null
CLI="$ROOT/src/IcpBadge.Cli/bin/Release/net10.0/IcpBadge.Cli"
HAP="$ROOT/bench/HapBaseline/bin/Release/net10.0/HapBaseline"
CONFIG="$ROOT/sample-site/icpbadge.json"

python3 "$ROOT/bench/scripts/generate-site.py" "$WORK/pages" "$PAGES"
"$NATIVE" inject "$WORK/pages" --config "$CONFIG" >/dev/null
du -sh "$WORK/pages"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

hyperfine --warmup 1 --runs "$RUNS" -i --export-markdown "$OUT/p3-native-time.md" --export-json "$OUT/p3-native-time.json" \
  --command-name "HtmlAgilityPack parse (baseline)" "$HAP $WORK/pages" \
  --command-name "icp-badge verify (native)" "$NATIVE verify $WORK/pages --config $CONFIG --format json" \
  --command-name "icp-badge verify (framework-dependent)" "$CLI verify $WORK/pages --config $CONFIG --format json"
cat "$OUT/p3-native-time.md"
