import Foundation
struct Point {
    var x: Double
    var y: Double
}

extension Point {
    var length: Double {
        return (x * x + y * y).squareRoot()
    }
    func distance(to other: Point) -> Double {
        let dx = x - other.x
        let dy = y - other.y
        return (dx * dx + dy * dy).squareRoot()
    }
    mutating func moveBy(_ dx: Double, _ dy: Double) {
        x += dx
        y += dy
    }
    static let origin = Point(x: 0.0, y: 0.0)
}

var p = Point(x: 3.0, y: 4.0)
print(p.length)
print(p.distance(to: .origin))
p.moveBy(1.0, -1.0)
print(p.x, p.y)
print(Point.origin.length)
