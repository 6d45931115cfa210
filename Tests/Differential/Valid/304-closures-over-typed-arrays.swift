// Issue #13: closures over a typed array's elements take the element type; a tuple
// element may be taken apart by naming its parts.
let losses: [Double] = [0.9, 0.5, 0.25]
let halved = losses.map { $0 / 2 }
let big = losses.filter { l in l > 0.3 }
print(halved, big, losses.contains { $0 == 0.5 }, losses.first { $0 < 0.6 } ?? -1)
let pairs: [(String, Int)] = [("a", 1), ("b", 2), ("c", 3)]
print(pairs.map { name, n in name + String(n) })
print(pairs.filter { _, n in n % 2 == 1 }.map { $0.0 })
let sorted = losses.sorted { a, b in a < b }
print(sorted, losses.min { a, b in a < b } ?? 0, losses.max { $0 < $1 } ?? 0)
var total = 0.0
losses.forEach { total += $0 * 2 }
print(total, losses.allSatisfy { $0 > 0 }, losses.firstIndex { $0 < 0.6 } ?? -1)
let normalised = losses.map { l -> Double in l / (losses.max() ?? 1) }
print(normalised)
