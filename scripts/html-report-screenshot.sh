#!/usr/bin/env bash
# Renders the HTML plan report of the bundled demo roadmap in headless Chromium and saves a
# screenshot, to look at the report the way a reader will.
#
#   scripts/html-report-screenshot.sh [OUT_DIR] [ROADMAP_FILE]
#
# OUT_DIR defaults to target/html-report. With ROADMAP_FILE the report is of that roadmap
# (`roadmap plan FILE --to html`) instead of the demo. "Today" is fixed to the plan's fifth week
# so the timeline shows its today line. Needs Chromium (Debian: apt-get install chromium); builds
# roadmap-cli/target/roadmap.jar first when it is missing.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/target/html-report}"
roadmap="${2:-}"
jar="$root/roadmap-cli/target/roadmap.jar"
start=2027-01-04
today=2027-02-03

if [[ ! -f "$jar" ]]; then
  (cd "$root" && mvn -B -ntp -q -pl roadmap-cli -am package -DskipTests)
fi
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
  echo "html-report-screenshot: no Chromium found (Debian: apt-get install chromium)" >&2
  exit 2
fi

mkdir -p "$out"
out="$(cd "$out" && pwd)"
if [[ -z "$roadmap" ]]; then
  name=demo
  java -jar "$jar" --option html.today="$today" demo --start "$start" --to html > "$out/$name.html"
else
  name="$(basename "${roadmap%.*}")"
  java -jar "$jar" --option html.today="$today" plan "$roadmap" --start "$start" --to html -o "$out/$name.html"
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# The background-networking flags keep Chromium from calling home; the report itself fetches nothing.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars \
  --window-size=1400,2000 --screenshot="$out/$name.png" "file://$out/$name.html" 2>/dev/null
echo "$out/$name.png"
