import Foundation

/// Draws figures on numeric axes: lines, paths, scatter points, contours and histograms.
/// Each kind is a `CartesianMark` in a file of its own; this is what they share: the axes,
/// the legend, the colour bar's room, the notes and the description.
enum CartesianRenderer {
    /// Everything placed on the panel for one legend arrangement.
    struct Layout {
        var plot: Box
        var sx: AxisScale
        var sy: AxisScale
        var xTicks: AxisTicks
        var yTicks: AxisTicks
        var legendTop: Double
    }

    /// The legend: in a box inside the plot, or in rows above it.
    private struct LegendPlace {
        var entries: [LegendEntry]
        var box: Box?
        var rows: [[Int]] = []
    }

    /// Writes the panel and returns a one-sentence description for screen readers.
    static func render(_ fig: Figure, size: (Double, Double), into w: inout SVGWriter, id: String,
                       symbols: inout SVGSymbols) throws -> String {
        try Figure.checkLimits(fig.xLimits, "xLimits")
        try Figure.checkLimits(fig.yLimits, "yLimits", logScale: fig.logY)
        var marks = cartesianMarks(fig)
        var extent = CartesianExtent(logY: fig.logY)
        for k in marks.indices {
            try DrawingStop.check()
            try marks[k].measure(into: &extent)
        }
        let map = marks.compactMap { $0 as? ContourMark }.last
        let notes = extent.notes(fig.series)
        let entries = marks.compactMap { $0.legendEntry(overMap: map != nil) }
        // Limits the figure sets replace the fitted ones (in axis units: log10 on a log axis).
        var limits = extent.limits
        if let x = fig.xLimits { limits.x = x }
        if let y = fig.yLimits { limits.y = fig.logY ? (log10(y.0), log10(y.1)) : y }
        let (lay, legend) = place(fig, size: size, marks: &marks, limits: limits, notes: notes,
                                  entries: entries, map: map)
        let plot = lay.plot

        // Grid and ticks first, the data over them, the axis lines over the data.
        w.raw("<defs><clipPath id=\"\(id)c\">")
        w.rect(plot.x0, plot.y0, plot.width, plot.height, extra: "")
        w.raw("</clipPath></defs>\n")
        Chrome.yAxis(lay.yTicks, scale: lay.sy, plot: plot, grid: map == nil, into: &w)
        Chrome.xAxis(lay.xTicks, scale: lay.sx, plot: plot, grid: map == nil, into: &w)
        w.raw("<g clip-path=\"url(#\(id)c)\">\n")
        map?.drawMap(lay, symbols: &symbols, into: &w)
        let drawing = CartesianDrawing(layout: lay, overMap: map != nil, filledAreas: marks.filter(\.fillsArea).count)
        for mark in marks {
            try DrawingStop.check()
            mark.draw(drawing, into: &w)
        }
        w.raw("</g>\n")
        Chrome.spines(plot, into: &w)
        map?.drawColourBar(plot: plot, into: &w)
        if let b = legend.box { Legend.drawBox(legend.entries, in: b, into: &w) }
        if !legend.rows.isEmpty {
            Legend.drawRows(legend.entries, rows: legend.rows, plot: plot, width: size.0, top: lay.legendTop, into: &w)
        }
        if !extent.hasData {
            w.text("No data to show", x: (plot.x0 + plot.x1) / 2, y: (plot.y0 + plot.y1) / 2 + 4, cls: "lc-empty")
        }
        Chrome.title(fig.title, width: size.0, into: &w)
        Chrome.xTitle(fig.xLabel, plot: plot, y: size.1 - 8 - Chrome.notesHeight(notes), into: &w)
        Chrome.yTitle(fig.yLabel, plot: plot, into: &w)
        Chrome.notes(notes, width: size.0, height: size.1, into: &w)
        return describe(fig, extent, notes: notes)
    }

    /// The layout and the legend's place, with the marks projected for that layout. The
    /// legend goes inside the plot where it hides nothing; over a contour, or when every
    /// corner holds data, in rows above the plot instead, which takes a second layout.
    private static func place(_ fig: Figure, size: (Double, Double), marks: inout [any CartesianMark],
                              limits: (x: (Double, Double), y: (Double, Double)), notes: [String],
                              entries: [LegendEntry], map: ContourMark?) -> (Layout, LegendPlace) {
        let barRoom = map?.colourBarRoom ?? 0
        func layoutAndProject(legendRows: Int) -> (Layout, Obstacles) {
            let l = layout(fig, size: size, limits: limits, notes: notes, colourBarRoom: barRoom, legendRows: legendRows)
            var obstacles = Obstacles()
            for k in marks.indices { marks[k].project(l, obstacles: &obstacles) }
            return (l, obstacles)
        }
        let (lay, obstacles) = layoutAndProject(legendRows: 0)
        var legend = LegendPlace(entries: entries, box: nil)
        guard !entries.isEmpty else { return (lay, legend) }
        if map == nil, let b = Legend.placeInside(entries, plot: lay.plot, obstacles: obstacles) {
            legend.box = b
            return (lay, legend)
        }
        // Rows may span the whole chart, not just the plot: in a narrow panel, whose
        // plot is narrower still, that saves rows the plot would lose in height.
        legend.rows = Legend.rows(entries, maxWidth: size.0 - 16)
        return (layoutAndProject(legendRows: legend.rows.count).0, legend)
    }

    /// The plot's box inside the title, legend rows, axis labels, notes and colour bar, and
    /// the axes' scales and ticks for `limits`.
    private static func layout(_ fig: Figure, size: (Double, Double), limits: (x: (Double, Double), y: (Double, Double)),
                               notes: [String], colourBarRoom: Double, legendRows: Int) -> Layout {
        let (W, H) = size, (xr, yr) = limits, logY = fig.logY
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
        let right = W - 16 - colourBarRoom
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

    /// "Chart “Loss”: line “train” (6 points). x axis “epoch” from 0 to 5; y axis … Note: …"
    private static func describe(_ fig: Figure, _ e: CartesianExtent, notes: [String]) -> String {
        var desc = (fig.title.isEmpty ? "Chart" : "Chart “\(fig.title)”")
        desc += e.parts.isEmpty ? " with nothing plotted." : ": " + e.parts.joined(separator: ", ").replacingOccurrences(of: "  ", with: " ") + "."
        if e.hasData {
            desc += " x axis\(fig.xLabel.isEmpty ? "" : " “\(fig.xLabel)”") from \(NumberFormat.short(e.xMin)) to \(NumberFormat.short(e.xMax));"
            desc += " y axis\(fig.yLabel.isEmpty ? "" : " “\(fig.yLabel)”") from \(NumberFormat.short(e.yMin)) to \(NumberFormat.short(e.yMax))\(e.logY ? " (log scale)" : "")."
        }
        if !notes.isEmpty { desc += " Note: " + notes.joined(separator: "; ") + "." }
        return desc
    }
}
