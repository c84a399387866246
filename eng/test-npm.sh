#!/usr/bin/env bash
# Installs the npm tarballs from artifacts/npm/ into a fresh temporary project (local tarball paths, a temporary npm
# cache, no registry) and checks the launcher: `npx icp-badge inject public` on a small site, exit codes 0/1/2 passed
# through, a signal passed through, and the one clear line when the platform package is missing.
#   eng/test-npm.sh [NPM_DIR]     (default artifacts/npm; ./test.sh runs it after eng/pack-npm.sh)
# Prints one line per check; exits 0 only when every check passed.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NPM_DIR=$(cd "${1:-$ROOT/artifacts/npm}" && pwd)
main=$(ls -t "$NPM_DIR"/icp-badge-[0-9]*.tgz 2>/dev/null | head -1)
platform=$(ls -t "$NPM_DIR"/icp-badge-linux-x64-[0-9]*.tgz 2>/dev/null | head -1)
work=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
server=""
export npm_config_cache="$work/.npm-cache" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
failures=0
check() { # NAME, then a command: PASS or FAIL
  local name=$1; shift
  if "$@"; then echo "npm check: $name: passed"; else echo "npm check: $name: FAILED"; failures=$((failures + 1)); fi
}

if [ ! -f "$main" ] || [ ! -f "$platform" ]; then
  echo "npm check: no icp-badge-<version>.tgz and icp-badge-linux-x64-<version>.tgz in $NPM_DIR (run eng/pack-npm.sh)"; exit 1
fi

# ---- a fresh project with both tarballs ---------------------------------------------------------------------------
app="$work/app"
mkdir -p "$app"
echo '{ "name": "npm-consumer", "version": "1.0.0", "private": true }' >"$app/package.json"
install() {
  # --offline: only the two tarballs; the other platforms' optional dependencies are skipped, not fetched.
  (cd "$app" && npm install --offline --no-audit --no-fund --save-dev "$main" "$platform" >"$work/install.log" 2>&1) ||
    { cat "$work/install.log"; return 1; }
  [ -x "$app/node_modules/@icp-badge/linux-x64/bin/icp-badge" ] && [ -x "$app/node_modules/.bin/icp-badge" ]
}
check "install both tarballs offline" install

cp -r "$ROOT/sample-site/static" "$app/public"
mkdir -p "$app/emblem"
cp "$ROOT/sample-site/IcpBadge.SampleSite/emblem/police-emblem-PLACEHOLDER.png" "$app/emblem/"
sed 's#IcpBadge.SampleSite/emblem/#emblem/#' "$ROOT/sample-site/icpbadge.json" >"$app/icpbadge.json"

run() { # EXPECTED_EXIT, then icp-badge arguments through npx, in the project
  local expected=$1 rc=0; shift
  (cd "$app" && npx --offline icp-badge "$@" >"$work/out" 2>"$work/err") || rc=$?
  [ "$rc" -eq "$expected" ] || { echo "  npx icp-badge $*: exit $rc, expected $expected"; cat "$work/err"; return 1; }
}
injected() {
  run 0 inject public || return 1
  grep -q '京ICP备20260101号-1' "$app/public/index.html" && grep -q 'beian.miit.gov.cn' "$app/public/about/index.html"
}
check "npx icp-badge inject public" injected
check "npx icp-badge verify public (exit 0)" run 0 verify public
check "exit 1 on findings" run 1 verify "$ROOT/tests/IcpBadge.Verification.Tests/Fixtures/icp001-none.html" --all-pages
check "exit 2 on bad input" run 2 render --config missing.json
stdout_passes() { run 0 number 京ICP备12345678号-1 --format json && grep -q '"canonical"' "$work/out"; }
check "stdout passes through" stdout_passes
# SQLite is inside the binary: the platform package carries no libe_sqlite3, yet audit and history use a SQLite file.
sqlite_history() {
  printf '%s\n' '{ "Sites": [ { "Site": { "Id": "shop", "Name": "示例网站" }, "Icp": { "Number": "京ICP备12345678号-1" } } ] }' >"$app/sites.json"
  ! find "$app/node_modules/@icp-badge" -name '*sqlite*' | grep -q . &&
    run 0 audit --inventory sites.json --history audit.db --lang en &&
    run 0 history --history audit.db --lang en && grep -q 'last clean run: ' "$work/out"
}
check "npx icp-badge audit + history with a SQLite file (SQLite inside the binary)" sqlite_history

# ---- a signal reaches the binary, and the launcher dies of it too ---------------------------------------------------
signal() {
  command -v python3 >/dev/null || { echo "  (python3 missing: signal check not run)"; return 1; }
  # A server that accepts connections and never answers, so `verify URL` waits until it is told to stop.
  python3 -c '
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(16)
print(s.getsockname()[1], flush=True); time.sleep(120)' >"$work/port" &
  server=$!
  for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
  local port rc=0
  port=$(cat "$work/port")
  (cd "$app" && exec node_modules/.bin/icp-badge verify "http://127.0.0.1:$port/" --timeout 60) >/dev/null 2>&1 &
  local launcher=$!
  sleep 2
  kill -TERM "$launcher"
  wait "$launcher" || rc=$?
  kill "$server" 2>/dev/null
  # 143 = 128 + SIGTERM: the launcher re-raised the signal its child died of (or exited as the child did).
  [ "$rc" -eq 143 ] || { echo "  launcher after SIGTERM: exit $rc, expected 143"; return 1; }
  ! pgrep -f "icp-badge verify http://127.0.0.1:$port/" >/dev/null
}
check "SIGTERM passes through" signal

# ---- without the platform package: one line that says what to do -------------------------------------------------
missing() {
  rm -rf "$app/node_modules/@icp-badge"
  local rc=0
  (cd "$app" && node_modules/.bin/icp-badge number 京ICP备12345678号-1 >"$work/out" 2>"$work/err") || rc=$?
  [ "$rc" -eq 70 ] && [ ! -s "$work/out" ] && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    grep -q 'npm install @icp-badge/linux-x64' "$work/err" && grep -q 'dotnet tool install -g IcpBadge.Cli' "$work/err" ||
    { echo "  exit $rc, stderr:"; cat "$work/err"; return 1; }
  echo "  $(cat "$work/err")"
}
check "missing platform package: one clear line" missing

[ "$failures" -eq 0 ]
