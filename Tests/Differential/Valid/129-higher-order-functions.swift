func applyTwice(_ f: (Int) -> Int, _ x: Int) -> Int { f(f(x)) }
func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double {
    { x in g(f(x)) }
}
print(applyTwice({ $0 * 3 }, 2), applyTwice({ $0 - 1 }, 0))
let addOneThenDouble = compose({ $0 + 1 }, { $0 * 2 })
print(addOneThenDouble(4))
let transforms: [(Double) -> Double] = [{ $0 }, { $0 * $0 }, { -$0 }]
print(transforms.map { $0(3) })
