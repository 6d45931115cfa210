protocol Named {
    var name: String { get }
}

protocol Trainable: Named {
    var epochs: Int { get }
    func summary() -> String
}

extension Trainable {
    func summary() -> String {
        return "\(name) trained for \(epochs) epochs"
    }
}

struct Perceptron: Trainable {
    let name = "perceptron"
    let epochs: Int
}

class MLP: Trainable {
    let name: String
    let epochs: Int
    init(layers: Int, epochs: Int) {
        name = "mlp-\(layers)"
        self.epochs = epochs
    }
}

let models: [Trainable] = [Perceptron(epochs: 10), MLP(layers: 3, epochs: 50)]
for m in models {
    print(m.summary())
}
let named: [Named] = models
print(named.map { $0.name })
