let names = ["ann", "bob", "cy"]
for (i, n) in names.enumerated() { print("\(i + 1). \(n)") }
for i in (0..<names.count).reversed() { print(i, names[i], terminator: " ") }
print()
let firstLong = names.firstIndex(of: "bob")
print(firstLong ?? -1, names.firstIndex(of: "zed") ?? -1)
