func minMax<T: Comparable>(_ values: [T]) -> (min: T, max: T)? {
    guard var lo = values.first else { return nil }
    var hi = lo
    for v in values.dropFirst() {
        if v < lo { lo = v }
        if v > hi { hi = v }
    }
    return (lo, hi)
}

if let r = minMax([4.5, -1.0, 8.25, 3.0]) {
    print(r.min, r.max)
}
if let r = minMax(["kiwi", "apple", "fig"]) {
    print(r.min, r.max)
}
print(minMax([Int]()) == nil)
func repeatValue<T>(_ v: T, times: Int) -> [T] {
    return Array(repeating: v, count: times)
}
print(repeatValue("ab", times: 3))
print(repeatValue(0.5, times: 2))
