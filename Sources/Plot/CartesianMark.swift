import Foundation

/// One series on numeric axes, drawn by its own kind ("mark", as in a grammar of graphics):
/// a line, a scatter, a histogram or a contour. `CartesianRenderer` takes every mark through
/// the same steps, in the order the series were added: measure the data, place it in pixels
/// for a layout (so the legend can go where it hides nothing), draw it.
protocol CartesianMark {
    /// Adds what the data spans, what it skipped and a phrase for the description.
    mutating func measure(into extent: inout CartesianExtent) throws
    /// The series' line in the legend; nil without a label or for a kind the legend omits.
    func legendEntry(overMap: Bool) -> LegendEntry?
    /// Places the data in pixels for one layout; what it covers goes into `obstacles`.
    mutating func project(_ layout: CartesianRenderer.Layout, obstacles: inout Obstacles)
    /// Draws the data inside the plot's clip.
    func draw(_ context: CartesianDrawing, into w: inout SVGWriter)
    /// Whether it draws a filled area (histogram bars): the more of them, the more they show through.
    var fillsArea: Bool { get }
}

extension CartesianMark {
    var fillsArea: Bool { false }
}

/// The mark for each series on numeric axes, in the order they were added. Heatmaps and bar
/// charts have axes of their own and never share a figure with these.
func cartesianMarks(_ fig: Figure) -> [any CartesianMark] {
    fig.series.compactMap { s -> (any CartesianMark)? in
        switch s.kind {
        case .line(let x, let y, let markers): return LineMark(series: s, x: x, y: y, markers: markers)
        case .scatter(let x, let y): return ScatterMark(series: s, x: x, y: y)
        case .histogram(let values, let bins): return HistogramMark(series: s, values: values, binCount: bins)
        case .contour(let x, let y, let z, let levels, let filled):
            return ContourMark(series: s, x: x, y: y, z: z, levelCount: levels, filled: filled)
        case .heatmap, .bar: return nil
        }
    }
}

/// What is shared while the marks are drawn.
struct CartesianDrawing {
    var layout: CartesianRenderer.Layout
    /// Whether the marks are drawn over a contour's colours (see `CartesianRenderer.Ink`).
    var overMap: Bool
    /// How many marks draw filled areas that may overlap.
    var filledAreas: Int
}

/// What the marks' data spans and what was skipped, gathered series by series: the axis
/// limits, the notes under the chart and the description for screen readers come from it.
struct CartesianExtent {
    let logY: Bool
    var xMin = Double.infinity, xMax = -Double.infinity
    var yMin = Double.infinity, yMax = -Double.infinity
    /// y values the padded limits must not pass (a histogram's base at 0).
    var stickyY: [Double] = []
    /// Limits exactly around the data, without padding (a contour grid fills the plot).
    var tight = false
    var nonFinite = 0, nonPositive = 0, missingCells = 0
    /// "line “train”" for each series without data.
    var emptySeries: [String] = []
    /// One phrase per series for the description.
    var parts: [String] = []

    init(logY: Bool) { self.logY = logY }

    var hasData: Bool { xMin <= xMax && yMin <= yMax && yMax > (logY ? 0 : -Double.infinity) }

    /// `“label”` for the description and notes, or nothing.
    static func quoted(_ label: String?) -> String { label.map { "“\($0)”" } ?? "" }

    mutating func include(x: Double, y: Double) {
        if x < xMin { xMin = x }
        if x > xMax { xMax = x }
        if y < yMin { yMin = y }
        if y > yMax { yMax = y }
    }

    /// Points (x[i], y[i]) of a line or scatter: the finite ones that a log axis can show
    /// widen the extent, the others are counted for the notes.
    mutating func includePoints(_ x: [Double], _ y: [Double], of s: Series) {
        let named = Self.quoted(s.label)
        for i in 0..<x.count {
            let a = x[i], b = y[i]
            if !a.isFinite || !b.isFinite { nonFinite += 1; continue }
            if logY && b <= 0 { nonPositive += 1; continue }
            include(x: a, y: b)
        }
        if x.isEmpty { emptySeries.append("\(s.kind.name) \(named)".trimmingCharacters(in: .whitespaces)) }
        parts.append("\(s.kind.name) \(named) (\(x.count) point\(x.count == 1 ? "" : "s"))")
    }

    /// The axis limits in axis units (log10 of the value on a log axis): tight around a
    /// contour grid, else padded as matplotlib does; 0…1 when there is nothing to show.
    var limits: (x: (Double, Double), y: (Double, Double)) {
        guard hasData else { return ((0, 1), (0, 1)) }
        let xr = tight ? (xMin, xMax) : AxisRange.padded(xMin, xMax)
        if logY {
            return (xr, tight ? (log10(yMin), log10(yMax)) : AxisRange.padded(log10(yMin), log10(yMax)))
        }
        return (xr, tight ? (yMin, yMax) : AxisRange.padded(yMin, yMax, sticky: stickyY))
    }

    /// The notes under the chart: the series' own, then what was skipped or empty.
    func notes(_ series: [Series]) -> [String] {
        var notes = series.flatMap(\.notes)
        if nonFinite > 0 { notes.append("\(nonFinite) point\(nonFinite == 1 ? "" : "s") skipped (NaN or infinite)") }
        if nonPositive > 0 { notes.append("\(nonPositive) point\(nonPositive == 1 ? "" : "s") ≤ 0 not shown on the log scale") }
        if missingCells > 0 { notes.append("\(missingCells) grid value\(missingCells == 1 ? "" : "s") missing (NaN or infinite)") }
        for e in emptySeries { notes.append("\(e) is empty") }
        if !hasData && emptySeries.isEmpty { notes.append(series.isEmpty ? "nothing was plotted" : "no points to draw") }
        return notes
    }
}
