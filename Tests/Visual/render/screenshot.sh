#!/usr/bin/env bash
# Screenshots of a rendered lesson (every kind of output, charts included) in light and
# dark mode, and of its printed PDF page by page, for a person to look at.
#
#   Tests/Visual/render/screenshot.sh [LESSON.md]     -> Tests/Visual/render/out/*.png
#
# Without an argument it renders the render tests' fixture lesson (a fake session gives
# every output kind: text, values, tables, Markdown, charts, errors). With LESSON.md it
# renders that lesson with $LESSON (default .build/release/lesson). Needs chromium and
# pdftoppm (poppler-utils); installs them with apt-get when missing and allowed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$here/out"
mkdir -p "$out"
rm -f "$out"/*.png "$out"/*.pdf

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y "$2" >/dev/null
    fi
    command -v "$1" >/dev/null 2>&1 || { echo "screenshot.sh: needs $1 (apt-get install $2)" >&2; exit 2; }
}
need chromium chromium
need pdftoppm poppler-utils

if [ $# -ge 1 ]; then
    lesson="${LESSON:-$root/.build/release/lesson}"
    "$lesson" run "$1" --out "$out/site" --format html --no-timings || true
    page="$out/site/$(basename "${1%.md}").html"
else
    (cd "$root" && RENDER_VISUAL_OUT="$out/site" swift test --filter RenderVisualFixtureTests >/dev/null)
    page="$out/site/fixture.html"
fi
[ -f "$page" ] || { echo "screenshot.sh: no page was rendered ($page)" >&2; exit 1; }
url="file://$page"

shoot() {  # name, extra chromium flags...
    local name="$1"; shift
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --window-size=1280,3600 "$@" --screenshot="$out/$name.png" "$url" 2>/dev/null
}
shoot light --blink-settings=preferredColorScheme=1
shoot dark --force-dark-mode --blink-settings=preferredColorScheme=0
shoot narrow --window-size=420,3600 --blink-settings=preferredColorScheme=1

chromium --headless --no-sandbox --disable-gpu --no-first-run --no-pdf-header-footer \
    --print-to-pdf="$out/print.pdf" "$url" 2>/dev/null
pdftoppm -png -r 60 "$out/print.pdf" "$out/print"
ls "$out"/*.png
