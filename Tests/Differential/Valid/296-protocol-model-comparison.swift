protocol Model {
    var name: String { get }
    func predict(_ x: Double) -> Double
}

extension Model {
    func meanSquaredError(_ xs: [Double], _ ys: [Double]) -> Double {
        let errors = zip(xs, ys).map { (predict($0) - $1) * (predict($0) - $1) }
        return errors.reduce(0, +) / Double(xs.count)
    }
}

struct ConstantModel: Model {
    let value: Double
    var name: String { return "constant(\(value))" }
    func predict(_ x: Double) -> Double { return value }
}

struct LinearModel: Model {
    let w: Double, b: Double
    var name: String { return "linear(\(w), \(b))" }
    func predict(_ x: Double) -> Double { return w * x + b }
}

let xs = [0.0, 1.0, 2.0, 3.0]
let ys = [1.0, 3.0, 5.0, 7.0]
let models: [Model] = [ConstantModel(value: 4.0), LinearModel(w: 2.0, b: 1.0), LinearModel(w: 1.5, b: 1.0)]
for m in models {
    print(m.name, m.meanSquaredError(xs, ys))
}
let best = models.min { $0.meanSquaredError(xs, ys) < $1.meanSquaredError(xs, ys) }!
print("best: \(best.name)")
