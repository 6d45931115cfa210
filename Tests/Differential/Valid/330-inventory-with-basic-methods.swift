// A shop's inventory kept in arrays and dictionaries through their own methods: literals
// that take the element type (an Int literal into [Double]), updateValue's old value,
// tuple bindings and loops over dictionary pairs, a string's first and last characters.
var prices: [Double] = [2.5, 4]
prices.insert(1, at: 0)
prices.append(3)
print(prices, prices.contains(4), prices.firstIndex(of: 3) ?? -1)
prices.swapAt(0, 3)
print(prices.prefix(2), prices.dropFirst(3), prices.suffix(1))
var stock = ["pens": 3, "pads": 1]
let before = stock.updateValue(5, forKey: "pens")
let added = stock.updateValue(2, forKey: "ink")
print(before ?? 0, added as Any, stock.count)
if let gone = stock.removeValue(forKey: "pads") { print("removed", gone) }
var total = 0
for (name, count) in stock.sorted(by: { $0.key < $1.key }) {
    total += count
    print(name, count, total)
}
func summary(_ xs: [Double]) -> (lo: Double, hi: Double, mean: Double) {
    (xs.min()!, xs.max()!, xs.reduce(0, +) / Double(xs.count))
}
let (lo, hi, mean) = summary(prices)
print(lo, hi, mean, hi - lo)
let code = "swift"
if let f = code.first, let l = code.last { print(f, l, String([f, l]).uppercased()) }
print(code.hasPrefix("sw"), code.hasSuffix("t"), code.split(separator: "i"), ["a", "b"].joined(separator: "-"))
var names = ["ann", "bob", "cy"]
names.remove(at: 1)
names.removeFirst(1)
print(names, names.dropLast(1), names.isEmpty)
