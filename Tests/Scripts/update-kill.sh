#!/usr/bin/env bash
# `lesson check --update` killed with SIGKILL at random moments never leaves a damaged
# lesson: after every kill the file is, byte for byte, either the old lesson or the
# updated one (issue 7: write to a temporary file in the same folder, then rename).
# Uses the binary in $LESSON (scripts/test sets it to the release build).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
ROUNDS="${ROUNDS:-20}"
[ -x "$LESSON" ] || { echo "update-kill: no lesson binary at $LESSON" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# A lesson with a BOM, CRLF line endings and stale outputs, whose cells print a lot, so
# that a run and the write of the updated file both take a moment.
{
  printf '\xef\xbb\xbf# Kill test\r\n\r\nTrailing spaces here   \r\n\r\n'
  for c in 1 2 3 4; do
    printf '```swift\r\nfor i in 0..<12000 { print("cell %s line \\(i): some text to make the output long") }\r\n```\r\n' "$c"
    printf '```output\r\nstale %s\r\n```\r\n\r\n' "$c"
  done
  printf 'The end, without a final newline.'
} > old.md

cp old.md lesson.md
start=$(date +%s%N)
status=0
"$LESSON" check --update lesson.md > update.log 2>&1 || status=$?
end=$(date +%s%N)
[ "$status" -eq 0 ] || { echo "update-kill: the uninterrupted update failed (exit $status):" >&2; cat update.log >&2; exit 1; }
cp lesson.md new.md
if cmp -s old.md new.md; then echo "update-kill: the update changed nothing" >&2; exit 1; fi
"$LESSON" check --update lesson.md > /dev/null 2>&1
cmp -s lesson.md new.md || { echo "update-kill: a second --update changed the file" >&2; exit 1; }
"$LESSON" check lesson.md > /dev/null 2>&1 || { echo "update-kill: check fails after --update" >&2; exit 1; }

duration_ms=$(( (end - start) / 1000000 + 1 ))
echo "update-kill: one update takes ${duration_ms} ms; killing $ROUNDS updates at random moments"
old_count=0; new_count=0
for round in $(seq 1 "$ROUNDS"); do
  cp old.md lesson.md
  delay_ms=$(( RANDOM * (duration_ms * 12 / 10) / 32768 ))
  "$LESSON" check --update lesson.md > /dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  if cmp -s lesson.md old.md; then
    old_count=$((old_count + 1))
  elif cmp -s lesson.md new.md; then
    new_count=$((new_count + 1))
  else
    echo "update-kill: round $round (killed after ${delay_ms} ms) left a damaged lesson:" >&2
    ls -l lesson.md old.md new.md >&2
    exit 1
  fi
  rm -f .lesson.md.*.tmp
done
echo "update-kill: ok: $ROUNDS kills, the lesson was old $old_count times and updated $new_count times, never damaged"
