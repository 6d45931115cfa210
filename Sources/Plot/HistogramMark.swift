/// A histogram: `binCount` bins of equal width between the smallest and largest finite value.
struct HistogramMark: CartesianMark {
    let series: Series
    let values: [Double]
    let binCount: Int
    /// Counted once, for both the axis range and the drawing; empty when no value is finite.
    private(set) var edges: [Double] = []
    private(set) var counts: [Int] = []
    /// The bars in pixels, set by `project`.
    private(set) var boxes: [Box] = []

    var fillsArea: Bool { !counts.isEmpty }

    mutating func measure(into e: inout CartesianExtent) throws {
        let n = binCount, named = CartesianExtent.quoted(series.label)
        let finite = values.filter(\.isFinite)
        e.nonFinite += values.count - finite.count
        e.parts.append("histogram \(named) of \(values.count) value\(values.count == 1 ? "" : "s") in \(n) bins")
        guard let lo = finite.min(), let hi = finite.max() else {
            e.emptySeries.append("histogram \(named)".trimmingCharacters(in: .whitespaces))
            return
        }
        // All values equal: one unit wide around them.
        let (a, b) = lo < hi ? (lo, hi) : (lo - 0.5, hi + 0.5)
        let width = (b - a) / Double(n)
        counts = [Int](repeating: 0, count: n)
        for v in finite { counts[min(n - 1, max(0, Int((v - a) / width)))] += 1 }
        edges = (0...n).map { a + Double($0) * width }
        edges[n] = b
        e.xMin = min(e.xMin, a); e.xMax = max(e.xMax, b)
        e.yMax = max(e.yMax, Double(counts.max()!))
        // Bars stand on 0 (on 1 on a log axis), and the padding does not go below it.
        if e.logY { e.yMin = min(e.yMin, 1) } else { e.yMin = min(e.yMin, 0); e.stickyY.append(0) }
    }

    func legendEntry(overMap: Bool) -> LegendEntry? {
        guard let label = series.label else { return nil }
        return CartesianRenderer.Ink(series, overMap: overMap).legendEntry(label, dash: "", swatch: .patch)
    }

    /// One box per non-empty bin.
    mutating func project(_ l: CartesianRenderer.Layout, obstacles: inout Obstacles) {
        guard !counts.isEmpty else { return }
        boxes = []
        let base = l.sy.isLog ? l.plot.y1 : l.sy.px(0)
        for i in 0..<counts.count where counts[i] > 0 {
            var x0 = l.sx.px(edges[i]), x1 = l.sx.px(edges[i + 1])
            if x1 - x0 > 4 { x0 += 0.5; x1 -= 0.5 }  // a hairline gap between bars
            boxes.append(Box(x0: x0, y0: l.sy.px(Double(counts[i])), x1: x1, y1: base))
        }
        obstacles.boxes += boxes
    }

    /// The bars as one path; more transparent when other histograms overlap them.
    func draw(_ c: CartesianDrawing, into w: inout SVGWriter) {
        guard !boxes.isEmpty else { return }
        let ink = CartesianRenderer.Ink(series, overMap: c.overMap)
        w.raw("<path\(ink.classAttribute("sf")) fill=\"\(ink.hex)\" fill-opacity=\"\(c.filledAreas > 1 ? "0.55" : "0.85")\" d=\"")
        for b in boxes {
            w.raw("M"); w.num(b.x0); w.raw(" "); w.num(b.y1); w.raw("V"); w.num(b.y0)
            w.raw("H"); w.num(b.x1); w.raw("V"); w.num(b.y1); w.raw("Z")
        }
        w.raw("\"/>\n")
    }
}
