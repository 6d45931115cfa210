#!/usr/bin/env bash
# Checks the differential corpus (Tests/Differential, see its README) against swiftc, the
# language's reference:
#   - every Valid/NNN-topic.swift compiles (-Onone, two programs at a time), runs, exits 0
#     and prints exactly its NNN-topic.out, twice (Swift seeds its hashing per process, so a
#     Set or Dictionary printed unsorted shows);
#   - every Invalid/NNN-mistake.swift fails to compile, and swiftc's first error, written
#     `LINE:COL: error: MESSAGE` without the path, is exactly its NNN-mistake.err.
# The interpreter's side (same files, same expectations) is ScriptTests.DifferentialCorpusTests,
# run by `swift test`.
#   Tests/Scripts/swiftc-differential.sh            # check everything
#   UPDATE=1 Tests/Scripts/swiftc-differential.sh   # rewrite .out/.err from swiftc
#   ONLY=042 Tests/Scripts/swiftc-differential.sh   # only the programs whose path matches a regex
set -euo pipefail
cd "$(dirname "$0")/../.."
valid=Tests/Differential/Valid
invalid=Tests/Differential/Invalid
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/out" "$work/err"
only=${ONLY:-}
start=$(date +%s)

# One program per swiftc invocation: each is a separate main, so they cannot share one.
# Writes $work/bin/NAME (or $work/err/NAME.log on failure); never stops the batch.
compile() {
    local f=$1 n
    n=$(basename "$f" .swift)
    swiftc -swift-version 5 -suppress-warnings -Onone -o "$work/bin/$n" "$f" > "$work/err/$n.log" 2>&1 || true
}
export -f compile
export work

shopt -s nullglob
list() { for f in "$1"/*.swift; do if [[ -z "$only" || $f =~ $only ]]; then echo "$f"; fi; done; }
list "$valid" > "$work/valid.txt"
list "$invalid" > "$work/invalid.txt"
cat "$work/valid.txt" "$work/invalid.txt" | xargs -P 2 -I{} bash -c 'compile "$1"' _ {}
compiled=$(date +%s)

fail=0; nv=0; ni=0; okv=0; oki=0
while read -r f; do
    n=$(basename "$f" .swift); nv=$((nv + 1))
    if [ ! -x "$work/bin/$n" ]; then
        echo "FAIL: $f is meant to be valid Swift, but swiftc rejects it:"; sed 's|^.*/||' "$work/err/$n.log" | head -10; fail=1; continue
    fi
    rc=0; timeout 20 "$work/bin/$n" > "$work/out/$n.out" 2>&1 || rc=$?
    if [ $rc != 0 ]; then echo "FAIL: $n exits with $rc under swiftc:"; tail -5 "$work/out/$n.out"; fail=1; continue; fi
    # Swift seeds its hashing per process: a second run catches a Set or Dictionary printed unsorted.
    timeout 20 "$work/bin/$n" > "$work/out/$n.again" 2>&1 || true
    if ! cmp -s "$work/out/$n.out" "$work/out/$n.again"; then
        echo "FAIL: $n prints something else on a second run (print Sets and Dictionaries sorted):"
        diff "$work/out/$n.out" "$work/out/$n.again" | head -6; fail=1; continue
    fi
    if [ "${UPDATE:-}" = 1 ]; then cp "$work/out/$n.out" "$valid/$n.out"; fi
    if ! diff -u --label "$n.out" --label "swiftc $n" "$valid/$n.out" "$work/out/$n.out" > "$work/d" 2>&1; then
        echo "FAIL: swiftc's output of $n differs from $n.out:"; head -40 "$work/d"; fail=1; continue
    fi
    okv=$((okv + 1))
done < "$work/valid.txt"

while read -r f; do
    n=$(basename "$f" .swift); ni=$((ni + 1))
    if [ -x "$work/bin/$n" ]; then echo "FAIL: $f is meant to be invalid Swift, but swiftc compiles it"; fail=1; continue; fi
    # swiftc's first error, its path removed: `LINE:COL: error: MESSAGE`.
    first=$(grep -m1 -E '^.*:[0-9]+:[0-9]+: error: ' "$work/err/$n.log" | sed -E 's|^.*:([0-9]+:[0-9]+: error: )|\1|' || true)
    if [ -z "$first" ]; then echo "FAIL: swiftc gave no located error for $n:"; head -5 "$work/err/$n.log"; fail=1; continue; fi
    if [ "${UPDATE:-}" = 1 ]; then printf '%s\n' "$first" > "$invalid/$n.err"; fi
    if [ "$(cat "$invalid/$n.err" 2>/dev/null)" != "$first" ]; then
        echo "FAIL: swiftc's first error for $n differs from $n.err:"; echo "  expected: $(cat "$invalid/$n.err" 2>/dev/null)"; echo "  swiftc:   $first"; fail=1; continue
    fi
    oki=$((oki + 1))
done < "$work/invalid.txt"

end=$(date +%s)
echo "swiftc: valid $okv/$nv print their .out; invalid $oki/$ni fail with their .err (compiling $((compiled - start)) s, all $((end - start)) s)"
exit $fail
