// Charts (LANGUAGE.md §4): `Figure` with `line scatter path contour heatmap histogram bar`,
// `plot(…)` and `show(…)`, drawn by the same Plot code as in the interpreter. A program writes
// each chart it shows as an SVG file — in the folder named by the environment variable
// LESSONKIT_CHARTS, else `charts` in the current directory — and names the file on standard
// error.

import Foundation
import Plot

/// A sequence of numbers for a chart: `[Double]`, `[Int]` or a tensor with one non-trivial axis.
public protocol ChartNumbers {
    var chartNumbers: [Double] { get }
}

/// A number a chart takes: `Double` or `Int`.
public protocol ChartNumber {
    var chartValue: Double { get }
}

extension Double: ChartNumber {
    public var chartValue: Double { self }
}

extension Int: ChartNumber {
    public var chartValue: Double { Double(self) }
}

extension Array: ChartNumbers where Element: ChartNumber {
    public var chartNumbers: [Double] { map(\.chartValue) }
}

extension Tensor: ChartNumbers {
    public var chartNumbers: [Double] {
        guard shape.filter({ $0 != 1 }).count <= 1 else {
            fail("expected a 1-D tensor or [Double], got a tensor of shape \(shapeText(shape))")
        }
        return scalars
    }
}

/// A grid of numbers for `contour` and `heatmap`: `[[Double]]` or a 2-D tensor.
public protocol ChartGrid {
    var chartGrid: [[Double]] { get }
}

extension Tensor: ChartGrid {
    public var chartGrid: [[Double]] {
        guard rank == 2 else { fail("expected a 2-D tensor or [[Double]], got a tensor of shape \(shapeText(shape))") }
        return attempt { try base.rows() }
    }
}

extension Array: ChartGrid where Element == [Double] {
    public var chartGrid: [[Double]] { self }
}

/// A chart being built: series are added, then it is shown (`show(fig)`, `display(fig)`).
public final class Figure: CustomStringConvertible {
    let figure: Plot.Figure

    /// `xLimits`/`yLimits`: `(low, high)` for the axis, or nil to fit the data.
    public init(title: String = "", xLabel: String = "", yLabel: String = "", logY: Bool = false,
                xLimits: (Double, Double)? = nil, yLimits: (Double, Double)? = nil) {
        attempt {
            try Plot.Figure.checkLimits(xLimits, "xLimits")
            try Plot.Figure.checkLimits(yLimits, "yLimits", logScale: logY)
        }
        figure = Plot.Figure(title: title, xLabel: xLabel, yLabel: yLabel, logY: logY, xLimits: xLimits, yLimits: yLimits)
    }

    public var title: String { get { figure.title } set { figure.title = newValue } }
    public var xLabel: String { get { figure.xLabel } set { figure.xLabel = newValue } }
    public var yLabel: String { get { figure.yLabel } set { figure.yLabel = newValue } }
    public var logY: Bool { get { figure.logY } set { figure.logY = newValue } }
    public var xLimits: (Double, Double)? {
        get { figure.xLimits }
        set { attempt { try Plot.Figure.checkLimits(newValue, "xLimits") }; figure.xLimits = newValue }
    }
    public var yLimits: (Double, Double)? {
        get { figure.yLimits }
        set { attempt { try Plot.Figure.checkLimits(newValue, "yLimits") }; figure.yLimits = newValue }
    }
    public var width: Double { get { figure.width } set { figure.width = Figure.checkedSize(newValue, "width") } }
    public var height: Double { get { figure.height } set { figure.height = Figure.checkedSize(newValue, "height") } }

    private static func checkedSize(_ v: Double, _ name: String) -> Double {
        guard v.isFinite, v >= 50, v <= 10_000 else { fail("\(name) must be between 50 and 10000, got \(v)") }
        return v
    }

    /// Numbers are `[Double]`, `[Int]` or a 1-D tensor.
    public func line<X: ChartNumbers, Y: ChartNumbers>(_ x: X, _ y: Y, label: String? = nil, markers: Bool = false) {
        attempt { try figure.line(x.chartNumbers, y.chartNumbers, label: label, markers: markers) }
    }
    /// `y` against 0, 1, 2, …
    public func line<Y: ChartNumbers>(_ y: Y, label: String? = nil) {
        attempt { try figure.line(y.chartNumbers, label: label) }
    }

    public func path<X: ChartNumbers, Y: ChartNumbers>(_ x: X, _ y: Y, label: String? = nil) {
        attempt { try figure.path(x.chartNumbers, y.chartNumbers, label: label) }
    }

    public func scatter<X: ChartNumbers, Y: ChartNumbers>(_ x: X, _ y: Y, label: String? = nil) {
        attempt { try figure.scatter(x.chartNumbers, y.chartNumbers, label: label) }
    }

    /// `z[i][j]` at `(x[j], y[i])`; `label` titles the colour bar.
    public func contour<X: ChartNumbers, Y: ChartNumbers, Z: ChartGrid>(_ x: X, _ y: Y, _ z: Z, levels: Int = 10, filled: Bool = true, label: String? = nil) {
        attempt { try figure.contour(x.chartNumbers, y.chartNumbers, z.chartGrid, levels: levels, filled: filled, label: label) }
    }

    public func heatmap<Z: ChartGrid>(_ z: Z, rowLabels: [String] = [], columnLabels: [String] = [], label: String? = nil) {
        attempt { try figure.heatmap(z.chartGrid, rowLabels: rowLabels, columnLabels: columnLabels, label: label) }
    }

    public func histogram<V: ChartNumbers>(_ values: V, bins: Int = 10, label: String? = nil) {
        attempt { try figure.histogram(values.chartNumbers, bins: bins, label: label) }
    }

    public func bar<V: ChartNumbers>(_ labels: [String], _ values: V, label: String? = nil) {
        attempt { try figure.bar(labels, values.chartNumbers, label: label) }
    }

    /// The chart as an SVG document.
    public func svg() -> String { svgText() }

    func svgText() -> String { attempt { try figure.svg() } }

    public var description: String { "Figure(title: \(title.debugDescription))" }
}

/// Shows one figure: writes its chart.
public func show(_ figure: Figure) {
    writeChart(figure.svgText(), title: figure.title)
}

/// Figures side by side in one chart, `columns` to a row, laid out as the interpreter lays
/// them out (a row about 800 units wide, panels 5:4).
public func show(_ figures: [Figure], columns: Int = 2, title: String = "") {
    guard !figures.isEmpty else { fail("show: the array of figures is empty") }
    guard (1...12).contains(columns) else { fail("show: columns must be between 1 and 12, got \(columns)") }
    let perRow = Swift.min(columns, figures.count)
    let width = Swift.max(240, (800 / Double(perRow)).rounded())
    let svg = attempt {
        try Plot.Figure.svg(panels: figures.map(\.figure), columns: perRow, title: title, panelWidth: width, panelHeight: (width * 0.8).rounded())
    }
    let shownTitle = !title.isEmpty ? title : figures.map(\.title).filter { !$0.isEmpty }.joined(separator: " | ")
    writeChart(svg, title: shownTitle)
}

/// `plot(losses, title: "…", xLabel: "epoch", yLabel: "MSE")`: a line chart shown at once.
public func plot<Y: ChartNumbers>(_ y: Y, title: String = "", xLabel: String = "", yLabel: String = "") {
    let f = Figure(title: title, xLabel: xLabel, yLabel: yLabel)
    f.line(y)
    show(f)
}

/// `plot(x, y, …)`: a line chart of y against x, shown at once.
public func plot<X: ChartNumbers, Y: ChartNumbers>(_ x: X, _ y: Y, title: String = "", xLabel: String = "", yLabel: String = "") {
    let f = Figure(title: title, xLabel: xLabel, yLabel: yLabel)
    f.line(x, y)
    show(f)
}

/// How many charts this program has written.
private var chartCount = 0

/// Writes a chart as the next `chart-N.svg` and names it on standard error.
func writeChart(_ svg: String, title: String) {
    chartCount += 1
    let folder = ProcessInfo.processInfo.environment["LESSONKIT_CHARTS"] ?? "charts"
    let path = (folder as NSString).appendingPathComponent(String(format: "chart-%03d.svg", chartCount))
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(svg.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        fail("cannot write the chart '\(title)' to \(path): \(error.localizedDescription)")
    }
    note("chart\(title.isEmpty ? "" : " '\(title)'"): \(path)")
}
