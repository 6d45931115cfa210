import Foundation
import XCTest
@testable import Plot

/// Charts drawn small, as panels of a grid, keep a readable legend and labelled axes.
final class SmallPanelTests: XCTestCase {
    private func texts(_ cls: String, in svg: String) -> [(y: Double, text: String)] {
        let pattern = "<text class=\"\(cls)\"[^>]*? y=\"([-0-9.]+)\"[^>]*>([^<]*)</text>"
        let re = try! NSRegularExpression(pattern: pattern)
        return re.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { m in
            (Double(svg[Range(m.range(at: 1), in: svg)!])!, String(svg[Range(m.range(at: 2), in: svg)!]))
        }
    }

    func testALegendAboveANarrowPlotMayUseTheWholeChartWidth() throws {
        let fig = Figure(title: "Gradient descent", xLabel: "w₀ (intercept)", yLabel: "w₁ (slope)")
        try fig.contour([-4, 3, 10], [-3, 0.5, 4], [[0, 1, 2], [1, 2, 3], [2, 3, 4]].map { $0.map { $0 * 4 } }, levels: 20)
        for rate in ["0.14", "0.11", "0.08", "0.05", "0.03", "0.01"] {
            try fig.line([0, 1, 2], [0, 1, 2], label: "α = \(rate)")
        }
        let svg = try Figure.svg(panels: [fig, fig], columns: 2, panelWidth: 400, panelHeight: 300)
        let legend = texts("lc-legend", in: svg)
        XCTAssertEqual(legend.count, 12, svg)
        XCTAssertLessThanOrEqual(Set(legend.map(\.y)).count, 2, "six short labels take more than 2 rows: \(legend)")
    }

    func testASmallPanelLabelsItsAxesBeyondZero() throws {
        let fig = Figure(title: "tanh", xLabel: "x")
        let x = stride(from: -10.0, to: 10, by: 0.1).map { $0 }
        try fig.line(x, x.map { Foundation.tanh($0) })
        let svg = try Figure.svg(panels: [fig, fig, fig, fig], columns: 4, panelWidth: 240, panelHeight: 180)
        let ticks = Set(texts("lc-tick", in: svg).map(\.text))
        for label in ["−10", "10", "−1", "1"] { XCTAssertTrue(ticks.contains(label), "\(label) missing from \(ticks)") }
    }
}
