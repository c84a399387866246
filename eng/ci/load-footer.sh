#!/usr/bin/env bash
# CI stage of the load test (SPEC §15): 10 s of wrk, 64 connections, against the Release sample site that ./test.sh
# has already built, while its appsettings.json flips every 100 ms. Asserts only what two noisy cores can: 0 non-2xx
# responses and socket errors, and every response carrying a complete footer of one of the two valid configurations.
# The requests/s ratio (P7) and memory growth are checked by the full run, bench/scripts/load-footer.sh.
# Exit 0 on pass, 1 on a failed check, 124 when it ran out of its 120 s.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DURATION=10 CI_MODE=1 NO_BUILD=1 timeout 120 "$ROOT/bench/scripts/load-footer.sh"
rc=$?
[ "$rc" -ne 124 ] || echo "load-footer: FAIL: the CI load run did not finish within 120 s." >&2
exit "$rc"
