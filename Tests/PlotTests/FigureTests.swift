import Foundation
import XCTest
@testable import Plot

final class FigureTests: XCTestCase {
    func testEverySampleIsWellFormedWithTitleAndDescription() throws {
        for (name, svg) in try VisualSamples.all() { assertWellFormedSVG(svg, name) }
    }

    func testSameInputGivesByteIdenticalSVG() throws {
        let a = try VisualSamples.all().filter { $0.0 != "million" }
        let b = try VisualSamples.all().filter { $0.0 != "million" }
        for (x, y) in zip(a, b) { XCTAssertEqual(x.1, y.1, x.0) }
    }

    func testLengthMismatchNamesBothLengths() {
        let fig = Figure()
        XCTAssertThrowsError(try fig.line([1, 2, 3], [1, 2])) { error in
            XCTAssertEqual("\(error)", "line: x has 3 values but y has 2; they must have the same length")
        }
        XCTAssertThrowsError(try fig.scatter([1], [1, 2])) { XCTAssertTrue("\($0)".contains("x has 1 values but y has 2")) }
        XCTAssertThrowsError(try fig.bar(["a", "b"], [1])) { XCTAssertTrue("\($0)".contains("labels has 2 values but values has 1")) }
    }

    func testContourGridShapeErrorsSayWhichRow() {
        let fig = Figure()
        XCTAssertThrowsError(try fig.contour([0, 1, 2], [0, 1], [[0, 1, 2], [0, 1]])) { error in
            XCTAssertEqual("\(error)", "contour: z row 1 has 2 values but x has 3; z[i][j] is the value at (x[j], y[i])")
        }
        XCTAssertThrowsError(try fig.contour([0, 1], [0, 1, 2], [[0, 1], [0, 1]])) { XCTAssertTrue("\($0)".contains("z has 2 rows but y has 3")) }
        XCTAssertThrowsError(try fig.contour([0, 2, 1], [0, 1], [[0, 1, 2], [0, 1, 2]])) { XCTAssertTrue("\($0)".contains("strictly increasing")) }
    }

    func testHeatmapAndBarStandAlone() throws {
        let fig = Figure()
        try fig.line([1, 2, 3])
        XCTAssertThrowsError(try fig.heatmap([[1]])) { error in
            XCTAssertEqual("\(error)", "heatmap: a heatmap cannot share a figure with a line; make another Figure")
        }
        let bars = Figure()
        try bars.bar(["a"], [1])
        XCTAssertThrowsError(try bars.line([1, 2]))
        XCTAssertThrowsError(try Figure().heatmap([[1, 2], [3]])) { XCTAssertTrue("\($0)".contains("row 1 has 1 values but row 0 has 2")) }
    }

    func testSkippedPointsAreCountedInANote() throws {
        let fig = Figure(title: "t")
        try fig.line([1, .nan, 3, .infinity, 5, -.infinity])
        let svg = try fig.svg()
        XCTAssertTrue(svg.contains("3 points skipped (NaN or infinite)"))
        assertWellFormedSVG(svg, "nan")
    }

    func testLogScaleCountsValuesAtOrBelowZero() throws {
        let fig = Figure(logY: true)
        try fig.line([1, 0.1, 0, -1, 0.01])
        XCTAssertTrue(try fig.svg().contains("2 points ≤ 0 not shown on the log scale"))
    }

    func testEmptySeriesDrawsAnEmptyChartWithANote() throws {
        let fig = Figure(title: "nothing yet")
        try fig.line([], label: "loss")
        let svg = try fig.svg()
        XCTAssertTrue(svg.contains("No data to show"))
        XCTAssertTrue(svg.contains("line “loss” is empty"))
        assertWellFormedSVG(svg, "empty")
        XCTAssertTrue(try Figure().svg().contains("nothing was plotted"))
    }

    func testEveryDrawnTextIsEscaped() throws {
        let fig = Figure(title: "<b>&\"'", xLabel: "a<b", yLabel: "]]>")
        try fig.line([1, 2], label: "</svg>")
        let svg = try fig.svg()
        XCTAssertFalse(svg.contains("<b>"))
        XCTAssertFalse(svg.contains("</svg>\n<") && svg.components(separatedBy: "</svg>").count > 2)
        XCTAssertTrue(svg.contains("&lt;b&gt;&amp;&quot;&#39;"))
        let doc = SVGInspector(svg)
        XCTAssertNil(doc.error)
        XCTAssertTrue(doc.text.contains("</svg>"))
        XCTAssertTrue(doc.text.contains("<b>&\"'"))
    }

    func testMillionPointLineStaysUnder500KB() throws {
        let fig = Figure(title: "a million points")
        let y = (0..<1_000_000).map { (i: Int) -> Double in sin(Double(i) / 3000) + 0.2 * sin(Double(i) / 3) }
        try fig.line(y, label: "signal")
        let svg = try fig.svg()
        XCTAssertLessThan(svg.utf8.count, 500_000)
        assertWellFormedSVG(svg, "million")
    }

    func testSVGScalesWithThePageAndFollowsTheTheme() throws {
        let fig = Figure()
        try fig.line([1, 2, 3])
        let svg = try fig.svg()
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lsn-chart\" viewBox=\"0 0 640 400\""))
        XCTAssertTrue(svg.contains("max-width:100%;height:auto"))
        XCTAssertTrue(svg.contains("var(--chart-fg,currentColor)"))
        XCTAssertTrue(svg.contains("prefers-color-scheme:dark"))
    }

    func testIdsDifferBetweenChartsSoPagesCanHoldMany() throws {
        let a = Figure(), b = Figure()
        try a.line([1, 2, 3]); try b.line([3, 2, 1])
        func clipID(_ s: String) -> String? {
            s.range(of: "clipPath id=\"").map { String(s[$0.upperBound...].prefix(while: { $0 != "\"" })) }
        }
        XCTAssertNotNil(clipID(try a.svg()))
        XCTAssertNotEqual(clipID(try a.svg()), clipID(try b.svg()))
    }

    func testPanelsLayOutSideBySide() throws {
        let a = Figure(title: "plain"), b = Figure(title: "momentum")
        b.width = 500
        try a.line([3, 2, 1]); try b.line([3, 1, 0.5])
        let svg = try Figure.svg(panels: [a, b], columns: 2, title: "compare")
        XCTAssertTrue(svg.contains("viewBox=\"0 0 960 390\""))
        XCTAssertTrue(svg.contains("translate(480 30)"))
        let own = try Figure.svg(panels: [a, b], columns: 1, panelWidth: nil, panelHeight: nil)
        XCTAssertTrue(own.contains("viewBox=\"0 0 640 800\""))
        XCTAssertTrue(own.contains("translate(0 400)"))
        assertWellFormedSVG(svg, "panels")
        XCTAssertThrowsError(try Figure.svg(panels: []))
    }

    func testLegendAvoidsTheData() throws {
        // Data fills the upper right; the legend should go to the lower right or another free corner.
        let fig = Figure()
        let x = (0...100).map { Double($0) / 100 }
        try fig.line(x, x.map { $0 > 0.5 ? 1 : 0 }, label: "step")
        let svg = try fig.svg()
        guard let r = svg.range(of: "<g class=\"lc-legend-box\">\n<rect x=\"") else { return XCTFail("no boxed legend") }
        let rest = svg[r.upperBound...]
        let x0 = Double(rest.prefix(while: { $0 != "\"" }))!
        let yStart = rest.range(of: "y=\"")!.upperBound
        let y0 = Double(rest[yStart...].prefix(while: { $0 != "\"" }))!
        // Upper right is taken by the line at y = 1; the legend must not be there.
        XCTAssertFalse(x0 > 320 && y0 < 150, "legend at \(x0), \(y0)")
    }
}
