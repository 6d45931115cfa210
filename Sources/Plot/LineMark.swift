/// A line through (x[i], y[i]); a path (`markers`) has a dot at each point too.
struct LineMark: CartesianMark {
    let series: Series
    let x: [Double], y: [Double]
    let markers: Bool
    /// The data in pixels, set by `project`.
    private(set) var pixels: PixelPolyline? = nil

    mutating func measure(into extent: inout CartesianExtent) throws {
        extent.includePoints(x, y, of: series)
    }

    func legendEntry(overMap: Bool) -> LegendEntry? {
        guard let label = series.label else { return nil }
        let ink = CartesianRenderer.Ink(series, overMap: overMap)
        return ink.legendEntry(label, dash: ink.dash, swatch: markers ? .path : .line)
    }

    /// More than four points a pixel column are reduced to what shows (see `Reduction`).
    mutating func project(_ l: CartesianRenderer.Layout, obstacles: inout Obstacles) {
        let line = Reduction.polyline(x, y, sx: l.sx, sy: l.sy, reduce: x.count > Int(l.plot.width) * 4)
        pixels = line
        obstacles.lines.append(line)
    }

    /// The line (and, for a path, its points); over a colour map, with a dark outline under
    /// it and around each point, so that it stands out from every colour of the map.
    func draw(_ c: CartesianDrawing, into w: inout SVGWriter) {
        guard let p = pixels, p.count > 0 else { return }
        let ink = CartesianRenderer.Ink(series, overMap: c.overMap)
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
}
