// Issue #13: closures written `{ k -> T in ... }`.
let names = (0..<3).map { k -> String in "y\(k)" }
print(names)
let squares = (1...4).map { (n: Int) -> Int in n * n }
print(squares)
let halves = [1, 2, 3].map { x -> Double in Double(x) / 2 }
print(halves)
let f = { (a: Int, b: Int) -> Bool in a < b }
print(f(1, 2), [3, 1, 2].sorted(by: f))
