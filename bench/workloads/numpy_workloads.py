#!/usr/bin/env python3
"""NumPy peers of the workload lessons that NumPy can express without autograd: the chain
(its backward written out by hand) and square matmuls. Same interface as torch_workloads.py:

    numpy_workloads.py NAME SAMPLES    in-process: one JSON line with every sample's ns
    numpy_workloads.py NAME once       whole process

Threads: set OPENBLAS_NUM_THREADS in the environment (NumPy reads it at import)."""
import json
import sys
import time

import numpy as np


def chain():
    rng = np.random.default_rng(0)
    a = rng.standard_normal(1_000_000, dtype=np.float32)
    b = rng.standard_normal(1_000_000, dtype=np.float32)
    c = rng.standard_normal(1_000_000, dtype=np.float32)

    def work():
        s = 1 / (1 + np.exp(-(a * b + c)))
        total = s.sum()
        d = s * (1 - s)          # d total / d (a*b+c), the gradient of sum being ones
        grads = (d * b, d * a, d)
        return float(total), grads
    return work


def matmul(n):
    def make():
        rng = np.random.default_rng(3)
        a = rng.standard_normal((n, n), dtype=np.float32)
        b = rng.standard_normal((n, n), dtype=np.float32)
        return lambda: a @ b
    return make


WORKLOADS = {"chain": chain}
for n in (64, 128, 256, 512, 1024, 2048):
    WORKLOADS[f"matmul{n}"] = matmul(n)


if __name__ == "__main__":
    name = sys.argv[1]
    work = WORKLOADS[name]()
    if sys.argv[2] == "once":
        work()
    else:
        work()
        times = []
        for _ in range(int(sys.argv[2])):
            start = time.perf_counter_ns()
            work()
            times.append(time.perf_counter_ns() - start)
        print(json.dumps({"name": name, "samples_ns": times}), flush=True)
