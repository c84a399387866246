#!/usr/bin/env bash
# Build and test everything: the solution, the NuGet packages, the NativeAOT binary (tested as a process), the dotnet
# tool, the npm packages and the release archive with the GitHub Action's install script.
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
failed_logs=()
failed_log_names=()

# Prints the failures and the closing line, then exits: 1 on any failure, else 0.
finish() {
  echo
  # CI shows only the end of this script's output: repeat the last lines of each failed check here, so the reason
  # is in that end.
  local i
  for i in "${!failed_logs[@]}"; do
    echo "--- the last lines of \"${failed_log_names[i]}\" (${failed_logs[i]#"$ROOT"/}) ---"
    tail -n 25 "${failed_logs[i]}"
  done
  if [ ${#failures[@]} -gt 0 ]; then
    printf 'FAIL: %s\n' "${failures[@]}"
  fi
  echo "$passed passed, $failed failed, $skipped skipped"
  if [ ${#failures[@]} -gt 0 ] || [ "$failed" -gt 0 ]; then exit 1; fi
  exit 0
}

has_cjk_font() { [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; }

# ---- 1. system packages: Debian Chromium + a CJK font (browser tests, screenshots), clang + zlib + static SQLite (NativeAOT),
#         Node.js + npm (the npm packages), python3 + yaml (workflow checks), wrk (the load check) --------------------
step "system packages"
need=()
[ -x "$CHROMIUM_PATH" ] || need+=(chromium)
has_cjk_font || need+=(fonts-wqy-microhei)
command -v clang >/dev/null 2>&1 || need+=(clang)
[ -f /usr/include/zlib.h ] || need+=(zlib1g-dev)
[ -f /usr/lib/x86_64-linux-gnu/libsqlite3.a ] || need+=(libsqlite3-dev)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
python3 -c 'import yaml' 2>/dev/null || need+=(python3 python3-yaml)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
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

# Counts one check of this script (not a unit test): NAME, then the command.
# Its output goes to the terminal and to artifacts/checks/N.log (kept for finish).
check() {
  local name=$1; shift
  total=$((total + 1))
  mkdir -p "$ART/checks"
  local log="$ART/checks/$total.log"
  # Process substitution, not a pipe: the command runs in this shell, so what it exports stays. The wait lets tee
  # finish writing before the next line is printed.
  local rc=0
  "$@" > >(tee "$log") 2>&1 || rc=$?
  wait $! 2>/dev/null || true
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1)); echo "$name: passed"
  else
    failed=$((failed + 1)); failures+=("$name"); failed_logs+=("$log"); failed_log_names+=("$name")
  fi
}

# ---- 3b. the native binary (NativeAOT, linux-x64) and its tool package -----------------------------------------
step "native binary and its tool package (dotnet pack -r linux-x64, NativeAOT)"
NATIVE="$ART/native/linux-x64/icp-badge"
# One NativeAOT compile serves both the binary and the RID-specific tool package (IcpBadge.Cli.linux-x64): packing with
# -r linux-x64 publishes natively and packs that binary. (`dotnet pack --no-build -r linux-x64` recompiles the CLI
# without its embedded resources, so the packed binary could not find its strings: never pack it that way.)
native_publish() {
  timeout 900 dotnet pack src/IcpBadge.Cli -c $CONFIG -r linux-x64 -o "$ART/nupkg" -warnaserror -nologo || return 1
  mkdir -p "$(dirname "$NATIVE")"
  cp "src/IcpBadge.Cli/bin/$CONFIG/net10.0/linux-x64/publish/icp-badge" "$NATIVE" || return 1
  [ -x "$NATIVE" ] || return 1
  local size; size=$(stat -c %s "$NATIVE")
  echo "native binary: ${NATIVE#"$ROOT"/}, $((size / 1024 / 1024)) MB ($size bytes; the limit is 30 MB)"
  [ "$size" -le $((30 * 1024 * 1024)) ]
}
check "native binary and its tool package (dotnet pack -r linux-x64, NativeAOT, size <= 30 MB)" native_publish
if [ -x "$NATIVE" ]; then export ICPBADGE_NATIVE="$NATIVE"; fi
# The pointer package comes from the solution pack; RID "any" is the framework-dependent fallback for platforms
# without a native package.
tool_packages() {
  dotnet pack src/IcpBadge.Cli -c $CONFIG -r any -o "$ART/nupkg" -nologo &&
    ls "$ART/nupkg"/IcpBadge.Cli.linux-x64.*.nupkg "$ART/nupkg"/IcpBadge.Cli.any.*.nupkg
}
check "tool packages (linux-x64 native, any fallback)" tool_packages

# ---- 3c. a throwaway PostgreSQL on 127.0.0.1 for the history-store tests (stopped by the EXIT trap) -------------
step "PostgreSQL for the history-store tests (eng/ci/postgres.sh)"
trap '"$ROOT/eng/ci/postgres.sh" stop || true' EXIT
if pg=$("$ROOT/eng/ci/postgres.sh" start); then export ICPBADGE_TEST_POSTGRES="$pg"; echo "ICPBADGE_TEST_POSTGRES=$pg"
else echo "WARNING: PostgreSQL did not start; its tests are skipped (and fail under CI=true)"; fi

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

# ---- 4b. fuzz targets for a time budget (eng/ci/fuzz.sh; FUZZ_SECONDS, 60 by default) ------------------------------
step "fuzz (eng/ci/fuzz.sh)"
check "fuzz (eng/ci/fuzz.sh, FUZZ_SECONDS=${FUZZ_SECONDS:-60})" env CONFIG=$CONFIG "$ROOT/eng/ci/fuzz.sh"

# ---- 5. CLI: install the packed tool from the local folder, run it: on linux-x64 it is the native one -----------
step "CLI tool: install, run"
cli_smoke() {
  rm -rf "$ART/tools"
  # A NuGet cache of its own: a package of the same version packed earlier must not stand in for this one.
  NUGET_PACKAGES="$ART/tool-nuget-cache" dotnet tool install IcpBadge.Cli --tool-path "$ART/tools" --add-source "$ART/nupkg" --prerelease || return 1
  local native
  native=$(find "$ART/tools/.store" -type f -name icp-badge -path '*icpbadge.cli.linux-x64*' | head -1)
  [ -n "$native" ] && [ "$(head -c 4 "$native" | od -An -c | tr -d ' ')" = '177ELF' ] ||
    { echo "the installed tool is not the native linux-x64 one"; return 1; }
  echo "installed the native tool: ${native#"$ART"/}"
  local out rc=0
  out=$("$ART/tools/icp-badge" number "京ICP备12345678号-1" --lang en) || rc=$?
  echo "$out"
  echo "exit code: $rc"
  [ $rc -eq 0 ] || return 1
  [[ "$out" == *"✓ 京ICP备12345678号-1  valid"* ]] || return 1
  [[ "$out" == *"网站备案号"* && "$out" == *"main        京ICP备12345678号"* ]] || return 1
  # The installed binary carries both languages (its strings are embedded, not satellite assemblies).
  out=$("$ART/tools/icp-badge" number "京ICP备12345678号-1" --lang zh) || return 1
  echo "$out" | head -1
  [[ "$out" == *"✓ 京ICP备12345678号-1  有效"* ]] || return 1
}
check "CLI tool smoke (native tool installed, icp-badge number)" cli_smoke

# ---- 5b. load: the Release sample site under wrk for 10 s while its appsettings.json flips every 100 ms -----------
step "load with a flipping configuration (wrk, 10 s)"
check "load with a flipping configuration (eng/ci/load-footer.sh)" "$ROOT/eng/ci/load-footer.sh"

# ---- 6. npm: the launcher package and @icp-badge/linux-x64, installed from their tarballs -------------------------
step "npm packages: pack, install, run"
npm_checks() { "$ROOT/eng/pack-npm.sh" && "$ROOT/eng/test-npm.sh"; }
check "npm packages (eng/test-npm.sh)" npm_checks

# ---- 7. release archive, the GitHub Action's install script, the workflow files ------------------------------------
step "release archive, action install script, workflows"
check "release (eng/test-release.sh)" "$ROOT/eng/test-release.sh"

# ---- summary ---------------------------------------------------------------------------------
if [ "${CI:-}" = true ] && [ "$skipped" -gt 0 ]; then
  failures+=("$skipped test(s) skipped under CI=true (browser tests must run in CI)")
fi
finish
