#!/usr/bin/env python3
"""Side-by-side benchmarks of lesson against its peers, measured in one run.

In-process micro-benchmarks: the Swift side (.build/release/LessonBench) against NumPy
(bench/tensor/numpy_peers.py) and PyTorch on the CPU (bench/tensor/torch_peers.py).
Whole-process benchmarks: `lesson` against CPython and Jupyter's nbconvert, each command
run several times, interleaved so that the machine's noise falls on both sides alike.

The machine is shared and noisy: read the ratios and medians, not single times.
Writes the table to stdout and to bench/results/latest.md.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
LESSON = os.path.join(ROOT, ".build", "release", "lesson")
SWIFT_BENCH = os.path.join(ROOT, ".build", "release", "LessonBench")
PY = sys.executable
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))

sys.path.insert(0, os.path.join(BENCH, "workloads"))
import compare as workloads  # noqa: E402  (bench/workloads/compare.py)


def json_lines(cmd, env=None):
    """Runs a benchmark program; returns {name: median_ns}."""
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    if out.returncode != 0:
        print(f"warning: {' '.join(cmd)} failed:\n{out.stderr[-2000:]}", file=sys.stderr)
        return {}
    result = {}
    for line in out.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            row = json.loads(line)
            result[row["name"]] = row["median_ns"]
    return result


def has_module(name):
    return subprocess.run([PY, "-c", f"import {name}"], capture_output=True).returncode == 0


def whole_process(commands, rounds=ROUNDS):
    """Times each command `rounds` times, interleaved; returns {label: median seconds}."""
    times = {label: [] for label in commands}
    for _ in range(rounds):
        for label, (cmd, cwd) in commands.items():
            start = time.perf_counter()
            done = subprocess.run(cmd, cwd=cwd, capture_output=True)
            elapsed = time.perf_counter() - start
            if done.returncode != 0:
                raise SystemExit(f"{label}: {' '.join(cmd)} failed:\n{done.stderr.decode()[-2000:]}")
            times[label].append(elapsed)
    return {label: statistics.median(t) for label, t in times.items()}


def fmt_ns(ns):
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"


def course_rebuild_rows():
    """The run cache (issue 17): rebuilding the unchanged bundled course against a full build."""
    work = tempfile.mkdtemp(prefix="lesson-bench-cache-")
    try:
        course = os.path.join(ROOT, "Lessons")
        cached = os.path.join(work, "cached")
        warm = subprocess.run([LESSON, "build", course, "--out", cached, "--jobs", "1"], capture_output=True)
        if warm.returncode != 0:
            raise SystemExit(f"lesson build {course} failed:\n{warm.stderr.decode()[-2000:]}")
        t = whole_process({
            "rebuild": ([LESSON, "build", course, "--out", cached, "--jobs", "1"], ROOT),
            "full": ([LESSON, "build", course, "--out", os.path.join(work, "full"), "--jobs", "1", "--no-cache"], ROOT),
        }, rounds=max(3, ROUNDS // 2))
        return [("rebuild of the unchanged bundled course, cached (whole process)", f"{t['rebuild'] * 1e3:.0f} ms",
                 "full build (--no-cache)", f"{t['full'] * 1e3:.0f} ms", f"{t['full'] / t['rebuild']:.1f}x as fast")]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    rows = []  # (benchmark, ours, peer name, peer, ratio text)
    if sys.argv[1:] == ["cache"]:  # `bench/run cache`: this case alone
        rows += course_rebuild_rows()
        print("\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows))
        return
    single = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")

    ours = json_lines([SWIFT_BENCH])
    numpy1 = json_lines([PY, os.path.join(BENCH, "tensor", "numpy_peers.py")], env=single)
    numpy_default = json_lines([PY, os.path.join(BENCH, "tensor", "numpy_peers.py"), "sgemm"])
    torch = {}
    torch_default = {}
    if has_module("torch"):
        torch = json_lines([PY, os.path.join(BENCH, "tensor", "torch_peers.py"), "", "1"], env=single)
        cores = str(os.cpu_count() or 1)
        torch_default = json_lines([PY, os.path.join(BENCH, "tensor", "torch_peers.py"), "sgemm", cores])
    else:
        print("note: PyTorch is not installed (bench/setup installs it); its column is empty", file=sys.stderr)

    # Small products run on one thread on both sides; a 1024x1024 product runs on every
    # core, as NumPy and PyTorch do by default, so it is compared with their defaults.
    # The interpreter's collections against CPython's list.append and dict insert.
    cpython = json_lines(["python3", os.path.join(BENCH, "script", "collections_peers.py")])
    for name, ns in ours.items():
        if name in cpython:
            rows.append((name, fmt_ns(ns), "CPython " + sys.version.split()[0], fmt_ns(cpython[name]),
                         f"{cpython[name] / ns:.2f}x as fast"))

    for name, ns in ours.items():
        large = name == "tensor.sgemm1024"
        numpy_peer = numpy_default if large else numpy1
        torch_peer = torch_default if large else torch
        threads = "its default threads" if large else "1 thread"
        if name in numpy_peer:
            peer = numpy_peer[name]
            ratio = f"{peer / ns * 100:.0f}% of its GFLOP/s" if large else f"{peer / ns:.2f}x as fast"
            rows.append((name, fmt_ns(ns), f"NumPy, {threads}", fmt_ns(peer), ratio))
        if name in torch_peer:
            peer = torch_peer[name]
            ratio = f"{peer / ns * 100:.0f}% of its GFLOP/s" if large else f"{peer / ns:.2f}x as fast"
            rows.append((name, fmt_ns(ns), f"PyTorch (CPU), {threads}", fmt_ns(peer), ratio))
        if not name.startswith("tensor.") and name not in cpython:
            rows.append((name, fmt_ns(ns), "", "", ""))

    # Whole process: the interpreter's scalar loop against CPython.
    work = tempfile.mkdtemp(prefix="lesson-bench-")
    try:
        scalar_md = os.path.join(BENCH, "script", "scalar_loop.md")
        scalar_py = os.path.join(BENCH, "script", "scalar_loop.py")
        if os.path.exists(scalar_md) and os.path.exists(scalar_py):
            t = whole_process({
                "lesson": ([LESSON, "run", scalar_md, "--out", work, "--format", "md"], ROOT),
                "python": (["python3", scalar_py], ROOT),
            })
            rows.append(("scalar loop, 900k iterations (whole process)", f"{t['lesson'] * 1e3:.0f} ms",
                         "CPython " + sys.version.split()[0], f"{t['python'] * 1e3:.0f} ms",
                         f"{t['python'] / t['lesson']:.2f}x as fast"))

        # A lesson run and rendered against the same lesson as a notebook through nbconvert.
        lesson_md = os.path.join(BENCH, "render", "gradients.md")
        notebook = os.path.join(BENCH, "render", "gradients.ipynb")
        if os.path.exists(lesson_md) and os.path.exists(notebook) and shutil.which("jupyter", path=os.path.dirname(PY)) :
            jupyter = shutil.which("jupyter", path=os.path.dirname(PY))
            t = whole_process({
                "lesson": ([LESSON, "run", lesson_md, "--out", work], ROOT),
                "nbconvert": ([jupyter, "nbconvert", "--to", "html", "--execute", "--output-dir", work, notebook], ROOT),
            }, rounds=max(3, ROUNDS // 2))
            rows.append(("run + render a lesson to HTML (whole process)", f"{t['lesson'] * 1e3:.0f} ms",
                         "nbconvert --execute", f"{t['nbconvert'] * 1e3:.0f} ms",
                         f"{t['nbconvert'] / t['lesson']:.1f}x as fast"))
        elif not os.path.exists(notebook):
            pass
        else:
            print("note: Jupyter is not installed (bench/setup installs it); skipping nbconvert", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows += course_rebuild_rows()

    lines = ["| benchmark | lesson | peer | peer's time | ratio |", "| --- | ---: | --- | ---: | --- |"]
    lines += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows]
    table = "\n".join(lines)
    # The issue-sized workloads (bench/workloads): their own interleaved table.
    table += "\n\n" + workloads.main([])
    print(table)
    os.makedirs(os.path.join(BENCH, "results"), exist_ok=True)
    with open(os.path.join(BENCH, "results", "latest.md"), "w") as f:
        f.write(f"Measured {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores; medians.\n\n{table}\n")


if __name__ == "__main__":
    if sys.argv[1:2] == ["workloads"]:
        # bench/run workloads [NAME...]: only the workload table.
        workloads.main(sys.argv[2:])
    else:
        main()
