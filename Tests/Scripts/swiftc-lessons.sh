#!/usr/bin/env bash
# Issue 18: every bundled lesson is valid Swift against LessonKit and prints, compiled, what
# it prints in the interpreter. `lesson check --swiftc Lessons` exports each lesson, builds
# them all as one release package (a target per lesson), runs each program and compares its
# output with the interpreter's cell by cell. Then one lesson is exported on its own with
# `lesson export --to swift-package`, and the export's refusals are checked.
# The programs' package lives in .build/lesson-swiftc, so a second run builds only what
# changed. Uses the binary in $LESSON (scripts/test sets it to the release build).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
[ -x "$LESSON" ] || { echo "swiftc-lessons: no lesson binary at $LESSON" >&2; exit 1; }
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "swiftc-lessons: $*" >&2; exit 1; }

start=$(date +%s)
"$LESSON" check --no-cache --swiftc --lessonkit "$root" --swiftc-package "$root/.build/lesson-swiftc" Lessons | tee "$work/check.out"
grep -q "^swiftc: \([0-9]*\) of \1 lessons print what the interpreter prints" "$work/check.out" || fail "not every lesson passes --swiftc"
echo "swiftc-lessons: check --swiftc took $(( $(date +%s) - start )) s"

# The compiled check can fail: a lesson whose output depends on Dictionary order (kept in
# insertion order by the interpreter, unspecified in Swift) is reported at that cell's line;
# a shape error stops the program with the interpreter's message, on standard error.
mkdir -p "$work/parts"
cat > "$work/parts/parts.md" <<'LESSON'
# Where Swift and the lesson language part

```swift
let counts = ["b": 1, "a": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8]
for (name, count) in counts {
    print(name, count)
}
```

```swift
let a = Tensor([1.0, 2.0])
let b = a + Tensor([1.0, 2.0, 3.0])
```
LESSON
if "$LESSON" check --no-cache --swiftc --lessonkit "$root" --swiftc-package "$root/.build/lesson-swiftc" "$work/parts" > "$work/parts.out" 2> "$work/parts.err"; then
    fail "check --swiftc passed a lesson that prints a Dictionary in insertion order"
fi
grep -q "parts.md:3: error: the compiled program's output differs from the interpreter's" "$work/parts.err" \
    || fail "no difference reported at the cell's line: $(cat "$work/parts.err")"
interpreter=$(grep -o "error: +: shapes.*" "$work/parts.err" | head -1 | sed 's/^error: //')
compiled=$(cd "$work/parts" && "$root/.build/lesson-swiftc/.build/release/LessonParts" 2>&1 >/dev/null || true)
[ -n "$interpreter" ] && [ "$compiled" = "error: $interpreter" ] \
    || fail "the compiled program's error '$compiled' is not the interpreter's '$interpreter'"

# A lesson exported on its own: the package's manifest depends on LessonKit by path, its
# main.swift holds the cells with a final value displayed, the CSV it reads is copied.
"$LESSON" export Lessons/09-wide-and-deep.md --to swift-package --out "$work/wide" --lessonkit "$root" > /dev/null
[ -f "$work/wide/data/diabetes.csv" ] || fail "the export did not copy data/diabetes.csv"
grep -q '\.package(path: ' "$work/wide/Package.swift" || fail "the manifest does not depend on LessonKit by path"
grep -q '^import LessonKit$' "$work/wide/Sources/Lesson09WideAndDeep/main.swift" || fail "main.swift does not import LessonKit"
grep -q '^display(' "$work/wide/Sources/Lesson09WideAndDeep/main.swift" || fail "no final value became display(…)"
# Refusals: an existing non-empty folder, a --lessonkit that is no LessonKit package.
if "$LESSON" export Lessons/01-tensors.md --to swift-package --out "$work/wide" --lessonkit "$root" 2> "$work/err"; then
    fail "export overwrote a non-empty folder"
fi
grep -q "not empty" "$work/err" || fail "no clear error for a non-empty folder: $(cat "$work/err")"
[ -f "$work/wide/data/diabetes.csv" ] || fail "a refused export touched the existing folder"
if "$LESSON" export Lessons/01-tensors.md --to swift-package --out "$work/other" --lessonkit "$work" 2> "$work/err"; then
    fail "export accepted a --lessonkit without LessonKit"
fi
[ ! -e "$work/other" ] || fail "a refused export left a folder behind"
echo "swiftc-lessons: ok"
