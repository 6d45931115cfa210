enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
}

func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r):
        return 3.14 * r * r
    case .rectangle(let w, let h, let d):
        return w * h * d
    }
}

print("start")
print(area(.circle(radius: 1.0)))
