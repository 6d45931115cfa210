protocol Shape {
    var name: String { get }
    func area() -> Double
    func perimeter() -> Double
}

struct Rectangle: Shape {
    let width: Double
    let height: Double
    var name: String { return "rectangle" }
    func area() -> Double { return width * height }
    func perimeter() -> Double { return 2.0 * (width + height) }
}

struct Circle: Shape {
    let radius: Double
    var name: String { return "circle" }
    func area() -> Double { return 3.14159 * radius * radius }
    func perimeter() -> Double { return 2.0 * 3.14159 * radius }
}

let shapes: [Shape] = [Rectangle(width: 3.0, height: 4.0), Circle(radius: 1.0), Rectangle(width: 1.5, height: 2.0)]
for s in shapes {
    print(s.name, s.area(), s.perimeter())
}
let biggest = shapes.max { $0.area() < $1.area() }!
print("biggest: \(biggest.name)")
