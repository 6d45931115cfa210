import Foundation

/// One labelled tick on an axis.
struct Tick: Equatable {
    var value: Double
    var label: String
}

/// The ticks of one axis: labelled major ticks and unlabelled minor ones (log axes only).
struct AxisTicks: Equatable {
    var major: [Tick]
    var minor: [Double] = []
    /// When labels are relative to a large common value (1e9 + 1, 1e9 + 2 ...), that value, as
    /// "+10⁹", to show once at the end of the axis, as matplotlib's offset text does.
    var offset: String? = nil
}

/// Tick generation: 1-2-5 steps on linear axes, decades (with 2 and 5 when short) on log axes.
enum Ticks {
    /// Linear ticks inside [lo, hi] at multiples of the smallest 1-2-5 step giving at most `maxBins` intervals.
    static func linear(_ lo: Double, _ hi: Double, maxBins: Int) -> AxisTicks {
        guard lo.isFinite, hi.isFinite, hi > lo else { return AxisTicks(major: []) }
        let step = TickStep.covering(lo, hi, maxBins: maxBins)
        guard let ks = step.indices(in: lo, hi) else { return AxisTicks(major: []) }
        let maxAbs = max(abs(step.multiple(ks.lowerBound)), abs(step.multiple(ks.upperBound)))
        if maxAbs / step.value >= 1e7 {
            // Labels would need eight or more digits to tell ticks apart: label the differences.
            let k0 = ks.lowerBound
            let relative = labelled(step, 0...(ks.upperBound - k0))
            let major = ks.map { k in Tick(value: step.multiple(k), label: relative[k - k0].label) }
            let n = k0 * step.mantissa
            let offset = (n < 0 ? "" : "+") + NumberFormat.scientific(n, exponent: step.exponent)
            return AxisTicks(major: major, offset: offset)
        }
        return AxisTicks(major: labelled(step, ks))
    }

    /// The multiples k·step for k in `ks`, labelled alike: decimals enough for the step, or
    /// scientific form when the numbers are very large or very small.
    static func labelled(_ step: TickStep, _ ks: ClosedRange<Int>) -> [Tick] {
        let maxAbs = max(abs(step.multiple(ks.lowerBound)), abs(step.multiple(ks.upperBound)))
        let scientific = maxAbs >= 1e6 || (maxAbs < 1e-3 && maxAbs > 0)
        return ks.map { k in
            let n = k * step.mantissa
            let label = scientific ? NumberFormat.scientific(n, exponent: step.exponent)
                                   : NumberFormat.decimal(n, exponent: step.exponent)
            return Tick(value: step.multiple(k), label: label)
        }
    }

    /// Log ticks for data between 10^a and 10^b (a < b are base-10 exponents).
    static func log(_ a: Double, _ b: Double, maxBins: Int) -> AxisTicks {
        guard a.isFinite, b.isFinite, b > a else { return AxisTicks(major: []) }
        let first = Int((a - 1e-9).rounded(.up)), last = Int((b + 1e-9).rounded(.down))
        let decades = last - first + 1
        if decades >= 2 {
            let stride = max(1, Int((Double(decades) / Double(max(2, maxBins))).rounded(.up)))
            var major: [Tick] = []
            var d = first
            while d <= last {
                major.append(Tick(value: powerOfTen(d), label: decadeLabel(d)))
                d += stride
            }
            var minor: [Double] = []
            if stride == 1 && decades <= 8 {
                for d in (first - 1)...last {
                    for m in 2...9 {
                        let v = Double(m) * powerOfTen(d)
                        let lv = log10(v)
                        if lv >= a && lv <= b { minor.append(v) }
                    }
                }
            }
            return AxisTicks(major: major, minor: minor)
        }
        // Less than two decades in view: 1, 2 and 5 times powers of ten, or plain linear ticks.
        var major: [Tick] = []
        for d in (first - 1)...(last + 1) {
            for m in [1, 2, 5] {
                let v = TickStep(mantissa: m, exponent: d).value
                let lv = log10(v)
                if lv >= a - 1e-12 && lv <= b + 1e-12 { major.append(Tick(value: v, label: label(m, d))) }
            }
        }
        if major.count >= 3 { return AxisTicks(major: major) }
        return linear(pow(10, a), pow(10, b), maxBins: min(maxBins, 5))
    }

    /// "0.001" ... "10000" for moderate decades, "10⁻⁵" beyond.
    static func decadeLabel(_ d: Int) -> String { label(1, d) }

    private static func label(_ m: Int, _ d: Int) -> String {
        (-3...4).contains(d) ? NumberFormat.decimal(m, exponent: d).trimmingDecimalZeros
                             : NumberFormat.scientific(m, exponent: d)
    }
}

extension String {
    /// "0.0010" → "0.001", "2.0" → "2"; integers stay as they are.
    var trimmingDecimalZeros: String {
        guard contains(".") else { return self }
        var s = self
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
