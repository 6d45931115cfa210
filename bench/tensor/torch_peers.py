#!/usr/bin/env python3
"""PyTorch (CPU) peers of Sources/LessonBench/TensorBenchmarks.swift: the same work and
names as numpy_peers.py, with PyTorch's autograd doing the backward pass of the MLP step.
Prints one {"name": ..., "median_ns": ...} line per benchmark."""
import json
import sys

import torch

from numpy_peers import measure


def matmul_sigmoid():
    g = torch.Generator().manual_seed(1)
    a = torch.randn(4, 2, generator=g)
    b = torch.randn(2, 5, generator=g)
    return lambda: torch.sigmoid(a @ b), 2000


def mlp_train_step():
    """Forward, MSE loss, autograd backward and SGD step of a 2-8-1 MLP on XOR."""
    torch.manual_seed(2)
    x = torch.tensor([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=torch.float32)
    y = torch.tensor([[0], [1], [1], [0]], dtype=torch.float32)
    model = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1), torch.nn.Sigmoid())
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = torch.nn.MSELoss()

    def step():
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
        return loss

    return step, 200


def sgemm1024():
    g = torch.Generator().manual_seed(3)
    a = torch.randn(1024, 1024, generator=g)
    b = torch.randn(1024, 1024, generator=g)
    return lambda: a @ b, 1


BENCHMARKS = {
    "tensor.matmul4x2x5_sigmoid": matmul_sigmoid,
    "tensor.mlp_train_step": mlp_train_step,
    "tensor.sgemm1024": sgemm1024,
}

if __name__ == "__main__":
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    torch.set_num_threads(threads)
    for name, make in BENCHMARKS.items():
        if wanted in name:
            body, loops = make()
            print(json.dumps({"name": name, "median_ns": measure(body, loops)}), flush=True)
