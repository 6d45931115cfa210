import Foundation

/// Contours of grid values, z[i][j] at (x[j], y[i]): filled bands or lines alone, under a
/// colour bar. A figure holds one; the other marks are drawn over its colours, and it
/// fits the axes to its grid exactly.
struct ContourMark: CartesianMark {
    let series: Series
    let x: [Double], y: [Double], z: [[Double]]
    let levelCount: Int
    let filled: Bool
    /// The finite values' range, and the levels between which the bands lie.
    private(set) var zRange = (Double.infinity, -Double.infinity)
    private(set) var levels: [Tick] = []

    mutating func measure(into e: inout CartesianExtent) throws {
        if e.logY && y.contains(where: { $0 <= 0 }) {
            throw PlotError("contour: a log y axis needs positive y values; the grid's y values go down to \(NumberFormat.short(y.min()!))")
        }
        e.tight = true
        e.xMin = min(e.xMin, x.min()!); e.xMax = max(e.xMax, x.max()!)
        e.yMin = min(e.yMin, y.min()!); e.yMax = max(e.yMax, y.max()!)
        for row in z {
            for v in row {
                if v.isFinite { zRange = (min(zRange.0, v), max(zRange.1, v)) } else { e.missingCells += 1 }
            }
        }
        if zRange.0 <= zRange.1 { levels = Contour.levelTicks(zRange.0, zRange.1, count: levelCount) }
        let zText = zRange.0 <= zRange.1 ? " with values from \(NumberFormat.short(zRange.0)) to \(NumberFormat.short(zRange.1))" : ""
        e.parts.append("contour of a \(x.count)×\(y.count) grid\(zText)")
    }

    /// The colour bar stands for the contour in the legend's stead.
    func legendEntry(overMap: Bool) -> LegendEntry? { nil }

    /// The grid is placed as a whole in `drawMap`; the legend may cover it.
    mutating func project(_ layout: CartesianRenderer.Layout, obstacles: inout Obstacles) {}

    /// Drawn under every other mark, by `drawMap`.
    func draw(_ context: CartesianDrawing, into w: inout SVGWriter) {}

    /// Whether there are bands to draw and a colour bar to explain them.
    var hasColourBar: Bool { levels.count >= 2 }
    var barLabel: String { series.label ?? "" }
    /// The width the colour bar takes right of the plot.
    var colourBarRoom: Double { hasColourBar ? Chrome.colourBarRoom(levels, label: barLabel) : 0 }

    /// Filled bands with thin lines between them, or coloured lines alone. They are drawn
    /// once, in a symbol's square of their own spanning the grid, and placed over the grid's
    /// box with `<use>`: a chart showing the same contour twice (or a page showing it in
    /// several charts) carries the drawing once. Strokes keep their width however the square
    /// is stretched.
    func drawMap(_ l: CartesianRenderer.Layout, symbols: inout SVGSymbols, into w: inout SVGWriter) {
        guard hasColourBar else { return }
        let logY = l.sy.isLog, levels = self.levels.map(\.value)
        let side = SVGSymbols.side
        let xLo = x.min()!, xHi = x.max()!, yLo = y.min()!, yHi = y.max()!
        let ux = AxisScale(lo: xLo, hi: xHi, isLog: false, p0: 0, p1: side)
        let uy = AxisScale(lo: logY ? log10(yLo) : yLo, hi: logY ? log10(yHi) : yHi, isLog: logY, p0: side, p1: 0)
        let px = x.map(ux.px), py = y.map(uy.px)
        let n = levels.count - 1
        func colour(_ k: Int) -> String { Colors.viridis(n == 1 ? 0.5 : Double(k) / Double(n - 1)) }
        var d = SVGWriter(capacity: 64 * 1024)
        let fixed = " vector-effect=\"non-scaling-stroke\""
        if filled {
            let polys = Contour.bands(px: px, py: py, z: z, levels: levels)
            for k in 0..<n where !polys[k].isEmpty {
                // The same-colour stroke closes the hairline seams anti-aliasing leaves between cells.
                let c = colour(k)
                d.raw("<path fill=\"\(c)\" stroke=\"\(c)\" stroke-width=\"0.6\" stroke-linejoin=\"round\"\(fixed) d=\"")
                for poly in polys[k] { d.polygonData(poly) }
                d.raw("\"/>\n")
            }
        }
        for k in 1..<n where levels[k] > zRange.0 && levels[k] < zRange.1 {
            let lines = Contour.lines(px: px, py: py, z: z, level: levels[k])
            guard !lines.isEmpty else { continue }
            if filled {
                d.raw("<path fill=\"none\" stroke=\"#000\" stroke-opacity=\"0.3\" stroke-width=\"0.6\"\(fixed) d=\"")
            } else {
                // Blended with the text colour so the darkest levels still show on a dark page.
                let c = Colors.viridis(Double(k) / Double(n))
                d.raw("<path fill=\"none\" stroke=\"\(c)\" style=\"stroke:color-mix(in srgb,\(c) 80%,var(--lc-fg))\" stroke-width=\"1.4\" stroke-linejoin=\"round\"\(fixed) d=\"")
            }
            for line in lines { d.pathData(line.map(\.0), line.map(\.1), 0..<line.count) }
            d.raw("\"/>\n")
        }
        let symbol = symbols.add(d.bytes)
        w.countExternal(d)   // the symbol is in the same document: it counts against its cap
        let x0 = l.sx.px(xLo), x1 = l.sx.px(xHi), y0 = l.sy.px(yHi), y1 = l.sy.px(yLo)
        w.raw("<use href=\"#\(symbol)\""); w.attr("x", x0); w.attr("y", y0)
        w.attr("width", x1 - x0); w.attr("height", y1 - y0); w.raw("/>\n")
    }

    /// The colour bar right of the plot: a band per level, labelled at every stride-th level
    /// and always at both ends, so the bar says what its range is.
    func drawColourBar(plot: Box, into w: inout SVGWriter) {
        guard hasColourBar else { return }
        let n = levels.count - 1
        let bands = (0..<n).map { Colors.viridis(n == 1 ? 0.5 : Double($0) / Double(n - 1)) }
        let stride = Chrome.labelStride(count: levels.count, length: plot.height, spacing: 22)
        var shown = Array(Swift.stride(from: 0, through: n, by: stride))
        if shown.last != n {
            if let last = shown.last, last > 0, Double(n - last) * plot.height / Double(n) < 16 { shown.removeLast() }
            shown.append(n)
        }
        let ticks = shown.map { (Double($0) / Double(n), levels[$0].label) }
        Chrome.colourBar(bands: bands, ticks: ticks, plot: plot, into: &w)
        Chrome.colourBarLabel(barLabel, ticks: levels, plot: plot, into: &w)
    }
}
