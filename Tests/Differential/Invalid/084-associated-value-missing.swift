enum Shape {
    case circle(Double)
    case square(Double)
}

print("start")
let s: Shape = .circle
print(s)
