let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let targets: [Double] = [0, 0, 0, 1]
var weights = [0.0, 0.0]
var bias = 0.0
func predict(_ x: [Double]) -> Double {
    let s = zip(weights, x).map { $0 * $1 }.reduce(bias, +)
    return s > 0 ? 1 : 0
}
for epoch in 1...10 {
    var errors = 0
    for (x, t) in zip(inputs, targets) {
        let e = t - predict(x)
        if e != 0 { errors += 1 }
        for i in 0..<2 { weights[i] += 0.1 * e * x[i] }
        bias += 0.1 * e
    }
    if errors == 0 { print("converged at epoch", epoch); break }
}
print(inputs.map { predict($0) })
