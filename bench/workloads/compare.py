#!/usr/bin/env python3
"""The workloads of the issue side by side: each lesson in this folder (in-process through
LessonBench, start-up excluded; whole process through `lesson run`, start-up included)
against PyTorch on the CPU (one thread, and its default threads) and NumPy where it can do
the same work. Every contender runs in every round, in turn (interleaved), so the machine's
noise falls on all alike; the table gives the median, minimum and maximum of all samples.

    compare.py [NAME...]    default: every workload and matmul 64-2048

BENCH_ROUNDS (default 3) rounds; each in-process run takes a few samples after a warm-up.
A second table gives the issue's targets as ratios round by round (each round's lesson and
contender ran back to back, so they met the same load on a shared machine): median, min, max."""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "bench", "workloads")
LESSON = os.path.join(ROOT, ".build", "release", "lesson")
SWIFT_BENCH = os.path.join(ROOT, ".build", "release", "LessonBench")
PY = sys.executable
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CORES = os.cpu_count() or 1

LESSONS = ["mlp", "cnn", "lstm", "transformer", "chain"]
MATMULS = [f"matmul{n}" for n in (64, 128, 256, 512, 1024, 2048)]
NUMPY = {"chain"} | set(MATMULS)
# Samples per in-process run (after one warm-up): cheap work gets more.
SAMPLES = {"mlp": 3, "cnn": 3, "lstm": 2, "transformer": 3, "chain": 10,
           "matmul64": 200, "matmul128": 100, "matmul256": 30, "matmul512": 10, "matmul1024": 3, "matmul2048": 2}


def environment(threads=None):
    """The benchmark environment: OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE (set on some machines
    for old OpenBLAS builds, they slow a current NumPy) are dropped for these commands only."""
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    for key in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "LESSON_THREADS"):
        env.pop(key, None)
    if threads is not None:
        env.update(OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
    return env


def samples_of(cmd, env):
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        print(f"warning: {' '.join(cmd)} failed:\n{done.stderr[-1500:]}", file=sys.stderr)
        return []
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            return json.loads(line)["samples_ns"]
    return []


def has_torch():
    return subprocess.run([PY, "-c", "import torch"], capture_output=True).returncode == 0


def contenders(name, torch):
    """(label, command, environment) for the in-process runs of one workload."""
    n = str(SAMPLES[name])
    one = dict(environment(1), LESSON_THREADS="1")
    rows = [("lesson", [SWIFT_BENCH, "workload", name, n], environment()),
            ("lesson, 1 thread", [SWIFT_BENCH, "workload", name, n], one)]
    if torch:
        rows.append(("PyTorch, 1 thread", [PY, os.path.join(HERE, "torch_workloads.py"), name, n, "1"], environment(1)))
        rows.append((f"PyTorch, {CORES} threads", [PY, os.path.join(HERE, "torch_workloads.py"), name, n, str(CORES)], environment()))
    if name in NUMPY:
        rows.append(("NumPy, 1 thread", [PY, os.path.join(HERE, "numpy_workloads.py"), name, n], environment(1)))
        if name.startswith("matmul"):
            rows.append((f"NumPy, {CORES} threads", [PY, os.path.join(HERE, "numpy_workloads.py"), name, n], environment()))
    return rows


def fmt(ns):
    return f"{ns / 1e6:.2f} ms" if ns < 1e9 else f"{ns / 1e9:.2f} s"


def in_process(names, torch):
    """({name: {label: [samples]}}, {name: {label: [[samples of round 1], ...]}}) over ROUNDS
    interleaved rounds."""
    results = {name: {} for name in names}
    rounds = {name: {} for name in names}
    for _ in range(ROUNDS):
        for name in names:
            for label, cmd, env in contenders(name, torch):
                samples = samples_of(cmd, env)
                results[name].setdefault(label, []).extend(samples)
                rounds[name].setdefault(label, []).append(samples)
    return results, rounds


# The targets of issue 15: (workload, contender, largest ratio lesson one-thread / contender).
TARGETS = [(name, "PyTorch, 1 thread", 0.7) for name in LESSONS] + [("chain", "NumPy, 1 thread", 1.0),
                                                                     ("matmul256", "PyTorch, 1 thread", 1.1)]


def round_ratios(rounds):
    """The targets' ratios round by round: in each round, lesson one-thread's median over the
    contender's median in that round (both ran back to back, so they met the same load); the
    median, minimum and maximum of those per-round ratios."""
    lines = ["**Ratios round by round** (lesson, 1 thread / contender, each round's medians; "
             "the median, min and max over rounds)", "",
             "| workload | contender | median ratio | min | max | target | met (median) |",
             "| --- | --- | ---: | ---: | ---: | ---: | --- |"]
    for name, label, target in TARGETS:
        ours, theirs = rounds.get(name, {}).get("lesson, 1 thread"), rounds.get(name, {}).get(label)
        if not ours or not theirs:
            continue
        ratios = [statistics.median(a) / statistics.median(b) for a, b in zip(ours, theirs) if a and b]
        if not ratios:
            continue
        m = statistics.median(ratios)
        bound = "within 10%" if name.startswith("matmul") else f"≤ {target:g}"
        lines.append(f"| {name} | {label} | {m:.2f} | {min(ratios):.2f} | {max(ratios):.2f} | {bound} | "
                     f"{'yes' if m <= target else 'no'} |")
    return "\n".join(lines)


def whole_process(names, torch):
    """{name: {label: [seconds]}}: `lesson run` against the PyTorch script, interleaved."""
    results = {name: {} for name in names}
    out = tempfile.mkdtemp(prefix="lesson-workloads-")
    for _ in range(ROUNDS):
        for name in names:
            # --no-cache: every round really runs the lesson (one served from the run cache takes ~20 ms).
            cmds = [("lesson", [LESSON, "run", os.path.join(HERE, f"{name}.md"), "--out", out, "--format", "md", "--no-cache"], environment())]
            if torch:
                cmds.append(("PyTorch, 1 thread", [PY, os.path.join(HERE, "torch_workloads.py"), name, "once"], environment(1)))
            for label, cmd, env in cmds:
                start = time.perf_counter()
                done = subprocess.run(cmd, capture_output=True, cwd=ROOT, env=env)
                if done.returncode != 0:
                    print(f"warning: {' '.join(cmd)} failed:\n{done.stderr.decode()[-1500:]}", file=sys.stderr)
                    continue
                results[name].setdefault(label, []).append((time.perf_counter() - start) * 1e9)
    return results


def table(results, title, reference="PyTorch, 1 thread"):
    lines = [f"**{title}** (over {ROUNDS} interleaved rounds; ratio = lesson's median / the contender's, "
             "one-thread contenders against lesson on one thread, the others against lesson's default)", "",
             "| workload | contender | median | min | max | lesson / contender |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    for name, by_label in results.items():
        ours = by_label.get("lesson")
        if not ours:
            continue
        ours_median = statistics.median(ours)
        ours_one = statistics.median(by_label["lesson, 1 thread"]) if by_label.get("lesson, 1 thread") else ours_median
        for label, s in by_label.items():
            if not s:
                continue
            m = statistics.median(s)
            if label.startswith("lesson"):
                ratio = ""
            else:
                ratio = f"{(ours_one if '1 thread' in label else ours_median) / m:.2f}x"
            lines.append(f"| {name} | {label} | {fmt(m)} | {fmt(min(s))} | {fmt(max(s))} | {ratio} |")
    return "\n".join(lines)


def main(argv):
    names = argv or LESSONS + MATMULS
    torch = has_torch()
    if not torch:
        print("note: PyTorch is not installed (bench/setup installs it); its columns are empty", file=sys.stderr)
    results, rounds = in_process(names, torch)
    text = table(results, "In process (start-up excluded)") + "\n\n" + round_ratios(rounds)
    lessons = [n for n in names if n in LESSONS]
    if lessons:
        text += "\n\n" + table(whole_process(lessons, torch), "Whole process (start-up included: `lesson run` vs `python torch_workloads.py NAME once`)")
    print(text)
    return text


if __name__ == "__main__":
    main(sys.argv[1:])
