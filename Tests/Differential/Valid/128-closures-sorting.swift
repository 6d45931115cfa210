struct Item { let name: String; let price: Double; let qty: Int }
let items = [Item(name: "pen", price: 1.5, qty: 10), Item(name: "book", price: 12, qty: 2), Item(name: "bag", price: 30, qty: 1)]
let byPrice = items.sorted { $0.price < $1.price }.map { $0.name }
let byName = items.sorted(by: { a, b in a.name < b.name }).map { $0.name }
let total = items.reduce(0.0) { $0 + $1.price * Double($1.qty) }
print(byPrice, byName, total)
let cheap = items.filter { $0.price < 20 }.map { $0.name }
print(cheap)
