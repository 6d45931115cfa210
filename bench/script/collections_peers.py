#!/usr/bin/env python3
"""CPython peers of script.append_1m and script.dict_insert_100k
(Sources/LessonBench/ScriptBenchmarks.swift): the same loops, the same names and the same
output ({"name": ..., "median_ns": ...} per line), so bench/run can print ratios."""
import json
import time


def measure(body, samples=15):
    """Median nanoseconds per call over `samples` calls (after one to warm up)."""
    body()
    times = []
    for _ in range(samples):
        start = time.perf_counter_ns()
        body()
        times.append(time.perf_counter_ns() - start)
    times.sort()
    return times[len(times) // 2]


def append_1m():
    rows = []
    for i in range(1_000_000):
        rows.append(i)


def dict_insert_100k():
    d = {}
    for i in range(100_000):
        d[i] = i


for name, body in [("script.append_1m", append_1m), ("script.dict_insert_100k", dict_insert_100k)]:
    print(json.dumps({"name": name, "median_ns": measure(body)}))
