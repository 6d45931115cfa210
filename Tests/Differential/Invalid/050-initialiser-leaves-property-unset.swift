print("start")
class Neuron {
    var weight: Double
    var bias: Double
    init(weight: Double) {
        self.weight = weight
    }
}
