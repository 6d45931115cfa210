protocol Layer {
    func forward(_ input: [Double]) -> [Double]
}

struct Scale: Layer {
    let factor: Double
    func forward(_ input: [Double]) -> [Double] { return input.map { $0 * factor } }
}

struct ReLU: Layer {
    func forward(_ input: [Double]) -> [Double] { return input.map { max(0.0, $0) } }
}

struct Shift: Layer {
    let amount: Double
    func forward(_ input: [Double]) -> [Double] { return input.map { $0 + amount } }
}

struct Sequential: Layer {
    let layers: [Layer]
    func forward(_ input: [Double]) -> [Double] {
        var x = input
        for layer in layers {
            x = layer.forward(x)
        }
        return x
    }
}

let model = Sequential(layers: [Shift(amount: -1.0), ReLU(), Scale(factor: 2.5)])
print(model.forward([0.0, 1.0, 2.0, 3.5]))
let nested = Sequential(layers: [model, Shift(amount: 0.5)])
print(nested.forward([4.0]))
