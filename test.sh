#!/usr/bin/env bash
# Build and test everything, then smoke-test the packed CLI tool.
#   ./test.sh            (CI runs it through .ci/run; with CI=true a skipped test is a failure)
# The last line is always one plain summary: "N passed, N failed, N skipped".
# Exit code: 0 only when the build succeeded, every test passed, at least one test ran,
# and (under CI=true) nothing was skipped.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
CONFIG=Release
ART="$ROOT/artifacts"
rm -rf "$ART" && mkdir -p "$ART"

step() { echo; echo "=== $* ($(date +%T))"; }

passed=0; failed=0; skipped=0; total=0
failures=()

# Prints the failures and the closing line, then exits: 1 on any failure, else 0.
finish() {
  echo
  if [ ${#failures[@]} -gt 0 ]; then
    printf 'FAIL: %s\n' "${failures[@]}"
  fi
  echo "$passed passed, $failed failed, $skipped skipped"
  if [ ${#failures[@]} -gt 0 ] || [ "$failed" -gt 0 ]; then exit 1; fi
  exit 0
}

has_cjk_font() { [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; }

# ---- 1. system packages: Debian Chromium + a CJK font (browser tests, screenshots) ------------
step "system packages"
need=()
[ -x "$CHROMIUM_PATH" ] || need+=(chromium)
has_cjk_font || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  if ! { $SUDO apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
    echo "WARNING: apt-get install ${need[*]} failed"
  fi
fi
if [ -x "$CHROMIUM_PATH" ]; then
  "$CHROMIUM_PATH" --version 2>/dev/null | grep -i chromium || true
else
  echo "WARNING: no Chromium at $CHROMIUM_PATH; browser tests will be skipped"
fi
if has_cjk_font; then
  echo "CJK font: $(fc-list :lang=zh family | head -1)"
else
  echo "WARNING: no CJK font; screenshots will show boxes for Chinese text"
fi

# ---- 2. restore / build ---------------------------------------------------------------------
step "dotnet restore"
if ! dotnet restore IcpBadge.sln; then
  failed=1; failures+=("dotnet restore"); finish
fi
step "dotnet build ($CONFIG, warnings as errors)"
if ! dotnet build IcpBadge.sln -c $CONFIG --no-restore -warnaserror; then
  failed=1; failures+=("dotnet build"); finish
fi

# ---- 3. packages: every library and the tool, for the tests that use only the packed packages ---
step "dotnet pack (every library and the tool)"
if ! dotnet pack IcpBadge.sln -c $CONFIG --no-build -o "$ART/nupkg"; then
  failed=1; failures+=("dotnet pack"); finish
fi
ls "$ART/nupkg"
export ICPBADGE_PACKAGES="$ART/nupkg"

# ---- 4. tests (TRX per test project, for counting) -----------------------------------------
step "dotnet test"
set +e
dotnet test IcpBadge.sln -c $CONFIG --no-build \
  --logger trx --results-directory "$ART/test-results"
test_rc=$?
set -e
[ $test_rc -eq 0 ] || failures+=("dotnet test exited with $test_rc")

# Adds up the <Counters> of every TRX file: errors, timeouts and aborts count as failures.
counter() { local v; v=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2"); echo "${v:-0}"; }
trx_count=0
for trx in "$ART"/test-results/*.trx; do
  [ -f "$trx" ] || continue
  trx_count=$((trx_count + 1))
  c=$(grep -o '<Counters [^>]*>' "$trx" | head -1 || true)
  [ -n "$c" ] || { failures+=("no counters in $(basename "$trx")"); continue; }
  t=$(counter total "$c"); p=$(counter passed "$c")
  f=$(( $(counter failed "$c") + $(counter error "$c") + $(counter timeout "$c") + $(counter aborted "$c") ))
  total=$((total + t)); passed=$((passed + p)); failed=$((failed + f))
  skipped=$((skipped + (t - p - f > 0 ? t - p - f : 0)))
done
echo "test results: $trx_count TRX file(s) in ${ART#"$ROOT"/}/test-results, $total test(s)"
[ "$total" -gt 0 ] || failures+=("no tests ran")

# ---- 5. CLI: install the packed tool from the local folder, run it --------------------------
step "CLI tool: install, run"
cli_smoke() {
  rm -rf "$ART/tools"
  # The version comes from git tags (MinVer): between tags it is a prerelease, which must be named to install.
  local version
  version=$(ls "$ART/nupkg" | sed -n 's/^IcpBadge\.Cli\.\([0-9][^/]*\)\.nupkg$/\1/p' | head -1)
  [ -n "$version" ] || { echo "no IcpBadge.Cli package in ${ART#"$ROOT"/}/nupkg"; return 1; }
  dotnet tool install IcpBadge.Cli --version "$version" --tool-path "$ART/tools" --add-source "$ART/nupkg" || return 1
  local out rc=0
  out=$("$ART/tools/icp-badge" number "京ICP备12345678号-1") || rc=$?
  echo "$out"
  echo "exit code: $rc"
  [ $rc -eq 0 ] || return 1
  [[ "$out" == *"✓ 京ICP备12345678号-1  valid"* ]] || return 1
  [[ "$out" == *"网站备案号"* && "$out" == *"main        京ICP备12345678号"* ]] || return 1
}
if cli_smoke; then
  passed=$((passed + 1)); echo "CLI tool smoke: passed"
else
  failed=$((failed + 1)); failures+=("CLI tool smoke (icp-badge number)")
fi
total=$((total + 1))

# ---- summary ---------------------------------------------------------------------------------
if [ "${CI:-}" = true ] && [ "$skipped" -gt 0 ]; then
  failures+=("$skipped test(s) skipped under CI=true (browser tests must run in CI)")
fi
finish
