import Foundation
// One sigmoid neuron learning OR, weights updated by hand.
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
let data: [([Double], Double)] = [([0, 0], 0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 1)]
var w = [0.0, 0.0]
var b = 0.0
for _ in 0..<2000 {
    for (x, y) in data {
        let p = sigmoid(w[0] * x[0] + w[1] * x[1] + b)
        let g = p - y
        w[0] -= 0.5 * g * x[0]
        w[1] -= 0.5 * g * x[1]
        b -= 0.5 * g
    }
}
for (x, y) in data {
    let p = sigmoid(w[0] * x[0] + w[1] * x[1] + b)
    print(x, y, p > 0.5 ? 1 : 0)
}
