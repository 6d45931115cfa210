// Issue #13: a [String: Double] filled with literals; statistics over it.
var prices: [String: Double] = [:]
prices["apple"] = 1
prices["pear"] = 2
prices["plum"] = 4.5
let total = prices.values.reduce(0, +)
print(total, total / Double(prices.count))
for k in prices.keys.sorted() { print(k, prices[k]!) }
let expensive = prices.filter { $0.value > 1.5 }.keys.sorted()
print(expensive)
