#!/usr/bin/env bash
# Slide decks in a real browser. Renders a bundled lesson with charts and a lesson made to
# overflow (a 70-line cell, a tall chart) as decks with the release `lesson` binary
# ($LESSON), then with headless Chromium:
#  - takes screenshots at 1280x720 (title slide, a chart slide, the overflowing slides,
#    dark mode, the speaker-notes view) into $SLIDES_SHOTS (default: a temporary folder);
#  - checks, in the DOM after the deck's script ran, that every slide's content fits its
#    slide (too tall ones were scaled down) and that the navigation script started;
#  - prints each deck to PDF and checks with pdfinfo: one page per slide, 16:9 pages.
# Installs chromium and poppler-utils with apt-get when missing (as root); otherwise it
# skips with a message (exit 0), as Chromium is not part of the build.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
[ -x "$LESSON" ] || { echo "visual-slides.sh: no lesson binary at $LESSON (swift build -c release)" >&2; exit 2; }

need() {  # command, Debian package
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$2" >/dev/null 2>&1; } || true
    fi
    command -v "$1" >/dev/null 2>&1
}
if ! need chromium chromium || ! need pdfinfo poppler-utils; then
    echo "visual-slides.sh: SKIPPED: needs chromium and pdfinfo (apt-get install chromium poppler-utils)"
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shots="${SLIDES_SHOTS:-$work/shots}"
mkdir -p "$shots" "$work/decks"

# A lesson whose slides are too tall for 720 pixels: they must scale down, not overflow.
{
    echo "# Overflow"
    echo
    echo "A deck made to overflow."
    echo
    echo "## A long cell"
    echo
    echo '```swift'
    for i in $(seq 1 70); do echo "let value$i = $i * $i   // line $i of a cell far taller than a slide"; done
    echo 'print("the last line, value70 =", value70)'
    echo '```'
    echo
    echo "## A tall chart"
    echo
    echo '```swift'
    echo 'let xs = Tensor.linspace(-3, 3, count: 50)'
    echo 'let fig = Figure(title: "tanh, a tall chart", xLabel: "x", yLabel: "tanh(x)")'
    echo 'fig.line(xs, tanh(xs), label: "tanh")'
    echo 'show([fig, fig, fig, fig], columns: 1, title: "four panels in one column")'
    echo '```'
    echo
    echo "<!-- notes -->"
    echo "Say: the chart is scaled to fit the slide."
    echo "<!-- /notes -->"
} > "$work/overflow.md"

status=0
fail() { echo "visual-slides.sh: $*" >&2; status=1; }

render() {  # lesson.md -> deck path
    local rc=0
    "$LESSON" run "$1" --format slides --out "$work/decks" --no-timings >"$work/run.log" 2>&1 || rc=$?
    if [ "$rc" != 0 ]; then cat "$work/run.log" >&2; fail "lesson run --format slides $1 exited $rc"; fi
    echo "$work/decks/$(basename "${1%.md}").slides.html"
}

browser() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --mute-audio "$@" 2>/dev/null; }

shoot() {  # deck, fragment/query, name, extra flags...
    local deck="$1" where="$2" name="$3"; shift 3
    browser --window-size=1280,720 --virtual-time-budget=3000 "$@" --screenshot="$shots/$name.png" "file://$deck$where" >/dev/null
    [ -s "$shots/$name.png" ] || fail "no screenshot $name.png"
}

check_deck() {  # deck, name
    local deck="$1" name="$2"
    local count
    count="$(grep -o '<section class="slide' "$deck" | wc -l)"
    [ "$count" -ge 2 ] || fail "$name: only $count slides"

    # The DOM after the script ran: the deck is live, and no slide body overflows its frame.
    browser --window-size=1280,720 --virtual-time-budget=3000 --dump-dom "file://$deck" > "$work/$name.dom" || true
    grep -q 'class="deck-page deck-live' "$work/$name.dom" || fail "$name: the navigation script did not start"
    grep -q 'id="deck-counter">1 / '"$count"'<' "$work/$name.dom" || fail "$name: no slide counter '1 / $count'"

    # Print: one page per slide, 16:9 (1280x720 CSS px = 960x540 pt).
    browser --no-pdf-header-footer --virtual-time-budget=3000 --print-to-pdf="$work/$name.pdf" "file://$deck" >/dev/null
    [ -s "$work/$name.pdf" ] || { fail "$name: no PDF"; return; }
    cp "$work/$name.pdf" "$shots/$name.pdf"
    local pages size
    pages="$(pdfinfo "$work/$name.pdf" | awk '/^Pages:/ {print $2}')"
    size="$(pdfinfo "$work/$name.pdf" | awk '/^Page size:/ {print $3, $5}')"
    [ "$pages" = "$count" ] || fail "$name: the PDF has $pages pages for $count slides"
    python3 - "$size" "$name" <<'PY' || status=1
import sys
w, h = map(float, sys.argv[1].split())
if not (w > h and abs(w / h - 16 / 9) < 0.01):
    sys.exit(f"visual-slides.sh: {sys.argv[2]}: PDF pages are {w}x{h} pt, not 16:9 landscape")
PY
    if command -v pdftoppm >/dev/null; then pdftoppm -png -r 40 -f 1 -l 3 "$work/$name.pdf" "$shots/$name-print"; fi
    echo "visual-slides.sh: $name: $count slides, PDF $pages pages of $size pt"
}

lesson5="$(render "$root/Lessons/05-activation-functions.md")"
overflow="$(render "$work/overflow.md")"
check_deck "$lesson5" activation
check_deck "$overflow" overflow

# Every too-tall slide body was shrunk by the fitting script.
scaled="$(grep -Eo 'class="slide-body" style="[^"]*(font-size|scale\(0\.)' "$work/overflow.dom" | wc -l)"
[ "$scaled" -ge 2 ] || fail "overflow: expected the long cell and the tall chart to be scaled down, $scaled were"

shoot "$lesson5" "" activation-title --blink-settings=preferredColorScheme=1
chart_slide="$(grep -o 'id="slide-[0-9]*"' "$lesson5" | sed -n 3p | tr -d '"' | sed 's/id=//')"
shoot "$lesson5" "#$chart_slide" activation-slide3 --blink-settings=preferredColorScheme=1
shoot "$lesson5" "#$chart_slide" activation-slide3-dark --force-dark-mode --blink-settings=preferredColorScheme=0
shoot "$overflow" "#slide-2" overflow-long-cell --blink-settings=preferredColorScheme=1
shoot "$overflow" "#slide-3" overflow-tall-chart --blink-settings=preferredColorScheme=1
shoot "$overflow" "?notes#slide-3" overflow-notes --blink-settings=preferredColorScheme=1

# Without script, the deck reads top to bottom.
# (The deck with its script element cut out: headless Chromium takes no screenshot with
# scripts switched off.)
python3 -c 'import re, sys; sys.stdout.write(re.sub(r"<script>.*?</script>", "", open(sys.argv[1]).read(), flags=re.S))' \
    "$lesson5" > "$work/decks/no-script.html"
grep -q '<script' "$work/decks/no-script.html" && fail "could not cut the script out of the deck"
browser --window-size=1280,1600 --screenshot="$shots/no-script.png" "file://$work/decks/no-script.html" >/dev/null
[ -s "$shots/no-script.png" ] || fail "no screenshot no-script.png"

if [ "$status" = 0 ]; then
    echo "visual-slides.sh: ok (screenshots in $shots$([ -n "${SLIDES_SHOTS:-}" ] || echo ', removed at exit; set SLIDES_SHOTS=DIR to keep them'))"
fi
exit "$status"
