import Foundation

/// Draws a bar chart: one bar per category, labels under the bars (turned when long).
enum BarRenderer {
    /// Writes the panel and returns a one-sentence description for screen readers.
    static func render(_ fig: Figure, size: (Double, Double), into w: inout SVGWriter, id: String) -> String {
        guard case .bar(let rawLabels, let values) = fig.series[0].kind else { return "" }
        let s = fig.series[0]
        let (W, H) = size
        let labels = rawLabels.map { $0.count > 24 ? String($0.prefix(23)) + "…" : $0 }
        let finite = values.filter(\.isFinite)
        let skipped = values.count - finite.count
        var notes: [String] = []
        if skipped > 0 { notes.append("\(skipped) value\(skipped == 1 ? "" : "s") skipped (NaN or infinite)") }
        if values.isEmpty { notes.append("no categories") }
        let lo = min(0, finite.min() ?? 0), hi = max(0, finite.max() ?? 1)
        let yr = AxisRange.padded(lo, hi == lo ? 1 : hi, sticky: [0])

        let top = 10.0 + (fig.title.isEmpty ? 0 : Chrome.titleHeight - 6) + 8
        let labelWidths = labels.map { TextMetrics.width($0, fontSize: Chrome.tickFont) }
        let widest = labelWidths.max() ?? 0
        // First guess with straight labels; turn them if a band is too narrow for the widest.
        var bottomRoom = 22.0
        var yTicks = AxisTicks(major: [])
        var plot = Box(x0: 0, y0: 0, x1: 0, y1: 0)
        var turned = false
        for pass in 0..<2 {
            let bottom = H - 6 - Chrome.notesHeight(notes) - (fig.xLabel.isEmpty ? 0 : 20) - bottomRoom
            let yBins = min(8, max(2, Int((bottom - top) / 40)))
            yTicks = Ticks.linear(yr.0, yr.1, maxBins: yBins)
            let left = 8 + (fig.yLabel.isEmpty ? 0 : 22) + Chrome.labelWidth(yTicks.major) + Chrome.tickLength + 5
            plot = Box(x0: left, y0: top, x1: max(left + 10, W - 16), y1: max(top + 10, bottom))
            let band = plot.width / Double(max(1, labels.count))
            if pass == 0 && widest > band - 6 {
                turned = true
                bottomRoom = min(H * 0.4, widest * 0.58 + 18)
            } else { break }
        }
        let n = max(1, labels.count)
        let band = plot.width / Double(n)
        let sy = AxisScale(lo: yr.0, hi: yr.1, isLog: false, p0: plot.y1, p1: plot.y0)
        Chrome.yAxis(yTicks, scale: sy, plot: plot, grid: true, into: &w)
        let zero = sy.px(0)
        let barWidth = band * 0.7
        w.raw("<path class=\"\(s.colourClass("sf"))\" fill=\"\(s.colourHex)\" fill-opacity=\"0.9\" d=\"")
        for (k, v) in values.enumerated() where v.isFinite && v != 0 {
            let x0 = plot.x0 + band * (Double(k) + 0.15)
            let y = sy.px(v)
            w.raw("M"); w.num(x0); w.raw(" "); w.num(zero); w.raw("V"); w.num(y)
            w.raw("h"); w.num(barWidth); w.raw("V"); w.num(zero); w.raw("Z")
        }
        w.raw("\"/>\n")
        let stride = Chrome.labelStride(count: labels.count, length: plot.width, spacing: turned ? 24 : widest + 8)
        for (k, label) in labels.enumerated() where k % stride == 0 {
            let cx = plot.x0 + band * (Double(k) + 0.5)
            w.line(cx, plot.y1, cx, plot.y1 + Chrome.tickLength, cls: "lc-axis")
            if turned {
                w.text(label, x: cx + 4, y: plot.y1 + Chrome.tickLength + 10, cls: "lc-tick", anchor: "end", rotate: -35)
            } else {
                w.text(label, x: cx, y: plot.y1 + Chrome.tickLength + 13, cls: "lc-tick")
            }
        }
        Chrome.spines(plot, into: &w)
        if lo < 0 { w.line(plot.x0, zero, plot.x1, zero, cls: "lc-axis") }
        if values.isEmpty {
            w.text("No data to show", x: (plot.x0 + plot.x1) / 2, y: (plot.y0 + plot.y1) / 2 + 4, cls: "lc-empty")
        }
        Chrome.title(fig.title, width: W, into: &w)
        Chrome.xTitle(fig.xLabel, plot: plot, y: H - 8 - Chrome.notesHeight(notes), into: &w)
        Chrome.yTitle(fig.yLabel, plot: plot, into: &w)
        Chrome.notes(notes, width: W, height: H, into: &w)

        var desc = (fig.title.isEmpty ? "Bar chart" : "Bar chart “\(fig.title)”") + " of \(values.count) categor\(values.count == 1 ? "y" : "ies")"
        let shown = zip(rawLabels, values).prefix(12).map { "\($0.0) \(NumberFormat.short($0.1))" }
        if !shown.isEmpty { desc += ": " + shown.joined(separator: ", ") + (values.count > 12 ? ", …" : "") }
        desc += "."
        if !notes.isEmpty { desc += " Note: " + notes.joined(separator: "; ") + "." }
        return desc
    }
}
