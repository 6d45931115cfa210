/// A chart: a title, axis labels and the series drawn on it, rendered to a standalone SVG.
///
/// Line, scatter, contour and histogram series share numeric axes and can be mixed (a descent
/// path drawn over an error surface is `contour` then `path`). A heatmap or a bar chart has
/// axes of its own and stands alone in its figure.
public final class Figure {
    /// The title above the chart; empty for none.
    public var title: String
    /// The label under the x axis; empty for none.
    public var xLabel: String
    /// The label beside the y axis; empty for none.
    public var yLabel: String
    /// Whether the y axis is logarithmic (loss curves). Values ≤ 0 are skipped and counted.
    public var logY: Bool
    /// The x axis's limits `(low, high)`, as matplotlib's `xlim`; nil (the default) fits the
    /// data. Data outside is clipped. Line, scatter, path, contour and histogram charts use
    /// them; a heatmap or bar chart, whose axes are categories, ignores them.
    public var xLimits: (Double, Double)?
    /// The y axis's limits `(low, high)`, likewise; on a log axis both must be positive.
    public var yLimits: (Double, Double)?
    /// Width of the drawing in SVG user units (pixels at 100%); it scales with the page.
    public var width: Double = 640
    /// Height of the drawing in SVG user units.
    public var height: Double = 400

    /// Whether nothing has been added yet.
    public var isEmpty: Bool { series.isEmpty }

    /// The series in the order they were added, which is also the drawing order.
    private(set) var series: [Series] = []
    /// How many series have taken a colour from the palette.
    private var coloursUsed = 0

    /// An empty figure.
    public init(title: String = "", xLabel: String = "", yLabel: String = "", logY: Bool = false,
                xLimits: (Double, Double)? = nil, yLimits: (Double, Double)? = nil) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.logY = logY
        self.xLimits = xLimits
        self.yLimits = yLimits
    }

    /// Throws unless `limits` can bound an axis: finite, low < high, and on a log axis low > 0.
    /// `name` is the argument's (`xLimits`, `yLimits`) for the message.
    public static func checkLimits(_ limits: (Double, Double)?, _ name: String, logScale: Bool = false) throws {
        guard let (low, high) = limits else { return }
        guard low.isFinite, high.isFinite, low < high else {
            throw PlotError("\(name): the limits must be finite numbers (low, high) with low < high, got (\(low), \(high))")
        }
        // An axis must be drawable: values whose differences stay finite, a span wide enough
        // beside them for ticks to differ, and not below what tick steps (powers of 10) reach.
        let span = high - low
        let magnitude = Swift.max(Swift.abs(low), Swift.abs(high))
        guard magnitude <= 1e300, span > magnitude * 1e-12, span >= 1e-290 else {
            throw PlotError("\(name): the limits (\(low), \(high)) are too far apart or too close together to draw an axis between")
        }
        guard !logScale || low > 0 else {
            throw PlotError("\(name): a log axis needs limits above 0, got (\(low), \(high))")
        }
    }

    /// A line through (x[i], y[i]); `markers` draws a dot at each point.
    public func line(_ x: [Double], _ y: [Double], label: String? = nil, markers: Bool = false) throws {
        guard x.count == y.count else { throw PlotError.lengthMismatch("line", "x", x.count, "y", y.count) }
        try add(.line(x: x, y: y, markers: markers), label: label, call: "line")
    }

    /// A line through y against its index 0, 1, 2, ... (a loss per epoch).
    public func line(_ y: [Double], label: String? = nil) throws {
        try add(.line(x: (0..<y.count).map(Double.init), y: y, markers: false), label: label, call: "line")
    }

    /// A line with a dot at every point, drawn with a halo so it stays visible over a contour
    /// (the steps of gradient descent over an error surface).
    public func path(_ x: [Double], _ y: [Double], label: String? = nil) throws {
        guard x.count == y.count else { throw PlotError.lengthMismatch("path", "x", x.count, "y", y.count) }
        try add(.line(x: x, y: y, markers: true), label: label, call: "path")
    }

    /// Points at (x[i], y[i]) without a line.
    public func scatter(_ x: [Double], _ y: [Double], label: String? = nil) throws {
        guard x.count == y.count else { throw PlotError.lengthMismatch("scatter", "x", x.count, "y", y.count) }
        try add(.scatter(x: x, y: y), label: label, call: "scatter")
    }

    /// Contours of grid values: z[i][j] is the value at (x[j], y[i]). About `levels` levels are
    /// chosen at round numbers; `filled` paints the bands between them and adds a colour bar,
    /// titled `label` (what the colours measure) when given.
    public func contour(_ x: [Double], _ y: [Double], _ z: [[Double]], levels: Int = 10, filled: Bool = true,
                        label: String? = nil) throws {
        guard levels >= 1 else { throw PlotError("contour: levels must be at least 1, got \(levels)") }
        guard x.count >= 2, y.count >= 2 else {
            throw PlotError("contour: the grid needs at least 2 x values and 2 y values, got \(x.count) and \(y.count)")
        }
        guard z.count == y.count else {
            throw PlotError("contour: z has \(z.count) rows but y has \(y.count) values; z[i][j] is the value at (x[j], y[i])")
        }
        for (i, row) in z.enumerated() where row.count != x.count {
            throw PlotError("contour: z row \(i) has \(row.count) values but x has \(x.count); z[i][j] is the value at (x[j], y[i])")
        }
        for (name, axis) in [("x", x), ("y", y)] {
            guard axis.allSatisfy(\.isFinite) else { throw PlotError("contour: the \(name) values must all be finite numbers") }
            let up = zip(axis, axis.dropFirst()).allSatisfy { $0 < $1 }
            let down = zip(axis, axis.dropFirst()).allSatisfy { $0 > $1 }
            guard up || down else { throw PlotError("contour: the \(name) values must be strictly increasing or decreasing") }
        }
        if series.contains(where: { if case .contour = $0.kind { return true }; return false }) {
            throw PlotError("contour: a figure holds one contour; make another Figure for the second")
        }
        // A grid or a level count beyond what a panel can show is reduced, with a note.
        let grid = GridReduction.sampled(x: x, y: y, z: z, maxSide: GridReduction.contourMaxSide)
        let shownLevels = min(levels, GridReduction.contourMaxLevels)
        let source = ContourSource(columns: x.count, rows: y.count, levels: levels)
        try add(.contour(x: grid.x, y: grid.y, z: grid.z, levels: shownLevels, filled: filled), label: label, call: "contour",
                notes: source.notes(columns: grid.x.count, rows: grid.y.count, levels: shownLevels))
        series[series.count - 1].contourSource = source
    }

    /// A copy whose contour is traced on a grid half as fine (or, once the grid is down to
    /// 20 points a side, with half the levels), with notes that say so; nil when the figure
    /// has no contour or it cannot get coarser. Used when a chart would pass the SVG cap.
    func withCoarserContour() -> Figure? {
        guard let k = series.firstIndex(where: { $0.contourSource != nil }),
              case .contour(let x, let y, let z, let levels, let filled) = series[k].kind,
              let source = series[k].contourSource else { return nil }
        let side = max(x.count, y.count)
        var reduced = (x: x, y: y, z: z)
        var shownLevels = levels
        if side > 20 {
            let r = GridReduction.sampled(x: x, y: y, z: z, maxSide: max(20, side / 2))
            reduced = (r.x, r.y, r.z)
        } else if levels > 5 {
            shownLevels = max(5, levels / 2)
        } else {
            return nil
        }
        let copy = Figure(title: title, xLabel: xLabel, yLabel: yLabel, logY: logY, xLimits: xLimits, yLimits: yLimits)
        copy.width = width
        copy.height = height
        copy.series = series
        copy.coloursUsed = coloursUsed
        copy.series[k].kind = .contour(x: reduced.x, y: reduced.y, z: reduced.z, levels: shownLevels, filled: filled)
        copy.series[k].notes = source.notes(columns: reduced.x.count, rows: reduced.y.count, levels: shownLevels)
        return copy
    }

    /// A grid of coloured cells, z[i][j] in row i and column j, with a colour bar titled `label`
    /// when given. Row and column labels are optional; when given there must be one per row or column.
    public func heatmap(_ z: [[Double]], rowLabels: [String] = [], columnLabels: [String] = [], label: String? = nil) throws {
        guard let cols = z.first?.count, cols > 0 else { throw PlotError("heatmap: the grid is empty; give at least one row with one value") }
        for (i, row) in z.enumerated() where row.count != cols {
            throw PlotError("heatmap: row \(i) has \(row.count) values but row 0 has \(cols); every row needs the same length")
        }
        if !rowLabels.isEmpty && rowLabels.count != z.count {
            throw PlotError.lengthMismatch("heatmap", "rowLabels", rowLabels.count, "the grid's rows", z.count)
        }
        if !columnLabels.isEmpty && columnLabels.count != cols {
            throw PlotError.lengthMismatch("heatmap", "columnLabels", columnLabels.count, "the grid's columns", cols)
        }
        let shown = GridReduction.blockMeans(z, rowLabels: rowLabels, columnLabels: columnLabels, maxSide: GridReduction.heatmapMaxSide)
        try add(.heatmap(z: shown.z, rowLabels: shown.rowLabels, columnLabels: shown.columnLabels), label: label, call: "heatmap",
                notes: shown.note.map { [$0] } ?? [])
    }

    /// A histogram of `values` in `bins` bins of equal width between the smallest and largest finite value.
    public func histogram(_ values: [Double], bins: Int = 10, label: String? = nil) throws {
        guard bins >= 1 && bins <= 10_000 else { throw PlotError("histogram: bins must be between 1 and 10000, got \(bins)") }
        try add(.histogram(values: values, bins: bins), label: label, call: "histogram")
    }

    /// One bar per category: labels[i] under a bar of height values[i].
    public func bar(_ labels: [String], _ values: [Double], label: String? = nil) throws {
        guard labels.count == values.count else { throw PlotError.lengthMismatch("bar", "labels", labels.count, "values", values.count) }
        if series.contains(where: { if case .bar = $0.kind { return true }; return false }) {
            throw PlotError("bar: a figure holds one bar series; make another Figure for the second")
        }
        try add(.bar(labels: labels, values: values), label: label, call: "bar")
    }

    /// The figure as a standalone SVG document.
    public func svg() throws -> String {
        try SVGDocument.render(panels: [self], columns: 1, title: "", panelSize: nil)
    }

    /// Widest panel that still reads on a phone: scaled to a 375 px screen's ~340 px column,
    /// its 12-unit tick labels stay at 9 px or more.
    public static let phoneReadableWidth = 460.0
    /// The width a figure is drawn at for a phone.
    public static let phoneWidth = 360.0

    /// The figure drawn again for a phone's width (360 units, a little taller in proportion),
    /// or nil when `width` already reads on a phone. A page shows this one on narrow screens.
    public func phoneSVG(width: Double? = nil, height: Double? = nil) throws -> String? {
        let w = width ?? self.width, h = height ?? self.height
        guard w > Self.phoneReadableWidth else { return nil }
        let narrowHeight = (Self.phoneWidth * Swift.max(0.8, h / w)).rounded()
        return try SVGDocument.render(panels: [self], columns: 1, title: "", panelSize: (Self.phoneWidth, narrowHeight))
    }

    /// Several figures side by side in one SVG document, `columns` per row, under an optional
    /// overall title. Panels are `panelWidth` × `panelHeight` (so two fit a page's width at a
    /// readable text size); pass nil for both to use each figure's own width and height.
    public static func svg(panels: [Figure], columns: Int = 2, title: String = "",
                           panelWidth: Double? = 480, panelHeight: Double? = 360) throws -> String {
        guard !panels.isEmpty else { throw PlotError("panels: give at least one figure") }
        guard columns >= 1 else { throw PlotError("panels: columns must be at least 1, got \(columns)") }
        let size = panelWidth.map { w in (w, panelHeight ?? w * 0.75) } ?? panelHeight.map { h in (h / 0.75, h) }
        return try SVGDocument.render(panels: panels, columns: columns, title: title, panelSize: size)
    }

    private func add(_ kind: Series.Kind, label: String?, call: String, notes: [String] = []) throws {
        let standalone = kind.standsAlone
        if let other = series.first, standalone || other.kind.standsAlone {
            throw PlotError("\(call): a \(kind.name) cannot share a figure with a \(other.kind.name); make another Figure")
        }
        var colour = -1
        if kind.usesPaletteColour { colour = coloursUsed; coloursUsed += 1 }
        series.append(Series(kind: kind, label: label.flatMap { $0.isEmpty ? nil : $0 }, colour: colour, notes: notes))
    }
}

/// One thing drawn on a figure.
struct Series {
    enum Kind {
        case line(x: [Double], y: [Double], markers: Bool)
        case scatter(x: [Double], y: [Double])
        case contour(x: [Double], y: [Double], z: [[Double]], levels: Int, filled: Bool)
        case heatmap(z: [[Double]], rowLabels: [String], columnLabels: [String])
        case histogram(values: [Double], bins: Int)
        case bar(labels: [String], values: [Double])

        /// The kind as the learner calls it, for messages and descriptions.
        var name: String {
            switch self {
            case .line(_, _, let markers): return markers ? "path" : "line"
            case .scatter: return "scatter"
            case .contour: return "contour"
            case .heatmap: return "heatmap"
            case .histogram: return "histogram"
            case .bar: return "bar chart"
            }
        }

        /// Heatmaps and bar charts bring their own categorical axes.
        var standsAlone: Bool {
            switch self {
            case .heatmap, .bar: return true
            default: return false
            }
        }

        var usesPaletteColour: Bool {
            switch self {
            case .contour, .heatmap: return false
            default: return true
            }
        }
    }

    var kind: Kind
    var label: String?
    /// Index into the palette (cycling with dashes), or -1 for colour-mapped series.
    var colour: Int
    /// What the chart must tell the reader about how this series was drawn (a grid reduced).
    var notes: [String] = []
    /// For a contour: the grid and level count the lesson asked for.
    var contourSource: ContourSource?

    /// The series colour as "#rrggbb".
    var colourHex: String { Colors.series[max(0, colour) % Colors.series.count] }
    /// Classes giving the theme-adapted colour as stroke ("st") or fill ("sf").
    func colourClass(_ use: String) -> String { "lc-s\(max(0, colour) % Colors.series.count) lc-\(use)" }
    /// The dash pattern for this series ("" for solid).
    var dash: String { Colors.dashes[(max(0, colour) / Colors.series.count) % Colors.dashes.count] }
}

/// The size of a contour as the lesson gave it, for the notes of a reduced one.
struct ContourSource {
    var columns: Int, rows: Int, levels: Int

    /// The notes for this contour drawn on a `columns`×`rows` grid with `levels` levels.
    func notes(columns shownColumns: Int, rows shownRows: Int, levels shownLevels: Int) -> [String] {
        var notes: [String] = []
        if shownColumns < columns || shownRows < rows {
            notes.append("\(columns)×\(rows) grid traced at \(shownColumns)×\(shownRows) evenly spaced points")
        }
        if shownLevels < levels { notes.append("\(levels) levels asked for, \(shownLevels) drawn") }
        return notes
    }
}
