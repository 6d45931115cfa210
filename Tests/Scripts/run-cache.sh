#!/usr/bin/env bash
# The run cache of `lesson run`, `check` and `build` (issue 17):
# - an unchanged course runs no lesson and its handouts are byte-identical (--no-timings)
#   to those of a build without the cache (the bundled course and a small one);
# - editing one lesson, or one CSV, re-runs exactly the lessons that use it; a data file
#   that was missing and now exists counts as an edit;
# - a truncated or corrupted entry is ignored and replaced, never used;
# - builds killed with SIGKILL at random moments leave a cache that the next build uses
#   or discards, and its handouts are always those of a fresh build.
# Uses the binary in $LESSON (scripts/test sets it to the release build).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
ROUNDS="${ROUNDS:-8}"
[ -x "$LESSON" ] || { echo "run-cache: no lesson binary at $LESSON" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "run-cache: $*" >&2; exit 1; }

# build DIR OUT [options]: builds quietly; the log is in $work/build.log.
build() {
  local dir="$1" out="$2"; shift 2
  "$LESSON" build "$dir" --out "$out" --no-timings --jobs 2 "$@" > "$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "lesson build $dir failed"; }
}
# The lessons the last build ran (not from the cache), sorted, on one line.
ran() { { grep -E '  ran$' "$work/build.log" || true; } | awk '{print $2}' | xargs -r -n1 basename | sort | tr '\n' ' ' | sed 's/ $//'; }
cached_count() { grep -cE '  from the cache$' "$work/build.log" || true; }
same_handouts() { diff -r -x .lesson-cache "$1" "$2" > "$work/diff.txt" || { head -20 "$work/diff.txt" >&2; fail "$3"; }; }
expect_ran() {
  local got; got="$(ran)"
  [ "$got" = "$1" ] || { cat "$work/build.log" >&2; fail "$2: expected to run [$1], ran [$got]"; }
}

# --- The bundled course: a rebuild runs nothing and writes the same bytes.
build "$root/Lessons" "$work/bundled-fresh" --no-cache
build "$root/Lessons" "$work/bundled"
total=$(grep -cE '  (ran|from the cache)$' "$work/build.log")
[ "$(cached_count)" -eq 0 ] || fail "a first build took lessons from an empty cache"
build "$root/Lessons" "$work/bundled"
[ -z "$(ran)" ] || fail "the unchanged bundled course ran: $(ran)"
[ "$(cached_count)" -eq "$total" ] || fail "expected $total lessons from the cache, got $(cached_count)"
grep -q "(0 ran, $total from the cache)" "$work/build.log" || fail "no summary count of cached lessons"
same_handouts "$work/bundled-fresh" "$work/bundled" "handouts rewritten from the cache differ from a fresh build's"
! grep -rl "<script" "$work/bundled" --include='*.html' > /dev/null || fail "a handout has a script"
git -C "$root" check-ignore -q "$work/bundled/.lesson-cache/x.json" 2> /dev/null || \
  grep -qx '\*' "$work/bundled/.lesson-cache/.gitignore" || fail "the cache folder is not ignored by git"
echo "run-cache: bundled course: $total lessons, rebuild ran none, handouts byte-identical"

# --- A small course: which lessons read which data.
course="$work/course"
mkdir -p "$course"
printf '1,2\n3,4\n' > "$course/a.csv"
printf '5,6\n' > "$course/b.csv"
lesson() { printf '# %s\n\n```swift\n%s\n```\n' "$1" "$2" > "$course/$1.md"; }
lesson 1-a 'print(loadCSV("a.csv"))'
lesson 2-b 'print(loadCSV("b.csv"))'
lesson 3-ab 'let a = loadCSV("a.csv")
let b = loadCSV("b.csv")
print(a.sum() + b.sum())'
lesson 4-none 'print(1 + 2)'
printf '# 5-later\n\n```swift expect-error\nprint(loadCSV("later.csv"))\n```\n' > "$course/5-later.md"
out="$work/course-out"

build "$course" "$out"
expect_ran "1-a.md 2-b.md 3-ab.md 4-none.md 5-later.md" "first build"
build "$course" "$out"
expect_ran "" "unchanged course"
build "$course" "$work/course-fresh" --no-cache
same_handouts "$work/course-fresh" "$out" "cached handouts differ (unchanged course)"

printf '\n```swift\nprint("more")\n```\n' >> "$course/4-none.md"
build "$course" "$out"
expect_ran "4-none.md" "after editing one lesson"

printf '1,2\n3,40\n' > "$course/a.csv"
build "$course" "$out"
expect_ran "1-a.md 3-ab.md" "after editing a.csv"
grep -q '40' "$out/1-a.html" || fail "1-a.html does not show the new a.csv"
rm -rf "$work/course-fresh"; build "$course" "$work/course-fresh" --no-cache
same_handouts "$work/course-fresh" "$out" "handouts differ after editing a.csv"

printf '5,6\n' > "$course/b.csv"   # same bytes, new time: content decides
build "$course" "$out"
expect_ran "" "after rewriting b.csv unchanged"

printf 'not,numbers\n' > "$course/later.csv"   # still an error, as the cell expects, but it must run again
build "$course" "$out"
expect_ran "5-later.md" "after creating a file a lesson had asked for"

# --- Damaged entries are never used.
entries=("$out"/.lesson-cache/*.json)
[ "${#entries[@]}" -eq 5 ] || fail "expected 5 cache entries, found ${#entries[@]}"
for e in "${entries[@]}"; do
  if grep -q '1-a.md' "$e"; then truncate -s $(( $(stat -c %s "$e") / 2 )) "$e"; fi
  if grep -q '2-b.md' "$e"; then sed -i 's/"duration"/"duratioN"/' "$e"; fi
  if grep -q '4-none.md' "$e"; then sed -i 's/more/MORE/' "$e"; fi
done
build "$course" "$out"
expect_ran "1-a.md 2-b.md 4-none.md" "after damaging three entries"
rm -rf "$work/course-fresh"; build "$course" "$work/course-fresh" --no-cache
same_handouts "$work/course-fresh" "$out" "handouts differ after damaged entries"
build "$course" "$out"
expect_ran "" "after the damaged entries were replaced"

# --- --no-cache neither reads nor writes.
rm -rf "$work/nc"; build "$course" "$work/nc" --no-cache
[ ! -e "$work/nc/.lesson-cache" ] || fail "--no-cache wrote a cache"

# --- run and check use it too.
cd "$work"
"$LESSON" run "$course/1-a.md" --out "$work/run-out" > run1.log 2>&1
"$LESSON" run "$course/1-a.md" --out "$work/run-out" > run2.log 2>&1
grep -q 'from the cache' run2.log || { cat run2.log >&2; fail "lesson run did not use the cache"; }
"$LESSON" check "$course" --cache-dir "$work/check-cache" > check1.log 2>&1 || { cat check1.log >&2; fail "check failed"; }
grep -qx '5 ran, 0 from the cache' check1.log || { cat check1.log >&2; fail "check: first run count"; }
"$LESSON" check "$course" --cache-dir "$work/check-cache" > check2.log 2>&1 || { cat check2.log >&2; fail "check failed"; }
grep -qx '0 ran, 5 from the cache' check2.log || { cat check2.log >&2; fail "check: cached count"; }
[ "$(grep -c '^PASS .*from the cache' check2.log)" -eq 5 ] || { cat check2.log >&2; fail "check: a line per cached lesson"; }
tail -1 check2.log | grep -qx '5 passed, 0 failed' || fail "check's last line changed"
echo "run-cache: small course: edits re-ran exactly the lessons that use them; damaged entries were replaced"

# --- Builds killed with SIGKILL: the next build is always right.
slow="$work/slow"
mkdir -p "$slow"
for i in 1 2 3 4 5 6; do
  printf '# Slow %s\n\n```swift\nvar s = 0\nfor k in 0..<300000 { s += k %% %s }\nprint("lesson %s:", s)\n```\n\n```swift\nfor k in 0..<2000 { print("line \\(k) of lesson %s") }\n```\n' \
    "$i" "$((i + 6))" "$i" "$i" > "$slow/0$i-slow.md"
done
build "$slow" "$work/slow-ref" --no-cache
start=$(date +%s%N)
build "$slow" "$work/slow-timing"
duration_ms=$(( ($(date +%s%N) - start) / 1000000 + 1 ))
used=0
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$work/slow-out"
  delay_ms=$(( RANDOM * duration_ms / 32768 ))
  "$LESSON" build "$slow" --out "$work/slow-out" --no-timings --jobs 2 > /dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  build "$slow" "$work/slow-out"
  used=$((used + $(cached_count)))
  same_handouts "$work/slow-ref" "$work/slow-out" "round $round (killed after ${delay_ms} ms): the next build's handouts are wrong"
done
echo "run-cache: ok: $ROUNDS builds killed at random moments; each next build was right ($used lessons taken from the caches they left)"
