#!/usr/bin/env bash
# CI stage of the load test (SPEC §15): 10 s of wrk, 64 connections, against the Release sample site that ./test.sh
# has already built, while its appsettings.json flips every 100 ms. Asserts only what two noisy cores can: 0 non-2xx
# responses and socket errors, and every response carrying a complete footer of one of the two valid configurations.
# The requests/s ratio (P7) and memory growth are checked by the full run, bench/scripts/load-footer.sh.
#
# A failure that says something about the site (a non-2xx response, a footer that is neither A's nor B's) fails at
# once. A failure that can come from a busy CI machine (socket errors, the flips not reaching the pages within the
# 10 s, a slow start) is printed in full and the run is repeated once; the second run decides.
# Exit 0 on pass, 1 on a failed check, 124 when a run ran out of its 120 s.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
log=$(mktemp "${TMPDIR:-/tmp}/icpbadge-load-ci.XXXXXX")
trap 'rm -f "$log"' EXIT

# Facts that change how the flips reach the site, printed so that a failure on another machine can be read.
echo "load-footer (CI): $(nproc) cores; DOTNET_USE_POLLING_FILE_WATCHER=${DOTNET_USE_POLLING_FILE_WATCHER:-unset}; TMPDIR on $(df -T "${TMPDIR:-/tmp}" | awk 'NR == 2 { print $2 }'); inotify instances: $(find /proc/[0-9]*/fd -lname "anon_inode:inotify" 2>/dev/null | wc -l) open, $(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo "?") allowed per user"

run() {
  DURATION=10 CI_MODE=1 NO_BUILD=1 timeout 120 "$ROOT/bench/scripts/load-footer.sh" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  [ "$rc" -ne 124 ] || echo "load-footer: FAIL: the CI load run did not finish within 120 s."
  return "$rc"
}

run && exit 0
rc=$?
if grep -qE 'FAIL: [0-9]+ (non-2xx response|response\(s\) without a complete footer)' "$log"; then
  exit "$rc"
fi
echo "load-footer (CI): the failure above can come from a busy machine rather than the site; running once more."
run
