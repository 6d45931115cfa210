func normalise(_ xs: [Double]) -> [Double] {
    let lo = xs.min() ?? 0, hi = xs.max() ?? 1
    let range = hi - lo
    return xs.map { range == 0 ? 0 : ($0 - lo) / range }
}
print(normalise([2, 4, 6, 10]))
print(normalise([5, 5]))
print(normalise([]))
let z = [1.0, 2, 3].map { ($0 - 2) / 1 }
print(z)
