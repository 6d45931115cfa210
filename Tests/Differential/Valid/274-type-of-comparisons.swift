protocol Layer {
    func forward(_ x: Double) -> Double
}
struct Dense: Layer {
    func forward(_ x: Double) -> Double { return 2 * x }
}
struct Dropout: Layer {
    func forward(_ x: Double) -> Double { return x }
}

let layers: [Layer] = [Dense(), Dropout(), Dense()]
for l in layers {
    print(type(of: l), l.forward(1.5))
}
print(type(of: layers[0]) == Dense.self)
let names = layers.map { "\(type(of: $0))" }
print(names)
print("\(type(of: 1.0 + 2))")
print(String(describing: type(of: names)))
