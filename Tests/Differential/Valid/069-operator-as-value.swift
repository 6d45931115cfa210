// Issue #13: operator functions as values.
let op: (Int, Int) -> Int = (+)
print(op(2, 3))
let ops: [(Int, Int) -> Int] = [(+), (-), (*)]
print(ops.map { $0(6, 3) })
func fold(_ xs: [Double], _ f: (Double, Double) -> Double, _ start: Double) -> Double {
    var acc = start
    for x in xs { acc = f(acc, x) }
    return acc
}
print(fold([1, 2, 3], +, 0), fold([1, 2, 3], *, 1))
