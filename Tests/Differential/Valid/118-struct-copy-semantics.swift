struct Point { var x: Int; var y: Int }
var a = Point(x: 1, y: 2)
var b = a
b.x = 10
print(a.x, b.x)
var pts = [a, b]
pts[0].y = 99
print(a.y, pts[0].y, pts.map { $0.x })
class Ref { var v = 0 }
let r1 = Ref()
let r2 = r1
r2.v = 5
print(r1.v, r1 === r2)
