func movingAverage(_ xs: [Double], window: Int) -> [Double] {
    guard window > 0, xs.count >= window else { return [] }
    var out: [Double] = []
    for i in 0...(xs.count - window) {
        let slice = xs[i..<(i + window)]
        out.append(slice.reduce(0, +) / Double(window))
    }
    return out
}
print(movingAverage([1, 2, 3, 4, 5, 6], window: 3))
print(movingAverage([1, 2], window: 5))
var ema = 0.0
for x in [10.0, 20, 30] { ema = 0.5 * ema + 0.5 * x }
print(ema)
