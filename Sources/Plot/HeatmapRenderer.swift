import Foundation

/// Draws a heatmap: a grid of coloured cells with row and column labels, a colour bar and,
/// when the cells are large enough, the values written in them.
enum HeatmapRenderer {
    /// Writes the panel and returns a one-sentence description for screen readers.
    static func render(_ fig: Figure, size: (Double, Double), into w: inout SVGWriter, id: String) throws -> String {
        guard case .heatmap(let z, let givenRows, let givenCols) = fig.series[0].kind else { return "" }
        let (W, H) = size
        let rows = z.count, cols = z[0].count
        let rowLabels = givenRows.isEmpty ? (0..<rows).map(String.init) : givenRows.map(clipped)
        let colLabels = givenCols.isEmpty ? (0..<cols).map(String.init) : givenCols.map(clipped)
        var vmin = Double.infinity, vmax = -Double.infinity, missing = 0
        for row in z { for v in row { if v.isFinite { vmin = min(vmin, v); vmax = max(vmax, v) } else { missing += 1 } } }
        let hasData = vmin <= vmax
        if !hasData { vmin = 0; vmax = 1 }
        var notes = fig.series[0].notes
        if missing > 0 { notes.append("\(missing) cell\(missing == 1 ? "" : "s") without a value (NaN or infinite)") }

        let barTicks = colourBarTicks(vmin, vmax, height: H)
        let barLabel = fig.series[0].label ?? ""
        let top = 10.0 + (fig.title.isEmpty ? 0 : Chrome.titleHeight - 6) + 6
        let rowWidth = rowLabels.map { TextMetrics.width($0, fontSize: Chrome.tickFont) }.max() ?? 0
        let colWidth = colLabels.map { TextMetrics.width($0, fontSize: Chrome.tickFont) }.max() ?? 0
        let left = 8 + (fig.yLabel.isEmpty ? 0 : 22) + rowWidth + 8
        let right = W - 12 - Chrome.colourBarRoom(barTicks, label: barLabel)
        var bottomRoom = 22.0
        var cell = (0.0, 0.0)
        var turned = false
        for pass in 0..<2 {
            let bottom = H - 6 - Chrome.notesHeight(notes) - (fig.xLabel.isEmpty ? 0 : 20) - bottomRoom
            let cw = (right - left) / Double(cols), ch = (bottom - top) / Double(rows)
            // Square cells read best; allow up to 2:1 so a long thin grid still fills the panel.
            let s = min(cw, ch)
            cell = (max(1, min(cw, s * 2)), max(1, min(ch, s * 2)))
            if pass == 0 && !givenCols.isEmpty && colWidth > cell.0 - 4 {
                turned = true
                bottomRoom = min(H * 0.35, colWidth * 0.71 + 14)
            } else { break }
        }
        let gridW = cell.0 * Double(cols), gridH = cell.1 * Double(rows)
        let x0 = left + max(0, (right - left - gridW) / 2)
        let plot = Box(x0: x0, y0: top, x1: x0 + gridW, y1: top + gridH)

        func t(_ v: Double) -> Double { vmax > vmin ? (v - vmin) / (vmax - vmin) : 0.5 }
        try drawCells(z, plot: plot, cell: cell, colourAt: t, into: &w)
        if hasData { drawValues(z, plot: plot, cell: cell, colourAt: t, into: &w) }
        let rowStride = Chrome.labelStride(count: rows, length: gridH, spacing: 14)
        for (i, label) in rowLabels.enumerated() where i % rowStride == 0 {
            w.text(label, x: plot.x0 - 6, y: plot.y0 + cell.1 * (Double(i) + 0.5) + 4, cls: "lc-tick", anchor: "end")
        }
        let colStride = Chrome.labelStride(count: cols, length: gridW, spacing: turned ? 14 : colWidth + 6)
        for (j, label) in colLabels.enumerated() where j % colStride == 0 {
            let cx = plot.x0 + cell.0 * (Double(j) + 0.5)
            if turned {
                w.text(label, x: cx + 3, y: plot.y1 + 12, cls: "lc-tick", anchor: "end", rotate: -45)
            } else {
                w.text(label, x: cx, y: plot.y1 + 15, cls: "lc-tick")
            }
        }
        drawGradient(id: "\(id)g", into: &w)
        Chrome.colourBar(gradientID: "\(id)g", ticks: barTicks.map { (t($0.value), $0.label) }, plot: plot, into: &w)
        Chrome.colourBarLabel(barLabel, ticks: barTicks, plot: plot, into: &w)
        if !hasData {
            w.text("No data to show", x: (plot.x0 + plot.x1) / 2, y: (plot.y0 + plot.y1) / 2 + 4, cls: "lc-empty")
        }
        Chrome.title(fig.title, width: W, into: &w)
        // Axis titles sit next to their labels, however the grid is centred or shortened to
        // keep its cells square (not at the panel's edges, where they would float away).
        let labelsBottom = plot.y1 + (turned ? bottomRoom : 19)
        Chrome.xTitle(fig.xLabel, plot: plot, y: min(H - 8 - Chrome.notesHeight(notes), labelsBottom + 17), into: &w)
        Chrome.yTitle(fig.yLabel, plot: plot, x: max(20, plot.x0 - 6 - rowWidth - 7), into: &w)
        Chrome.notes(notes, width: W, height: H, into: &w)

        var desc = (fig.title.isEmpty ? "Heatmap" : "Heatmap “\(fig.title)”") + " of \(rows) row\(rows == 1 ? "" : "s") by \(cols) column\(cols == 1 ? "" : "s")"
        if hasData { desc += ", values from \(NumberFormat.short(vmin)) to \(NumberFormat.short(vmax))" }
        desc += "."
        if !notes.isEmpty { desc += " Note: " + notes.joined(separator: "; ") + "." }
        return desc
    }

    /// The colour bar's ticks: both ends of the range, and round values between them.
    private static func colourBarTicks(_ vmin: Double, _ vmax: Double, height H: Double) -> [Tick] {
        let barBins = min(8, max(3, Int((H - 80) / 45)))
        // Round values inside the range, and both ends: the bar says what its range is.
        var barTicks: [Tick] = [Tick(value: vmin, label: NumberFormat.short(vmin))]
        if vmax > vmin {
            let inner = Ticks.linear(vmin, vmax, maxBins: barBins).major
            let margin = (vmax - vmin) * 0.08
            // The ends to one decimal more than the round values between them (0.00 and 0.50,
            // not 6.04×10⁻⁶ and 0.4998), trailing zeros dropped.
            let step = inner.count >= 2 ? inner[1].value - inner[0].value : (vmax - vmin) / 4
            let decimals = max(0, 1 - Int(log10(step).rounded(.down)))
            func end(_ v: Double) -> String {
                var s = NumberFormat.fixed(v, decimals: decimals)
                if s.contains(".") {
                    while s.hasSuffix("0") { s.removeLast() }
                    if s.hasSuffix(".") { s.removeLast() }
                }
                return s
            }
            barTicks = [Tick(value: vmin, label: end(vmin))]
            barTicks += inner.filter { $0.value > vmin + margin && $0.value < vmax - margin }
            barTicks.append(Tick(value: vmax, label: end(vmax)))
        }
        return barTicks
    }

    /// The cells: runs of equal colour in a row become one rectangle.
    private static func drawCells(_ z: [[Double]], plot: Box, cell: (Double, Double), colourAt t: (Double) -> Double,
                                  into w: inout SVGWriter) throws {
        let rows = z.count, cols = z[0].count
        for i in 0..<rows {
            try DrawingStop.check()
            var j = 0
            while j < cols {
                let v = z[i][j]
                let colour = v.isFinite ? Colors.viridis(t(v)) : "none"
                var end = j + 1
                while end < cols, (z[i][end].isFinite ? Colors.viridis(t(z[i][end])) : "none") == colour { end += 1 }
                if colour != "none" {
                    w.rect(plot.x0 + cell.0 * Double(j), plot.y0 + cell.1 * Double(i), cell.0 * Double(end - j), cell.1,
                           extra: "fill=\"\(colour)\" stroke=\"\(colour)\" stroke-width=\"0.5\"")
                }
                j = end
            }
        }
    }

    /// The values written in the cells, when every one fits.
    private static func drawValues(_ z: [[Double]], plot: Box, cell: (Double, Double), colourAt t: (Double) -> Double,
                                   into w: inout SVGWriter) {
        let rows = z.count, cols = z[0].count
        let decimals = valueDecimals(z)
        let texts = z.map { $0.map { $0.isFinite ? NumberFormat.fixed($0, decimals: decimals) : "" } }
        // Larger cells get larger numbers, up to the size of the axis titles.
        let cellFont = min(13, max(11, (cell.1 * 0.3).rounded(.down)))
        let fits = rows * cols <= 400 && cell.1 >= 16 &&
            texts.allSatisfy { $0.allSatisfy { TextMetrics.width($0, fontSize: cellFont) <= cell.0 - 4 } }
        if fits {
            for i in 0..<rows {
                for j in 0..<cols where !texts[i][j].isEmpty {
                    let dark = Colors.prefersDarkText(t(z[i][j]))
                    w.text(texts[i][j], x: plot.x0 + cell.0 * (Double(j) + 0.5), y: plot.y0 + cell.1 * (Double(i) + 0.5) + cellFont * 0.35,
                           cls: "lc-cell", fill: dark ? "#111" : "#fff", fontSize: cellFont == 11 ? nil : cellFont)
                }
            }
        }
    }

    /// The colour bar's gradient, sampled at eleven stops.
    private static func drawGradient(id: String, into w: inout SVGWriter) {
        w.raw("<defs><linearGradient id=\"\(id)\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">")
        for k in 0...10 {
            w.raw("<stop offset=\""); w.num(Double(k) / 10); w.raw("\" stop-color=\"\(Colors.viridis(Double(k) / 10))\"/>")
        }
        w.raw("</linearGradient></defs>\n")
    }

    private static func clipped(_ s: String) -> String { s.count > 20 ? String(s.prefix(19)) + "…" : s }

    /// Decimals for cell values: none for whole numbers, else about three significant digits.
    static func valueDecimals(_ z: [[Double]]) -> Int {
        var maxAbs = 0.0, whole = true
        for row in z { for v in row where v.isFinite { maxAbs = max(maxAbs, abs(v)); if v != v.rounded() { whole = false } } }
        if whole { return 0 }
        guard maxAbs > 0 else { return 2 }
        return max(0, min(3, 2 - Int(log10(maxAbs).rounded(.down))))
    }
}
