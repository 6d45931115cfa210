let pairs = [("a", 1), ("b", 2), ("a", 3)]
let summed = Dictionary(pairs, uniquingKeysWith: +)
print(summed.sorted { $0.key < $1.key })
let firstWins = Dictionary(pairs, uniquingKeysWith: { old, _ in old })
print(firstWins["a"]!)
let squares = Dictionary(uniqueKeysWithValues: (1...4).map { ($0, $0 * $0) })
print(squares[3] ?? 0, squares.count)
let letters = Dictionary(uniqueKeysWithValues: zip(["x", "y"], [10, 20]))
print(letters["y"]!)
var m: Int? = 3
print(m.map { $0 * 2 } as Any)
let s: String? = nil
print(s.flatMap { Int($0) } as Any, m.map(String.init) ?? "none")
let x: Double? = 2.0
if let y = x.map({ $0 + 1 }) { print(y) }
print(m != nil, m == 3)
