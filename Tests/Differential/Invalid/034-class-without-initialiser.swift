print("start")
class Model {
    var weight: Double
    var bias: Double
}
