// Optionals inside collections and tuples print wrapped, as Swift prints them.
let a: [Int?] = [1, nil]
print(a)
print([1, nil], ["x", nil])
let b = [2, nil]
print(b, a[0], a[1], b.first, a[0]!)
print(a[0..<1])
let d: [String: Int?] = ["k": 1]
print(d, d["k"])
var scores: [String: Int?] = ["n": nil]
print(scores)
scores["m"] = 4
print(scores["m"])
let t: (Int?, Int) = (nil, 3)
print(t)
let named: (lo: Int?, hi: Int?) = (lo: 1, hi: nil)
print(named)
print("in \(a) and \(t)")
let flag = true
print(flag ? 1 : nil, flag ? nil : "no")
print([a, b])
let words = ["a": "x"]
print([words["a"], words["b"]])
let plain = [1, 2]
print(plain, [plain, plain], plain[0...1], (1, "s"))
struct Box { var items: [Int?] }
let box = Box(items: [nil, 5])
print(box.items)
func pick(_ flag: Bool) -> [String?] { flag ? ["p", nil] : [] }
print(pick(true), pick(false))
let picked = pick(true)
print(picked, [picked])
