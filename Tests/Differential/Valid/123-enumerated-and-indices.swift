let names = ["ann", "bob", "cy"]
for (i, n) in names.enumerated() { print("\(i + 1). \(n)") }
for i in names.indices.reversed() { print(i, names[i], terminator: " ") }
print()
let firstLong = names.firstIndex { $0.count > 2 }
print(firstLong ?? -1, names.lastIndex(of: "cy") ?? -1)
