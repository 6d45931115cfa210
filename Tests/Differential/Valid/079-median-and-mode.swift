// Median of a sorted copy; mode from a dictionary of counts.
func median(_ xs: [Int]) -> Double {
    let s = xs.sorted()
    let mid = s.count / 2
    if s.count % 2 == 0 { return Double(s[mid - 1] + s[mid]) / 2 }
    return Double(s[mid])
}
func mode(_ xs: [Int]) -> Int {
    var counts: [Int: Int] = [:]
    for x in xs { counts[x, default: 0] += 1 }
    var best = xs[0]
    for k in counts.keys.sorted() where counts[k]! > counts[best]! { best = k }
    return best
}
let xs = [3, 7, 7, 2, 9, 7, 3]
print(median(xs), median([1, 2, 3, 4]), mode(xs))
