func divide(_ a: Double, by b: Double) -> Double? {
    guard b != 0 else { return nil }
    return a / b
}
func describe(_ r: Double?) -> String {
    guard let r = r else { return "undefined" }
    return "result \(r)"
}
print(describe(divide(1, by: 4)), describe(divide(1, by: 0)))
func firstNegative(_ xs: [Int]) -> Int? {
    for x in xs { if x < 0 { return x } }
    return nil
}
if let n = firstNegative([3, -2, -5]) { print(n) }
print(firstNegative([1, 2]) ?? 0)
