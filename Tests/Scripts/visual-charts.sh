#!/usr/bin/env bash
# Builds a small course with charts, a large tensor and errors (release `lesson`, $LESSON)
# with --pdf and --format html,md, then checks it in headless Chromium and with the PDF tools:
#  - at a phone's width (375 px) the chart page has no horizontal overflow, the panels of
#    show(..., columns: 2) are stacked, every visible chart's text is at least 9 px, and a
#    wide chart shows its phone drawing (screenshot kept in $VISUAL_OUT, default output/visual);
#  - the page carries one copy of a contour that three charts show, and every reference resolves;
#  - course.pdf is A4, has bookmarks for every lesson and its sections, page numbers
#    ("N / M") on its pages, a contents page with page numbers, and no page holding only a
#    heading;
#  - no page, chart file or the PDF shows the build machine's path.
# Screenshots to look at: the chart page at 375 px (light and dark), and a chart file of the
# Markdown handout on GitHub's light and dark pages under a light and a dark system theme.
# Chromium, poppler-utils and qpdf are installed with apt-get when missing and running as
# root; otherwise the script says what it skips and exits 0.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
[ -x "$LESSON" ] || { echo "visual-charts.sh: no lesson binary at $LESSON (swift build -c release)" >&2; exit 2; }

find_chromium() {
    for name in chromium chromium-browser google-chrome google-chrome-stable; do
        command -v "$name" >/dev/null 2>&1 && { command -v "$name"; return 0; }
    done
    return 1
}
missing=()
find_chromium >/dev/null || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "visual-charts.sh: installing ${missing[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) || true
fi
CHROMIUM="$(find_chromium || true)"
if [ -z "$CHROMIUM" ] || ! command -v pdftotext >/dev/null || ! command -v qpdf >/dev/null; then
    echo "visual-charts.sh: SKIPPED: needs Chromium, poppler-utils and qpdf (apt-get install chromium poppler-utils qpdf)" >&2
    exit 0
fi
chrome() { "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run "$@" 2>/dev/null; }

work="$(mktemp -d)"
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
# A distinctive absolute path: it must appear in no published file.
course="$work/build-machine-folder/course"
site="$work/site"
mkdir -p "$course"
out="${VISUAL_OUT:-$root/output/visual}"
mkdir -p "$out"
failures=0
fail() { echo "visual-charts.sh: FAIL: $*" >&2; failures=$((failures + 1)); }

cat > "$course/README.md" <<'EOF'
# Visual check

A course to look at.
EOF
cat > "$course/01-surfaces.md" <<'EOF'
# Surfaces

A wide contour, then the same contour under two panels.

## One wide chart

```swift
let xs = Tensor.linspace(-3, 3, count: 61).scalars
let ys = Tensor.linspace(-2, 2, count: 41).scalars
var z: [[Double]] = []
for y in ys {
    var row: [Double] = []
    for x in xs { row.append(x * x + 4 * y * y + x * y) }
    z.append(row)
}
let surface = Figure(title: "Error surface", xLabel: "w₀ (intercept)", yLabel: "w₁ (slope)")
surface.contour(xs, ys, z, levels: 15, label: "error")
surface.scatter([-2.5, 0.0], [1.5, 0.0], label: "start and minimum")
surface
```

## Side by side

```swift
let slow = Figure(title: "Small steps", xLabel: "w₀", yLabel: "w₁")
slow.contour(xs, ys, z, levels: 15, label: "error")
slow.path([-2.5, -2.0, -1.6, -1.3], [1.5, 1.1, 0.8, 0.6], label: "α = 0.01")
let fast = Figure(title: "Large steps", xLabel: "w₀", yLabel: "w₁")
fast.contour(xs, ys, z, levels: 15, label: "error")
fast.path([-2.5, 1.0, -0.5, 0.2], [1.5, -1.0, 0.6, -0.2], label: "α = 0.3")
show([slow, fast], columns: 2, title: "Two learning rates")
```

## Weights

```swift
let words = ["the", "cat", "sat", "on", "the", "mat"]
let weights = softmax(Tensor.randn([6, 6]), axis: 1)
let heat = Figure(title: "Attention weights", xLabel: "key", yLabel: "query")
heat.heatmap(weights, rowLabels: words, columnLabels: words, label: "weight")
heat
```

## Exercises

1. Draw the surface with 30 levels.
2. Add a third learning rate.
EOF
cat > "$course/02-values.md" <<'EOF'
# Values

## A large tensor

```swift
Tensor.arange(3600).reshaped([60, 60]) / 8.0 + 100
```

## Errors

```swift expect-error
let data = loadCSV("missing.csv")
```

```swift expect-error
let x = undefinedName + 1
```
EOF

set +e
"$LESSON" build "$course" --out "$site" --pdf --no-timings --format html,md >"$work/build.log" 2>&1
status=$?
set -e
if [ $status -ne 0 ]; then
    cat "$work/build.log" >&2
    fail "lesson build --pdf exited $status"
    exit 1
fi

# --- No path of the build machine in any published file (the run cache, `.lesson-cache/`,
#     is the tool's own, git-ignored, and records where the lessons were run).
if grep -rl --exclude-dir=.lesson-cache -e "$work" -e "build-machine-folder" "$site" >"$work/leaks" 2>/dev/null; then
    fail "the build machine's path appears in: $(tr '\n' ' ' <"$work/leaks")"
fi
pdftotext "$site/course.pdf" "$work/course.txt"
grep -q -e "$work" -e "build-machine-folder" "$work/course.txt" && fail "the build machine's path appears in course.pdf"
grep -q "02-values.md:" "$site/02-values.html" || fail "errors do not name the lesson relative to itself"

# --- The phone. Headless Chromium's window is never narrower than 500 px, so the page is
# measured in an iframe exactly as wide as a phone, from a probe page beside it whose tiny
# script writes what it measured into the DOM, which --dump-dom prints (the published pages
# themselves have no script).
probe() {  # name width height [measure] -> writes $site/name, an iframe of the chart page
    python3 - "$site/$1" "$2" "$3" "${4:-}" <<'PY'
import sys
path, width, height, measure = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
script = """<script>
const f = document.getElementById("f");
f.addEventListener("load", () => {
  const d = f.contentDocument, w = f.contentWindow, doc = d.documentElement;
  const charts = [...d.querySelectorAll(".out-chart svg")].filter(s => s.getBoundingClientRect().width > 0);
  let smallest = 99;
  for (const s of charts) {
    const box = s.viewBox.baseVal, shown = s.getBoundingClientRect().width;
    if (box && box.width) smallest = Math.min(smallest, 12 * shown / box.width);
  }
  const grid = d.querySelector('.chart-panels[style*="--chart-columns:2"]');
  const panels = grid ? [...grid.children].map(p => Math.round(p.getBoundingClientRect().top)) : [];
  const stacked = panels.length === 2 && panels[1] > panels[0];
  const narrow = [...d.querySelectorAll(".chart-narrow")].filter(n => n.getBoundingClientRect().width > 0).length;
  const out = document.createElement("pre"); out.id = "measured";
  out.textContent = `MEASURED viewport=${w.innerWidth} overflow=${doc.scrollWidth - doc.clientWidth} smallestText=${smallest.toFixed(1)} stacked=${stacked} narrowShown=${narrow} charts=${charts.length}`;
  document.body.append(out);
});
</script>""" if measure else ""
open(path, "w").write(f'<!DOCTYPE html><html><body style="margin:0">'
                      f'<iframe id="f" src="01-surfaces.html" style="width:{width}px;height:{height}px;border:0;display:block"></iframe>'
                      f'{script}</body></html>')
PY
}
measure() {  # width -> prints the measurements
    probe ".probe-$1.html" "$1" 900 measure
    chrome --allow-file-access-from-files --window-size="$(($1 + 100)),1000" --virtual-time-budget=8000 \
        --dump-dom "file://$site/.probe-$1.html" | grep -o 'id="measured">MEASURED[^<]*' | sed 's/.*>//' || true
}
phone="$(measure 375)"
echo "visual-charts.sh: 375 px: $phone"
case "$phone" in *"viewport=375 "*) ;; *) fail "the page was not measured at 375 px: $phone" ;; esac
case "$phone" in *" overflow=0 "*) ;; *) fail "at 375 px the chart page scrolls sideways: $phone" ;; esac
case "$phone" in *"stacked=true"*) ;; *) fail "at 375 px the two panels are not stacked: $phone" ;; esac
case "$phone" in *"narrowShown=0"*|"") fail "at 375 px the wide chart does not show its phone drawing: $phone" ;; esac
smallest="$(sed -n 's/.*smallestText=\([0-9.]*\).*/\1/p' <<<"$phone")"
if [ -z "$smallest" ] || awk -v s="$smallest" 'BEGIN { exit !(s < 9) }'; then
    fail "at 375 px chart text is smaller than 9 px ($smallest)"
fi
desktop="$(measure 1100)"
echo "visual-charts.sh: 1100 px: $desktop"
case "$desktop" in *"stacked=false"*) ;; *) fail "at 1100 px the two panels are not side by side: $desktop" ;; esac
case "$desktop" in *"narrowShown=0 "*) ;; *) fail "at 1100 px a phone drawing is shown: $desktop" ;; esac
probe ".shot.html" 375 2600
chrome --window-size=500,2600 --screenshot="$out/phone-charts.png" "file://$site/.shot.html" >/dev/null || true
chrome --window-size=500,2600 --force-dark-mode --screenshot="$out/phone-charts-dark.png" "file://$site/.shot.html" >/dev/null || true
[ -s "$out/phone-charts.png" ] || fail "no phone screenshot"
# The Markdown handout's chart file as GitHub shows it, an <img> on its light and dark pages,
# under a light and a dark system theme: four combinations to look at.
cat >"$site/.github.html" <<'EOF'
<!DOCTYPE html><html><body style="margin:0;font-family:sans-serif">
<div style="background:#0d1117;color:#e6edf3;padding:10px">dark page<br><img src="01-surfaces-3.svg" style="width:480px"></div>
<div style="background:#fff;color:#1f2328;padding:10px">light page<br><img src="01-surfaces-3.svg" style="width:480px"></div>
</body></html>
EOF
chrome --window-size=520,900 --screenshot="$out/github-chart-light-system.png" "file://$site/.github.html" >/dev/null || true
chrome --window-size=520,900 --force-dark-mode --screenshot="$out/github-chart-dark-system.png" "file://$site/.github.html" >/dev/null || true

# --- One copy of the contour per page; every reference resolves.
python3 - "$site/01-surfaces.html" "$site"/01-surfaces-*.svg <<'PY' || fail "shared drawings"
import re, sys
page = open(sys.argv[1]).read()
symbols = re.findall(r'<symbol id="([^"]+)"', page)
ids = re.findall(r' id="([^"]+)"', page)
refs = set(re.findall(r'href="#([^"]+)"', page))
assert len(symbols) == 1, f"{len(symbols)} contour drawings on the page, want 1"
assert len(ids) == len(set(ids)), "duplicate ids"
assert refs <= set(ids), f"unresolved references {refs - set(ids)}"
for f in sys.argv[2:]:
    svg = open(f).read()
    assert set(re.findall(r'href="#([^"]+)"', svg)) <= set(re.findall(r' id="([^"]+)"', svg)), f"{f} is not self-contained"
    assert 'class="lc-bg"' in svg, f"{f} has no background of its own"
PY

# --- The PDF.
pdfinfo "$site/course.pdf" | grep -q "A4" || fail "course.pdf is not A4: $(pdfinfo "$site/course.pdf" | grep 'Page size')"
qpdf --json --json-key=outlines "$site/course.pdf" >"$work/outline.json"
python3 - "$work/outline.json" <<'PY' || fail "course.pdf's bookmarks"
import json, sys
outline = json.load(open(sys.argv[1]))["outlines"]
titles = []
def walk(items, depth):
    for item in items:
        titles.append((depth, item["title"].strip()))
        walk(item["kids"], depth + 1)
walk(outline, 0)
for want in ["Surfaces", "One wide chart", "Side by side", "Weights", "Values", "A large tensor", "Errors"]:
    assert any(want in t for _, t in titles), f"no bookmark for {want}: {titles}"
assert any(d == 1 for d, _ in titles), "sections are not nested under their lessons"
PY
pages="$(pdfinfo "$site/course.pdf" | awk '/^Pages:/ { print $2 }')"
for p in $(seq 2 "$pages"); do
    text="$(pdftotext -f "$p" -l "$p" "$site/course.pdf" -)"
    grep -E -q "^$p ?/ ?$pages\$" <<<"$text" || fail "page $p has no page number \"$p / $pages\""
    lines="$(grep -v -E "^\s*$|^$p ?/ ?$pages\$" <<<"$text" | wc -l)"
    [ "$lines" -ge 3 ] || fail "page $p holds only $lines line(s): $(tr '\n' ' ' <<<"$text")"
    # A page starting with the tail of a list (exercises) continued from the page before.
    first="$(grep -v -E '^\s*$' <<<"$text" | head -1)"
    if grep -E -q '^[0-9]+\. ' <<<"$first" && [ "$lines" -le 6 ]; then
        fail "page $p holds only the end of a list: $(tr '\n' ' ' <<<"$text")"
    fi
done
contents="$(pdftotext -layout -f 1 -l 1 "$site/course.pdf" -)"
grep -E -q "Surfaces +[0-9]+\$" <<<"$contents" || fail "the contents page gives no page for the lesson: $contents"
grep -E -q "Side by side +[0-9]+\$" <<<"$contents" || fail "the contents page gives no page for a section"

if [ $failures -gt 0 ]; then
    echo "visual-charts.sh: $failures check(s) failed; screenshots in $out" >&2
    exit 1
fi
echo "visual-charts.sh: ok ($pages PDF pages; screenshots in $out)"
