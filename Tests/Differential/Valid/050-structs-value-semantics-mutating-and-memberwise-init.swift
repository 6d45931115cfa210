// From LanguageConformanceTests.testStructsValueSemanticsMutatingAndMemberwiseInit (LANGUAGE.md §2).
import Foundation
struct Point {
    var x: Double
    var y: Double = 0
    var length: Double { (x * x + y * y).squareRoot() }
    mutating func scale(by k: Double) { x *= k; y *= k }
    func moved(dx: Double) -> Point { Point(x: x + dx, y: y) }
}
var p = Point(x: 3, y: 4)
var q = p
q.scale(by: 2)
let r = Point(x: 1)
print(p.x, q.x, p.length, r.y, p.moved(dx: 1).x)
var ps = [p, q]
ps[0].x = 100
print(p.x, ps[0].x)
struct Pair { let a: Int; let b: Int; init(_ a: Int, _ b: Int) { self.a = a; self.b = b } }
print(Pair(1, 2).b)
p.x = 9
print(p.x)
