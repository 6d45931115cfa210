import Foundation
struct Vector2 {
    var x = 0.0, y = 0.0
    var length: Double { (x * x + y * y).squareRoot() }
    mutating func normalise() {
        let l = length
        x /= l
        y /= l
    }
    func plus(_ o: Vector2) -> Vector2 { Vector2(x: x + o.x, y: y + o.y) }
    func scaled(by k: Double) -> Vector2 { Vector2(x: x * k, y: y * k) }
}
var v = Vector2(x: 3, y: 4)
let copy = v
v.normalise()
print(v.x, v.y, copy.length, copy.scaled(by: 2).x, copy.plus(Vector2(x: 1)).x)
