#!/usr/bin/env bash
# Load (SPEC §15) and P7: wrk against the Release sample site while its appsettings.json flips every 100 ms among two
# valid configurations and an invalid one, the way an operator's deploy replaces the file (write aside, rename).
#
# The site runs from a copy of its build output on 127.0.0.1 (a port the kernel picks), never the repository's files.
# Before the load, the script installs each configuration once and reads the footer the site renders for each valid
# one (and checks that the invalid one leaves the previous footer in place): those are the expected bytes.
# Then, with the flipper running:
#   warm-up   WARMUP s of wrk on the home page (not counted)
#   rounds    ROUNDS x (DURATION/ROUNDS s on the home page "/", DURATION/ROUNDS s on "/no-footer", the same page and
#             layout without the footer), CONNECTIONS connections each; interleaved so that the machine's other work
#             falls on both pages alike
# Checks (exit 1 when one fails):
#   - 0 non-2xx responses and 0 socket errors (statuses counted by load-footer.lua, every response)
#   - every checked home-page response contains, byte for byte, the footer of one of the two valid configurations,
#     and both were seen (the flips reached the pages)
#   - resident memory (VmRSS) of the site at the end of the rounds <= (1 + MAX_RSS_GROWTH) x at their start
#   - P7: home page requests/s >= MIN_RATIO x /no-footer requests/s
# CI_MODE=1 runs the home page only and checks only the first two (two cores are too noisy for ratios and memory).
#
#   bench/scripts/load-footer.sh                            # 60 s, 64 connections; builds the sample site first
#   DURATION=10 CI_MODE=1 NO_BUILD=1 bench/scripts/load-footer.sh   # the CI check (eng/ci/load-footer.sh)
#
# Options (environment): DURATION (60), CONNECTIONS (64), THREADS (2, wrk's), ROUNDS (3), WARMUP (10 s; 0 in CI_MODE),
# FLIP_MS (100), SAMPLE_EVERY (1: check every body), MIN_RATIO (0.9), MAX_RSS_GROWTH (0.10), NO_BUILD (0),
# CI_MODE (0), SITE_DIR (the build output; default sample-site/IcpBadge.SampleSite/bin/Release/net10.0).
# Needs: dotnet, wrk (apt-get install wrk), curl, python3.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
CI_MODE=${CI_MODE:-0}
ROUNDS=${ROUNDS:-3}
if [ "$CI_MODE" = 1 ]; then WARMUP=${WARMUP:-0}; else WARMUP=${WARMUP:-10}; fi
FLIP_MS=${FLIP_MS:-100}
SAMPLE_EVERY=${SAMPLE_EVERY:-1}
MIN_RATIO=${MIN_RATIO:-0.9}
MAX_RSS_GROWTH=${MAX_RSS_GROWTH:-0.10}
NO_BUILD=${NO_BUILD:-0}
SITE_DIR=${SITE_DIR:-$ROOT/sample-site/IcpBadge.SampleSite/bin/Release/net10.0}

say() { echo "load-footer: $*"; }
fail() { echo "load-footer: FAIL: $*" >&2; exit 1; }

for tool in dotnet wrk curl python3; do
  command -v "$tool" >/dev/null || fail "$tool is not on PATH (wrk: apt-get install wrk)."
done
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 ]] || fail "DURATION must be a whole number of seconds, not '$DURATION'."
[[ "$ROUNDS" =~ ^[0-9]+$ && "$ROUNDS" -ge 1 ]] || fail "ROUNDS must be a whole number >= 1, not '$ROUNDS'."
[ "$CI_MODE" = 1 ] && ROUNDS=1
ROUND_SECONDS=$(( DURATION / ROUNDS ))
[ "$ROUND_SECONDS" -ge 1 ] || fail "DURATION/ROUNDS is under a second."

work=$(mktemp -d "${TMPDIR:-/tmp}/icpbadge-load.XXXXXX")
site_pid=""
flipper_pid=""
wrk_pid=""
cleanup() {
  local rc=$?
  if [ -n "$wrk_pid" ]; then kill "$wrk_pid" 2>/dev/null || true; wait "$wrk_pid" 2>/dev/null || true; fi
  if [ -n "$flipper_pid" ]; then kill "$flipper_pid" 2>/dev/null || true; wait "$flipper_pid" 2>/dev/null || true; fi
  if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi
  if [ "$rc" -ne 0 ] && [ -f "$work/site.log" ]; then
    echo "--- last lines of the site's log ---" >&2; tail -20 "$work/site.log" >&2
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- The site: a copy of the Release build output ------------------------------------------------------------------
if [ "$NO_BUILD" != 1 ]; then
  say "building the sample site (Release)"
  dotnet build "$ROOT/sample-site/IcpBadge.SampleSite" -c Release -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "building the sample site failed (output above)."; }
fi
[ -f "$SITE_DIR/IcpBadge.SampleSite.dll" ] || fail "no sample site build at $SITE_DIR (dotnet build sample-site/IcpBadge.SampleSite -c Release)."
site="$work/site"
cp -r "$SITE_DIR" "$site"

# The three configurations: the sample's own (A), A filed under website number -2 (B), A with a malformed number (X).
python3 - "$site/appsettings.json" "$work" <<'PY'
import json, sys
source, work = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as f:
    a = json.load(f)
def write(name, number):
    config = json.loads(json.dumps(a))
    if number is not None:
        config["IcpBadge"]["Icp"]["Number"] = number
    with open(f"{work}/config-{name}.json", "w", encoding="utf-8") as f:
        json.dump(config, f, ensure_ascii=False, indent=2)
    with open(f"{work}/number-{name}", "w", encoding="utf-8") as f:
        f.write(config["IcpBadge"]["Icp"]["Number"])
write("a", None)
base = a["IcpBadge"]["Icp"]["Number"].rsplit("-", 1)[0]
write("b", base + "-2" if not a["IcpBadge"]["Icp"]["Number"].endswith("-2") else base + "-3")
write("x", "京ICP备ABC号")
PY

# Replaces appsettings.json at once: the new file is written beside it, then renamed over it.
install_config() {
  cp "$work/config-$1.json" "$site/.appsettings.json.next"
  mv -f "$site/.appsettings.json.next" "$site/appsettings.json"
}
install_config a

(
  cd "$site"
  unset ASPNETCORE_URLS DOTNET_URLS ASPNETCORE_HTTP_PORTS ASPNETCORE_HTTPS_PORTS
  ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
    exec dotnet "$site/IcpBadge.SampleSite.dll" --urls http://127.0.0.1:0 --contentRoot "$site"
) >"$work/site.log" 2>&1 &
site_pid=$!

# Kestrel prints the port it bound ("Now listening on: http://127.0.0.1:PORT"): wait for that line, up to 60 s.
base=""
for _ in $(seq 1 600); do
  base=$(sed -n 's|.*Now listening on: \(http://127\.0\.0\.1:[0-9]*\).*|\1|p' "$work/site.log" | head -1)
  [ -n "$base" ] && break
  kill -0 "$site_pid" 2>/dev/null || fail "the sample site exited before listening."
  sleep 0.1
done
[ -n "$base" ] || fail "the sample site did not start listening within 60 s."
[ "$(curl -s --max-time 5 "$base/healthz")" = ok ] || fail "$base/healthz did not answer ok."
say "sample site (pid $site_pid) on $base, running from a copy in $site"

# --- The expected footers, from the site itself -------------------------------------------------------------------
# Prints the footer element of a page (exactly one <footer class="icp-badge">…</footer>), or "NONE".
footer_of() {
  python3 -c '
import sys
page = sys.stdin.buffer.read()
start = page.find(b"<footer class=\"icp-badge\"")
if start < 0:
    sys.stdout.write("NONE"); sys.exit(0)
end = page.find(b"</footer>", start)
if end < 0 or page.find(b"<footer class=\"icp-badge\"", start + 1) >= 0:
    sys.stdout.write("BROKEN"); sys.exit(0)
sys.stdout.buffer.write(page[start:end + len(b"</footer>")])'
}
fetch_footer() { curl -sf --max-time 5 "$base$1" | footer_of; }

# Waits (up to 30 s) until the home page's footer is the one given by $1 ("different-from:FILE" or "same-as:FILE").
wait_for_footer() {
  local want=$1 file=${1#*:} current
  for _ in $(seq 1 300); do
    current=$(fetch_footer /)
    case $want in
      different-from:*) [ "$current" != NONE ] && [ "$current" != BROKEN ] && [ "$current" != "$(cat "$file")" ] && return 0 ;;
      same-as:*) [ "$current" = "$(cat "$file")" ] && return 0 ;;
    esac
    sleep 0.1
  done
  return 1
}

fetch_footer / >"$work/footer-a.html"
grep -qF "$(cat "$work/number-a")" "$work/footer-a.html" || fail "the home page's footer does not show $(cat "$work/number-a"): $(cat "$work/footer-a.html")"
[ "$(fetch_footer /no-footer)" = NONE ] || fail "/no-footer carries a footer: it must be the home page without it."

install_config b
wait_for_footer "different-from:$work/footer-a.html" || fail "the footer did not change within 30 s after configuration B was installed."
fetch_footer / >"$work/footer-b.html"
grep -qF "$(cat "$work/number-b")" "$work/footer-b.html" || fail "after B the footer does not show $(cat "$work/number-b"): $(cat "$work/footer-b.html")"

rejected_before=$(grep -c 'configuration change ignored' "$work/site.log" || true)
install_config x
for _ in $(seq 1 300); do
  [ "$(grep -c 'configuration change ignored' "$work/site.log" || true)" -gt "$rejected_before" ] && break
  sleep 0.1
done
[ "$(grep -c 'configuration change ignored' "$work/site.log" || true)" -gt "$rejected_before" ] \
  || fail "the site did not log the invalid configuration as ignored within 30 s."
[ "$(fetch_footer /)" = "$(cat "$work/footer-b.html")" ] || fail "after the invalid configuration the footer is not B's any more."

install_config a
wait_for_footer "same-as:$work/footer-a.html" || fail "the footer did not return to A's within 30 s."
say "expected footers: A shows $(cat "$work/number-a") ($(wc -c <"$work/footer-a.html") bytes), B shows $(cat "$work/number-b") ($(wc -c <"$work/footer-b.html") bytes); X ($(cat "$work/number-x")) is rejected and keeps the footer"

# --- The flipper ------------------------------------------------------------------------------------------------
flip_seconds=$(awk -v ms="$FLIP_MS" 'BEGIN { printf "%.3f", ms / 1000 }')
(
  trap 'exit 0' TERM
  names=(a b x)
  i=0
  while :; do
    cp "$work/config-${names[i]}.json" "$site/.appsettings.json.flip"
    mv -f "$site/.appsettings.json.flip" "$site/appsettings.json"
    echo "${names[i]}" >>"$work/flips.log"
    i=$(( (i + 1) % 3 ))
    sleep "$flip_seconds"
  done
) &
flipper_pid=$!

# --- wrk --------------------------------------------------------------------------------------------------------
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$site_pid/status"; }
result() { sed -n "s/^$2=//p" "$1"; }

# Runs wrk on PATH for SECONDS in MODE (footer|plain); the figures go to $work/result-NAME.
run_wrk() {
  local name=$1 path=$2 seconds=$3 mode=$4
  LOAD_MODE=$mode LOAD_FOOTERS="$work/footer-a.html:$work/footer-b.html" LOAD_SAMPLE_EVERY=$SAMPLE_EVERY \
    LOAD_RESULT="$work/result-$name" LOAD_MISMATCH="$work/mismatch-$name" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" --timeout 5s -s "$ROOT/bench/scripts/load-footer.lua" \
    "$base$path" >"$work/wrk-$name.txt" 2>&1 &
  wrk_pid=$! # waited for in the background, so that a TERM or Ctrl+C cleans up at once
  wait "$wrk_pid" || { cat "$work/wrk-$name.txt" >&2; fail "wrk failed ($name)."; }
  wrk_pid=""
  [ -s "$work/result-$name" ] || { cat "$work/wrk-$name.txt" >&2; fail "wrk wrote no figures ($name)."; }
  kill -0 "$site_pid" 2>/dev/null || fail "the sample site died during the load ($name)."
  say "$(printf '%-10s %-11s %3ss %9s req/s  p50 %s ms  p99 %s ms' "$name" "$path" "$seconds" \
    "$(result "$work/result-$name" rps)" "$(result "$work/result-$name" latency_p50_ms)" "$(result "$work/result-$name" latency_p99_ms)")"
}

if [ "$WARMUP" -gt 0 ]; then
  run_wrk warmup / "$WARMUP" footer
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
reloads_before=$(grep -c 'configuration reloaded' "$work/site.log" || true)
rejected_before=$(grep -c 'configuration change ignored' "$work/site.log" || true)
flips_before=$(wc -l <"$work/flips.log")
rss_start=$(rss_kb)
rss_max=$rss_start
rss_rounds=""
say "load: $ROUNDS round(s) of ${ROUND_SECONDS} s, $CONNECTIONS connections, $THREADS wrk threads; configuration flips every $FLIP_MS ms"
for round in $(seq 1 "$ROUNDS"); do
  run_wrk "footer-$round" / "$ROUND_SECONDS" footer
  r=$(rss_kb); [ "$r" -gt "$rss_max" ] && rss_max=$r
  if [ "$CI_MODE" != 1 ]; then
    run_wrk "plain-$round" /no-footer "$ROUND_SECONDS" plain
    r=$(rss_kb); [ "$r" -gt "$rss_max" ] && rss_max=$r
  fi
  rss_rounds+="$(( $(rss_kb) / 1024 )) "
done
rss_end=$(rss_kb)
kill "$flipper_pid" 2>/dev/null || true; wait "$flipper_pid" 2>/dev/null || true; flipper_pid=""
flips=$(( $(wc -l <"$work/flips.log") - flips_before ))
reloads=$(( $(grep -c 'configuration reloaded' "$work/site.log" || true) - reloads_before ))
rejected=$(( $(grep -c 'configuration change ignored' "$work/site.log" || true) - rejected_before ))
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Figures and checks -----------------------------------------------------------------------------------------
sum() { local key=$1 total=0 f v; shift; for f in "$@"; do v=$(result "$f" "$key"); total=$((total + ${v:-0})); done; echo "$total"; }
sum_seconds() { awk -F= '$1 == "seconds" { s += $2 } END { printf "%.3f", s }' "$@"; }
footer_results=("$work"/result-footer-*)
footer_requests=$(sum requests "${footer_results[@]}")
footer_rps=$(awk -v n="$footer_requests" -v s="$(sum_seconds "${footer_results[@]}")" 'BEGIN { printf "%.1f", n / s }')
non2xx=$(sum non2xx "${footer_results[@]}")
socket_errors=$(sum socket_errors "${footer_results[@]}")
checked=$(sum checked "${footer_results[@]}")
mismatched=$(sum mismatched "${footer_results[@]}")
matched_a=$(sum matched_1 "${footer_results[@]}")
matched_b=$(sum matched_2 "${footer_results[@]}")

failures=()
echo
echo "Load with a flipping configuration ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $load_before before, $load_after after)"
echo "  home page (footer)   $footer_requests requests in $(sum_seconds "${footer_results[@]}") s: $footer_rps req/s"
if [ "$CI_MODE" != 1 ]; then
  plain_results=("$work"/result-plain-*)
  plain_requests=$(sum requests "${plain_results[@]}")
  plain_rps=$(awk -v n="$plain_requests" -v s="$(sum_seconds "${plain_results[@]}")" 'BEGIN { printf "%.1f", n / s }')
  non2xx=$((non2xx + $(sum non2xx "${plain_results[@]}")))
  socket_errors=$((socket_errors + $(sum socket_errors "${plain_results[@]}")))
  plain_mismatched=$(sum mismatched "${plain_results[@]}")
  ratio=$(awk -v f="$footer_rps" -v p="$plain_rps" 'BEGIN { printf "%.3f", f / p }')
  echo "  /no-footer           $plain_requests requests in $(sum_seconds "${plain_results[@]}") s: $plain_rps req/s"
  per_round=$(for round in $(seq 1 "$ROUNDS"); do
    awk -v f="$(result "$work/result-footer-$round" rps)" -v p="$(result "$work/result-plain-$round" rps)" 'BEGIN { printf "%.3f ", f / p }'
  done)
  echo "  P7 ratio             $ratio (bar: >= $MIN_RATIO); round by round: ${per_round% }"
  awk -v r="$ratio" -v m="$MIN_RATIO" 'BEGIN { exit !(r >= m) }' || failures+=("P7: requests/s with the footer are $ratio x those without (bar $MIN_RATIO)")
  [ "$plain_mismatched" -eq 0 ] || failures+=("$plain_mismatched /no-footer response(s) carried a footer or were cut short")
fi
echo "  non-2xx responses    $non2xx"
echo "  socket errors        $socket_errors"
echo "  footers checked      $checked ($( [ "$SAMPLE_EVERY" = 1 ] && echo "every 2xx response" || echo "one 2xx response in $SAMPLE_EVERY")): $matched_a with A's, $matched_b with B's, $mismatched mismatched"
echo "  configuration        $flips flips; the site reloaded $reloads valid configuration(s) and ignored $rejected invalid one(s)"
[ "$non2xx" -eq 0 ] || failures+=("$non2xx non-2xx response(s)")
[ "$socket_errors" -eq 0 ] || failures+=("$socket_errors socket error(s): $(cat "$work"/result-* | sed -n 's/^socket_errors_detail=//p' | sort -u | tr '\n' ';')")
[ "$checked" -gt 0 ] || failures+=("no response was checked")
if [ "$mismatched" -ne 0 ]; then
  first=$(ls "$work"/mismatch-* 2>/dev/null | head -1 || true)
  first_footer=""
  [ -z "$first" ] || first_footer="; the footer of the first: $(tail -n +2 "$first" | footer_of | head -c 1500)"
  failures+=("$mismatched response(s) without a complete footer of A or B$first_footer")
fi
[ "$matched_a" -gt 0 ] && [ "$matched_b" -gt 0 ] || failures+=("the pages did not show both footers (A $matched_a, B $matched_b): the flips did not reach them")
if [ "$CI_MODE" != 1 ]; then
  growth=$(awk -v s="$rss_start" -v e="$rss_end" 'BEGIN { printf "%.1f", (e - s) * 100 / s }')
  echo "  resident memory      $((rss_start / 1024)) MB at the start of the rounds, $((rss_end / 1024)) MB at the end ($growth %; bar <= $(awk -v g="$MAX_RSS_GROWTH" 'BEGIN { print g * 100 }') %), $((rss_max / 1024)) MB the most seen between rounds; after each round: ${rss_rounds% } MB"
  awk -v s="$rss_start" -v e="$rss_end" -v g="$MAX_RSS_GROWTH" 'BEGIN { exit !(e <= s * (1 + g)) }' \
    || failures+=("resident memory grew by $growth % ($rss_start kB to $rss_end kB)")
else
  echo "  (CI_MODE: requests/s ratio and memory are not checked)"
fi

if [ ${#failures[@]} -gt 0 ]; then
  printf 'load-footer: FAIL: %s\n' "${failures[@]}" >&2
  exit 1
fi
say "passed"
