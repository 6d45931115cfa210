// A function may use a global declared after it, when called after that declaration.
func describe() -> String { "\(name) has \(count) items, limit \(limit())" }
func limit() -> Int { count * factor }
let name = "cart"
var count = 2
let factor = 10
print(describe())
count += 1
print(describe())
