import Foundation

/// Draws figures on numeric axes: lines, paths, scatter points, contours and histograms.
enum CartesianRenderer {
    /// A histogram's bins, counted once for both the axis range and the drawing.
    struct Bins {
        var edges: [Double]
        var counts: [Int]
    }

    /// Everything placed on the panel for one legend arrangement.
    struct Layout {
        var plot: Box
        var sx: AxisScale
        var sy: AxisScale
        var xTicks: AxisTicks
        var yTicks: AxisTicks
        var legendTop: Double
    }

    /// The data in pixels for one layout.
    struct Projection {
        var polylines: [Int: PixelPolyline] = [:]
        var bars: [Int: [Box]] = [:]
        var obstacles = Obstacles()
    }

    /// Writes the panel and returns a one-sentence description for screen readers.
    /// A series' colour as drawn: the palette colour, adapted to the page's theme through its
    /// class; or, over a colour map, one of `Colors.overMap`, fixed (no class) and outlined.
    struct Ink {
        var hex: String
        /// Theme classes ("lc-s2"), empty for a fixed colour.
        var cls: String
        var dash: String
        var overMap: Bool

        init(_ s: Series, overMap: Bool) {
            self.overMap = overMap
            let k = max(0, s.colour)
            if overMap {
                hex = Colors.overMap[k % Colors.overMap.count]
                cls = ""
                dash = Colors.dashes[(k / Colors.overMap.count) % Colors.dashes.count]
            } else {
                hex = s.colourHex
                cls = "lc-s\(k % Colors.series.count)"
                dash = s.dash
            }
        }

        /// ` class="lc-s2 lc-st"` for a stroke (use "st") or fill ("sf"); nothing when fixed.
        func classAttribute(_ use: String) -> String { cls.isEmpty ? "" : " class=\"\(cls) lc-\(use)\"" }
    }

    static func render(_ fig: Figure, size: (Double, Double), into w: inout SVGWriter, id: String,
                       symbols: inout SVGSymbols) throws -> String {
        let (W, H) = size, logY = fig.logY
        var xMin = Double.infinity, xMax = -Double.infinity, yMin = Double.infinity, yMax = -Double.infinity
        var nonFinite = 0, nonPositive = 0, missingCells = 0
        var stickyY: [Double] = []
        var contourAt: Int? = nil
        var zRange = (Double.infinity, -Double.infinity)
        var levels: [Tick] = []
        var bins: [Int: Bins] = [:]
        var emptySeries: [String] = []
        var parts: [String] = []

        for (k, s) in fig.series.enumerated() {
            try DrawingStop.check()
            let named = s.label.map { "“\($0)”" } ?? ""
            switch s.kind {
            case .line(let x, let y, _), .scatter(let x, let y):
                var drawn = 0
                for i in 0..<x.count {
                    let a = x[i], b = y[i]
                    if !a.isFinite || !b.isFinite { nonFinite += 1; continue }
                    if logY && b <= 0 { nonPositive += 1; continue }
                    drawn += 1
                    if a < xMin { xMin = a }
                    if a > xMax { xMax = a }
                    if b < yMin { yMin = b }
                    if b > yMax { yMax = b }
                }
                if x.isEmpty { emptySeries.append("\(s.kind.name) \(named)".trimmingCharacters(in: .whitespaces)) }
                parts.append("\(s.kind.name) \(named) (\(x.count) point\(x.count == 1 ? "" : "s"))")
            case .contour(let x, let y, let z, let n, _):
                if logY && y.contains(where: { $0 <= 0 }) {
                    throw PlotError("contour: a log y axis needs positive y values; the grid's y values go down to \(NumberFormat.short(y.min()!))")
                }
                contourAt = k
                xMin = min(xMin, x.min()!); xMax = max(xMax, x.max()!)
                yMin = min(yMin, y.min()!); yMax = max(yMax, y.max()!)
                for row in z {
                    for v in row {
                        if v.isFinite { zRange = (min(zRange.0, v), max(zRange.1, v)) } else { missingCells += 1 }
                    }
                }
                if zRange.0 <= zRange.1 { levels = Contour.levelTicks(zRange.0, zRange.1, count: n) }
                let zText = zRange.0 <= zRange.1 ? " with values from \(NumberFormat.short(zRange.0)) to \(NumberFormat.short(zRange.1))" : ""
                parts.append("contour of a \(x.count)×\(y.count) grid\(zText)")
            case .histogram(let values, let n):
                let finite = values.filter(\.isFinite)
                nonFinite += values.count - finite.count
                parts.append("histogram \(named) of \(values.count) value\(values.count == 1 ? "" : "s") in \(n) bins")
                guard let lo = finite.min(), let hi = finite.max() else {
                    emptySeries.append("histogram \(named)".trimmingCharacters(in: .whitespaces))
                    continue
                }
                let (a, b) = lo < hi ? (lo, hi) : (lo - 0.5, hi + 0.5)
                let width = (b - a) / Double(n)
                var counts = [Int](repeating: 0, count: n)
                for v in finite { counts[min(n - 1, max(0, Int((v - a) / width)))] += 1 }
                var edges = (0...n).map { a + Double($0) * width }
                edges[n] = b
                bins[k] = Bins(edges: edges, counts: counts)
                xMin = min(xMin, a); xMax = max(xMax, b)
                yMax = max(yMax, Double(counts.max()!))
                if logY { yMin = min(yMin, 1) } else { yMin = min(yMin, 0); stickyY.append(0) }
            case .heatmap, .bar:
                break
            }
        }
        let hasData = xMin <= xMax && yMin <= yMax && yMax > (logY ? 0 : -Double.infinity)

        // Limits in axis units: tight around a contour grid, else padded as matplotlib does.
        var xr = (0.0, 1.0), yr = (0.0, 1.0)
        if hasData {
            let tight = contourAt != nil
            xr = tight ? (xMin, xMax) : AxisRange.padded(xMin, xMax)
            if logY {
                yr = tight ? (log10(yMin), log10(yMax)) : AxisRange.padded(log10(yMin), log10(yMax))
            } else {
                yr = tight ? (yMin, yMax) : AxisRange.padded(yMin, yMax, sticky: stickyY)
            }
        }

        var notes = fig.series.flatMap(\.notes)
        if nonFinite > 0 { notes.append("\(nonFinite) point\(nonFinite == 1 ? "" : "s") skipped (NaN or infinite)") }
        if nonPositive > 0 { notes.append("\(nonPositive) point\(nonPositive == 1 ? "" : "s") ≤ 0 not shown on the log scale") }
        if missingCells > 0 { notes.append("\(missingCells) grid value\(missingCells == 1 ? "" : "s") missing (NaN or infinite)") }
        for e in emptySeries { notes.append("\(e) is empty") }
        if !hasData && emptySeries.isEmpty { notes.append(fig.series.isEmpty ? "nothing was plotted" : "no points to draw") }

        let overMap = contourAt != nil
        let entries: [LegendEntry] = fig.series.compactMap { s in
            guard let label = s.label else { return nil }
            let ink = Ink(s, overMap: overMap)
            switch s.kind {
            case .line(_, _, let markers):
                return LegendEntry(label: label, colour: ink.hex, colourClass: ink.cls, dash: ink.dash, swatch: markers ? .path : .line)
            case .scatter: return LegendEntry(label: label, colour: ink.hex, colourClass: ink.cls, dash: "", swatch: .dot)
            case .histogram: return LegendEntry(label: label, colour: ink.hex, colourClass: ink.cls, dash: "", swatch: .patch)
            default: return nil
            }
        }
        let hasColourBar = contourAt != nil && levels.count >= 2
        let barTicks = hasColourBar ? levels : []
        let barLabel = contourAt.flatMap { fig.series[$0].label } ?? ""

        func layout(legendRows: Int) -> Layout {
            var top = 10.0 + (fig.title.isEmpty ? 0 : Chrome.titleHeight - 6)
            let legendTop = top
            if legendRows > 0 { top += Double(legendRows) * Legend.rowHeight + 4 }
            top += 8
            let bottom = H - 6 - Chrome.notesHeight(notes) - (fig.xLabel.isEmpty ? 0 : 20) - 22
            // A small panel in a grid still gets a few labelled ticks: with fewer than 4 bins
            // a range like [−1.1, 1.1] is labelled "0" alone (the outer multiples count as
            // bins). On x, 4 gives way below when the labels do not fit.
            let yBins = min(8, max(4, Int((bottom - top) / 40)))
            let yTicks = logY ? Ticks.log(yr.0, yr.1, maxBins: yBins) : Ticks.linear(yr.0, yr.1, maxBins: yBins)
            let left = 8 + (fig.yLabel.isEmpty ? 0 : 22) + Chrome.labelWidth(yTicks.major) + Chrome.tickLength + 5
            let right = W - 16 - (hasColourBar ? Chrome.colourBarRoom(barTicks, label: barLabel) : 0)
            let plot = Box(x0: left, y0: top, x1: max(left + 10, right), y1: max(top + 10, bottom))
            var xTicks = AxisTicks(major: [])
            var bins = min(10, max(4, Int(plot.width / 70)))
            while true {
                xTicks = Ticks.linear(xr.0, xr.1, maxBins: bins)
                let need = xTicks.major.map { TextMetrics.width($0.label, fontSize: Chrome.tickFont) + 14 }.reduce(0, +)
                if need <= plot.width || bins <= 2 { break }
                bins -= 1
            }
            let sx = AxisScale(lo: xr.0, hi: xr.1, isLog: false, p0: plot.x0, p1: plot.x1)
            let sy = AxisScale(lo: yr.0, hi: yr.1, isLog: logY, p0: plot.y1, p1: plot.y0)
            return Layout(plot: plot, sx: sx, sy: sy, xTicks: xTicks, yTicks: yTicks, legendTop: legendTop)
        }

        func project(_ l: Layout) -> Projection {
            var p = Projection()
            for (k, s) in fig.series.enumerated() {
                switch s.kind {
                case .line(let x, let y, _):
                    let line = Reduction.polyline(x, y, sx: l.sx, sy: l.sy, reduce: x.count > Int(l.plot.width) * 4)
                    p.polylines[k] = line
                    p.obstacles.lines.append(line)
                case .scatter(let x, let y):
                    let dots = Reduction.scatter(x, y, sx: l.sx, sy: l.sy, reduce: x.count > 3000,
                                                 width: Int(l.plot.width), height: Int(l.plot.height),
                                                 originX: l.plot.x0, originY: l.plot.y0)
                    p.polylines[k] = dots
                    p.obstacles.dots.append(dots)
                case .histogram:
                    guard let b = bins[k] else { continue }
                    var boxes: [Box] = []
                    let base = logY ? l.plot.y1 : l.sy.px(0)
                    for i in 0..<b.counts.count where b.counts[i] > 0 {
                        var x0 = l.sx.px(b.edges[i]), x1 = l.sx.px(b.edges[i + 1])
                        if x1 - x0 > 4 { x0 += 0.5; x1 -= 0.5 }  // a hairline gap between bars
                        boxes.append(Box(x0: x0, y0: l.sy.px(Double(b.counts[i])), x1: x1, y1: base))
                    }
                    p.bars[k] = boxes
                    p.obstacles.boxes += boxes
                default:
                    break
                }
            }
            return p
        }

        var lay = layout(legendRows: 0)
        var proj = project(lay)
        var legendBox: Box? = nil
        var legendRows: [[Int]] = []
        if !entries.isEmpty {
            // Inside the plot where it hides nothing; over a contour or when every corner
            // holds data, in rows above the plot instead.
            if contourAt == nil, let b = Legend.placeInside(entries, plot: lay.plot, obstacles: proj.obstacles) {
                legendBox = b
            } else {
                // Rows may span the whole chart, not just the plot: in a narrow panel, whose
                // plot is narrower still, that saves rows the plot would lose in height.
                legendRows = Legend.rows(entries, maxWidth: W - 16)
                lay = layout(legendRows: legendRows.count)
                proj = project(lay)
            }
        }
        let plot = lay.plot

        // Grid and ticks first, the data over them, the axis lines over the data.
        w.raw("<defs><clipPath id=\"\(id)c\">")
        w.rect(plot.x0, plot.y0, plot.width, plot.height, extra: "")
        w.raw("</clipPath></defs>\n")
        Chrome.yAxis(lay.yTicks, scale: lay.sy, plot: plot, grid: contourAt == nil, into: &w)
        Chrome.xAxis(lay.xTicks, scale: lay.sx, plot: plot, grid: contourAt == nil, into: &w)
        w.raw("<g clip-path=\"url(#\(id)c)\">\n")
        if let k = contourAt, case .contour(let x, let y, let z, _, let filled) = fig.series[k].kind, levels.count >= 2 {
            drawContour(x: x, y: y, z: z, levels: levels.map(\.value), filled: filled, zRange: zRange, layout: lay,
                        logY: logY, symbols: &symbols, into: &w)
        }
        let histograms = bins.count
        for (k, s) in fig.series.enumerated() {
            try DrawingStop.check()
            switch s.kind {
            case .histogram:
                guard let boxes = proj.bars[k], !boxes.isEmpty else { continue }
                let ink = Ink(s, overMap: overMap)
                w.raw("<path\(ink.classAttribute("sf")) fill=\"\(ink.hex)\" fill-opacity=\"\(histograms > 1 ? "0.55" : "0.85")\" d=\"")
                for b in boxes {
                    w.raw("M"); w.num(b.x0); w.raw(" "); w.num(b.y1); w.raw("V"); w.num(b.y0)
                    w.raw("H"); w.num(b.x1); w.raw("V"); w.num(b.y1); w.raw("Z")
                }
                w.raw("\"/>\n")
            case .line(_, _, let markers):
                guard let p = proj.polylines[k], p.count > 0 else { continue }
                drawLine(p, ink: Ink(s, overMap: overMap), markers: markers, into: &w)
            case .scatter:
                guard let p = proj.polylines[k], p.count > 0 else { continue }
                drawDots(p, ink: Ink(s, overMap: overMap), into: &w)
            default:
                break
            }
        }
        w.raw("</g>\n")
        Chrome.spines(plot, into: &w)
        if hasColourBar {
            let n = levels.count - 1
            let bands = (0..<n).map { Colors.viridis(n == 1 ? 0.5 : Double($0) / Double(n - 1)) }
            let stride = Chrome.labelStride(count: levels.count, length: plot.height, spacing: 22)
            // Every stride-th level, and always both ends: the bar says what its range is.
            var shown = Array(Swift.stride(from: 0, through: n, by: stride))
            if shown.last != n {
                if let last = shown.last, last > 0, Double(n - last) * plot.height / Double(n) < 16 { shown.removeLast() }
                shown.append(n)
            }
            let ticks = shown.map { (Double($0) / Double(n), levels[$0].label) }
            Chrome.colourBar(bands: bands, ticks: ticks, plot: plot, into: &w)
            Chrome.colourBarLabel(barLabel, ticks: barTicks, plot: plot, into: &w)
        }
        if let b = legendBox { Legend.drawBox(entries, in: b, into: &w) }
        if !legendRows.isEmpty { Legend.drawRows(entries, rows: legendRows, plot: plot, width: W, top: lay.legendTop, into: &w) }
        if !hasData {
            w.text("No data to show", x: (plot.x0 + plot.x1) / 2, y: (plot.y0 + plot.y1) / 2 + 4, cls: "lc-empty")
        }
        Chrome.title(fig.title, width: W, into: &w)
        Chrome.xTitle(fig.xLabel, plot: plot, y: H - 8 - Chrome.notesHeight(notes), into: &w)
        Chrome.yTitle(fig.yLabel, plot: plot, into: &w)
        Chrome.notes(notes, width: W, height: H, into: &w)

        var desc = (fig.title.isEmpty ? "Chart" : "Chart “\(fig.title)”")
        desc += parts.isEmpty ? " with nothing plotted." : ": " + parts.joined(separator: ", ").replacingOccurrences(of: "  ", with: " ") + "."
        if hasData {
            desc += " x axis\(fig.xLabel.isEmpty ? "" : " “\(fig.xLabel)”") from \(NumberFormat.short(xMin)) to \(NumberFormat.short(xMax));"
            desc += " y axis\(fig.yLabel.isEmpty ? "" : " “\(fig.yLabel)”") from \(NumberFormat.short(yMin)) to \(NumberFormat.short(yMax))\(logY ? " (log scale)" : "")."
        }
        if !notes.isEmpty { desc += " Note: " + notes.joined(separator: "; ") + "." }
        return desc
    }

    /// A line (and, for a path, its points); over a colour map, with a dark outline under it
    /// and around each point, so that it stands out from every colour of the map.
    private static func drawLine(_ p: PixelPolyline, ink: Ink, markers: Bool, into w: inout SVGWriter) {
        if ink.overMap {
            w.raw("<path fill=\"none\" stroke=\"\(Colors.outline)\" stroke-opacity=\"0.55\" stroke-width=\"3.4\" stroke-linejoin=\"round\" stroke-linecap=\"round\" d=\"")
            w.pathData(p); w.raw("\"/>\n")
        }
        w.raw("<path\(ink.classAttribute("st")) fill=\"none\" stroke=\"\(ink.hex)\" stroke-width=\"1.8\" stroke-linejoin=\"round\" stroke-linecap=\"round\"")
        if !ink.dash.isEmpty { w.raw(" stroke-dasharray=\"\(ink.dash)\"") }
        w.raw(" d=\""); w.pathData(p); w.raw("\"/>\n")
        guard markers, p.count <= 500 else { return }
        w.raw("<g\(ink.classAttribute("sf")) fill=\"\(ink.hex)\"\(ink.overMap ? " stroke=\"\(Colors.outline)\" stroke-width=\"1\"" : "")>")
        for k in 0..<p.count {
            w.raw("<circle"); w.attr("cx", p.xs[k]); w.attr("cy", p.ys[k]); w.raw(" r=\"3\"/>")
        }
        w.raw("</g>\n")
    }

    /// Scatter points: circles while few, else one path of round dots (much smaller). Over a
    /// colour map they are opaque and outlined, like a path's points.
    private static func drawDots(_ p: PixelPolyline, ink: Ink, into w: inout SVGWriter) {
        if p.count <= 3000 {
            let look = ink.overMap ? " stroke=\"\(Colors.outline)\" stroke-width=\"1.2\"" : " fill-opacity=\"0.75\""
            w.raw("<g\(ink.classAttribute("sf")) fill=\"\(ink.hex)\"\(look)>")
            for k in 0..<p.count {
                w.raw("<circle"); w.attr("cx", p.xs[k]); w.attr("cy", p.ys[k]); w.raw(ink.overMap ? " r=\"4\"/>" : " r=\"3.2\"/>")
            }
            w.raw("</g>\n")
        } else {
            w.raw("<path\(ink.classAttribute("st")) fill=\"none\" stroke=\"\(ink.hex)\" stroke-opacity=\"0.7\" stroke-width=\"2.5\" stroke-linecap=\"round\" d=\"")
            for k in 0..<p.count { w.raw("M"); w.num(p.xs[k]); w.raw(" "); w.num(p.ys[k]); w.raw("h0") }
            w.raw("\"/>\n")
        }
    }

    /// Filled bands with thin lines between them, or coloured lines alone. They are drawn
    /// once, in a symbol's square of their own spanning the grid, and placed over the grid's
    /// box with `<use>`: a chart showing the same contour twice (or a page showing it in
    /// several charts) carries the drawing once. Strokes keep their width however the square
    /// is stretched.
    private static func drawContour(x: [Double], y: [Double], z: [[Double]], levels: [Double], filled: Bool,
                                    zRange: (Double, Double), layout l: Layout, logY: Bool,
                                    symbols: inout SVGSymbols, into w: inout SVGWriter) {
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
}
