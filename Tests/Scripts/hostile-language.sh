#!/usr/bin/env bash
# Hostile and careless lessons against the language's limits (issue 12): each case ends
# as a clear cell error at the right file:line (or runs correctly), the handouts are
# written, the process exits 0 or 1 (never by a signal), within a time and, where memory
# is the issue, a peak-memory bound. Uses the binary in $LESSON (scripts/test sets it).
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
[ -x "$LESSON" ] || { echo "hostile-language: no lesson binary at $LESSON" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# run NAME WANT_EXIT MAX_SECONDS MAX_MB [lesson options...]: runs $work/NAME.md; checks
# the exit code, the time, the peak memory and that both handouts were written.
run() {
  local name=$1 want=$2 max_s=$3 max_mb=$4
  shift 4
  local start end status kb
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/$name.mem" "$LESSON" run "$work/$name.md" --out "$work/out" "$@" \
    > "$work/$name.log" 2>&1
  status=$?
  end=$(date +%s%N)
  kb=$(tail -1 "$work/$name.mem" | tr -dc 0-9)
  local ms=$(( (end - start) / 1000000 ))
  echo "$name: exit $status, ${ms} ms, peak $((kb / 1024)) MB"
  [ "$status" = "$want" ] || { fail "$name: exit $status, wanted $want"; sed 's/^/  | /' "$work/$name.log" | tail -20 >&2; }
  [ "$ms" -le $((max_s * 1000)) ] || fail "$name: took ${ms} ms, more than ${max_s} s"
  [ "$((kb / 1024))" -le "$max_mb" ] || fail "$name: peak memory $((kb / 1024)) MB, more than $max_mb MB"
  [ -s "$work/out/$name.html" ] && [ -s "$work/out/$name.md" ] || fail "$name: handouts not written"
}

# expect NAME TEXT: the Markdown handout of NAME contains TEXT (fixed string).
expect() {
  grep -qF -- "$2" "$work/out/$1.md" || { fail "$1: handout lacks '$2'"; sed 's/^/  | /' "$work/out/$1.md" | tail -15 >&2; }
}

fence='```'

# 1. Sizes: huge and negative counts are errors at their line, not traps.
cat > "$work/sizes.md" <<EOF
# Sizes

${fence}swift
let a = Array(repeating: 0, count: 1 << 40)
${fence}

${fence}swift
let s = String(repeating: "x", count: 1 << 40)
${fence}

${fence}swift
let t = String(repeating: "ab", count: -1)
${fence}

${fence}swift
var s = "ab"
for _ in 0..<80 { s += s }
${fence}

${fence}swift
print(Array(0..<Int.max).count)
${fence}
EOF
run sizes 1 30 700 --allow-errors --memory-limit 256M
expect sizes "sizes.md:4:14: error: Array(repeating:count:): 1099511627776 elements need 24 TB, more than the session's memory budget of 256 MB"
expect sizes "sizes.md:8:15: error: String(repeating:count:): 1099511627776 elements need 1 TB"
expect sizes "sizes.md:12:15: error: String(repeating:count:): count must not be negative, got -1"
expect sizes "sizes.md:17:"
expect sizes "error: String +=: "
expect sizes "sizes.md:21:12: error: an array of the range's elements:"

# 2. Ranges: closed ranges ending at Int.max, lazy progress and reversed().
cat > "$work/ranges.md" <<EOF
# Ranges

${fence}swift
var n = 0
for _ in 1...Int.max { n += 1; if n == 3 { break } }
print(n)
for i in (Int.max - 2)...Int.max { print(i) }
var k = 0
for _ in progress(0..<Int.max) { k += 1; if k == 5 { break } }
print(k)
for i in (0..<Int.max).reversed() { print(i); break }
print((0..<5).reversed().map { \$0 * 2 })
print(Array((1...3).reversed()))
print((0..<Int.max).count, (0..<Int.max).contains(7))
for i in Int.min...Int.min { print(i) }
for i in (Int.max - 1)..<Int.max { print(i) }
${fence}
EOF
run ranges 0 20 300
expect ranges "3
9223372036854775805
9223372036854775806
9223372036854775807
5
9223372036854775806
[8, 6, 4, 2, 0]
[3, 2, 1]
9223372036854775807 true
-9223372036854775808
9223372036854775806"

# 3. Releasing a linked list of three million instances does not overflow the stack.
cat > "$work/chain.md" <<EOF
# Chain

${fence}swift
class Node {
    var next: Node?
    init(_ next: Node?) { self.next = next }
}
var head: Node? = nil
for _ in 0..<3_000_000 { head = Node(head) }
head = nil
print("released")
${fence}
EOF
run chain 0 60 2000
expect chain "released"

# 4. The front end: a million-link member chain is an error; 40,000 terms compile fast.
python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
with open(f"{w}/members.md", "w") as f:
    f.write("# Members\n\n```swift\nlet x = [1]\nlet y = x" + ".T" * 1_000_000 + "\n```\n")
with open(f"{w}/terms.md", "w") as f:
    f.write("# Terms\n\n```swift\nlet x = " + " + ".join(["1"] * 40_000) + "\nprint(x)\n```\n")
with open(f"{w}/parens.md", "w") as f:
    f.write("# Parens\n\n```swift\nlet x = " + "(" * 100_000 + "1" + ")" * 100_000 + "\n```\n")
PY
run members 1 30 1500
expect members "members.md:5:"
expect members "error: expression is too long or nested too deeply"
run terms 0 10 800
expect terms "40000"
run parens 1 10 500
expect parens "error: expression is nested too deeply"

# 5. Timeouts hold for loops whose every iteration is long, for one huge product, for
# formatting a deeply nested value, and for compiling.
cat > "$work/slowloop.md" <<EOF
# Slow loop

${fence}swift timeout=1
let a = Tensor.ones([1500, 1500])
var s = 0.0
for _ in 0..<1000 { s += a.matmul(a).sum().item }
${fence}
EOF
run slowloop 1 6 700
expect slowloop "slowloop.md:6:"
expect slowloop "error: cell timed out after 1 s"

cat > "$work/bigproduct.md" <<EOF
# Big product

${fence}swift
let a = Tensor.ones([8192, 8192])
let b = a.matmul(a)
print(b.shape)
${fence}
EOF
run bigproduct 1 8 1500 --timeout 1
expect bigproduct "bigproduct.md:5:"
expect bigproduct "error: cell timed out after 1 s"

cat > "$work/nested.md" <<EOF
# Nested

${fence}swift
var a: [Any] = []
for _ in 0..<1_000_000 { a = [a] }
print(a)
${fence}
EOF
run nested 1 30 1500
expect nested "nested.md:6:"
expect nested "output passed 1024 KB"

cat > "$work/spin.md" <<EOF
# Spin

${fence}swift timeout=0.5
while true {}
${fence}
EOF
run spin 1 5 300
expect spin "spin.md:4:1: error: cell timed out after 0.5 s"

# 6. The memory budget: many tensors each under the per-tensor cap.
cat > "$work/tensors.md" <<EOF
# Tensors

${fence}swift
var keep: [Tensor] = []
for _ in 0..<40 { keep.append(Tensor.zeros([128 * 1024 * 1024])) }
${fence}

${fence}swift
print("after")
${fence}
EOF
run tensors 1 60 1300 --memory-limit 1G --allow-errors
expect tensors "tensors.md:5:"
expect tensors "a tensor of shape [134217728] needs 512 MB, and the tensors alive hold 1024 MB of the 1024 MB memory budget"
expect tensors "after"

# 7. Under a small address space a one-line lesson runs (on a smaller stack) or fails
# clearly; it never hangs waiting for a thread that could not start.
cat > "$work/small.md" <<EOF
# Small

${fence}swift
print(1 + 1)
${fence}
EOF
status=0
( ulimit -v 1048576; timeout 60 "$LESSON" run "$work/small.md" --out "$work/out" > "$work/small.log" 2>&1 ) || status=$?
echo "small (ulimit -v 1G): exit $status"
case $status in
  0) expect small "2" ;;
  1) grep -q "could not start a thread" "$work/out/small.md" || fail "small: exit 1 without the thread message" ;;
  *) fail "small: exit $status under ulimit -v 1G"; cat "$work/small.log" >&2 ;;
esac

if [ "$failures" -gt 0 ]; then
  echo "hostile-language: $failures failure(s)" >&2
  exit 1
fi
echo "hostile-language: all passed"
