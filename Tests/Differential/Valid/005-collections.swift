// Arrays and dictionaries (dictionary keys sorted: Swift's order is unspecified).
var xs = [5, 3, 8]
print(xs[0], xs[1..<3], xs.count, xs.isEmpty, [Int]().isEmpty)
xs.append(1)
xs.insert(9, at: 0)
print(xs)
let removed = xs.remove(at: 1)
let last = xs.removeLast()
print(removed, last, xs)
print(xs.first!, xs.last!, xs.contains(8), xs.contains(4), xs.firstIndex(of: 8)!, xs.firstIndex(of: 4) == nil)
print(xs.map { $0 * 2 }, xs.filter { $0 > 4 }, xs.reduce(0, +))
print(xs.sorted(), xs.sorted(by: >), Array(xs.reversed()))
for (i, v) in xs.enumerated() { print(i, v, terminator: "; ") }
print()
print(Array(zip(xs, ["a", "b", "c"])))
print(xs.min()!, xs.max()!, ["a", "b"].joined(separator: "-"))
print(Array(repeating: 0, count: 3), Array(repeating: "ab", count: 2), [1] + [2, 3])
xs[0] = 100
print(xs)
var grid = Array(repeating: Array(repeating: 0, count: 2), count: 2)
grid[0][1] = 5
var copy = grid
copy[1][0] = 7
print(grid, copy)

var ages = ["bo": 3, "al": 5]
print(ages["bo"]!, ages["zz"] == nil, ages["zz", default: 0], ages.count)
ages["cy"] = 1
ages["bo"] = nil
ages["al", default: 0] += 10
for key in ages.keys.sorted() { print(key, ages[key]!) }
print(ages.keys.sorted(), ages.values.sorted())
var counts: [Character: Int] = [:]
for ch in "abracadabra" { counts[ch, default: 0] += 1 }
for (ch, count) in counts.sorted(by: { $0.key < $1.key }) { print(ch, count, terminator: " ") }
print()
var total = 0
for (_, v) in ages { total += v }
print(total)
