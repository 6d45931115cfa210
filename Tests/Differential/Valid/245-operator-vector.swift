import Foundation
struct Vector2 {
    var x: Double
    var y: Double

    static func + (a: Vector2, b: Vector2) -> Vector2 {
        return Vector2(x: a.x + b.x, y: a.y + b.y)
    }
    static func - (a: Vector2, b: Vector2) -> Vector2 {
        return Vector2(x: a.x - b.x, y: a.y - b.y)
    }
    static func * (k: Double, v: Vector2) -> Vector2 {
        return Vector2(x: k * v.x, y: k * v.y)
    }
    static prefix func - (v: Vector2) -> Vector2 {
        return Vector2(x: -v.x, y: -v.y)
    }
    static func += (a: inout Vector2, b: Vector2) {
        a = a + b
    }
    var length: Double { return (x * x + y * y).squareRoot() }
}

let a = Vector2(x: 1.0, y: 2.0)
let b = Vector2(x: 3.0, y: -1.0)
let c = a + b
print(c.x, c.y)
let d = 2.0 * (a - b)
print(d.x, d.y)
let e = -a
print(e.x, e.y)
var pos = Vector2(x: 0.0, y: 0.0)
for _ in 0..<3 { pos += b }
print(pos.x, pos.y, pos.length)
