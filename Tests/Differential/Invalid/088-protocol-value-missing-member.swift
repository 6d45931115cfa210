protocol Shape {
    func area() -> Double
}

struct Circle: Shape {
    let radius: Double
    func area() -> Double { return 3.14 * radius * radius }
}

let s: Shape = Circle(radius: 2.0)
print("start")
print(s.radius)
