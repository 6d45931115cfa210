import Foundation
protocol Optimiser {
    var learningRate: Double { get }
    mutating func step(_ params: [Double], _ grads: [Double]) -> [Double]
}

struct SGD: Optimiser {
    let learningRate: Double
    mutating func step(_ params: [Double], _ grads: [Double]) -> [Double] {
        return zip(params, grads).map { $0 - learningRate * $1 }
    }
}

struct Momentum: Optimiser {
    let learningRate: Double
    let beta: Double
    var velocity: [Double] = []
    init(learningRate: Double, beta: Double) {
        self.learningRate = learningRate
        self.beta = beta
    }
    mutating func step(_ params: [Double], _ grads: [Double]) -> [Double] {
        if velocity.isEmpty { velocity = Array(repeating: 0.0, count: params.count) }
        for i in 0..<params.count {
            velocity[i] = beta * velocity[i] + grads[i]
        }
        return zip(params, velocity).map { $0 - learningRate * $1 }
    }
}

// Minimise f(x, y) = x^2 + 2y^2, gradient (2x, 4y).
func train<O: Optimiser>(_ opt: inout O, steps: Int) -> [Double] {
    var p = [1.0, 1.0]
    for _ in 0..<steps {
        p = opt.step(p, [2.0 * p[0], 4.0 * p[1]])
    }
    return p
}

var sgd = SGD(learningRate: 0.1)
var momentum = Momentum(learningRate: 0.1, beta: 0.5)
let a = train(&sgd, steps: 5)
let b = train(&momentum, steps: 5)
print(a.map { ($0 * 10000).rounded() / 10000 })
print(b.map { ($0 * 10000).rounded() / 10000 })
