import Foundation
struct Vec: Equatable, CustomStringConvertible {
    var values: [Double]

    static func + (a: Vec, b: Vec) -> Vec { return Vec(values: zip(a.values, b.values).map(+)) }
    static func - (a: Vec, b: Vec) -> Vec { return Vec(values: zip(a.values, b.values).map(-)) }
    static func * (s: Double, v: Vec) -> Vec { return Vec(values: v.values.map { s * $0 }) }
    static func * (a: Vec, b: Vec) -> Double { return zip(a.values, b.values).map(*).reduce(0, +) }

    var norm: Double { return (self * self).squareRoot() }
    var description: String { return "Vec\(values)" }
}

// Gradient descent on f(v) = |v - target|^2 by hand.
let target = Vec(values: [3.0, -1.0])
var v = Vec(values: [0.0, 0.0])
for step in 1...4 {
    let grad = 2.0 * (v - target)
    v = v - 0.25 * grad
    print(step, v, (v - target).norm)
}
print(v + target, v == Vec(values: [2.8125, -0.9375]))
