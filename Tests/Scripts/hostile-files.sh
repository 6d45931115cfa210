#!/usr/bin/env bash
# Hostile lessons and options against the release binary (issue 12, files and output):
# every case ends as exit 0/1/2 with a clear message at the right line (never a signal),
# the handouts are written and stay small, peak memory stays under a bound, `--update`
# leaves no temporary file even when killed, writes through links and records control
# characters visibly, lesson text cannot steer the terminal or GitHub Actions, and course
# links cannot become URL schemes. Uses $LESSON (scripts/test sets it to the release build).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
[ -x "$LESSON" ] || { echo "hostile-files: no lesson binary at $LESSON" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "hostile-files: $*" >&2; exit 1; }
# Runs the binary under /usr/bin/time; sets $status and $peak_kb. Never lets a signal pass.
measure() {
  status=0
  /usr/bin/time -f '%M' -o time.txt "$LESSON" "$@" > out.txt 2> err.txt || status=$?
  peak_kb=$(tail -n 1 time.txt | tr -dc '0-9')
  [ "$status" -lt 128 ] || { cat err.txt >&2; fail "'lesson $*' died by a signal (status $status)"; }
  if grep -q "Command terminated by signal" time.txt; then cat time.txt err.txt >&2; fail "'lesson $*' died by a signal"; fi
}
expect_error_at() {   # FILE:LINE TEXT: an error line in err.txt at that place saying TEXT
  grep -F "$1:" err.txt | grep -F "error:" | grep -qF "$2" || { cat err.txt >&2; fail "no error at $1 saying '$2'"; }
}

# 1. One lesson of hostile cells, run with --allow-errors: each fails at its own line.
cat > hostile.md <<'LESSON'
# Hostile

```swift
let x = Tensor.zeros([1, 1, 4, 4])
let c = Conv2d(1, 1, kernelSize: 3, padding: Int.max / 2)
let y = c(x)
```

```swift
let t = Tensor.zeros([2, 3]).reshaped([4294967296, 4294967296])
```

```swift
let s = String(format: "%.900000000f", 1.5)
```

```swift
for i in 0..<1_000_000 {
    markdown("a line of Markdown, number \(i), long enough to fill the cap soon")
}
```

```swift
for i in 0..<1_000_000 {
    display([i, i, i, i, i, i, i, i, i, i])
}
```

```swift
for i in 0..<1_000_000 {
    table(["i", "square"], [[i, i * i]])
}
```

```swift timeout=1e11
let h = Figure(title: "5000 x 5000")
h.heatmap(Tensor.rand([5000, 5000]))
show(h)
let xs = Tensor.linspace(0, 10, count: 1000)
let z = sin(xs).unsqueezed(axis: 1) * cos(xs).unsqueezed(axis: 0)
let g = Figure(title: "1000 levels")
g.contour(xs, xs, z, levels: 1000)
show(g)
print("charts drawn")
```
LESSON
measure run --allow-errors --out site hostile.md
[ "$status" -eq 1 ] || { cat err.txt >&2; fail "hostile.md: expected exit 1, got $status"; }
expect_error_at hostile.md:6 "padding"
expect_error_at hostile.md:10 "cannot reshape [2, 3]"
expect_error_at hostile.md:14 "precision 900000000"
expect_error_at hostile.md:19 "output passed 1024 KB"
expect_error_at hostile.md:25 "output passed 1024 KB"
expect_error_at hostile.md:31 "output passed 1024 KB"
grep -q "warning: 'timeout=1e11' is longer than the longest timeout" err.txt || { cat err.txt >&2; fail "no warning for timeout=1e11"; }
grep -q "charts drawn" site/hostile.md || fail "the chart cell did not finish"
grep -q "5000×5000 grid shown as 125×125 cells" site/hostile.html || fail "the heatmap was not reduced"
grep -q "1000 levels asked for, 100 drawn" site/hostile.html || fail "the contour levels were not reduced"
html_kb=$(( $(stat -c %s site/hostile.html) / 1024 ))
md_kb=$(( $(stat -c %s site/hostile.md) / 1024 ))
[ "$html_kb" -lt 16384 ] || fail "the HTML handout is $html_kb KB"
[ "$md_kb" -lt 8192 ] || fail "the Markdown handout is $md_kb KB"
for svg in site/hostile-*.svg; do
  [ "$(stat -c %s "$svg")" -le $((4 << 20)) ] || fail "$svg is over 4 MB"
done
# The 5000x5000 tensor alone is 100 MB and the grid handed to the chart 200 MB.
[ "$peak_kb" -lt $((1536 * 1024)) ] || fail "peak memory $peak_kb KB"
echo "hostile-files: hostile lesson: exit 1, 6 errors at their lines, handouts ${html_kb} KB HTML + ${md_kb} KB Markdown, peak $((peak_kb / 1024)) MB"

# 2. Timeouts that do not fit: refused options (exit 2), nothing written.
for value in 1e11 nan -5 inf; do
  measure run --timeout="$value" --out never hostile.md
  [ "$status" -eq 2 ] || { cat err.txt >&2; fail "--timeout $value: expected exit 2, got $status"; }
  grep -q -- "--timeout must be a positive number of seconds, at most 86400" err.txt || { cat err.txt >&2; fail "--timeout $value: no message"; }
  [ ! -e never ] || fail "--timeout $value wrote handouts"
done
echo "hostile-files: --timeout 1e11/nan/-5/inf: exit 2 with a message"

# 3. --update killed at random moments leaves no temporary file beside the lesson, ever;
#    a dead writer's leftover is removed by the next update.
{
  printf '# Kill\n\n'
  for c in 1 2 3; do
    printf '```swift\nfor i in 0..<20000 { print("cell %s line \\(i) with some text to make it long") }\n```\n\n' "$c"
  done
} > kill.md
cp kill.md kill-old.md
for round in $(seq 1 15); do
  cp kill-old.md kill.md
  "$LESSON" check --update --no-cache kill.md > /dev/null 2>&1 &
  pid=$!
  sleep "0.$(( (RANDOM % 9) + 1 ))$(( RANDOM % 10 ))"
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  if ls -a | grep -q '^\.kill\.md\.lesson-.*\.tmp$'; then ls -la >&2; fail "round $round: a killed --update left a temporary file"; fi
done
# The last round may have finished its update: start again from the lesson without outputs,
# so this update has something to write.
cp kill-old.md kill.md
touch .kill.md.lesson-4194305-77.tmp
"$LESSON" check --update --no-cache kill.md > /dev/null 2>&1
[ ! -e .kill.md.lesson-4194305-77.tmp ] || fail "a dead writer's temporary file was not cleaned up"
echo "hostile-files: 15 killed updates left no temporary file; a stale one was removed"

# 4. --update through a symbolic link, with NUL and ESC in the output.
printf '# Link\n\n```swift\nprint("a\\u{0}b\\u{1B}[2Jc")\n```\n' > real.md
chmod 640 real.md
ln -s real.md link.md
measure check --update link.md
[ "$status" -eq 0 ] || { cat err.txt >&2; fail "check --update link.md: exit $status"; }
[ -L link.md ] && [ "$(readlink link.md)" = real.md ] || fail "the link was replaced"
[ "$(stat -c %a real.md)" = 640 ] || fail "the lesson's mode changed to $(stat -c %a real.md)"
if tr -d '\000' < real.md | cmp -s - real.md; then :; else fail "a NUL was written into the lesson"; fi
grep -q $'\x1b' real.md && fail "an ESC was written into the lesson"
grep -q 'a␀b␛\[2Jc' real.md || { cat real.md >&2; fail "the output was not recorded visibly"; }
measure check link.md
[ "$status" -eq 0 ] || { cat err.txt >&2; fail "check after --update: exit $status"; }
echo "hostile-files: --update wrote through the link, kept mode 640, recorded NUL/ESC as ␀/␛"

# 5. Lesson text cannot steer the terminal or issue workflow commands under GitHub Actions.
cat > evil.md <<'LESSON'
# Evil

```swift
assert(false, "x\n::add-mask::secret\n  ::warning file=a.md::pwned\n##[error]old\u{1B}]0;title\u{07}")
```
LESSON
status=0
GITHUB_ACTIONS=true "$LESSON" check evil.md > out.txt 2> err.txt || status=$?
[ "$status" -eq 1 ] || { cat err.txt >&2; fail "evil.md: expected exit 1, got $status"; }
if grep -q $'\x1b\|\x07' err.txt out.txt; then fail "a control character reached the log"; fi
if grep -vE '^::error file=evil\.md,line=4' err.txt | grep -qE '^[[:space:]]*(::|##\[)'; then
  cat err.txt >&2; fail "lesson text issued a workflow command"
fi
[ "$(grep -c '^::error ' err.txt)" -eq 1 ] || { cat err.txt >&2; fail "expected exactly one ::error annotation"; }
echo "hostile-files: GITHUB_ACTIONS: one annotation, no injected command, no control character"

# 6. A course lesson named like a URL gets relative links.
mkdir course
printf '# First\n\nText.\n' > 'course/javascript:alert(1).md'
printf '# Second\n\nText.\n' > course/zz.md
measure build --out built course
[ "$status" -eq 0 ] || { cat err.txt >&2; fail "build: exit $status"; }
grep -q 'href="./javascript%3Aalert(1).html"' built/index.html || fail "the index link is not a safe relative path"
grep -qi 'href="javascript:' built/*.html && fail "a javascript: link was written"
echo "hostile-files: a lesson named javascript:alert(1).md is linked as ./javascript%3Aalert(1).html"
# 7. Every input the Markdown fuzzer stopped on runs to an exit code, never a signal.
for input in "$root"/Tests/Fuzz/Markdown/regressions/*.md; do
  cp "$input" fuzz-input.md
  measure run --out fuzz-out fuzz-input.md
  [ "$status" -le 2 ] || { cat err.txt >&2; fail "$(basename "$input"): exit $status"; }
done
echo "hostile-files: the fuzzer's regression inputs run without a signal"
echo "hostile-files: ok"
