struct Point: CustomStringConvertible {
    let x: Double
    let y: Double
    var description: String { return "(\(x), \(y))" }
}

class Neuron: CustomStringConvertible {
    let weights: [Double]
    let bias: Double
    init(weights: [Double], bias: Double) {
        self.weights = weights
        self.bias = bias
    }
    var description: String { return "Neuron(w: \(weights), b: \(bias))" }
}

let p = Point(x: 1.5, y: -2.0)
print(p)
print("point is \(p)")
let n = Neuron(weights: [0.5, -1.0], bias: 0.1)
print(n)
print([p, Point(x: 0, y: 0)])
print("neuron: \(n)")
let text = String(describing: p)
print(text.count)
