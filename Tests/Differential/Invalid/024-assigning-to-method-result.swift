struct Box {
    var width = 1.0
    func size() -> Double { width }
}
var b = Box()
print("start")
b.size() = 3
