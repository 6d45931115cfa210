// Tuples (element assignment, labels), identity, switch bindings, strings and ranges.
var q = (1, 2)
q.0 = 9
print(q)
var m = (lo: 1, hi: 2)
m.hi += 5
print(m, m.lo, m.hi)
func bounds(_ xs: [Double]) -> (lo: Double, hi: Double) {
    var lo = xs[0], hi = xs[0]
    for x in xs { lo = min(lo, x); hi = max(hi, x) }
    return (lo, hi)
}
let b = bounds([3, 1, 2])
print(b.lo, b.hi, b)
func origin() -> (x: Double, y: Double) { (0, 1) }
print(origin().y)
class K {}
let k1 = K(), k2 = k1, k3 = K()
print(k1 === k2, k1 === k3, k1 !== k3)
func kind(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case let v where v > 3: return "big \(v)"
    case 1...3 where n % 2 == 1: return "small odd"
    default: return "other"
    }
}
print(kind(0), kind(5), kind(3), kind(2), kind(-1))
switch (1, 2) {
case let (a, c) where a > c: print("desc", a, c)
case let (a, c): print("asc", a, c)
}
let word = "hello"
print(word.first!, word.last!)
for (i, ch) in word.enumerated() where i % 2 == 0 { print(i, ch) }
let r = 2..<5
print(r.isEmpty, r.lowerBound, r.upperBound, r.count, (3..<3).isEmpty, (1...4).count, (1...4).upperBound)
let f: (Double) -> Double = { $0 + 1 }
print(f(4))
func apply(_ g: (Double) -> Double) -> Double { g(2) }
print(apply { $0 * 3 })
