import Foundation

/// Maps data values on one axis to pixels; log axes map log10 of the value.
struct AxisScale {
    /// Lower and upper limits in axis units (log10 of the value on a log axis).
    var lo: Double
    var hi: Double
    var isLog: Bool
    /// Pixel positions of `lo` and `hi` (for y, `lo` sits at the bottom: p0 > p1).
    var p0: Double
    var p1: Double

    /// The pixel position of a data value.
    @inline(__always) func px(_ v: Double) -> Double {
        let t = isLog ? Foundation.log10(v) : v
        return p0 + (t - lo) * ((p1 - p0) / (hi - lo))
    }

    /// The data value at the lower limit.
    var lowerValue: Double { isLog ? pow(10, lo) : lo }
    /// The data value at the upper limit.
    var upperValue: Double { isLog ? pow(10, hi) : hi }
}

/// Automatic axis limits: the data range with a little padding, as matplotlib's margins do.
enum AxisRange {
    /// Limits for data in [lo, hi]: `margin` of the span added each side, except on an edge
    /// equal to a sticky value (a bar's zero baseline) where the data should touch the frame.
    /// A single value gets a symmetric window around it. Values are in axis units.
    static func padded(_ lo: Double, _ hi: Double, margin: Double = 0.05, sticky: [Double] = []) -> (Double, Double) {
        guard lo.isFinite, hi.isFinite else { return (0, 1) }
        var span = hi - lo
        if span <= max(abs(lo), abs(hi)) * 1e-12 {
            let half = lo == 0 ? 1 : abs(lo) * 0.1
            return (lo - half, hi + half)
        }
        span *= margin
        let a = sticky.contains(lo) ? lo : lo - span
        let b = sticky.contains(hi) ? hi : hi + span
        return (a, b)
    }
}
