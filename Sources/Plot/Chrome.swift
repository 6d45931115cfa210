/// The parts of a panel around the data: title, axis titles, ticks, grid lines, notes and the
/// colour bar. All chart kinds draw them alike.
enum Chrome {
    static let tickFont = 12.0
    static let labelFont = 13.0
    static let noteFont = 11.0
    static let tickLength = 4.0
    /// Space above the plot taken by a title.
    static let titleHeight = 32.0
    /// Width taken by a colour bar beside the plot, not counting its labels.
    static let colourBarWidth = 12.0
    static let colourBarGap = 16.0

    /// The panel title, centred at the top.
    static func title(_ s: String, width: Double, into w: inout SVGWriter) {
        guard !s.isEmpty else { return }
        w.text(s, x: width / 2, y: 22, cls: "lc-title")
    }

    /// Small notes (skipped points, empty data) at the bottom right.
    static func notes(_ notes: [String], width: Double, height: Double, into w: inout SVGWriter) {
        guard !notes.isEmpty else { return }
        w.text(notes.joined(separator: " · "), x: width - 8, y: height - 7, cls: "lc-note", anchor: "end")
    }

    /// Height reserved at the bottom for notes.
    static func notesHeight(_ notes: [String]) -> Double { notes.isEmpty ? 0 : 15 }

    /// Width of the widest tick label.
    static func labelWidth(_ ticks: [Tick]) -> Double {
        ticks.map { TextMetrics.width($0.label, fontSize: tickFont) }.max() ?? 0
    }

    /// Horizontal grid lines and labelled ticks on the left of the plot.
    static func yAxis(_ ticks: AxisTicks, scale: AxisScale, plot: Box, grid: Bool, into w: inout SVGWriter) {
        for t in ticks.major {
            let y = scale.px(t.value)
            if grid { w.line(plot.x0, y, plot.x1, y, cls: "lc-grid") }
            w.line(plot.x0 - tickLength, y, plot.x0, y, cls: "lc-axis")
            w.text(t.label, x: plot.x0 - tickLength - 3, y: y + 4, cls: "lc-tick", anchor: "end")
        }
        for v in ticks.minor {
            let y = scale.px(v)
            w.line(plot.x0 - tickLength / 2, y, plot.x0, y, cls: "lc-axis")
        }
        if let offset = ticks.offset { w.text(offset, x: plot.x0, y: plot.y0 - 5, cls: "lc-tick", anchor: "start") }
    }

    /// Vertical grid lines and labelled ticks under the plot.
    static func xAxis(_ ticks: AxisTicks, scale: AxisScale, plot: Box, grid: Bool, into w: inout SVGWriter) {
        for t in ticks.major {
            let x = scale.px(t.value)
            if grid { w.line(x, plot.y0, x, plot.y1, cls: "lc-grid") }
            w.line(x, plot.y1, x, plot.y1 + tickLength, cls: "lc-axis")
            w.text(t.label, x: x, y: plot.y1 + tickLength + 13, cls: "lc-tick")
        }
        if let offset = ticks.offset { w.text(offset, x: plot.x1, y: plot.y1 + tickLength + 28, cls: "lc-tick", anchor: "end") }
    }

    /// The left and bottom axis lines (no box: the grid frames the data well enough).
    static func spines(_ plot: Box, into w: inout SVGWriter) {
        w.line(plot.x0, plot.y1, plot.x1, plot.y1, cls: "lc-axis")
        w.line(plot.x0, plot.y0, plot.x0, plot.y1, cls: "lc-axis")
    }

    /// The x axis title centred under the plot, at baseline `y`.
    static func xTitle(_ s: String, plot: Box, y: Double, into w: inout SVGWriter) {
        guard !s.isEmpty else { return }
        w.text(s, x: (plot.x0 + plot.x1) / 2, y: y, cls: "lc-label")
    }

    /// The y axis title turned upright along the left edge, its baseline at `x`.
    static func yTitle(_ s: String, plot: Box, x: Double = 20, into w: inout SVGWriter) {
        guard !s.isEmpty else { return }
        w.text(s, x: x, y: (plot.y0 + plot.y1) / 2, cls: "lc-label", rotate: -90)
    }

    /// Room a colour bar takes right of the plot, labels included.
    static func colourBarRoom(_ ticks: [Tick], label: String = "") -> Double {
        colourBarGap + colourBarWidth + 6 + labelWidth(ticks) + 6 + (label.isEmpty ? 0 : 20)
    }

    /// The colour bar's title (what the colours mean), turned upright right of its labels.
    static func colourBarLabel(_ s: String, ticks: [Tick], plot: Box, into w: inout SVGWriter) {
        guard !s.isEmpty else { return }
        let x = plot.x1 + colourBarGap + colourBarWidth + 6 + labelWidth(ticks) + 8
        w.text(s, x: x, y: (plot.y0 + plot.y1) / 2, cls: "lc-label", rotate: 90)
    }

    /// A colour bar of discrete bands (bottom to top) with labels at the given fractions of its height.
    static func colourBar(bands: [String], ticks: [(Double, String)], plot: Box, into w: inout SVGWriter) {
        let x = plot.x1 + colourBarGap
        let h = plot.height / Double(max(1, bands.count))
        for (k, c) in bands.enumerated() {
            let y = plot.y1 - h * Double(k + 1)
            w.rect(x, y, colourBarWidth, h + 0.5, extra: "fill=\"\(c)\"")
        }
        colourBarFrameAndTicks(ticks, x: x, plot: plot, into: &w)
    }

    /// A continuous colour bar from a gradient defined as `gradientID`.
    static func colourBar(gradientID: String, ticks: [(Double, String)], plot: Box, into w: inout SVGWriter) {
        let x = plot.x1 + colourBarGap
        w.rect(x, plot.y0, colourBarWidth, plot.height, extra: "fill=\"url(#\(gradientID))\"")
        colourBarFrameAndTicks(ticks, x: x, plot: plot, into: &w)
    }

    private static func colourBarFrameAndTicks(_ ticks: [(Double, String)], x: Double, plot: Box, into w: inout SVGWriter) {
        w.rect(x, plot.y0, colourBarWidth, plot.height, extra: "fill=\"none\" class=\"lc-axis\" stroke=\"#888\"")
        for (t, label) in ticks {
            let y = plot.y1 - t * plot.height
            w.line(x + colourBarWidth, y, x + colourBarWidth + 3, y, cls: "lc-axis")
            w.text(label, x: x + colourBarWidth + 6, y: y + 4, cls: "lc-tick", anchor: "start")
        }
    }

    /// Every k-th of `count` labels so that labels `spacing` pixels apart do not crowd.
    static func labelStride(count: Int, length: Double, spacing: Double) -> Int {
        guard count > 1 else { return 1 }
        let fit = max(1, Int(length / spacing))
        return max(1, Int((Double(count - 1) / Double(fit)).rounded(.up)))
    }
}
