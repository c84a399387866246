#!/usr/bin/env bash
# P4: `icp-badge verify` of 1,000 URLs on a loopback server against `xargs -P N curl` of the same URLs at the same
# concurrency, whole process, in one hyperfine run. Bar (SPEC §8): verify ≤ 2× curl. Needs hyperfine and curl.
# The server is python3 -m http.server on 127.0.0.1 serving 1,000 copies of sample-site/static pages (index.html when
# present, otherwise the first HTML file found there).
# NOTE: needs URL targets in `icp-badge verify` (being written in src/IcpBadge.Verification/Fetching/); on a branch
# without them verify rejects the URLs with exit 2 and the script stops after the first check below.
#   bench/scripts/p4-verify-urls.sh       # results in artifacts/bench/p4-time.md; N=8 by default (CONCURRENCY=N)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/icpbadge-p4}
URLS=${URLS:-1000}
CONCURRENCY=${CONCURRENCY:-8}
PORT=${PORT:-18080}
RUNS=${RUNS:-10}
OUT="$ROOT/artifacts/bench"
mkdir -p "$OUT"
rm -rf "$WORK" && mkdir -p "$WORK/site"

dotnet build "$ROOT/src/IcpBadge.Cli/IcpBadge.Cli.csproj" -c Release -v q -nologo >/dev/null
CLI="$ROOT/src/IcpBadge.Cli/bin/Release/net10.0/IcpBadge.Cli"

PAGE=$(find "$ROOT/sample-site/static" -name index.html | head -1)
[ -n "$PAGE" ] || PAGE=$(find "$ROOT/sample-site/static" -name '*.html' | head -1)
[ -n "$PAGE" ] || { echo "no HTML page under sample-site/static" >&2; exit 2; }
for i in $(seq -w 1 "$URLS"); do cp "$PAGE" "$WORK/site/page-$i.html"; done
for i in $(seq -w 1 "$URLS"); do echo "http://127.0.0.1:$PORT/page-$i.html"; done > "$WORK/urls.txt"

python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/site" >/dev/null 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/page-$(printf "%0${#URLS}d" 1).html" && break; sleep 0.1; done

rc=0; "$CLI" verify "$(head -1 "$WORK/urls.txt")" --format json >/dev/null 2>"$WORK/check.err" || rc=$?
if [ "$rc" = 2 ]; then
  echo "icp-badge verify does not take URLs on this build yet:" >&2; cat "$WORK/check.err" >&2; exit 2
fi

hyperfine --warmup 1 --runs "$RUNS" -i --export-markdown "$OUT/p4-time.md" --export-json "$OUT/p4-time.json" \
  --command-name "xargs -P $CONCURRENCY curl (baseline)" \
    "xargs -P $CONCURRENCY -n 1 curl -fsS -o /dev/null < $WORK/urls.txt" \
  --command-name "icp-badge verify --concurrency $CONCURRENCY" \
    "$CLI verify \$(cat $WORK/urls.txt) --concurrency $CONCURRENCY --format json"
cat "$OUT/p4-time.md"
