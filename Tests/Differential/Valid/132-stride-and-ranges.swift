print(Array(stride(from: 10, through: 0, by: -5)))
let xs = Array(stride(from: 0.0, through: 1.0, by: 0.25))
print(xs)
let r = 3..<8
print(r.count, r.contains(7), r.lowerBound, r.upperBound, Array(r.reversed()))
let closed = 1...5
print(closed.map { $0 * 2 }, closed.reduce(0, +))
for i in stride(from: 1, to: 20, by: 6) { print(i, terminator: " ") }
print()
