struct Point {
    var x: Double
    var y: Double
}

print("start")
extension Point {
    var z: Double = 0.0
}
print(Point(x: 1, y: 2).x)
