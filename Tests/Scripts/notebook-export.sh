#!/usr/bin/env bash
# `lesson export --to ipynb` and `lesson build --ipynb` (issue 18):
# - bundled lessons exported as notebooks (one with charts and a table, one with expected
#   errors, values and a table) pass nbformat's validator (nbformat.read + validate, the
#   file as written, with warnings about repairs counted as failures), are nbformat 4.5
#   with Swift kernel metadata, and are byte for byte what nbformat itself writes;
# - a notebook the validator must reject is rejected (the check can fail);
# - two exports give identical bytes;
# - `jupyter nbconvert --to html` converts one without an error, its charts as SVG;
# - a lesson whose cell fails still exports (exit 1), the error as an `error` output;
# - bad input (an unknown target, a missing file, an --out that is a file) exits 2 and
#   writes nothing;
# - `lesson build --ipynb` writes a notebook per lesson, and each page links to its own.
# Uses the binary in $LESSON (scripts/test sets it to the release build); needs Python's
# nbformat and nbconvert, which `scripts/install-deps --tests` installs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
[ -x "$LESSON" ] || { echo "notebook-export: no lesson binary at $LESSON" >&2; exit 1; }
python3 -c 'import nbformat, nbconvert' || {
  echo "notebook-export: needs Python's nbformat and nbconvert (run scripts/install-deps --tests)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "notebook-export: $*" >&2; exit 1; }
validate() { python3 "$here/notebook_valid.py" "$@" > "$work/valid.log" || { cat "$work/valid.log" >&2; fail "invalid notebook"; }; }

# --- Bundled lessons.
lessons=(04-linear-regression 01-tensors)
for name in "${lessons[@]}"; do
  "$LESSON" export "$root/Lessons/$name.md" --to ipynb --out "$work/nb" > "$work/export.log" 2>&1 \
    || { cat "$work/export.log" >&2; fail "lesson export $name.md failed"; }
  [ -f "$work/nb/$name.ipynb" ] || fail "no $name.ipynb"
done
validate "$work"/nb/*.ipynb
cat "$work/valid.log"
grep -q '04-linear-regression.ipynb: valid: .*display_data\[image/svg+xml,text/plain\]' "$work/valid.log" || fail "04: no chart"
grep -q '04-linear-regression.ipynb: valid: .*display_data\[text/html,text/plain\]' "$work/valid.log" || fail "04: no table"
grep -q '01-tensors.ipynb: valid: .* error' "$work/valid.log" || fail "01: no error output"
grep -q '01-tensors.ipynb: valid: .*execute_result\[text/plain\]' "$work/valid.log" || fail "01: no cell value"

# The validator rejects a notebook it should: a code cell without its execution_count.
mkdir -p "$work/broken"
python3 - "$work/nb/01-tensors.ipynb" "$work/broken/broken.ipynb" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1]))
del next(c for c in nb["cells"] if c["cell_type"] == "code")["execution_count"]
json.dump(nb, open(sys.argv[2], "w"))
PY
if python3 "$here/notebook_valid.py" "$work/broken/broken.ipynb" > "$work/broken.log" 2>&1; then
  fail "the validator accepted a notebook with a code cell missing its execution_count"
fi

# Two exports, same bytes.
"$LESSON" export "$root/Lessons/04-linear-regression.md" --to ipynb --out "$work/again" > /dev/null 2>&1
cmp -s "$work/nb/04-linear-regression.ipynb" "$work/again/04-linear-regression.ipynb" || fail "two exports differ"

# --- nbconvert opens one.
python3 -m jupyter nbconvert --to html "$work/nb/04-linear-regression.ipynb" --output-dir "$work/html" > "$work/nbconvert.log" 2>&1 \
  || { cat "$work/nbconvert.log" >&2; fail "jupyter nbconvert --to html failed"; }
! grep -Eq 'Traceback|ERROR|Error:' "$work/nbconvert.log" || { cat "$work/nbconvert.log" >&2; fail "nbconvert reported an error"; }
html="$work/html/04-linear-regression.html"
charts=$(grep -c 'data-mime-type="image/svg+xml"' "$html" || true)
[ "$charts" -eq 3 ] || fail "nbconvert's page shows $charts charts, expected 3"
grep -q '<th>' "$html" || fail "nbconvert's page has no table"
echo "notebook-export: nbconvert --to html: $(wc -c < "$html") bytes, $charts charts"

# --- A failing cell: still exported, exit 1, the error as an output.
mkdir -p "$work/fails"
printf '# Fails\n\n```swift\nprint("before")\nlet t = Tensor([1.0, 2.0]) + Tensor([1.0, 2.0, 3.0])\n```\n\n```swift\nprint("never")\n```\n' > "$work/fails/fails.md"
rc=0; "$LESSON" export "$work/fails/fails.md" --to ipynb --out "$work/fails-out" > "$work/fails.log" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || { cat "$work/fails.log" >&2; fail "a failing lesson exited $rc, expected 1"; }
validate "$work/fails-out/fails.ipynb"
python3 - "$work/fails-out/fails.ipynb" <<'PY' || fail "the failing cell's notebook is wrong"
import json, sys
cells = [c for c in json.load(open(sys.argv[1]))["cells"] if c["cell_type"] == "code"]
kinds = [o["output_type"] for o in cells[0]["outputs"]]
assert kinds == ["stream", "error"], kinds
error = cells[0]["outputs"][1]
assert error["ename"] == "error" and error["evalue"] and isinstance(error["traceback"], list), error
assert "fails.md:5:" in error["traceback"][0], error["traceback"]
assert cells[1]["outputs"] == [] and cells[1]["execution_count"] is None, cells[1]
PY

# --- Bad input: exit 2, nothing written.
expect_2() {
  local what="$1"; shift
  rc=0; "$@" > "$work/bad.log" 2>&1 || rc=$?
  [ "$rc" -eq 2 ] || { cat "$work/bad.log" >&2; fail "$what: exit $rc, expected 2"; }
  [ -s "$work/bad.log" ] || fail "$what: no message"
}
expect_2 "unknown target" "$LESSON" export "$root/Lessons/08-xor.md" --to pdf --out "$work/bad-out"
grep -q "unknown export target 'pdf' (use ipynb" "$work/bad.log" || { cat "$work/bad.log" >&2; fail "unknown target: unclear message"; }
expect_2 "no --to" "$LESSON" export "$root/Lessons/08-xor.md" --out "$work/bad-out"
expect_2 "missing file" "$LESSON" export "$work/no-such.md" --to ipynb --out "$work/bad-out"
[ ! -e "$work/bad-out" ] || fail "a failed export wrote $(ls "$work/bad-out")"
touch "$work/a-file"
expect_2 "--out is a file" "$LESSON" export "$root/Lessons/08-xor.md" --to ipynb --out "$work/a-file"
[ ! -s "$work/a-file" ] || fail "--out a-file: the file was written to"
[ -z "$(find "$work" -maxdepth 1 -name '*.ipynb*' -o -maxdepth 1 -name '.*.tmp')" ] || fail "a half-written file was left"

# --- lesson build --ipynb: a notebook per lesson, linked from its page.
course="$work/course"
mkdir -p "$course"
printf '# One\n\n```swift\nprint(1 + 1)\n```\n' > "$course/01-one.md"
printf '# Two\n\n```swift\ntable(["x"], [[1.0], [2.0]])\n```\n' > "$course/02-two.md"
"$LESSON" build "$course" --ipynb --out "$work/site" --no-timings > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; fail "lesson build --ipynb failed"; }
validate "$work/site/01-one.ipynb" "$work/site/02-two.ipynb"
for name in 01-one 02-two; do
  grep -q "<a class=\"download\" href=\"$name.ipynb\" download>" "$work/site/$name.html" || fail "$name.html does not link its notebook"
done
"$LESSON" build "$course" --out "$work/site-plain" --no-timings > /dev/null 2>&1 || fail "lesson build failed"
[ ! -e "$work/site-plain/01-one.ipynb" ] || fail "a build without --ipynb wrote a notebook"
! grep -q 'class="download"' "$work/site-plain/01-one.html" || fail "a page links a notebook that was not built"
echo "notebook-export: ok: ${#lessons[@]} bundled lessons and 3 more notebooks valid (nbformat 4.5), stable bytes, nbconvert, exit codes, build --ipynb"
