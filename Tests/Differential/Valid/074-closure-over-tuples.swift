// Issue #13: closures with two parameters over tuples.
let pts = [(1, 2), (3, 4), (5, 6)]
let sums = pts.map { a, b in a + b }
print(sums)
let firsts = pts.map { $0.0 }
print(firsts)
let total = pts.reduce(0) { acc, p in acc + p.0 * p.1 }
print(total)
let sortedPts = [(2, "b"), (1, "a"), (3, "c")].sorted { $0.0 < $1.0 }
print(sortedPts.map { $0.1 })
