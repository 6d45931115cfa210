// Issue #13: a label after an unlabelled first argument.
func power(_ b: Int, to e: Int) -> Int {
    var r = 1
    for _ in 0..<e { r *= b }
    return r
}
print(power(2, to: 10), power(3, to: 0))
func area(width w: Double, height h: Double) -> Double { w * h }
print(area(width: 2, height: 3.5))
func greet(_ name: String, times: Int = 1) -> String {
    String(repeating: "hi \(name) ", count: times)
}
print(greet("al"), greet("bo", times: 2))
