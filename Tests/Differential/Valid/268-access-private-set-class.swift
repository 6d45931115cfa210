class Model {
    public private(set) var parameters: [Double]
    private var step = 0
    open var name: String { return "model" }

    init(size: Int) {
        parameters = Array(repeating: 0.0, count: size)
    }

    func update(with gradient: [Double], rate: Double) {
        step += 1
        for i in parameters.indices {
            parameters[i] -= rate * gradient[i]
        }
    }

    var steps: Int { return step }
}

let m = Model(size: 3)
m.update(with: [1.0, -2.0, 0.5], rate: 0.1)
m.update(with: [1.0, -2.0, 0.5], rate: 0.1)
print(m.parameters, m.steps)
