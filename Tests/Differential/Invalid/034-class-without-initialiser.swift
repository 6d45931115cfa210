class Model {
    var weight: Double
    var bias: Double
}
print("start")
