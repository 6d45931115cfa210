#!/usr/bin/env python3
"""Make the data files of the bundled course, deterministically.

Run from anywhere:  python3 Lessons/data/make_data.py
It rewrites the CSV files beside this script; running it twice gives identical bytes.
Python 3 standard library only; every random draw comes from one seeded generator.

Why generated data: the lessons must run offline, in CI, with files we may
redistribute. The course's "wide and deep" lesson (09) was designed around the
Pima Indians diabetes table (759 patients x 8 measurements, scaled to [-1, 1],
last column 1 = diabetic), which we do not ship. diabetes.csv is a SYNTHETIC
STAND-IN with the same shape and the same flavour, not real patients:

  * 759 rows, 8 feature columns + 1 label column, a header line naming them;
  * each feature is drawn from a normal distribution (per-column mean and spread,
    a little correlated through one shared "health" factor), clipped to [-1, 1]
    and rounded to 4 decimals, as in the scaled original;
  * the label is drawn from a logistic model in which glucose and BMI matter most
    (as in the real data), age, pedigree and pregnancies a little, the rest barely;
    about a third of the rows are positive, and a logistic regression reaches
    roughly 75-80 % accuracy: learnable, but not trivially so.

Nothing in it means anything medically.
"""

import math
import os
import random

SEED = 8
ROWS = 759
HERE = os.path.dirname(os.path.abspath(__file__))

COLUMNS = ["pregnancies", "glucose", "blood_pressure", "skin_thickness",
           "insulin", "bmi", "pedigree", "age", "diabetic"]
# (mean, spread) of each scaled feature, and its weight in the label's logit.
FEATURES = [
    (-0.55, 0.40, 0.5),   # pregnancies
    (0.20, 0.32, 3.2),    # glucose
    (0.17, 0.30, -0.2),   # blood pressure
    (-0.60, 0.32, 0.1),   # skin thickness
    (-0.80, 0.25, 0.2),   # insulin
    (0.00, 0.23, 2.4),    # bmi
    (-0.65, 0.27, 1.0),   # diabetes pedigree
    (-0.60, 0.40, 0.8),   # age
]
BIAS = 0.0


def clip(v, lo=-1.0, hi=1.0):
    return max(lo, min(hi, v))


def make_diabetes(rng):
    """The synthetic 759 x 9 diabetes stand-in, as rows of numbers."""
    rows = []
    for _ in range(ROWS):
        health = rng.gauss(0.0, 1.0)          # shared factor: correlates the columns
        feats = []
        for mean, spread, _w in FEATURES:
            v = mean + spread * (0.8 * rng.gauss(0.0, 1.0) + 0.35 * health)
            feats.append(round(clip(v), 4))
        logit = BIAS + sum(w * f for f, (_m, _s, w) in zip(feats, FEATURES))
        p = 1.0 / (1.0 + math.exp(-logit))
        label = 1 if rng.random() < p else 0
        rows.append(feats + [label])
    return rows


def write_csv(name, header, rows):
    path = os.path.join(HERE, name)
    with open(path, "w", newline="\n") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(fmt(v) for v in row) + "\n")
    print(f"wrote {name}: {len(rows)} rows x {len(header)} columns")


def fmt(v):
    if isinstance(v, int):
        return str(v)
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def main():
    rng = random.Random(SEED)
    write_csv("diabetes.csv", COLUMNS, make_diabetes(rng))


if __name__ == "__main__":
    main()
