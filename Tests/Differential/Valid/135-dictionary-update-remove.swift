var stock = ["apple": 3, "pear": 0, "fig": 7]
stock["apple"]! += 2
stock["kiwi"] = 4
stock["pear"] = nil
let removed = stock.removeValue(forKey: "fig")
print(removed ?? 0, stock.count)
for (k, v) in stock.sorted(by: { $0.key < $1.key }) { print(k, v) }
print(stock.keys.sorted(), stock.values.reduce(0, +))
if stock["pear"] == nil { print("no pears") }
