import Foundation

/// Assembles panels into one standalone SVG document: the root element with its viewBox,
/// <title> and <desc> for screen readers, the style sheet, and each panel in its place.
enum SVGDocument {
    /// Stands for the document's id prefix until the body is known. It cannot come from user
    /// text: every "<" the user writes is escaped.
    private static let idToken = "<ID>"

    /// Renders `panels` in a grid of `columns` columns under an optional overall title.
    static func render(panels: [Figure], columns: Int, title: String, panelSize: (Double, Double)?) throws -> String {
        let cols = min(columns, panels.count)
        let sizes = panels.map { panelSize ?? ($0.width, $0.height) }
        let rowCount = (panels.count + cols - 1) / cols
        var colW = [Double](repeating: 0, count: cols), rowH = [Double](repeating: 0, count: rowCount)
        for (k, f) in panels.enumerated() {
            let (fw, fh) = sizes[k]
            guard fw >= 120, fh >= 100, fw <= 10_000, fh <= 10_000 else {
                throw PlotError("figure size \(NumberFormat.short(fw))×\(NumberFormat.short(fh))\(f.title.isEmpty ? "" : " of “\(f.title)”") is out of range; width and height must be between 120×100 and 10000×10000")
            }
            colW[k % cols] = max(colW[k % cols], fw)
            rowH[k / cols] = max(rowH[k / cols], fh)
        }
        let titleH = title.isEmpty ? 0.0 : 30
        let W = colW.reduce(0, +), H = rowH.reduce(0, +) + titleH

        // Draw; when the body passes the SVG cap and a panel holds a contour, trace it on a
        // coarser grid and draw again (a contour of noise can need far more SVG than a smooth
        // one at the same grid size); a figure with nothing left to coarsen is refused.
        var panels = panels
        var (body, descs, symbols) = try drawBody(panels, sizes: sizes, colW: colW, rowH: rowH, titleH: titleH, title: title, W: W)
        while body.overflowed {
            let coarser = panels.map { $0.withCoarserContour() }
            guard coarser.contains(where: { $0 != nil }) else {
                throw PlotError("the chart would take more than \(SVGWriter.maximumBytes >> 20) MB of SVG; draw fewer bars, series or labels (long lines, scatters, heatmaps and contours are reduced by themselves)")
            }
            panels = zip(panels, coarser).map { $1 ?? $0 }
            (body, descs, symbols) = try drawBody(panels, sizes: sizes, colW: colW, rowH: rowH, titleH: titleH, title: title, W: W)
        }
        let accessibleTitle = !title.isEmpty ? title
            : panels.count == 1 ? (panels[0].title.isEmpty ? "Chart" : panels[0].title)
            : panels.map(\.title).filter { !$0.isEmpty }.joined(separator: " | ")
        let desc = panels.count == 1 ? descs[0]
            : "\(panels.count) charts side by side. " + descs.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: " ")

        // The frame around the body: the style sheet and the (escaped) title and description.
        var doc = SVGWriter(capacity: body.bytes.count + 4096, limit: .max)
        doc.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lsn-chart\" viewBox=\"0 0 ")
        doc.num(W); doc.raw(" "); doc.num(H); doc.raw("\" width=\""); doc.num(W); doc.raw("\" height=\""); doc.num(H)
        doc.raw("\" role=\"img\" aria-labelledby=\"\(idToken)t \(idToken)d\" style=\"max-width:100%;height:auto\">\n")
        doc.raw("<title id=\"\(idToken)t\">"); doc.escaped(accessibleTitle.isEmpty ? "Charts" : accessibleTitle); doc.raw("</title>\n")
        doc.raw("<desc id=\"\(idToken)d\">"); doc.escaped(desc); doc.raw("</desc>\n")
        doc.raw("<style>\n"); doc.raw(Theme.css); doc.raw("\n</style>\n")
        doc.raw(symbols.defs)
        // Opaque when the chart is a file of its own (the Markdown handout's <img>, which cannot
        // see the page's theme), so its text always has its own background; none inline.
        doc.raw("<rect class=\"lc-bg\" width=\"100%\" height=\"100%\" fill=\"\(Theme.bgFallback)\"/>\n")
        doc.raw("<g fill=\"\(Theme.fgFallback)\">\n")
        doc.raw(String(decoding: body.bytes, as: UTF8.self))
        doc.raw("</g>\n</svg>\n")
        // Ids must be unique on a page holding many charts, and the same for the same chart:
        // name them after a hash of the document itself.
        let id = "lc" + String(fnv1a(doc.bytes) & 0xffff_ffff, radix: 16)
        return doc.string.replacingOccurrences(of: idToken, with: id)
    }

    /// The panels drawn in their places, and their descriptions for screen readers.
    private static func drawBody(_ panels: [Figure], sizes: [(Double, Double)], colW: [Double], rowH: [Double],
                                 titleH: Double, title: String, W: Double) throws -> (SVGWriter, [String], SVGSymbols) {
        let cols = colW.count
        var body = SVGWriter()
        if !title.isEmpty { body.text(title, x: W / 2, y: 22, cls: "lc-title") }
        var descs: [String] = []
        var symbols = SVGSymbols()
        for (k, fig) in panels.enumerated() {
            try DrawingStop.check()
            let c = k % cols, r = k / cols
            let dx = colW[..<c].reduce(0, +), dy = titleH + rowH[..<r].reduce(0, +)
            let translated = dx != 0 || dy != 0
            if translated {
                body.raw("<g transform=\"translate("); body.num(dx); body.raw(" "); body.num(dy); body.raw(")\">\n")
            }
            let id = "\(idToken)p\(k)"
            switch fig.series.first?.kind {
            case .heatmap?: descs.append(try HeatmapRenderer.render(fig, size: sizes[k], into: &body, id: id))
            case .bar?: descs.append(BarRenderer.render(fig, size: sizes[k], into: &body, id: id))
            default: descs.append(try CartesianRenderer.render(fig, size: sizes[k], into: &body, id: id, symbols: &symbols))
            }
            if translated { body.raw("</g>\n") }
            if body.overflowed { break }
        }
        return (body, descs, symbols)
    }
}
