/// A rectangle in pixels, y growing downwards.
struct Box {
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double

    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }

    func intersects(_ o: Box) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }
    func contains(_ x: Double, _ y: Double) -> Bool { x >= x0 && x <= x1 && y >= y0 && y <= y1 }

    /// Whether the segment (ax, ay)-(bx, by) crosses this box (Liang–Barsky clipping).
    func crosses(_ ax: Double, _ ay: Double, _ bx: Double, _ by: Double) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = bx - ax, dy = by - ay
        for (p, q) in [(-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)] {
            if p == 0 { if q < 0 { return false }; continue }
            let r = q / p
            if p < 0 { if r > t1 { return false }; t0 = max(t0, r) } else { if r < t0 { return false }; t1 = min(t1, r) }
        }
        return t0 <= t1
    }
}

/// What a legend shows for one series.
struct LegendEntry {
    enum Swatch { case line, path, dot, patch }
    var label: String
    var colour: String
    /// The classes that adapt the colour to the theme (see Series.colourClass).
    var colourClass: String
    var dash: String
    var swatch: Swatch
}

/// What the data covers in the plot, so the legend can go where it hides nothing.
struct Obstacles {
    var lines: [PixelPolyline] = []
    var dots: [PixelPolyline] = []
    var boxes: [Box] = []

    /// How much of the data the box would cover (points, segments and bars it meets).
    func cost(_ b: Box) -> Int {
        var n = 0
        for p in dots { for k in 0..<p.count where b.contains(p.xs[k], p.ys[k]) { n += 1 } }
        for p in lines {
            for (r, start) in p.runStarts.enumerated() {
                let end = r + 1 < p.runStarts.count ? p.runStarts[r + 1] : p.count
                if end - start == 1 && b.contains(p.xs[start], p.ys[start]) { n += 1 }
                var k = start + 1
                while k < end {
                    if b.crosses(p.xs[k - 1], p.ys[k - 1], p.xs[k], p.ys[k]) { n += 1 }
                    k += 1
                }
            }
        }
        for o in boxes where o.intersects(b) { n += 1 }
        return n
    }
}

/// Legend layout and drawing: a box inside the plot where it covers no data, else rows above it.
enum Legend {
    static let rowHeight = 18.0
    static let swatchWidth = 22.0
    static let padding = 8.0
    static let fontSize = 12.0

    /// Width and height of the boxed, one-entry-per-row legend.
    static func boxSize(_ entries: [LegendEntry]) -> (Double, Double) {
        let text = entries.map { TextMetrics.width($0.label, fontSize: fontSize) }.max() ?? 0
        // A little more than the estimate: with a wide sans-serif (DejaVu Sans, the usual Linux
        // fallback) a long label otherwise runs into the box's right edge.
        return (padding * 2 + swatchWidth + 6 + text * 1.04 + 4, padding * 2 - 4 + rowHeight * Double(entries.count))
    }

    /// The first of matplotlib's "best" candidate places (upper right first) where the legend
    /// covers no data, or nil when every place covers some.
    static func placeInside(_ entries: [LegendEntry], plot: Box, obstacles: Obstacles) -> Box? {
        let (w, h) = boxSize(entries)
        let inset = 8.0
        guard w + 2 * inset <= plot.width, h + 2 * inset <= plot.height else { return nil }
        let left = plot.x0 + inset, right = plot.x1 - inset - w, midX = (plot.x0 + plot.x1 - w) / 2
        let top = plot.y0 + inset, bottom = plot.y1 - inset - h, midY = (plot.y0 + plot.y1 - h) / 2
        let candidates = [(right, top), (left, top), (left, bottom), (right, bottom),
                          (right, midY), (left, midY), (midX, bottom), (midX, top)]
        for (x, y) in candidates {
            let b = Box(x0: x, y0: y, x1: x + w, y1: y + h)
            if obstacles.cost(Box(x0: b.x0 - 3, y0: b.y0 - 3, x1: b.x1 + 3, y1: b.y1 + 3)) == 0 { return b }
        }
        return nil
    }

    /// Entries split into rows of at most `maxWidth` for the legend above the plot.
    static func rows(_ entries: [LegendEntry], maxWidth: Double) -> [[Int]] {
        var rows: [[Int]] = [[]]
        var used = 0.0
        for (k, e) in entries.enumerated() {
            let w = itemWidth(e)
            if used + w > maxWidth && !rows[rows.count - 1].isEmpty { rows.append([]); used = 0 }
            rows[rows.count - 1].append(k)
            used += w
        }
        return rows
    }

    private static func itemWidth(_ e: LegendEntry) -> Double {
        swatchWidth + 6 + TextMetrics.width(e.label, fontSize: fontSize) + 18
    }

    /// Draws the boxed legend.
    static func drawBox(_ entries: [LegendEntry], in b: Box, into w: inout SVGWriter) {
        w.raw("<g class=\"lc-legend-box\">\n")
        w.rect(b.x0, b.y0, b.width, b.height, extra: "rx=\"4\" class=\"lc-box\" fill=\"#fff\" fill-opacity=\"0.9\" stroke=\"#ddd\"")
        for (k, e) in entries.enumerated() {
            let cy = b.y0 + padding - 2 + rowHeight * (Double(k) + 0.5)
            drawEntry(e, x: b.x0 + padding, cy: cy, into: &w)
        }
        w.raw("</g>\n")
    }

    /// Draws the legend as rows starting at `top`, centred over `plot` but kept inside the
    /// chart's `width` (a row may be wider than the plot: it may use the whole chart's width).
    static func drawRows(_ entries: [LegendEntry], rows: [[Int]], plot: Box, width: Double, top: Double, into w: inout SVGWriter) {
        for (r, row) in rows.enumerated() {
            let total = row.map { itemWidth(entries[$0]) }.reduce(0, +) - 18
            var x = (plot.x0 + plot.x1 - total) / 2
            x = max(8, min(x, width - 8 - total))
            let cy = top + rowHeight * (Double(r) + 0.5)
            for k in row {
                drawEntry(entries[k], x: x, cy: cy, into: &w)
                x += itemWidth(entries[k])
            }
        }
    }

    private static func drawEntry(_ e: LegendEntry, x: Double, cy: Double, into w: inout SVGWriter) {
        // A fixed colour (a series over a colour map) has no theme class, and an outline.
        let st = e.colourClass.isEmpty ? "" : " class=\"\(e.colourClass) lc-st\""
        let sf = e.colourClass.isEmpty ? "" : " class=\"\(e.colourClass) lc-sf\""
        let outline = e.colourClass.isEmpty ? " stroke=\"\(Colors.outline)\" stroke-opacity=\"0.7\" stroke-width=\"1\"" : ""
        switch e.swatch {
        case .line, .path:
            if e.colourClass.isEmpty {
                w.raw("<path d=\"M"); w.num(x); w.raw(" "); w.num(cy); w.raw("h"); w.num(swatchWidth)
                w.raw("\" stroke=\"\(Colors.outline)\" stroke-opacity=\"0.6\" stroke-width=\"4\" stroke-linecap=\"round\"/>\n")
            }
            w.raw("<path d=\"M"); w.num(x); w.raw(" "); w.num(cy); w.raw("h"); w.num(swatchWidth)
            w.raw("\"\(st) stroke=\""); w.raw(e.colour); w.raw("\" stroke-width=\"2\" stroke-linecap=\"round\"")
            if !e.dash.isEmpty { w.raw(" stroke-dasharray=\""); w.raw(e.dash); w.raw("\"") }
            w.raw("/>\n")
            if e.swatch == .path {
                w.raw("<circle"); w.attr("cx", x + swatchWidth / 2); w.attr("cy", cy)
                w.raw(" r=\"3\"\(sf) fill=\""); w.raw(e.colour); w.raw("\"\(outline)/>\n")
            }
        case .dot:
            w.raw("<circle"); w.attr("cx", x + swatchWidth / 2); w.attr("cy", cy)
            w.raw(" r=\"4\"\(sf) fill=\""); w.raw(e.colour); w.raw("\" fill-opacity=\"0.8\"\(outline)/>\n")
        case .patch:
            w.rect(x + 3, cy - 6, swatchWidth - 6, 12, extra: "rx=\"2\"\(sf) fill=\"\(e.colour)\" fill-opacity=\"0.85\"")
        }
        w.text(e.label, x: x + swatchWidth + 6, y: cy + 4, cls: "lc-legend", anchor: "start")
    }
}
