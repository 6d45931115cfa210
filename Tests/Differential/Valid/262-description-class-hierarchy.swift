class Shape: CustomStringConvertible {
    var name: String { return "shape" }
    func area() -> Double { return 0 }
    var description: String { return "\(name) with area \(area())" }
}

class Square: Shape {
    let side: Double
    init(side: Double) { self.side = side }
    override var name: String { return "square" }
    override func area() -> Double { return side * side }
}

class Circle: Shape {
    let r: Double
    init(r: Double) { self.r = r }
    override var name: String { return "circle" }
    override func area() -> Double { return 3.0 * r * r }
}

let shapes: [Shape] = [Square(side: 2), Circle(r: 1), Shape()]
for s in shapes {
    print(s)
}
print("largest: \(shapes.max { $0.area() < $1.area() }!)")
