enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case square(Double)
}

func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r):
        return 3.0 * r * r
    case .rectangle(let w, let h):
        return w * h
    case .square(let side):
        return side * side
    }
}

let shapes: [Shape] = [.circle(radius: 2.0), .rectangle(width: 3.0, height: 4.5), .square(5.0)]
for s in shapes {
    print(area(s))
}
let total = shapes.map(area).reduce(0, +)
print("total area: \(total)")
