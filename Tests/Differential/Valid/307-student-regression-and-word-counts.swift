// Issue #13: a student's statistics and regression by hand; key paths as functions (\.x).
import Foundation
struct Sample { var x: Double; var y: Double }
func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
func variance(_ xs: [Double]) -> Double {
    let m = mean(xs)
    return xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(max(xs.count - 1, 1))
}
var data: [Sample] = []
for i in 0..<10 { data.append(Sample(x: Double(i), y: 2 * Double(i) + 1)) }
let xs = data.map(\.x), ys = data.map { $0.y }
print(mean(xs), variance(ys))
var w = 0.0, b = 0.0
let lr = 0.01
for epoch in 1...200 {
    var gw = 0.0, gb = 0.0
    for s in data {
        let err = w * s.x + b - s.y
        gw += 2 * err * s.x / Double(data.count)
        gb += 2 * err / Double(data.count)
    }
    w -= lr * gw
    b -= lr * gb
    if epoch % 50 == 0 { print(epoch, String(format: "%.3f %.3f", w, b)) }
}
var counts: [String: Int] = [:]
for word in "the cat the dog the end".split(separator: " ") { counts[String(word), default: 0] += 1 }
for (k, v) in counts.sorted(by: { $0.key < $1.key }) { print(k, v) }
let best = counts.max { $0.value < $1.value }
print(best?.key ?? "none", best?.value ?? 0)
let maybe: Int? = counts["cat"]
if let m = maybe, m > 0 { print("cat", m) }
guard let first = xs.first else { fatalError() }
print(first, xs.last!, xs.min() ?? 0)
var grid = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 2)
grid[1][2] = 5
print(grid, grid.flatMap { $0 }.reduce(0, +))
let scores: [String: Double] = ["ann": 90, "bob": 72.5]
let passed = scores.filter { $0.value >= 75 }.map { $0.key }
print(passed, scores["ann"]! / 2)
