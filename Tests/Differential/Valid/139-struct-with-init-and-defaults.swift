struct Config {
    var learningRate: Double = 0.01
    var epochs: Int = 10
    var name: String
    init(name: String) { self.name = name }
    init(name: String, epochs: Int) {
        self.name = name
        self.epochs = epochs
    }
}
var a = Config(name: "a")
let b = Config(name: "b", epochs: 3)
a.learningRate = 0.1
print(a.name, a.learningRate, a.epochs, b.name, b.learningRate, b.epochs)
