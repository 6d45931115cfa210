// From LanguageConformanceTests.testLiteralTypingFromDeclaredTypes (LANGUAGE.md §2).
var x: Double = 3
let xs: [Double] = [1, 2]
let d: [String: Double] = ["a": 1]
func f(_ v: Double) -> Double { v / 2 }
struct Point { var x: Double; var y: Double }
let p = Point(x: 3, y: 4)
func g() -> Double { 1 }
let o: Double? = 2
x += 1
print(x, xs, d, f(3), p.x, p.y, g(), o!)
let t: (Double, Int) = (1, 1)
print(t)
