class Layer {
    var size: Int
    init(size: Int) { self.size = size }
}
print("start")
let l = Layer(4)
