func summary(_ xs: [Double]) -> (min: Double, max: Double, mean: Double) {
    var lo = xs[0], hi = xs[0], sum = 0.0
    for x in xs {
        lo = min(lo, x)
        hi = max(hi, x)
        sum += x
    }
    return (lo, hi, sum / Double(xs.count))
}
let s = summary([4, 8, 15, 16, 23, 42])
print(s.min, s.max, s.mean)
let (lo, hi, _) = summary([1, 2])
print(lo, hi, s)
