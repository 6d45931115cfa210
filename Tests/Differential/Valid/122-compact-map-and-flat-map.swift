// Collecting what parses, with if let inside a loop, and flattening by hand.
let raw = ["1", "two", "3", "4.5", "5"]
var ints: [Int] = []
for s in raw {
    if let n = Int(s) { ints.append(n) }
}
print(ints)
let nested = [[1, 2], [3], [], [4, 5]]
var flat: [Int] = []
for row in nested { flat += row }
print(flat, nested.map { $0.count })
let doubles = raw.map { Double($0) ?? -1 }
print(doubles)
