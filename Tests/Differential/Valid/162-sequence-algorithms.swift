let scores = [72, 95, 88, 61, 95, 79]
print(scores.contains { $0 > 90 }, scores.contains(where: { $0 < 60 }), scores.contains(88))
print(scores.allSatisfy { $0 >= 60 }, scores.allSatisfy { $0 > 70 })
print(scores.first(where: { $0 > 80 })!, scores.firstIndex(where: { $0 == 95 })!)
print(scores.min()!, scores.max()!, scores.max { $0 % 10 < $1 % 10 }!)
var sorted = scores
sorted.sort(by: >)
print(sorted, sorted.prefix(2), sorted.suffix(2))
var xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.removeAll(where: { $0 % 2 == 0 })
print(xs)
xs.reverse()
print(xs)
xs.swapAt(0, xs.count - 1)
print(xs, xs.indices)
for i in xs.indices where i % 2 == 0 { print(i, xs[i]) }
let last = xs.popLast()!
print(last, xs)
let words = ["pear", "fig", "banana", "kiwi"]
print(words.sorted { $0.count < $1.count }, words.compactMap { $0.count > 3 ? $0.uppercased() : nil })
print(words.reduce(0) { $0 + $1.count }, words.map { $0.count }.reduce(0, +))
let unit = 0.0...1.0
print(unit.contains(0.5), unit.contains(1.5), (0..<10).contains(9), (0..<10).contains(10))
print((1...5).allSatisfy { $0 > 0 }, (1...5).first(where: { $0 * $0 > 5 })!)
