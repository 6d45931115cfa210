// Issue #13: zip with $0 * $1 and a closure over the pair.
let a = [1.0, 2.0, 3.0]
let b = [4.0, 5.0, 6.0]
let products = zip(a, b).map { $0 * $1 }
print(products, products.reduce(0, +))
let dot = zip(a, b).map { x, y in x * y }.reduce(0, +)
print(dot)
let pairs = zip(["x", "y"], [1, 2]).map { "\($0)=\($1)" }
print(pairs)
let diffs = zip(a, b).map { (p, q) in q - p }
print(diffs)
