#!/usr/bin/env bash
# Makes the pictures in docs/images/ from real runs of the product:
#   footer-{default,compact}-{light,dark}.png  `icp-badge render` (sample-site/icpbadge.json) on a light and a dark page
#   compliance-page.png                        the sample site's /icp-badge/compliance page, served on 127.0.0.1
#   setup-razor-pages.png                      the sample site's home page: <icp-badge /> in the Razor Pages layout
#   setup-blazor-static.png                    the Blazor sample: <IcpFooter /> in the layout, static server rendering
#   setup-blazor-interactive.png               the Blazor sample: <IcpFooter Template="compact" /> on an interactive page
#   setup-strict-csp.png                       the Blazor sample with Rendering:StrictCsp, served with default-src 'self'
#   verify-terminal.png                        `icp-badge verify` on the sample's static pages, in a terminal
#   audit-report.png                           `icp-badge audit` of three sites on the sample site, then `icp-badge report`
# Builds the CLI, the sample site and the screenshot helper (eng/images/Screenshots) in Release, shoots in the system
# Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and overwrites the PNGs: rerunning gives the same pictures.
#
# Usage: eng/make-images.sh            (from anywhere; takes a few minutes, most of it building)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/docs/images"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

fail() { echo "make-images: $*" >&2; exit 1; }

# --- What it needs -------------------------------------------------------------------------------------------------
command -v dotnet >/dev/null || fail "dotnet is not on PATH (the .NET 10 SDK builds the CLI, the sample site and the helper)."
[[ -x "$chromium" ]] || fail "no Chromium at $chromium: apt-get install chromium, or set CHROMIUM_PATH."
command -v script >/dev/null || fail "'script' (util-linux) is missing: it gives 'icp-badge verify' a terminal, for colour."
command -v curl >/dev/null || fail "curl is missing: it waits for the sample site to answer."
fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei' \
  || fail "the CJK font WenQuanYi Micro Hei is missing (apt-get install fonts-wqy-microhei): Chinese would show as boxes."

work="$(mktemp -d)"
site_pid=""
cleanup() {
  if [[ -n "$site_pid" ]]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- Build ---------------------------------------------------------------------------------------------------------
build() {
  echo "make-images: building $1"
  dotnet build "$root/$1" -c Release -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "building $1 failed (output above)."; }
}
build src/IcpBadge.Cli
build sample-site/IcpBadge.SampleSite
build sample-site/IcpBadge.BlazorSample
build eng/images/Screenshots

cli_dll="$root/src/IcpBadge.Cli/bin/Release/net10.0/IcpBadge.Cli.dll"
site_dll="$root/sample-site/IcpBadge.SampleSite/bin/Release/net10.0/IcpBadge.SampleSite.dll"
blazor_dll="$root/sample-site/IcpBadge.BlazorSample/bin/Release/net10.0/IcpBadge.BlazorSample.dll"
helper_dll="$root/eng/images/Screenshots/bin/Release/net10.0/Screenshots.dll"
for built in "$cli_dll" "$site_dll" "$blazor_dll" "$helper_dll"; do [[ -f "$built" ]] || fail "the build left no $built."; done

# The commands in the pictures say `icp-badge`: that is what runs (the CLI just built).
mkdir -p "$work/bin"
printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$cli_dll" >"$work/bin/icp-badge"
chmod +x "$work/bin/icp-badge"
export PATH="$work/bin:$PATH"
shots() { dotnet "$helper_dll" "$@"; }

mkdir -p "$out"
written=()

# --- Footers: the default and compact templates on a light and a dark page -----------------------------------------
page="$root/eng/images/footer-page.html"
for template in default compact; do
  icp-badge render --config "$root/sample-site/icpbadge.json" --template "$template" >"$work/footer-$template.html" \
    || fail "icp-badge render --template $template failed."
  for theme in light dark; do
    html="$work/footer-$template-$theme.html"
    {
      sed -e '/<!--FOOTER-->/,$d' -e "s/class=\"THEME\"/class=\"$theme\"/" "$page"
      cat "$work/footer-$template.html"
      sed -e '1,/<!--FOOTER-->/d' "$page"
    } >"$html"
    dark=(); [[ "$theme" == dark ]] && dark=(--dark)
    shots shot "file://$html" "$out/footer-$template-$theme.png" --width 720 --scale 2 "${dark[@]}" --selector .frame --margin 0
    written+=("$out/footer-$template-$theme.png")
  done
done

# --- The sample site's /compliance page ----------------------------------------------------------------------------
# The site's own default port (appsettings.json) when it is free, so the page's URL and the picture stay the same.
port="$(shots free-port --prefer 5080)"
base="http://127.0.0.1:$port"
site_dir="$(dirname "$site_dll")"
(
  cd "$site_dir"
  unset ASPNETCORE_URLS DOTNET_URLS ASPNETCORE_HTTP_PORTS ASPNETCORE_HTTPS_PORTS
  ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
    exec dotnet "$site_dll" --urls "$base" --contentRoot "$site_dir"
) >"$work/site.log" 2>&1 &
site_pid=$!
for _ in $(seq 1 300); do
  [[ "$(curl -s --max-time 2 "$base/healthz" || true)" == ok ]] && break
  kill -0 "$site_pid" 2>/dev/null || { cat "$work/site.log" >&2; fail "the sample site exited before answering $base/healthz."; }
  sleep 0.1
done
[[ "$(curl -s --max-time 2 "$base/healthz" || true)" == ok ]] \
  || { cat "$work/site.log" >&2; fail "the sample site did not answer $base/healthz within 30 s."; }
shots shot "$base/icp-badge/compliance" "$out/compliance-page.png" --width 1100
written+=("$out/compliance-page.png")
shots shot "$base/" "$out/setup-razor-pages.png" --width 900 --selector footer.icp-badge --margin 12
written+=("$out/setup-razor-pages.png")

# --- An audit report: three sites audited on the running sample site, then `icp-badge report` ----------------------
# While the Razor Pages sample runs: its footer shows the numbers of sample-site/icpbadge.json (the Blazor sample's
# are others, so an audit against it would report every page as wrong).
# The sample's own site passes (numbers shown, police number displayed since 2026-11-05); a second site is overdue
# (no police filing 40 days after launch) and its page is gone; a third launched last week, its police filing is due
# soon, and its page is a copy of the sample's, still showing the sample's ICP number and name.
cat >"$work/sites.json" <<JSON
{ "Sites": [
  { "Site": { "Name": "京华示例科技", "Id": "jinghua-example.cn", "Domains": ["jinghua-example.cn"], "LaunchedOn": "2026-10-08", "HomeUrls": ["$base/"] },
    "Icp": { "Number": "京ICP备20260101号-1", "ApprovedOn": "2026-09-28", "DisplayedOn": "2026-10-08" },
    "Police": { "Number": "京公网安备11010502030143号", "SubmittedOn": "2026-10-20", "ApprovedOn": "2026-11-02", "DisplayedOn": "2026-11-05" } },
  { "Site": { "Name": "华东示例商城", "Id": "huadong-shop.cn", "Domains": ["huadong-shop.cn"], "LaunchedOn": "2026-10-20", "HomeUrls": ["$base/no-such-page"] },
    "Icp": { "Number": "沪ICP备20260202号-1", "ApprovedOn": "2026-10-10" } },
  { "Site": { "Name": "岭南示例资讯", "Id": "lingnan-news.cn", "Domains": ["lingnan-news.cn"], "LaunchedOn": "2026-11-26", "HomeUrls": ["$base/"] },
    "Icp": { "Number": "粤ICP备20260303号-1", "ApprovedOn": "2026-11-20", "DisplayedOn": "2026-11-26" } }
] }
JSON
if icp-badge audit --help >/dev/null 2>&1; then
  icp-badge audit --inventory "$work/sites.json" --history "$work/audit.db" --today 2026-12-03 --format json --output "$work/audit.json" \
    || [[ $? -eq 1 ]] || fail "icp-badge audit failed."
  icp-badge report --history "$work/audit.db" --output "$work/audit-report.html" || fail "icp-badge report failed."
  shots shot "file://$work/audit-report.html" "$out/audit-report.png" --width 1100
  written+=("$out/audit-report.png")
else
  echo "make-images: this build has no 'icp-badge audit' yet: docs/images/audit-report.png is left as it is." >&2
fi
kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""

# --- The Blazor sample: static and interactive server rendering, then the strict-CSP footer -----------------------
# start_blazor ARGS...: runs the Blazor sample on a free 127.0.0.1 port (content root: its project folder).
start_blazor() {
  port="$(shots free-port --prefer 5090)"
  base="http://127.0.0.1:$port"
  (
    unset ASPNETCORE_URLS DOTNET_URLS ASPNETCORE_HTTP_PORTS ASPNETCORE_HTTPS_PORTS
    ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
      exec dotnet "$blazor_dll" --urls "$base" --contentRoot "$root/sample-site/IcpBadge.BlazorSample" "$@"
  ) >"$work/blazor.log" 2>&1 &
  site_pid=$!
  for _ in $(seq 1 300); do
    curl -sf --max-time 2 "$base/" >/dev/null && return 0
    kill -0 "$site_pid" 2>/dev/null || { cat "$work/blazor.log" >&2; fail "the Blazor sample exited before answering $base/."; }
    sleep 0.1
  done
  cat "$work/blazor.log" >&2; fail "the Blazor sample did not answer $base/ within 30 s."
}
start_blazor
shots shot "$base/" "$out/setup-blazor-static.png" --width 900 --selector '#layout-footer' --margin 12
shots shot "$base/interactive" "$out/setup-blazor-interactive.png" --width 900 --selector .interactive-footer --margin 12
written+=("$out/setup-blazor-static.png" "$out/setup-blazor-interactive.png")
kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""
start_blazor --IcpBadge:Rendering:StrictCsp=true --StrictCspHeader=true
shots shot "$base/" "$out/setup-strict-csp.png" --width 900 --selector '#layout-footer' --margin 12
written+=("$out/setup-strict-csp.png")

kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""

# --- `icp-badge verify` in a terminal ------------------------------------------------------------------------------
# The sample's static pages before `inject`: the home page lacks the footer, an old page links the retired MIIT host.
lang=()
icp-badge verify --help 2>/dev/null | grep -q -- '--lang' && lang=(--lang zh)
command_line="icp-badge verify static --config icpbadge.json${lang[*]:+ ${lang[*]}}"
columns=110
(
  cd "$root/sample-site"
  # A pseudo-terminal, so the CLI colours its output and shows its progress bar as for a person.
  TERM=xterm-256color COLUMNS=$columns LINES=40 script -q -c "stty cols $columns rows 40; $command_line" /dev/null
) >"$work/verify.raw" </dev/null || true # exit 1: the run has error findings, which is what the picture shows
grep -qE 'target\(s\)|个目标' "$work/verify.raw" || { cat "$work/verify.raw" >&2; fail "icp-badge verify printed no report."; }
shots terminal "$work/verify.raw" "$work/verify.html" --command "$command_line" --columns "$columns"
shots shot "file://$work/verify.html" "$out/verify-terminal.png" --width 1000 --selector .window --margin 20
written+=("$out/verify-terminal.png")

# --- Smaller files, when the tools are there -----------------------------------------------------------------------
if command -v pngquant >/dev/null; then pngquant --force --skip-if-larger --ext .png -- "${written[@]}" || true; fi
if command -v optipng >/dev/null; then optipng -quiet -o2 "${written[@]}"; fi

echo "make-images: wrote"
for file in "${written[@]}"; do
  printf '  %-40s %6s bytes\n' "${file#"$root"/}" "$(wc -c <"$file")"
done
