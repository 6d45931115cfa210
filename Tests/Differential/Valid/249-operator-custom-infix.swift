infix operator **: MultiplicationPrecedence
infix operator •: MultiplicationPrecedence

func ** (base: Double, exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= base }
    return result
}

func • (a: [Double], b: [Double]) -> Double {
    return zip(a, b).map { $0 * $1 }.reduce(0, +)
}

print(2.0 ** 10)
print(1.5 ** 2 + 1.0)
print([1.0, 2.0, 3.0] • [4.0, 5.0, 6.0])
let w = [0.5, -0.25]
let x = [2.0, 4.0]
print(w • x + 1.0)
