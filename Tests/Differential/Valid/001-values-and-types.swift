// Values, annotations, every basic type, tuples and literal typing.
import Foundation

let a = 1
var b = 2
b += a
var losses: [Double] = []
losses.append(0.5)
losses.append(2)
let name: String = "net"
var flag: Bool = false
flag = !flag
let c: Character = "z"
let t = (1, 2.0, "x")
let p = (x: 3, y: 4)
let (first, second) = (10, "ten")
print(a, b, losses, name, flag, c, t, p.x, p.y, first, second)
print(["a", "b"], [[1], [2, 3]], [true, false], [Int](), [String: Int]())

var x: Double = 3
x += 1
let xs: [Double] = [1, 2]
let d: [String: Double] = ["a": 1]
func half(_ v: Double) -> Double { v / 2 }
struct Point { var x: Double; var y: Double }
let pt = Point(x: 3, y: 4)
let pair: (Double, Int) = (1, 1)
print(x, xs, d, half(3), pt.x, pt.y, pair)

let y = 1.5
print(2 * y, y + 1, 1 - y, y / 2, 3 > y)
let n = 7
print(n / 2, n % 3, -n / 2, 7 % -3, -7 % 3, 7.0 / 2)
print(Double(n) * 0.5, Int(2.9), Int(-2.9), Int(Double(7) / 2))
print(Double("1.5")!, Int("12")!, Int("x") == nil, Int.max, Int.min)

let k: Int
if n > 3 { k = 5 } else { k = 6 }
print(k)
