#!/usr/bin/env bash
# Shows the lesson interpreter prints exactly what Swift prints: every program in
# Tests/Scripts/Conformance/*.swift is valid Swift; each is compiled by swiftc and run,
# and run by the interpreter (ScriptTests.SwiftConformanceProgramTests, which writes its
# outputs to $CONFORMANCE_OUTPUT_DIR). Both must equal the program's .out file.
#   Tests/Scripts/swiftc-conformance.sh            # check everything
#   UPDATE=1 Tests/Scripts/swiftc-conformance.sh   # rewrite .out files from swiftc's output
# Programs avoid random numbers and sort dictionary keys: those differ by design.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=Tests/Scripts/Conformance
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/swiftc" "$work/interp"
fail=0

# 1. swiftc: one invocation per program, two at a time (debug builds compile fastest).
ls "$dir"/*.swift | xargs -P 2 -I{} sh -c 'n=$(basename {} .swift); swiftc -swift-version 5 -suppress-warnings -o "'"$work"'/bin/$n" {} 2> "'"$work"'/bin/$n.log" || { cat "'"$work"'/bin/$n.log"; echo "swiftc failed on {}"; exit 255; }'
for f in "$dir"/*.swift; do
    n=$(basename "$f" .swift)
    "$work/bin/$n" > "$work/swiftc/$n.out" 2>&1 || { echo "FAIL: $n exited with an error under swiftc"; fail=1; }
    if [ "${UPDATE:-}" = 1 ]; then cp "$work/swiftc/$n.out" "$dir/$n.out"; fi
    if ! diff -u "$dir/$n.out" "$work/swiftc/$n.out" > "$work/d"; then
        echo "FAIL: swiftc's output of $n differs from $n.out:"; cat "$work/d"; fail=1
    fi
done

# 2. The interpreter, through its test (builds ScriptTests if needed).
if ! CONFORMANCE_OUTPUT_DIR="$work/interp" swift test --filter ScriptTests.SwiftConformanceProgramTests > "$work/test.log" 2>&1; then
    echo "FAIL: the interpreter's conformance test failed:"; grep -E "error|failed" "$work/test.log" | head -40; fail=1
fi
for f in "$dir"/*.swift; do
    n=$(basename "$f" .swift)
    if [ ! -f "$work/interp/$n.out" ]; then echo "FAIL: the interpreter wrote no output for $n"; fail=1; continue; fi
    if ! diff -u --label "swiftc $n" --label "interpreter $n" "$work/swiftc/$n.out" "$work/interp/$n.out" > "$work/d"; then
        echo "FAIL: the interpreter's output of $n differs from swiftc's:"; cat "$work/d"; fail=1
    fi
done

count=$(ls "$dir"/*.swift | wc -l)
lines=$(cat "$dir"/*.swift | wc -l)
if [ $fail = 0 ]; then echo "OK: $count programs ($lines lines) print the same under swiftc and the interpreter"; fi
exit $fail
