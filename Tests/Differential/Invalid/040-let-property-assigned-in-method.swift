print("start")
class Layer {
    let size = 3
    func grow() {
        size = 4
    }
}
