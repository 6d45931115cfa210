// Issue #13: a print of an optional follows from its static type everywhere,
// including the cases docs/LANGUAGE.md lists as not covered today.
let a: [Int?] = [1, nil]
print(a.last)
let d: [String: Int?] = ["k": nil, "j": 2]
print(d["k"], d["j"], d["zz"])
let ages = ["a": 1]
let f = { ages["a"] }
print(f())
let g: () -> Int? = { nil }
print(g())
let pairs: [(String, Int?)] = [("x", 1), ("y", nil)]
for (name, v) in pairs { print(name, v) }
print("value: \(ages["a"])")
