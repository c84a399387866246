#!/usr/bin/env bash
# Shows that `icp-badge verify` (every format), `inject` (the bytes written) and `deadlines` (every format) write the
# same bytes as another commit: both are built, run on the same inputs in the same folder, and their outputs compared.
#   eng/output-parity.sh [REF]        # REF defaults to the commit before the library-first restructure (f47e92b, the last commit before it)
#   eng/output-parity.sh --capture DIR CLI   # only run one build's commands into DIR (used by the two runs)
# Inputs: the verifier fixtures, sample-site/static, a generated 1,000-page site and a 1,000-site inventory.
# Exit 0 when every output is byte-identical; otherwise the differing files are listed (diff -rq) and it exits 1.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-/tmp/icpbadge-parity}

capture() {
  local out=$1 cli=$2 in="$WORK/inputs"
  rm -rf "$out" && mkdir -p "$out"
  run() { # NAME, then the command line: stdout, stderr and the exit code land in NAME.{out,err,rc}
    local name=$1; shift
    set +e; "$@" >"$out/$name.out" 2>"$out/$name.err"; echo $? >"$out/$name.rc"; set -e
  }
  local config="$in/icpbadge.json"
  for fmt in text json sarif junit; do
    run "verify-fixtures-$fmt" "$cli" verify "$in/fixtures" --format "$fmt"
    run "verify-fixtures-config-$fmt" "$cli" verify "$in/fixtures" --config "$config" --format "$fmt"
    run "verify-static-$fmt" "$cli" verify "$in/static" --config "$config" --format "$fmt"
    run "verify-site1000-$fmt" "$cli" verify "$in/site-1000" --config "$config" --format "$fmt"
  done
  run "verify-allpages-json" "$cli" verify "$in/static" --all-pages --format json
  for fmt in text json csv ics; do
    run "deadlines-config-$fmt" "$cli" deadlines --config "$config" --today 2026-11-24 --format "$fmt"
    run "deadlines-inventory-$fmt" "$cli" deadlines --inventory "$in/sites.json" --today 2026-11-24 --format "$fmt"
  done
  for site in static site-1000; do
    rm -rf "$WORK/inject" && cp -r "$in/$site" "$WORK/inject"
    run "inject-$site" "$cli" inject "$WORK/inject" --config "$config"
    (cd "$WORK/inject" && find . -type f | LC_ALL=C sort | xargs sha256sum) >"$out/inject-$site.sha256"
    run "inject-$site-rerun" "$cli" inject "$WORK/inject" --config "$config"
  done
  rm -rf "$WORK/inject"
  # An iCalendar file stamps the moment it was written (DTSTAMP); that line alone may differ.
  sed -i 's/^DTSTAMP:.*/DTSTAMP:(the time of the run)/' "$out"/deadlines-*-ics.out
}

if [ "${1:-}" = --capture ]; then
  capture "$2" "$3"
  exit 0
fi

REF=${1:-f47e92b}
mkdir -p "$WORK"
in="$WORK/inputs"
rm -rf "$in" && mkdir -p "$in"
cp -r "$ROOT/tests/IcpBadge.Verification.Tests/Fixtures" "$in/fixtures"
cp -r "$ROOT/sample-site/static" "$in/static"
# The emblem path in the sample configuration is relative to the configuration file.
sed "s#IcpBadge.SampleSite/emblem/#$ROOT/sample-site/IcpBadge.SampleSite/emblem/#" "$ROOT/sample-site/icpbadge.json" >"$in/icpbadge.json"
python3 "$ROOT/bench/scripts/generate-site.py" "$in/site-1000" 1000
python3 "$ROOT/bench/scripts/generate-inventory.py" "$in/sites.json" 1000

echo "building $REF in a temporary worktree"
rm -rf "$WORK/ref"
git -C "$ROOT" worktree add --detach "$WORK/ref" "$REF" >/dev/null
trap 'git -C "$ROOT" worktree remove --force "$WORK/ref" >/dev/null 2>&1 || true' EXIT
dotnet build "$WORK/ref/src/IcpBadge.Cli/IcpBadge.Cli.csproj" -c Release -v q -nologo >/dev/null
echo "building the working tree"
dotnet build "$ROOT/src/IcpBadge.Cli/IcpBadge.Cli.csproj" -c Release -v q -nologo >/dev/null

capture "$WORK/before" "$WORK/ref/src/IcpBadge.Cli/bin/Release/net10.0/IcpBadge.Cli"
capture "$WORK/after" "$ROOT/src/IcpBadge.Cli/bin/Release/net10.0/IcpBadge.Cli"
echo "compared $(ls "$WORK/after" | wc -l) outputs of $REF and the working tree"
if diff -rq "$WORK/before" "$WORK/after"; then
  echo "byte-identical"
else
  echo "differences: diff -r $WORK/before $WORK/after"
  exit 1
fi
