#!/usr/bin/env bash
# Checks the parts of the release that can run here: eng/release.sh packs the linux-x64 binary with SHA256SUMS, the
# GitHub Action's install script installs it from a local folder and from a file:// URL and refuses a tampered
# archive, and the workflow and action YAML files parse with the structure the release relies on.
#   eng/test-release.sh          (./test.sh runs it after the native publish; needs artifacts/native/linux-x64/icp-badge)
# Prints one line per check; exits 0 only when every check passed.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {
  local name=$1; shift
  if "$@"; then echo "release check: $name: passed"; else echo "release check: $name: FAILED"; failures=$((failures + 1)); fi
}
VERSION=$("$ROOT/eng/version.sh")
export VERSION
archive="icp-badge-$VERSION-linux-x64.tar.gz"
rel="$ROOT/artifacts/release"   # what ./test.sh leaves for CI to upload

packed() {
  OUT="$rel" "$ROOT/eng/release.sh" linux-x64 "$ROOT/artifacts/native/linux-x64/icp-badge" || return 1
  (cd "$rel" && sha256sum -c --status SHA256SUMS) &&
    tar -tzf "$rel/$archive" | grep -qx "icp-badge-$VERSION-linux-x64/icp-badge" &&
    tar -tzf "$rel/$archive" | grep -qx "icp-badge-$VERSION-linux-x64/README.md"
}
check "eng/release.sh writes $archive and SHA256SUMS" packed

installs() { # BASE: install from it, run the binary
  local dest="$work/bin-$RANDOM" path
  path=$(env -u GITHUB_PATH -u GITHUB_OUTPUT "$ROOT/eng/action/install.sh" --version "v$VERSION" --base "$1" --dest "$dest") || return 1
  [ "$path" = "$dest/icp-badge" ] && "$path" number 京ICP备12345678号-1 --lang en | grep -q '京ICP备12345678号-1  valid'
}
check "install script from a local folder" installs "$rel"

# SQLite is inside the binary: installed alone from the archive, it audits into a SQLite file and reads it back.
sqlite_history() {
  local dest="$work/bin-sqlite" path
  path=$(env -u GITHUB_PATH -u GITHUB_OUTPUT "$ROOT/eng/action/install.sh" --version "v$VERSION" --base "$rel" --dest "$dest") || return 1
  [ "$(ls "$dest")" = icp-badge ] || { echo "  beside the binary: $(ls "$dest")"; return 1; }
  printf '%s\n' '{ "Sites": [ { "Site": { "Id": "shop", "Name": "示例网站" }, "Icp": { "Number": "京ICP备12345678号-1" } } ] }' >"$work/sites.json"
  "$path" audit --inventory "$work/sites.json" --history "$work/audit.db" --lang en >/dev/null &&
    "$path" history --history "$work/audit.db" --lang en | grep -q 'last clean run: '
}
check "the installed binary alone: audit + history with a SQLite file" sqlite_history
check "install script from a file:// URL" installs "file://$rel"

github_outputs() { # the Action's contract: PATH gets the folder, the step output `path` the binary
  local dest="$work/gh" out="$work/gh-output" path="$work/gh-path"
  : >"$out"; : >"$path"
  GITHUB_OUTPUT="$out" GITHUB_PATH="$path" ICP_BADGE_VERSION="$VERSION" ICP_BADGE_BASE_URL="$rel" \
    "$ROOT/eng/action/install.sh" --dest "$dest" >/dev/null || return 1
  grep -qx "path=$dest/icp-badge" "$out" && grep -qx "$dest" "$path"
}
check "install script sets GITHUB_PATH and the output path" github_outputs

tampered() {
  cp -r "$rel" "$work/tampered"
  printf 'x' >>"$work/tampered/$archive"
  local err rc=0
  err=$("$ROOT/eng/action/install.sh" --version "$VERSION" --base "$work/tampered" --dest "$work/never" 2>&1 >/dev/null) || rc=$?
  [ $rc -ne 0 ] && [ ! -e "$work/never/icp-badge" ] && [[ "$err" == *"does not match its SHA256SUMS line"* ]]
}
check "install script refuses an archive that does not match SHA256SUMS" tampered

yaml_files() {
  python3 - "$ROOT" <<'PY'
import sys, pathlib
root = pathlib.Path(sys.argv[1])
try:
    import yaml
except ImportError:
    yaml = None
    print("  (python3 yaml missing: structural check only)")

def load(name):
    text = (root / name).read_text(encoding="utf-8")
    if yaml is None:
        assert "\t" not in text, f"{name}: tabs"
        return text
    return yaml.safe_load(text)

def on(doc):  # YAML 1.1 reads a bare `on` key as True
    return doc.get("on", doc.get(True))

ci, release, action = load(".github/workflows/ci.yml"), load(".github/workflows/release.yml"), load("action.yml")
rids = {"linux-x64", "linux-musl-x64", "linux-arm64", "osx-arm64", "osx-x64", "win-x64"}
if yaml is None:
    assert "container: debian:12" in ci and "./test.sh" in ci
    assert all(r in release for r in rids) and '"v*"' in release
    assert "using: composite" in action and "eng/action/install.sh" in action
    sys.exit(0)

job = ci["jobs"]["test"]
assert job["container"] == "debian:12", "ci.yml: the test job runs in debian:12"
assert any("./test.sh" in s.get("run", "") for s in job["steps"]), "ci.yml: a step runs ./test.sh"
assert "v*" in on(release)["push"]["tags"], "release.yml: runs on v* tags"
matrix = release["jobs"]["native"]["strategy"]["matrix"]["include"]
assert {m["rid"] for m in matrix} == rids, f"release.yml: matrix RIDs {sorted(m['rid'] for m in matrix)}"
npm = {m["npm"] for m in matrix}
assert npm == {"linux-x64", "linux-x64-musl", "linux-arm64", "darwin-arm64", "darwin-x64", "win32-x64"}, npm
steps = " ".join(s.get("run", "") for s in release["jobs"]["publish"]["steps"])
assert all(p in steps for p in ("dotnet nuget push", "npm publish", "gh release create")), "release.yml: publishes all three"
assert release["jobs"]["publish"]["needs"] == "native"
assert action["runs"]["using"] == "composite", "action.yml: a composite action"
assert {"version", "args"} <= set(action["inputs"]), "action.yml: inputs version and args"
runs = " ".join(s.get("run", "") for s in action["runs"]["steps"])
assert "eng/action/install.sh" in runs and "ICP_BADGE_ARGS" in runs
assert all(s.get("shell") == "bash" for s in action["runs"]["steps"]), "action.yml: every step says its shell"
for s in action["runs"]["steps"]:  # inputs reach scripts through env, never pasted into the script text
    assert "${{" not in s.get("run", ""), f"action.yml: expression inside a script: {s['run']!r}"

# The sharding recipes of the audit docs (both languages): a GitHub Actions matrix and a Kubernetes Indexed Job, 4 shards.
import re
for name, heading in (("docs/audit.md", "## Sharding"), ("docs/zh-CN/audit.md", "## 分片")):
    text = (root / name).read_text(encoding="utf-8")
    section = text[text.index(heading) + len(heading):]
    section = section[: section.find("\n## ")] if "\n## " in section else section
    blocks = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", section, re.S)]
    gh = next(b for b in blocks if "jobs" in b)["jobs"]["audit"]
    assert gh["strategy"]["matrix"]["shard"] == [0, 1, 2, 3] and gh["strategy"]["fail-fast"] is False, f"{name}: matrix"
    runs = " ".join(s.get("run", "") for s in gh["steps"])
    assert '--shard "$SHARD/4"' in runs and "--run-id" in runs, f"{name}: the matrix step passes --shard and --run-id"
    assert all("${{" not in s.get("run", "") for s in gh["steps"]), f"{name}: expressions reach the script through env"
    job = next(b for b in blocks if b.get("kind") == "Job")
    spec = job["spec"]
    assert (spec["completionMode"], spec["completions"], spec["parallelism"]) == ("Indexed", 4, 4), f"{name}: Indexed Job of 4"
    pod = spec["template"]["spec"]
    assert pod["restartPolicy"] == "Never", f"{name}: podFailurePolicy needs restartPolicy Never"
    script = " ".join(pod["containers"][0]["args"])
    assert '--shard "$JOB_COMPLETION_INDEX/4"' in script and '--run-id "$RUN_ID"' in script, f"{name}: the pod passes its index"
PY
}
check "workflow and action YAML files" yaml_files

[ "$failures" -eq 0 ]
