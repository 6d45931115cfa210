import Foundation
func integrate(_ f: (Double) -> Double, from a: Double, to b: Double, steps n: Int) -> Double {
    let h = (b - a) / Double(n)
    var sum = (f(a) + f(b)) / 2
    for i in 1..<n { sum += f(a + Double(i) * h) }
    return sum * h
}
print(String(format: "%.6f", integrate({ $0 * $0 }, from: 0, to: 1, steps: 1000)))
print(String(format: "%.6f", integrate(sin, from: 0, to: Double.pi, steps: 1000)))
print(String(format: "%.4f", integrate({ x in exp(-x) }, from: 0, to: 5, steps: 100)))
