// Bucketing values into a dictionary keyed by bucket start.
let values = [0.1, 0.35, 0.4, 0.72, 0.75, 0.99, 0.05]
var buckets: [Int: Int] = [:]
for v in values { buckets[Int(v * 4), default: 0] += 1 }
for k in buckets.keys.sorted() {
    let bar = String(repeating: "#", count: buckets[k]!)
    print("\(Double(k) / 4)-\(Double(k + 1) / 4): \(bar)")
}
