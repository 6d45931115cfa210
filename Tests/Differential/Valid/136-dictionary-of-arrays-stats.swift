let results: [String: [Double]] = [
    "run1": [0.9, 0.8, 0.85],
    "run2": [0.7, 0.75],
    "run3": [0.95],
]
for key in results.keys.sorted() {
    let xs = results[key]!
    let avg = xs.reduce(0, +) / Double(xs.count)
    print(key, xs.count, (avg * 1000).rounded() / 1000)
}
let all = results.values.flatMap { $0 }.sorted()
print(all.first!, all.last!, all.count)
