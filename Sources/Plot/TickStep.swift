import Foundation

/// Powers of ten that a Double holds exactly (10^0 ... 10^22).
private let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]

/// 10^e, exact where a Double can hold it.
func powerOfTen(_ e: Int) -> Double {
    (0...22).contains(e) ? exactPowersOfTen[e] : pow(10.0, Double(e))
}

/// A tick step m·10^e with m in {1, 2, 5}. Kept as integers so that tick values are the
/// nearest doubles to the decimal numbers (0.3, never 0.30000000000000004) and labels are exact.
struct TickStep: Equatable {
    var mantissa: Int
    var exponent: Int

    /// The step as a number.
    var value: Double { multiple(1) }

    /// k·step, computed as an integer times or over an exact power of ten: one rounding only.
    func multiple(_ k: Int) -> Double {
        let n = Double(k * mantissa)
        return exponent >= 0 ? n * powerOfTen(exponent) : n / powerOfTen(-exponent)
    }

    /// The smallest 1-2-5 step that covers [lo, hi] with at most `maxBins` intervals
    /// between multiples of the step (matplotlib's MaxNLocator with steps 1, 2, 5, 10).
    static func covering(_ lo: Double, _ hi: Double, maxBins: Int) -> TickStep {
        let bins = max(2, maxBins)
        let span = max(hi - lo, abs(hi) * 1e-12, 1e-300)
        var e = Int((log10(span / Double(bins))).rounded(.down)) - 1
        for _ in 0..<40 {
            for m in [1, 2, 5] {
                let s = TickStep(mantissa: m, exponent: e)
                let first = (lo / s.value).rounded(.down), last = (hi / s.value).rounded(.up)
                if last - first <= Double(bins) { return s }
            }
            e += 1
        }
        return TickStep(mantissa: 1, exponent: e)
    }

    /// The integers k with k·step inside [lo, hi] (a hair of slack for rounding at the ends).
    func indices(in lo: Double, _ hi: Double) -> ClosedRange<Int>? {
        let s = value
        let slack = 1e-9
        let a = (lo / s - slack).rounded(.up), b = (hi / s + slack).rounded(.down)
        guard a <= b, abs(a) < 1e15, abs(b) < 1e15 else { return nil }
        return Int(a)...Int(b)
    }
}
