struct Counter { var n = 0 }
func bump(_ c: inout Counter, by k: Int = 1) { c.n += k }
var c = Counter()
bump(&c)
bump(&c, by: 5)
print(c.n)
func appendSquares(_ xs: inout [Int], upTo n: Int) {
    for i in 1...n { xs.append(i * i) }
}
var squares: [Int] = []
appendSquares(&squares, upTo: 4)
print(squares)
func normalise(_ v: inout [Double]) {
    let total = v.reduce(0, +)
    for i in 0..<v.count { v[i] /= total }
}
var probs: [Double] = [1, 1, 2]
normalise(&probs)
print(probs)
