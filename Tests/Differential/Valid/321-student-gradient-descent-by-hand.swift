import Foundation
// Gradient descent by hand, optimisers and a tiny neural net without tensors
struct Point { var x: Double; var y: Double }
let data = (0..<10).map { i -> Point in let x = Double(i); return Point(x: x, y: 2 * x + 1) }
var w = 0.0, b = 0.0
let lr = 0.01
for epoch in 1...200 {
    var gw = 0.0, gb = 0.0
    for p in data {
        let err = (w * p.x + b) - p.y
        gw += 2 * err * p.x
        gb += 2 * err
    }
    w -= lr * gw / Double(data.count)
    b -= lr * gb / Double(data.count)
    if epoch % 50 == 0 { print(epoch, String(format: "%.4f %.4f", w, b)) }
}
protocol Optimizer { mutating func step(_ params: inout [Double], _ grads: [Double]) }
struct Momentum: Optimizer {
    var lr: Double, beta: Double
    var velocity: [Double] = []
    mutating func step(_ params: inout [Double], _ grads: [Double]) {
        if velocity.isEmpty { velocity = Array(repeating: 0, count: params.count) }
        for i in params.indices {
            velocity[i] = beta * velocity[i] + grads[i]
            params[i] -= lr * velocity[i]
        }
    }
}
var opt = Momentum(lr: 0.1, beta: 0.9)
var params = [1.0, -1.0]
for _ in 0..<3 { opt.step(&params, params.map { 2 * $0 }) }
print(params.map { ($0 * 1000).rounded() / 1000 })
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
let xor: [([Double], Double)] = [([0, 0], 0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 0)]
var w1: [[Double]] = [[0.5, -0.4], [0.3, 0.8]], b1 = [0.1, -0.1]
func forward(_ x: [Double]) -> [Double] {
    (0..<2).map { j in sigmoid(zip(w1[j], x).map(*).reduce(0, +) + b1[j]) }
}
for (x, y) in xor { print(x, y, forward(x).map { String(format: "%.3f", $0) }) }
let losses = [0.9, 0.5, 0.3, 0.25]
let improvements = zip(losses, losses.dropFirst()).map { $0 - $1 }
print(improvements.map { ($0 * 100).rounded() / 100 }, improvements.allSatisfy { $0 > 0 })
print(max(0.0, -2.5), min(3, 7), abs(-4.5), pow(2.0, 10.0), Int(pow(2.0, 10.0)))
