/// A polyline in pixel coordinates, possibly broken into several runs where points were skipped.
struct PixelPolyline {
    var xs: [Double] = []
    var ys: [Double] = []
    /// Index in xs/ys where each run starts.
    var runStarts: [Int] = []
    /// Input points that were not drawn (NaN, infinite, or not positive on a log axis).
    var skipped = 0

    var count: Int { xs.count }
}

/// Turns data series into pixel coordinates, dropping points that cannot be drawn and thinning
/// series far longer than the plot is wide.
enum Reduction {
    /// Maps (x, y) to pixels. A point that cannot be drawn breaks the line. When `reduce` is on,
    /// each run of consecutive points in the same pixel column keeps only its first, lowest,
    /// highest and last point, in their original order: the drawn line covers the same pixels
    /// (the M4 rule), so a million points cost a few thousand.
    static func polyline(_ x: [Double], _ y: [Double], sx: AxisScale, sy: AxisScale, reduce: Bool) -> PixelPolyline {
        var out = PixelPolyline()
        let n = min(x.count, y.count)
        if !reduce { out.xs.reserveCapacity(n); out.ys.reserveCapacity(n) }
        var newRun = true
        // The current pixel-column run: indices into the input of its first, min, max and last points.
        var col = Int.min
        var first = -1, lowest = -1, highest = -1, last = -1
        var firstX = 0.0, lastX = 0.0
        var minY = 0.0, maxY = 0.0, firstY = 0.0, lastY = 0.0, lowX = 0.0, highX = 0.0

        func flush() {
            guard first >= 0 else { return }
            // Emit the kept points in input order, each once.
            var picks: [(Int, Double, Double)] = [(first, firstX, firstY)]
            for p in [(lowest, lowX, minY), (highest, highX, maxY), (last, lastX, lastY)] where !picks.contains(where: { $0.0 == p.0 }) {
                picks.append(p)
            }
            picks.sort { $0.0 < $1.0 }
            for p in picks { out.xs.append(p.1); out.ys.append(p.2) }
            first = -1
        }

        for i in 0..<n {
            let xv = x[i], yv = y[i]
            if !xv.isFinite || !yv.isFinite || (sx.isLog && xv <= 0) || (sy.isLog && yv <= 0) {
                out.skipped += 1
                if reduce { flush() }
                newRun = true
                continue
            }
            let px = sx.px(xv), py = sy.px(yv)
            if newRun {
                if reduce { flush() }
                out.runStarts.append(out.xs.count)
                newRun = false
                col = Int.min
            }
            if !reduce { out.xs.append(px); out.ys.append(py); continue }
            let c = Int(px.rounded(.down))
            if c == col && first >= 0 {
                if py < minY { minY = py; lowest = i; lowX = px }
                if py > maxY { maxY = py; highest = i; highX = px }
                last = i; lastX = px; lastY = py
            } else {
                flush()
                col = c
                first = i; lowest = i; highest = i; last = i
                firstX = px; lowX = px; highX = px; lastX = px
                firstY = py; minY = py; maxY = py; lastY = py
            }
        }
        if reduce { flush() }
        return out
    }

    /// Scatter points in pixels; with `reduce`, a point landing on a pixel already drawn is dropped.
    static func scatter(_ x: [Double], _ y: [Double], sx: AxisScale, sy: AxisScale, reduce: Bool,
                        width: Int, height: Int, originX: Double, originY: Double) -> PixelPolyline {
        var out = PixelPolyline()
        var seen = reduce ? [Bool](repeating: false, count: max(1, (width + 2) * (height + 2))) : []
        for i in 0..<min(x.count, y.count) {
            let xv = x[i], yv = y[i]
            if !xv.isFinite || !yv.isFinite || (sx.isLog && xv <= 0) || (sy.isLog && yv <= 0) {
                out.skipped += 1
                continue
            }
            let px = sx.px(xv), py = sy.px(yv)
            if reduce {
                let cx = min(width + 1, max(0, Int((px - originX).rounded()) + 1))
                let cy = min(height + 1, max(0, Int((py - originY).rounded()) + 1))
                let k = cy * (width + 2) + cx
                if seen[k] { continue }
                seen[k] = true
            }
            out.xs.append(px); out.ys.append(py)
        }
        out.runStarts = [0]
        return out
    }
}
