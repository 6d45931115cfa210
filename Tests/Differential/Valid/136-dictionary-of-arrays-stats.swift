import Foundation
let results: [String: [Double]] = [
    "run1": [0.9, 0.8, 0.85],
    "run2": [0.7, 0.75],
    "run3": [0.95],
]
for key in results.keys.sorted() {
    let xs = results[key]!
    let avg = xs.reduce(0, +) / Double(xs.count)
    print(key, xs.count, round(avg * 1000) / 1000)
}
var all: [Double] = []
for xs in results.values { all += xs }
all = all.sorted()
print(all.first!, all.last!, all.count)
