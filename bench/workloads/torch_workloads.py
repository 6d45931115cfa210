#!/usr/bin/env python3
"""PyTorch (CPU) peers of the workload lessons in this folder: the same work, named alike.

    torch_workloads.py NAME SAMPLES THREADS   in-process: one JSON line with every sample's ns
    torch_workloads.py NAME once              whole process: set up, do the work once, exit

NAME is mlp, cnn, lstm, transformer, chain or matmul<N> (N×N times N×N)."""
import json
import sys
import time

import torch
import torch.nn as nn


def mlp():
    torch.manual_seed(0)
    images = torch.randn(10000, 784)
    labels = torch.randint(0, 10, (10000,))
    model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)

    def work():
        total = 0.0
        for step in range(100):
            x = images[step * 100:step * 100 + 100]
            y = labels[step * 100:step * 100 + 100]
            optimizer.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            optimizer.step()
            total += loss.item()
        return total / 100
    return work


def cnn():
    torch.manual_seed(0)
    images = torch.randn(2000, 1, 28, 28)
    labels = torch.randint(0, 10, (2000,))
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, 2),
                          nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, 2),
                          nn.Flatten(), nn.Linear(784, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)

    def work():
        total = 0.0
        for step in range(20):
            x = images[step * 100:step * 100 + 100]
            y = labels[step * 100:step * 100 + 100]
            optimizer.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            optimizer.step()
            total += loss.item()
        return total / 20
    return work


def lstm():
    torch.manual_seed(0)
    text = torch.randint(0, 65, (32, 51))
    inputs, targets = text[:, :50], text[:, 1:].reshape(-1)
    embed = nn.Embedding(65, 32)
    rnn = nn.LSTM(32, 128, num_layers=1, batch_first=True)
    head = nn.Linear(128, 65)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(list(embed.parameters()) + list(rnn.parameters()) + list(head.parameters()), lr=0.002)

    def work():
        last = 0.0
        for _ in range(10):
            out, _ = rnn(embed(inputs))
            loss = criterion(head(out.reshape(32 * 50, 128)), targets)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            last = loss.item()
        return last
    return work


def transformer():
    torch.manual_seed(0)
    x = torch.randn(32, 16, 64)
    target = torch.randn(32, 16, 64)
    attention = nn.MultiheadAttention(64, 4)
    norm1 = nn.LayerNorm(64)
    feed_forward = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 64))
    norm2 = nn.LayerNorm(64)
    criterion = nn.MSELoss()
    params = [p for m in (attention, norm1, feed_forward, norm2) for p in m.parameters()]
    optimizer = torch.optim.Adam(params, lr=0.001)

    def work():
        last = 0.0
        for _ in range(10):
            attended, _ = attention(x, x, x)
            a = norm1(x + attended)
            out = norm2(a + feed_forward(a))
            loss = criterion(out, target)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            last = loss.item()
        return last
    return work


def chain():
    torch.manual_seed(0)
    a = torch.randn(1_000_000, requires_grad=True)
    b = torch.randn(1_000_000, requires_grad=True)
    c = torch.randn(1_000_000, requires_grad=True)

    def work():
        a.grad = b.grad = c.grad = None
        total = torch.sigmoid(a * b + c).sum()
        total.backward()
        return total.item()
    return work


def matmul(n):
    def make():
        g = torch.Generator().manual_seed(3)
        a = torch.randn(n, n, generator=g)
        b = torch.randn(n, n, generator=g)
        return lambda: a @ b
    return make


WORKLOADS = {"mlp": mlp, "cnn": cnn, "lstm": lstm, "transformer": transformer, "chain": chain}
for n in (64, 128, 256, 512, 1024, 2048):
    WORKLOADS[f"matmul{n}"] = matmul(n)


def samples_ns(work, samples):
    work()  # warm up
    out = []
    for _ in range(samples):
        start = time.perf_counter_ns()
        work()
        out.append(time.perf_counter_ns() - start)
    return out


if __name__ == "__main__":
    name = sys.argv[1]
    if sys.argv[2] == "once":
        print(WORKLOADS[name]()())
    else:
        torch.set_num_threads(int(sys.argv[3]))
        times = samples_ns(WORKLOADS[name](), int(sys.argv[2]))
        print(json.dumps({"name": name, "samples_ns": times}), flush=True)
