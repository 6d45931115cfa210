#!/usr/bin/env bash
# `lesson preview` end to end (issue 17): it starts on a free port and prints the URL;
# the page is served; an edit of the lesson sends a reload event and the page shows the
# new output within seconds; a cell stuck in an infinite loop is cancelled by the next
# save; a failing cell shows its error in the page and the terminal and the server goes
# on; an edit of a CSV the lesson read re-runs it; a taken port is a clear error (exit
# 2); SIGINT stops it cleanly (exit 0). Uses the binary in $LESSON (scripts/test sets it).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
[ -x "$LESSON" ] || { echo "preview: no lesson binary at $LESSON" >&2; exit 1; }
command -v curl > /dev/null || { echo "preview: needs curl" >&2; exit 1; }

work="$(mktemp -d)"
server=""; events=""
cleanup() {
  [ -n "$events" ] && kill "$events" 2> /dev/null || true
  [ -n "$server" ] && kill -KILL "$server" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "preview: $*" >&2; echo "--- server log:" >&2; cat "$work/server.log" >&2 || true; exit 1; }
cd "$work"

# wait_for SECONDS DESCRIPTION COMMAND...: retries COMMAND every 0.1 s.
wait_for() {
  local seconds="$1" what="$2"; shift 2
  local deadline=$(( $(date +%s%N) + seconds * 1000000000 ))
  until "$@" > /dev/null 2>&1; do
    [ "$(date +%s%N)" -lt "$deadline" ] || fail "no $what within $seconds s"
    sleep 0.1
  done
}
# Fetched to a file first: `curl | grep -q` fails under pipefail when grep stops reading early.
fetch() { curl -sf "$url/$1" > page.html; }
page_has() { fetch lesson.html && grep -q "$1" page.html; }
events_have() { [ "$(grep -c "^event: $1" events.txt)" -gt "$2" ]; }
# Cells print "version" + " N", so "version N" is in the page only once the cell has run.
write_lesson() { printf '# Preview test\n\n```swift\n%s\n```\n' "$1" > lesson.md.new && mv lesson.md.new lesson.md; }

write_lesson 'print("version" + " one")'
"$LESSON" preview lesson.md --port 0 --timeout 120 > server.log 2>&1 &
server=$!
wait_for 20 "URL printed" grep -q 'http://127.0.0.1:[0-9]*/' server.log
url="$(grep -o 'http://127.0.0.1:[0-9]*' server.log | head -1)"
echo "preview: serving at $url"
wait_for 10 "first run" page_has 'version one'
fetch lesson.html && grep -q '<script>' page.html || fail "the preview page has no reload script"
fetch "" && grep -q 'version one' page.html || fail "/ does not show the lesson"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$url/nothing.html")" = 404 ] || fail "an unknown page is not 404"

curl -sN "$url/events" > events.txt &
events=$!
wait_for 5 "event stream" grep -q 'connected' events.txt

# An edit: a reload event and the new output, within a few seconds.
start=$(date +%s%N)
write_lesson 'print("version" + " two")'
wait_for 5 "reload event after an edit" events_have reload 0
wait_for 5 "new output after an edit" page_has 'version two'
echo "preview: edit -> reload event and new page in $(( ($(date +%s%N) - start) / 1000000 )) ms"
grep -q '^event: running' events.txt || fail "no running event while the lesson ran"
grep -q '"cell":1' events.txt || fail "the running event does not name the cell"

# An infinite loop, then a save: the loop is cancelled and the new version shown.
reloads=$(grep -c '^event: reload' events.txt)
write_lesson 'var i = 0
while true { i += 1 }'
wait_for 5 "running event for the loop" events_have running 1
sleep 1
start=$(date +%s%N)
write_lesson 'print("version" + " three")'
wait_for 5 "new output after cancelling the loop" page_has 'version three'
echo "preview: a save cancelled the infinite loop; new page in $(( ($(date +%s%N) - start) / 1000000 )) ms"
grep -q 'timed out' server.log && fail "the loop ran to its timeout instead of being cancelled"

# A failing cell: its error in the page and in the terminal; the server goes on.
write_lesson 'let x: Int = undefinedName'
wait_for 5 "error in the page" page_has "cannot find &#39;undefinedName&#39;\|cannot find 'undefinedName'"
fetch lesson.html && grep -q 'cell-failed' page.html || fail "the failed cell is not marked"
wait_for 5 "error in the terminal" grep -q "lesson.md:4:.*error: cannot find 'undefinedName'" server.log

# A data file the lesson read: editing it re-runs the lesson.
printf '1,2\n' > data.csv
write_lesson 'print(loadCSV("data.csv").sum())'
wait_for 5 "output from data.csv" page_has 'tensor(3.)\|tensor(3\.0\|>3\.'
fetch lesson.html; page_before="$(grep -o 'tensor([^)]*)' page.html | head -1)"
sleep 0.3
printf '1,2\n3,4\n' > data.csv
wait_for 5 "re-run after editing data.csv" page_has 'tensor(10'
echo "preview: an edited CSV re-ran the lesson ($page_before -> tensor(10.))"

# A taken port: a clear error and exit 2.
port="${url##*:}"
status=0
"$LESSON" preview lesson.md --port "$port" > taken.log 2>&1 || status=$?
[ "$status" -eq 2 ] || { cat taken.log >&2; fail "a taken port gave exit $status, not 2"; }
grep -q "already in use" taken.log || { cat taken.log >&2; fail "a taken port's message does not say so"; }

# Ctrl-C: a clean stop, exit 0, the event stream closed.
kill -INT "$server"
status=0
for _ in $(seq 1 50); do kill -0 "$server" 2> /dev/null || break; sleep 0.1; done
kill -0 "$server" 2> /dev/null && fail "still running 5 s after SIGINT"
wait "$server" || status=$?
server=""
[ "$status" -eq 0 ] || fail "SIGINT stopped it with exit $status"
echo "preview: ok"
