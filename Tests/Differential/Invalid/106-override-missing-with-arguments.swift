class Layer {
    func forward(_ x: Double) -> Double { x }
}
class Scale: Layer {
    func forward(_ x: Double) -> Double { 2 * x }
}
print("start")
print(Scale().forward(1))
