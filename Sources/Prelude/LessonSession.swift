// The session a lesson runs in: the language's session with the Prelude's library, plus
// the one thing a `DisplayValue` cannot carry — a cell whose final value is a `Figure`
// shows the chart itself.

import Script

/// A `CellSession` that runs cells in `inner` and shows final figures as charts.
public final class LessonSession: CellSession {
    /// The language's session that runs the cells.
    public let inner: CellSession

    public init(_ inner: CellSession) {
        self.inner = inner
    }

    public var progressHandler: ((ProgressUpdate) -> Void)? {
        get { inner.progressHandler }
        set { inner.progressHandler = newValue }
    }

    public func cancel() { inner.cancel() }

    public var filesRead: [String] { inner.filesRead }

    public var memoryLimit: Int {
        get { inner.memoryLimit }
        set { inner.memoryLimit = newValue }
    }

    public func run(_ cell: CellSource, timeout: Double?) -> CellRun {
        var run = inner.run(cell, timeout: timeout)
        run.outputs = run.outputs.map(chartForFigure)
        return run
    }
}

/// A figure's display value (see `chartMarker`) as the chart it carries; other outputs as they are.
func chartForFigure(_ output: CellOutput) -> CellOutput {
    guard case .value(let v) = output, v.typeName == "Figure", v.text.hasPrefix(chartMarker) else { return output }
    let rest = v.text.dropFirst(chartMarker.count)
    guard let end = rest.range(of: chartMarker) else { return output }
    let title = String(rest[..<end.lowerBound])
    let drawings = rest[end.upperBound...].components(separatedBy: chartMarker)
    let panel = ChartPanel(svg: drawings[0], narrowSVG: drawings.count > 1 ? drawings[1] : nil)
    return .chart(ChartOutput(svg: drawings[0], title: title, layout: ChartLayout(title: "", columns: 1, panels: [panel])))
}
