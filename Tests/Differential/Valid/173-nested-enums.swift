struct Layer {
    enum Kind {
        case dense, convolution, pooling
    }
    enum Init: String {
        case zeros, xavier, he
    }
    let kind: Kind
    let initialiser: Init
    let units: Int
}

let layers = [
    Layer(kind: .dense, initialiser: .xavier, units: 128),
    Layer(kind: .convolution, initialiser: .he, units: 32),
    Layer(kind: .pooling, initialiser: .zeros, units: 0),
]
for layer in layers {
    print(layer.kind, layer.initialiser.rawValue, layer.units)
}
let k: Layer.Kind = .dense
print(k == layers[0].kind)
enum Outer {
    enum Inner {
        case a, b
    }
    case wrap(Inner)
}
let o = Outer.wrap(.b)
if case .wrap(let inner) = o {
    print(inner)
}
