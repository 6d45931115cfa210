# The same loop as script.scalar_loop_900k (Sources/LessonBench/ScriptBenchmarks.swift),
# in CPython. Compare whole process against whole process:
#   time python3 bench/script/scalar_loop.py
#   time lesson run bench/script/scalar_loop.md   (or: lesson-bench script.scalar_loop_900k)
w = 0.0
xs = [1.0, 2.0, 3.0]
ys = [2.0, 4.0, 6.0]
for _ in range(300000):
    for i in range(3):
        grad = 2 * xs[i] * (xs[i] * w - ys[i])
        w = w - 0.001 * grad
print(w)
