let prices = ["apple": 1.2, "bread": 2.5, "cheese": 7.0]
let discounted = prices.mapValues { $0 * 0.5 }
for (k, v) in discounted.sorted(by: { $0.key < $1.key }) {
    print(k, v)
}
let byPrice = prices.sorted { $0.value > $1.value }
print(byPrice.map { $0.key })
let counts = ["b": 3, "a": 3, "c": 1]
let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
for pair in ranked {
    print("\(pair.key): \(pair.value)")
}
let labels = counts.mapValues { String(repeating: "*", count: $0) }
print(labels.sorted { $0.key < $1.key }.map { $0.value })
let filtered = prices.filter { $0.value > 2 }
print(filtered.keys.sorted())
