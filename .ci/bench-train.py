#!/usr/bin/env python3
"""The NumPy equivalents of `backprop train` for .ci/bench-train (issue 15's benchmark).

    python3 .ci/bench-train.py data FILE.csv   # the 10,000 generated examples, 64 inputs + label
    python3 .ci/bench-train.py xor             # per-example SGD, XOR, [2, 4, 1], 10,000 epochs
    python3 .ci/bench-train.py batches FILE.csv  # batches of 32, [64, 32, 10] softmax, 5 epochs

Each does what the backprop command beside it in .ci/bench-train does: Xavier-uniform weights,
zero biases that learn, logistic hidden layers, the same loss and learning rate, batches in
order, and the loss over all examples after epochs 0, 1, 2, 5, 10, 20, 50, ... (backprop
additionally keeps a curve and renders a report, so the comparison favours NumPy).
"""
import sys
import numpy as np


def xavier(rng, n, m):
    a = np.sqrt(6 / (n + m))
    return rng.uniform(-a, a, size=(m, n))


def logistic(x):
    return 1 / (1 + np.exp(-x))


def table_epoch(e):
    p = 1
    while p <= e:
        if e in (p, 2 * p, 5 * p):
            return True
        p *= 10
    return e == 0


def xor():
    rng = np.random.default_rng(1)
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    T = np.array([[0], [1], [1], [0]], dtype=float)
    W1, b1 = xavier(rng, 2, 4), np.zeros(4)
    W2, b2 = xavier(rng, 4, 1), np.zeros(1)
    lr, epochs = 0.5, 10_000

    def loss():
        out = logistic(logistic(X @ W1.T + b1) @ W2.T + b2)
        return float(np.mean(np.sum(0.5 * (T - out) ** 2, axis=1)))

    rows = [(0, loss())]
    for epoch in range(1, epochs + 1):
        for x, t in zip(X, T):
            h = logistic(W1 @ x + b1)
            o = logistic(W2 @ h + b2)
            d2 = (o - t) * o * (1 - o)
            d1 = (W2.T @ d2) * h * (1 - h)
            W2 -= lr * np.outer(d2, h)
            b2 -= lr * d2
            W1 -= lr * np.outer(d1, x)
            b1 -= lr * d1
        if table_epoch(epoch) or epoch == epochs:
            rows.append((epoch, loss()))
    for epoch, value in rows:
        print(epoch, value)


def data(path):
    rng = np.random.default_rng(0)
    centres = rng.normal(0, 1, size=(10, 64))
    labels = np.arange(10_000) % 10
    points = centres[labels] + rng.normal(0, 1.5, size=(10_000, 64))
    with open(path, "w") as f:
        for point, label in zip(points, labels):
            f.write(",".join(f"{v:.6f}" for v in point) + f",{label}\n")


def batches(path):
    raw = np.loadtxt(path, delimiter=",")
    X, labels = raw[:, :64], raw[:, 64].astype(int)
    T = np.eye(10)[labels]
    rng = np.random.default_rng(1)
    W1, b1 = xavier(rng, 64, 32), np.zeros(32)
    W2, b2 = xavier(rng, 32, 10), np.zeros(10)
    lr, epochs, size = 0.1, 5, 32

    def forward(x):
        h = logistic(x @ W1.T + b1)
        z = h @ W2.T + b2
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return h, z / z.sum(axis=1, keepdims=True)

    def loss():
        _, o = forward(X)
        return float(np.mean(-np.sum(T * np.log(o), axis=1)))

    rows = [(0, loss())]
    for epoch in range(1, epochs + 1):
        for start in range(0, len(X), size):
            x, t = X[start:start + size], T[start:start + size]
            h, o = forward(x)
            d2 = (o - t) / len(x)
            d1 = (d2 @ W2) * h * (1 - h)
            W2 -= lr * d2.T @ h
            b2 -= lr * d2.sum(axis=0)
            W1 -= lr * d1.T @ x
            b1 -= lr * d1.sum(axis=0)
        rows.append((epoch, loss()))
    for epoch, value in rows:
        print(epoch, value)


if __name__ == "__main__":
    {"xor": lambda: xor(), "data": lambda: data(sys.argv[2]), "batches": lambda: batches(sys.argv[2])}[sys.argv[1]]()
