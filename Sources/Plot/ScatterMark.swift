/// Points at (x[i], y[i]) without a line.
struct ScatterMark: CartesianMark {
    let series: Series
    let x: [Double], y: [Double]
    /// The data in pixels, set by `project`.
    private(set) var pixels: PixelPolyline? = nil

    mutating func measure(into extent: inout CartesianExtent) throws {
        extent.includePoints(x, y, of: series)
    }

    func legendEntry(overMap: Bool) -> LegendEntry? {
        guard let label = series.label else { return nil }
        return CartesianRenderer.Ink(series, overMap: overMap).legendEntry(label, dash: "", swatch: .dot)
    }

    /// Beyond 3000 points, one point per pixel is kept (see `Reduction`).
    mutating func project(_ l: CartesianRenderer.Layout, obstacles: inout Obstacles) {
        let dots = Reduction.scatter(x, y, sx: l.sx, sy: l.sy, reduce: x.count > 3000,
                                     width: Int(l.plot.width), height: Int(l.plot.height),
                                     originX: l.plot.x0, originY: l.plot.y0)
        pixels = dots
        obstacles.dots.append(dots)
    }

    /// Circles while few, else one path of round dots (much smaller). Over a colour map
    /// they are opaque and outlined, like a path's points.
    func draw(_ c: CartesianDrawing, into w: inout SVGWriter) {
        guard let p = pixels, p.count > 0 else { return }
        let ink = CartesianRenderer.Ink(series, overMap: c.overMap)
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
}
