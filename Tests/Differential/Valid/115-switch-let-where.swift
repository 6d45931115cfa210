let points = [(0, 3), (2, 2), (5, -1), (-4, 4)]
for p in points {
    switch p {
    case (0, let y): print("on y axis at", y)
    case let (x, y) where x == y: print("diagonal", x)
    case let (x, y) where x == -y: print("anti-diagonal", x, y)
    case (let x, _) where x > 0: print("right half", x)
    default: print("other")
    }
}
