// Reading numbers from strings: if let, guard let and ??.
let inputs = ["12", "x", "7", "", "40"]
var total = 0
for s in inputs {
    if let n = Int(s) { total += n } else { print("skipping '\(s)'") }
}
print(total)
func parseAge(_ s: String) -> Int {
    guard let n = Int(s), n >= 0 else { return -1 }
    return n
}
print(parseAge("33"), parseAge("-4"), parseAge("abc"))
let d = Double("2.5") ?? 0
let e = Double("nope") ?? 0
print(d, e, Int("9") ?? 0 + 1)
