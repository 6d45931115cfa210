// Issue #13: a neuron trained by hand; literal arithmetic (3 / 4) into a Double, Double.infinity in a labelled tuple assigned again.
import Foundation
// A tiny neural net by hand: a student's version.
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
struct Neuron {
    var weights: [Double]
    var bias = 0.0
    func forward(_ inputs: [Double]) -> Double {
        sigmoid(zip(weights, inputs).map { $0 * $1 }.reduce(bias, +))
    }
    mutating func train(_ inputs: [Double], target: Double, lr: Double) {
        let out = forward(inputs)
        let delta = (out - target) * out * (1 - out)
        for i in weights.indices { weights[i] -= lr * delta * inputs[i] }
        bias -= lr * delta
    }
}
var n = Neuron(weights: [0.5, -0.5])
let samples: [([Double], Double)] = [([0, 0], 0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 1)]
for _ in 0..<2000 {
    for (x, y) in samples { n.train(x, target: y, lr: 0.5) }
}
for (x, y) in samples {
    let p = n.forward(x)
    print(x, y, p > 0.5 ? 1 : 0, String(format: "%.2f", p))
}
let losses = (1...5).map { epoch -> Double in 1.0 / Double(epoch) }
let improvement = zip(losses, losses.dropFirst()).map { $0 - $1 }
print(improvement.map { String(format: "%.3f", $0) }, losses.last ?? 0)
var accuracy: Double = 0
accuracy = 3 / 4
print(accuracy, Int(accuracy * 100), "\(Int(accuracy * 100))%")
let ratio = Double(3) / 4
let pct = (ratio * 100).rounded()
print(ratio, pct, abs(-2.5), pow(2.0, 10.0), sqrt(16.0))
var best = (epoch: 0, loss: Double.infinity)
for (i, l) in losses.enumerated() where l < best.loss { best = (i, l) }
print(best, best.loss)
let batches = stride(from: 0, to: 10, by: 3).map { Array($0..<min($0 + 3, 10)) }
print(batches)
