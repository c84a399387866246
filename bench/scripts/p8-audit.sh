#!/usr/bin/env bash
# P8: `icp-badge audit` of 1,000 sites (each with one Site.HomeUrls page on a loopback server) with a SQLite history,
# against `icp-badge verify` of the same 1,000 URLs at the same concurrency, whole process, in one hyperfine run.
# Bar: audit ≤ 1.3× verify. Needs hyperfine, curl and python3.
# The server is python3 -m http.server on 127.0.0.1 serving 1,000 copies of a sample-site page. The history store
# keeps every run (as a nightly store would), so each audit also reads the previous run and compares with it.
#   bench/scripts/p8-audit.sh             # results in artifacts/bench/p8-time.md; N=8 by default (CONCURRENCY=N)
#   CLI=/tmp/aot/icp-badge bench/scripts/p8-audit.sh   # measure a native binary instead of the Release build
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/icpbadge-p8}
SITES=${SITES:-1000}
CONCURRENCY=${CONCURRENCY:-8}
PORT=${PORT:-18088}
RUNS=${RUNS:-10}
OUT="$ROOT/artifacts/bench"
mkdir -p "$OUT"
rm -rf "$WORK" && mkdir -p "$WORK/site"

if [ -z "${CLI:-}" ]; then
  dotnet build "$ROOT/src/IcpBadge.Cli/IcpBadge.Cli.csproj" -c Release -v q -nologo >/dev/null
  CLI="$ROOT/src/IcpBadge.Cli/bin/Release/net10.0/IcpBadge.Cli"
fi

PAGE=$(find "$ROOT/sample-site/static" -name index.html | head -1)
[ -n "$PAGE" ] || PAGE=$(find "$ROOT/sample-site/static" -name '*.html' | head -1)
[ -n "$PAGE" ] || { echo "no HTML page under sample-site/static" >&2; exit 2; }
for i in $(seq -w 1 "$SITES"); do cp "$PAGE" "$WORK/site/page-$i.html"; done
for i in $(seq -w 1 "$SITES"); do echo "http://127.0.0.1:$PORT/page-$i.html"; done > "$WORK/urls.txt"
python3 - "$WORK/urls.txt" "$WORK/sites.json" <<'PY'
import json, sys
urls = [line.strip() for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
sites = [{"Site": {"Id": f"site{i}", "Name": "示例网站", "HomeUrls": [url], "LaunchedOn": "2026-01-05"},
          "Icp": {"Number": "京ICP备12345678号-1", "ApprovedOn": "2026-01-01"},
          "Police": {"Number": "京公网安备11010502030143号"}} for i, url in enumerate(urls)]
json.dump({"Sites": sites}, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/site" >/dev/null 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fsS -o /dev/null "$(head -1 "$WORK/urls.txt")" && break; sleep 0.1; done

rc=0; "$CLI" audit --inventory "$WORK/sites.json" --history "$WORK/audit.db" --format json >"$WORK/check.json" 2>"$WORK/check.err" || rc=$?
if [ "$rc" -ge 2 ]; then
  echo "icp-badge audit failed (exit $rc):" >&2; cat "$WORK/check.err" >&2; exit 2
fi

VERIFY="$CLI verify $(tr '\n' ' ' < "$WORK/urls.txt") --concurrency $CONCURRENCY --format json"
AUDIT="$CLI audit --inventory $WORK/sites.json --history $WORK/audit.db --concurrency $CONCURRENCY --format json"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$RUNS" -i --export-markdown "$OUT/p8-time.md" --export-json "$OUT/p8-time.json" \
    --command-name "icp-badge verify --concurrency $CONCURRENCY (baseline)" "$VERIFY" \
    --command-name "icp-badge audit --history (SQLite) --concurrency $CONCURRENCY" "$AUDIT"
else
  # No hyperfine here: the same measurement by hand — one warm-up each, then RUNS alternating whole-process runs.
  python3 - "$RUNS" "$OUT/p8-time.md" "$VERIFY" "$AUDIT" <<'PY'
import statistics, subprocess, sys, time
runs, out, commands = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
names = ["icp-badge verify (baseline)", "icp-badge audit --history (SQLite)"]
times = [[], []]
for command in commands:
    subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _ in range(runs):
    for i, command in enumerate(commands):
        start = time.perf_counter()
        subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[i].append(time.perf_counter() - start)
base = statistics.mean(times[0])
lines = ["| Command | Mean [s] | Min [s] | Max [s] | Relative |", "|:---|---:|---:|---:|---:|"]
for name, values in zip(names, times):
    lines.append(f"| `{name}` | {statistics.mean(values):.3f} ± {statistics.stdev(values):.3f} | {min(values):.3f} | {max(values):.3f} | {statistics.mean(values) / base:.2f} |")
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
fi
cat "$OUT/p8-time.md"
