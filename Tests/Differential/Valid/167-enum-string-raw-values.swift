enum Activation: String {
    case relu
    case sigmoid
    case tanh = "hyperbolic-tangent"
}

print(Activation.relu.rawValue)
print(Activation.tanh.rawValue)
let names = ["sigmoid", "relu", "softmax"]
for name in names {
    if let a = Activation(rawValue: name) {
        print("\(name) -> \(a)")
    } else {
        print("\(name) is unknown")
    }
}
let chosen = Activation.sigmoid
print("using \(chosen.rawValue)")
