let scores = ["ann": 82, "bob": 95, "cy": 77, "dee": 95]
let best = scores.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!
print(best.key, best.value)
let worst = scores.min { $0.value < $1.value }!
print(worst.key, worst.value)
let words = ["pear", "fig", "banana", "kiwi"]
print(words.max(by: { $0.count < $1.count })!)
print(words.min(by: { $0.count < $1.count })!)
let points = [(1.0, 2.0), (-3.0, 0.5), (2.0, -2.0)]
let farthest = points.max { ($0.0 * $0.0 + $0.1 * $0.1) < ($1.0 * $1.0 + $1.1 * $1.1) }!
print(farthest)
let empty: [Int] = []
print(empty.max(by: <) == nil)
