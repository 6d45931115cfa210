// Charts (LANGUAGE.md §4): `plot(_:title:xLabel:yLabel:)`, `plot(x, y, ...)`, `Figure` with
// `line scatter path contour heatmap histogram bar`, and `show(_:)` (one figure, or an
// array of figures side by side: `show(_:columns:title:)`). A sequence of numbers
// may be `[Double]`, `[Int]` or a 1-D tensor; a grid `[[Double]]` or a 2-D tensor.

import Plot
import Script

/// A figure as a language value.
final class FigureObject: NativeObject {
    let figure: Figure

    init(_ figure: Figure, type: NativeType) {
        self.figure = figure
        super.init(type: type)
    }
}

/// The figure drawn, as a cell output: its SVG, and for a page, a version for phones when
/// the figure is too wide to read on one.
func chart(_ f: Figure) throws -> ChartOutput {
    let svg = try translatingErrors { try f.svg() }
    let narrow = try translatingErrors { try f.phoneSVG() }
    return ChartOutput(svg: svg, title: f.title,
                       layout: ChartLayout(title: "", columns: 1, panels: [ChartPanel(svg: svg, narrowSVG: narrow)]))
}

/// Figures side by side, `columns` to a row, as one cell output. A row of panels is about
/// 800 units wide whatever the column count (never narrower than 240 per panel), so a grid
/// fits the page with its text still readable; panels are 5:4 (a little taller than a
/// lone chart, for the legend rows a narrow panel needs).
func chartGrid(_ figures: [Figure], columns: Int, title: String) throws -> ChartOutput {
    guard !figures.isEmpty else { throw ScriptError("show: the array of figures is empty") }
    guard (1...12).contains(columns) else { throw ScriptError("show: columns must be between 1 and 12, got \(columns)") }
    let perRow = Swift.min(columns, figures.count)
    let width = Swift.max(240, (800 / Double(perRow)).rounded())
    let height = (width * 0.8).rounded()
    let svg = try translatingErrors {
        try Figure.svg(panels: figures, columns: perRow, title: title, panelWidth: width, panelHeight: height)
    }
    // For a page: each panel on its own, so that a narrow screen can stack them.
    let panels = try translatingErrors {
        try figures.map { f in
            ChartPanel(svg: try Figure.svg(panels: [f], columns: 1, panelWidth: width, panelHeight: height),
                       narrowSVG: try f.phoneSVG(width: width, height: height))
        }
    }
    let shownTitle = !title.isEmpty ? title : figures.map(\.title).filter { !$0.isEmpty }.joined(separator: " | ")
    return ChartOutput(svg: svg, title: shownTitle, layout: ChartLayout(title: title, columns: perRow, panels: panels))
}

/// A cell's final value that is a figure is shown as its chart: the figure's display value
/// carries the drawn chart behind this marker, and `LessonSession` turns it into a `.chart`
/// output (a `DisplayValue` cannot hold a chart, and a display hook cannot throw).
let chartMarker = "\u{1}chart\u{1}"

/// Labels for a chart: strings, characters or numbers, numbers written as in a table.
private func labels(_ v: Value, _ context: NativeContext) throws -> [String] {
    if let t = tensorOf(v) { return t.scalars.map(tableNumberText) }
    if case .string(let s) = v { return s.map { String($0) } }
    return try v.asArray().map { tableCellText($0, context) }
}

/// The figure a method is called on.
/// Axis limits given as a `(low, high)` tuple of numbers, or nil; checked (finite, low < high).
private func axisLimits(_ v: Value, _ name: String) throws -> (Double, Double)? {
    guard let v = v.optional else { return nil }
    guard case .tuple = v, let pair = try? v.asTuple(count: 2) else {
        throw ScriptError("\(name): give the limits as a tuple (low, high), such as (0, 10), or nil to fit the data")
    }
    let limits = (try pair[0].asDouble(), try pair[1].asDouble())
    try Figure.checkLimits(limits, name)
    return limits
}

private func fig(_ call: NativeCall) throws -> Figure {
    try call.receiver.asNative(FigureObject.self, expected: "Figure").figure
}

/// A series' optional `label:`, at argument `i`.
private func label(_ call: NativeCall, _ i: Int) throws -> String? {
    try call.optional(i).map { try $0.asString() }
}

extension Prelude {
    func bindCharts() {
        bindFigureProperties()
        bindFigureSeries()
        bindFigureDisplay()
        bindShowAndPlot()
    }

    /// `Figure(title:xLabel:yLabel:logY:xLimits:yLimits:)` and its settable properties.
    private func bindFigureProperties() {
        let type = figureType
        type.initializer([Param("title", default: ""), Param("xLabel", default: ""), Param("yLabel", default: ""), Param("logY", default: false),
                          Param("xLimits", default: Value.null), Param("yLimits", default: Value.null)]) { call in
            let xLimits = try axisLimits(call[4], "xLimits"), yLimits = try axisLimits(call[5], "yLimits")
            try Figure.checkLimits(yLimits, "yLimits", logScale: try call.bool(3))
            return .native(FigureObject(Figure(title: try call.string(0), xLabel: try call.string(1), yLabel: try call.string(2),
                                               logY: try call.bool(3), xLimits: xLimits, yLimits: yLimits), type: type))
        }
        for name in ["xLimits", "yLimits"] {
            let key: ReferenceWritableKeyPath<Figure, (Double, Double)?> = name == "xLimits" ? \.xLimits : \.yLimits
            type.property(name, get: { call in
                try fig(call)[keyPath: key].map { .makeTuple([.double($0.0), .double($0.1)]) } ?? .null
            }, set: { call in
                try fig(call)[keyPath: key] = try axisLimits(call[0], name)
                return .void
            })
        }
        for name in ["title", "xLabel", "yLabel"] {
            let key: ReferenceWritableKeyPath<Figure, String> = name == "title" ? \.title : name == "xLabel" ? \.xLabel : \.yLabel
            type.property(name, get: { call in .string(try fig(call)[keyPath: key]) },
                          set: { call in try fig(call)[keyPath: key] = try call.string(0); return .void })
        }
        type.property("logY", get: { call in .bool(try fig(call).logY) }, set: { call in try fig(call).logY = try call.bool(0); return .void })
        for name in ["width", "height"] {
            let key: ReferenceWritableKeyPath<Figure, Double> = name == "width" ? \.width : \.height
            type.property(name, get: { call in .double(try fig(call)[keyPath: key]) }, set: { call in
                let v = try call.double(0)
                guard v.isFinite, v >= 50, v <= 10_000 else { throw ScriptError("\(name) must be between 50 and 10000, got \(v)") }
                try fig(call)[keyPath: key] = v
                return .void
            })
        }
    }

    /// The series a figure draws: `line`, `path`, `scatter`, `contour`, `heatmap`,
    /// `histogram`, `bar`; and `svg()`.
    private func bindFigureSeries() {
        let type = figureType
        let optionalLabel = Param("label", default: Value.null)
        type.method("line", ["_", "_", optionalLabel, Param("markers", default: false)]) { call in
            try fig(call).line(try numbers(call[0]), try numbers(call[1]), label: try label(call, 2), markers: try call.bool(3))
            return .void
        }
        type.method("line", ["_", optionalLabel]) { call in
            try fig(call).line(try numbers(call[0]), label: try label(call, 1))
            return .void
        }
        type.method("path", ["_", "_", optionalLabel]) { call in
            try fig(call).path(try numbers(call[0]), try numbers(call[1]), label: try label(call, 2))
            return .void
        }
        type.method("scatter", ["_", "_", optionalLabel]) { call in
            try fig(call).scatter(try numbers(call[0]), try numbers(call[1]), label: try label(call, 2))
            return .void
        }
        type.method("contour", ["_", "_", "_", Param("levels", default: 10), Param("filled", default: true), optionalLabel]) { call in
            try fig(call).contour(try numbers(call[0]), try numbers(call[1]), try grid(call[2]), levels: try call.int(3),
                                  filled: try call.bool(4), label: try label(call, 5))
            return .void
        }
        type.method("heatmap", ["_", Param("rowLabels", default: .array([])), Param("columnLabels", default: .array([])), optionalLabel]) { call in
            try fig(call).heatmap(try grid(call[0]), rowLabels: try labels(call[1], call.context),
                                  columnLabels: try labels(call[2], call.context), label: try label(call, 3))
            return .void
        }
        type.method("histogram", ["_", Param("bins", default: 10), optionalLabel]) { call in
            try fig(call).histogram(try numbers(call[0]), bins: try call.int(1), label: try label(call, 2))
            return .void
        }
        type.method("bar", ["_", "_", optionalLabel]) { call in
            try fig(call).bar(try labels(call[0], call.context), try numbers(call[1]), label: try label(call, 2))
            return .void
        }
        type.method("svg", []) { call in .string(try fig(call).svg()) }
    }

    /// How a figure prints (its title) and shows (its chart).
    private func bindFigureDisplay() {
        let type = figureType
        type.describe = { v in
            guard case .native(let n) = v, let f = n as? FigureObject else { return "Figure()" }
            return "Figure(title: \(f.figure.title.debugDescription))"
        }
        type.display = { v in
            guard case .native(let n) = v, let f = n as? FigureObject else { return DisplayValue(text: "Figure()", typeName: "Figure") }
            do {
                let svg = try f.figure.svg()
                let narrow = try f.figure.phoneSVG().map { chartMarker + $0 } ?? ""
                return DisplayValue(text: chartMarker + f.figure.title + chartMarker + svg + narrow, typeName: "Figure")
            } catch {
                return DisplayValue.failure("\(error)", typeName: "Figure")
            }
        }
    }

    /// `show` and `plot`: charts shown at once.
    private func bindShowAndPlot() {
        let lib = library
        // show(fig), and show([a, b, c, d], columns: 2, title: "…"): figures side by side in one chart.
        lib.function("show", ["_", Param("columns", default: Value.null), Param("title", default: Value.null)]) { call in
            guard case .array(let items) = call[0] else {
                let f = try call[0].asNative(FigureObject.self, expected: "Figure").figure
                guard call.optional(1) == nil, call.optional(2) == nil else {
                    throw ScriptError("show: columns: and title: lay out an array of figures, as in show([a, b], columns: 2); set a single figure's title on the figure")
                }
                try call.context.emit(.chart(try chart(f)))
                return .void
            }
            let figures = try items.enumerated().map { i, v -> Figure in
                guard case .native(let n) = v, let f = n as? FigureObject else {
                    throw ScriptError("show: element \(i) of the array is '\(v.typeName)', not a Figure")
                }
                return f.figure
            }
            let columns = try call.optional(1).map { try $0.asInt() } ?? 2
            let title = try call.optional(2).map { try $0.asString() } ?? ""
            try call.context.emit(.chart(try chartGrid(figures, columns: columns, title: title)))
            return .void
        }

        // plot(losses, title: "…", xLabel: "epoch", yLabel: "MSE") and plot(x, y, …): shown at once.
        let titles = [Param("title", default: ""), Param("xLabel", default: ""), Param("yLabel", default: "")]
        lib.function("plot", ["_"] + titles) { call in
            let f = Figure(title: try call.string(1), xLabel: try call.string(2), yLabel: try call.string(3))
            try f.line(try numbers(call[0]))
            try call.context.emit(.chart(try chart(f)))
            return .void
        }
        lib.function("plot", ["_", "_"] + titles) { call in
            let f = Figure(title: try call.string(2), xLabel: try call.string(3), yLabel: try call.string(4))
            try f.line(try numbers(call[0]), try numbers(call[1]))
            try call.context.emit(.chart(try chart(f)))
            return .void
        }
    }
}
