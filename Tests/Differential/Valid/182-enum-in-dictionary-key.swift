enum Fruit: String, CaseIterable {
    case apple, banana, cherry
}

var basket: [Fruit: Int] = [:]
let picks: [Fruit] = [.apple, .cherry, .apple, .banana, .apple, .cherry]
for p in picks {
    basket[p, default: 0] += 1
}
for fruit in Fruit.allCases {
    print(fruit.rawValue, basket[fruit] ?? 0)
}
let sorted = basket.sorted { $0.key.rawValue < $1.key.rawValue }
for (k, v) in sorted {
    print("\(k): \(v)")
}
let most = basket.max { $0.value < $1.value }!
print("most: \(most.key)")
