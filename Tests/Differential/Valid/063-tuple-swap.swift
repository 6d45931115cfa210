// Issue #13: tuple assignment and swap.
var p = 1
var q = 2
(p, q) = (q, p)
print(p, q)
var a = 0, b = 1
for _ in 0..<10 { (a, b) = (b, a + b) }
print(a, b)
var xs = [5, 6, 7]
(xs[0], xs[2]) = (xs[2], xs[0])
print(xs)
let (lo, hi) = (min(p, q), max(p, q))
print(lo, hi)
