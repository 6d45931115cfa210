let stock: [String: Int] = ["apples": 12, "pears": 0, "plums": 7]
let inStock = stock.filter { $0.value > 0 }
print(inStock.count, inStock["apples"]!, inStock["pears"] == nil)
let doubled = stock.mapValues { $0 * 2 }
print(doubled["plums"]!, doubled.count)
let prices: [String: Double] = ["tea": 2.5, "cake": 4.0]
let total = prices.values.reduce(0, +)
print(total)
print(stock.contains { $0.value == 0 }, stock.allSatisfy { $0.value >= 0 })
for (name, n) in stock.sorted(by: { $0.key < $1.key }) { print(name, n) }
var counts: [Character: Int] = [:]
for c in "mississippi" { counts[c, default: 0] += 1 }
for (c, n) in counts.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }) { print(c, n) }
let heaviest = stock.max { $0.value < $1.value }!
print(heaviest.key, heaviest.value)
