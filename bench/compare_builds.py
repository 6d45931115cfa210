#!/usr/bin/env python3
"""Two builds of LessonBench side by side: the interpreter's benchmarks before and after a change.

    bench/compare_builds.py BEFORE/LessonBench AFTER/LessonBench [FILTER ...] [--rounds N]

Runs both binaries in turn, round after round (so the shared machine's load falls on both
alike), and prints for every benchmark the median over the rounds of each build and the
ratio after/before. A ratio above 1.05 is a slowdown of more than 5%.
"""
import json
import statistics
import subprocess
import sys


def run(binary, filters):
    out = {}
    for f in filters:
        text = subprocess.run([binary, f], check=True, capture_output=True, text=True).stdout
        for line in text.splitlines():
            row = json.loads(line)
            out[row["name"]] = row["median_ns"]
    return out


def main():
    args = sys.argv[1:]
    rounds = 5
    if "--rounds" in args:
        i = args.index("--rounds")
        rounds = int(args[i + 1])
        del args[i:i + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    before, after, filters = args[0], args[1], args[2:] or ["script.", "prelude."]
    samples = {"before": {}, "after": {}}
    for _ in range(rounds):
        for label, binary in (("before", before), ("after", after)):
            for name, ns in run(binary, filters).items():
                samples[label].setdefault(name, []).append(ns)
    print(f"| benchmark | before (median of {rounds}) | after | after/before |")
    print("| --- | ---: | ---: | ---: |")
    for name in sorted(samples["before"]):
        if name not in samples["after"]:
            continue
        b = statistics.median(samples["before"][name])
        a = statistics.median(samples["after"][name])
        print(f"| {name} | {b:,.0f} ns | {a:,.0f} ns | {a / b:.3f} |")


if __name__ == "__main__":
    main()
