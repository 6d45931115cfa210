protocol Shape {
    func area() -> Double
    func perimeter() -> Double
}

struct Square: Shape {
    let side: Double
    func area() -> Double { return side * side }
}

print("start")
let s = Square(side: 2.0)
print(s.area())
