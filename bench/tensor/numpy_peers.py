#!/usr/bin/env python3
"""NumPy peers of Sources/LessonBench/TensorBenchmarks.swift: the same work, the same names, and
the same output ({"name": ..., "median_ns": ...} per line), so bench/run can print ratios.

NumPy runs on the same OpenBLAS as the Swift side when installed from Debian; set
OPENBLAS_NUM_THREADS=1 to compare with the engine's single-threaded default."""
import json
import sys
import time

import numpy as np


def measure(body, inner_loops=1, samples=15):
    """Median nanoseconds per call over `samples` samples of `inner_loops` calls."""
    body()
    times = []
    for _ in range(samples):
        start = time.perf_counter_ns()
        for _ in range(inner_loops):
            body()
        times.append((time.perf_counter_ns() - start) / inner_loops)
    times.sort()
    return times[len(times) // 2]


def matmul_sigmoid():
    rng = np.random.default_rng(1)
    a = rng.standard_normal((4, 2), dtype=np.float32)
    b = rng.standard_normal((2, 5), dtype=np.float32)
    return lambda: 1 / (1 + np.exp(-(a @ b))), 2000


def mlp_train_step():
    """Forward, MSE loss, hand-written backward and SGD update of a 2-8-1 MLP on XOR."""
    rng = np.random.default_rng(2)
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    y = np.array([[0], [1], [1], [0]], dtype=np.float32)
    p = {
        "w1": rng.standard_normal((2, 8), dtype=np.float32), "b1": np.zeros(8, np.float32),
        "w2": rng.standard_normal((8, 1), dtype=np.float32), "b2": np.zeros(1, np.float32),
    }
    lr = np.float32(0.1)

    def step():
        h = np.tanh(x @ p["w1"] + p["b1"])
        out = 1 / (1 + np.exp(-(h @ p["w2"] + p["b2"])))
        diff = out - y
        loss = (diff * diff).mean()
        d_out = 2 * diff / diff.size
        d_z2 = d_out * out * (1 - out)
        d_w2 = h.T @ d_z2
        d_b2 = d_z2.sum(axis=0)
        d_z1 = (d_z2 @ p["w2"].T) * (1 - h * h)
        d_w1 = x.T @ d_z1
        d_b1 = d_z1.sum(axis=0)
        p["w1"] -= lr * d_w1
        p["b1"] -= lr * d_b1
        p["w2"] -= lr * d_w2
        p["b2"] -= lr * d_b2
        return loss

    return step, 200


def sgemm1024():
    rng = np.random.default_rng(3)
    a = rng.standard_normal((1024, 1024), dtype=np.float32)
    b = rng.standard_normal((1024, 1024), dtype=np.float32)
    return lambda: a @ b, 1


BENCHMARKS = {
    "tensor.matmul4x2x5_sigmoid": matmul_sigmoid,
    "tensor.mlp_train_step": mlp_train_step,
    "tensor.sgemm1024": sgemm1024,
}

if __name__ == "__main__":
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    for name, make in BENCHMARKS.items():
        if wanted in name:
            body, loops = make()
            print(json.dumps({"name": name, "median_ns": measure(body, loops)}), flush=True)
