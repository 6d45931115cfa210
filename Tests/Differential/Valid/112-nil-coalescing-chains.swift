let a: Int? = nil
let b: Int? = 4
let c = a ?? b ?? 0
print(c)
var cache: [String: Double] = ["pi": 3.14]
let e = cache["e"] ?? 2.72
print(e, cache["pi"] ?? 0)
let name: String? = nil
print("Hello, \(name ?? "stranger")!")
let words = ["x": ["a", "b"]]
print(words["x"]?.count ?? 0, words["y"]?.first ?? "-")
