class Shape {
    let name: String
    init(name: String) { self.name = name }
    func area() -> Double { 0 }
    func describe() -> String { "\(name) with area \(area())" }
}
class Rectangle: Shape {
    let w: Double, h: Double
    init(w: Double, h: Double) {
        self.w = w
        self.h = h
        super.init(name: "rectangle")
    }
    override func area() -> Double { w * h }
}
class Square: Rectangle {
    init(side: Double) { super.init(w: side, h: side) }
    override func describe() -> String { "square: " + super.describe() }
}
let shapes: [Shape] = [Rectangle(w: 2, h: 3), Square(side: 1.5), Shape(name: "blob")]
for s in shapes { print(s.describe()) }
print(shapes.map { $0.area() }.reduce(0, +))
