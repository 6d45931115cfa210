protocol Layer {
    func forward(_ x: Double) -> Double
}

print("start")
let layer = Layer()
print(layer.forward(1.0))
