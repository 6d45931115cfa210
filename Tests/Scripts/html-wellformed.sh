#!/usr/bin/env bash
# Renders a hostile lesson (script tags, event attributes, javascript: links in its prose,
# its code and its outputs) with the release `lesson` binary ($LESSON), then checks:
#  - every HTML page (lesson, index, course) parses as HTML5 without a parse error and
#    holds no <script> element, no on* attribute and no javascript: URL;
#  - the Markdown handout, re-parsed by cmark-gfm, loses no block of the lesson's prose;
#  - two runs with --no-timings give byte-identical HTML and Markdown.
# Installs html5lib (pip) and cmark-gfm (apt-get) when they are missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
[ -x "$LESSON" ] || { echo "html-wellformed.sh: no lesson binary at $LESSON (swift build -c release)" >&2; exit 2; }
python3 -c "import html5lib" 2>/dev/null || pip install -q html5lib >/dev/null 2>&1 || true
python3 -c "import html5lib" || { echo "html-wellformed.sh: needs html5lib (pip install html5lib)" >&2; exit 2; }
if ! command -v cmark-gfm >/dev/null; then
    [ "$(id -u)" = 0 ] && apt-get install -y cmark-gfm >/dev/null 2>&1 || true
fi
command -v cmark-gfm >/dev/null || { echo "html-wellformed.sh: needs cmark-gfm (apt-get install cmark-gfm)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
course="$work/course"
mkdir -p "$course"

cat > "$course/01-hostile.md" <<'LESSON'
# Hostile <script>alert("title")</script> lesson

Prose with <script>alert(1)</script> inline, <img src=x onerror="alert(2)"> an image,
a [javascript link](javascript:alert(3)), a [data link](data:text/html,<script>alert(4)</script>),
<a href="javascript:alert(5)" onclick="alert(6)">raw anchor</a> and www.example.com.

<div onmouseover="alert(7)">
raw block
</div>

<script>
alert(8)
</script>

<iframe src="javascript:alert(9)"></iframe>

| col <b onclick=x> | `</td><script>` |
| --- | --- |
| <svg onload=alert(10)> | ~~gone~~ |

- [x] a task with <style>body{display:none}</style>

## Cells that print hostile text

```swift
// </code></pre><script>alert(11)</script>
print("<script>alert(12)</script>")
print("<img src=x onerror=alert(13)>")
```

```output
<script>alert(12)</script>
<img src=x onerror=alert(13)>
```

```swift
markdown("<img src=x onerror=alert(14)> [x](javascript:alert(15)) **bold**")
table(["<b onclick=alert(16)>"], [["</td></tr></table><script>alert(17)</script>"]])
display("\"><script>alert(18)</script>")
```

```swift hide
print("hidden <script>alert(19)</script>")
```

```swift norun
let s = "<script>alert(20)</script>"
```

```swift expect-error
let undefinedName = notDeclared<script>
```

```swift
let x = 1 +
```

```swift
print("after <b>failure</b>")
```

The end, with an autolink https://example.com/?a=<b>&c=d.
LESSON

cat > "$course/02-plain.md" <<'LESSON'
# A plain lesson

Nothing hostile here: just `code` and *emphasis*.

```swift
let n = 3
print(n)
```
LESSON

status=0
run_lesson() {  # out-dir
    local rc=0
    "$LESSON" run "$course/01-hostile.md" --out "$1" --no-timings >/dev/null 2>"$1.log" || rc=$?
    if [ "$rc" -ge 2 ]; then
        echo "html-wellformed.sh: lesson run exited $rc:" >&2; cat "$1.log" >&2; exit 1
    fi
}
run_lesson "$work/a"
run_lesson "$work/b"

if ! cmp -s "$work/a/01-hostile.html" "$work/b/01-hostile.html" || ! cmp -s "$work/a/01-hostile.md" "$work/b/01-hostile.md"; then
    echo "html-wellformed.sh: two runs with --no-timings differ" >&2
    diff "$work/a/01-hostile.html" "$work/b/01-hostile.html" | head -20 >&2 || true
    status=1
fi

rc=0
"$LESSON" build "$course" --out "$work/site" --no-timings --format html,md >/dev/null 2>"$work/build.log" || rc=$?
if [ "$rc" -ge 2 ]; then echo "html-wellformed.sh: lesson build exited $rc:" >&2; cat "$work/build.log" >&2; exit 1; fi

python3 "$here/html_wellformed.py" html "$work/a/01-hostile.html" "$work/site/"*.html || status=1
python3 "$here/html_wellformed.py" blocks "$course/01-hostile.md" "$work/a/01-hostile.md" || status=1
python3 "$here/html_wellformed.py" blocks "$course/02-plain.md" "$work/site/02-plain.md" || status=1

if [ "$status" = 0 ]; then
    echo "html-wellformed.sh: ok ($(ls "$work/site/"*.html | wc -l) pages well-formed, nothing active from the lesson, Markdown keeps every block, runs are byte-identical)"
fi
exit "$status"
