// Issue #13: optimisers by hand behind a protocol of the library's name, Foundation.tanh, Array(repeating:) into a [Double] property, joined() of arrays.
protocol Optimizer {
    mutating func step(_ params: inout [Double], _ grads: [Double])
}
struct SGD: Optimizer {
    var lr: Double
    mutating func step(_ params: inout [Double], _ grads: [Double]) {
        for i in params.indices { params[i] -= lr * grads[i] }
    }
}
struct Momentum: Optimizer {
    var lr = 0.1, beta = 0.9
    var velocity: [Double] = []
    mutating func step(_ params: inout [Double], _ grads: [Double]) {
        if velocity.isEmpty { velocity = Array(repeating: 0, count: params.count) }
        for i in params.indices {
            velocity[i] = beta * velocity[i] + grads[i]
            params[i] -= lr * velocity[i]
        }
    }
}
func loss(_ p: [Double]) -> Double { p.map { ($0 - 3) * ($0 - 3) }.reduce(0, +) }
func grad(_ p: [Double]) -> [Double] { p.map { 2 * ($0 - 3) } }
func run<O: Optimizer>(_ opt: inout O, steps: Int) -> Double {
    var p: [Double] = [0, 10]
    for _ in 0..<steps { opt.step(&p, grad(p)) }
    return loss(p)
}
var sgd = SGD(lr: 0.1)
var mom = Momentum()
print(String(format: "%.6f", run(&sgd, steps: 20)), String(format: "%.6f", run(&mom, steps: 20)))
enum Activation: String, CaseIterable {
    case relu, sigmoid, tanh
    func apply(_ x: Double) -> Double {
        switch self {
        case .relu: return max(0, x)
        case .sigmoid: return 1 / (1 + exp(-x))
        case .tanh: return Foundation.tanh(x)
        }
    }
}
import Foundation
for a in Activation.allCases { print(a.rawValue, String(format: "%.4f", a.apply(-0.5))) }
class Node {
    var value: Int
    var children: [Node] = []
    init(_ value: Int) { self.value = value }
    func add(_ n: Node) -> Node { children.append(n); return self }
    var total: Int { value + children.reduce(0) { $0 + $1.total } }
}
let tree = Node(1).add(Node(2).add(Node(4))).add(Node(3))
print(tree.total, tree.children.map(\.value))
var stack: [Int] = []
stack.append(contentsOf: [3, 1, 2])
while let top = stack.popLast() { print(top, terminator: " ") }
print()
let matrix: [[Double]] = [[1, 2], [3, 4]]
let t = (0..<2).map { j in matrix.map { $0[j] } }
print(t, matrix.joined().map { $0 * 2 })
let words = ["apple", "Banana", "cherry"]
print(words.sorted { $0.lowercased() < $1.lowercased() }, words.map { $0.count }.max() ?? 0)
var fib: [Int] = [0, 1]
while fib.count < 10 { fib.append(fib[fib.count - 1] + fib[fib.count - 2]) }
print(fib, fib.filter { $0 % 2 == 0 }.count)
