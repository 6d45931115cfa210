struct Point {
    let x: Double
    let y: Double
}

let a = Point(x: 1.0, y: 2.0)
let b = Point(x: 1.0, y: 2.0)
print("start")
if a == b {
    print("same")
}
