import Foundation
import XCTest
@testable import Plot

/// Contours drawn once and reused, charts that read as files of their own, colour bars that
/// say what they measure and their range, series that stand out over a colour map, and a
/// phone-width version of a wide chart.
final class ChartDetailTests: XCTestCase {
    private func surface(_ path: Bool = true, title: String = "Surface") throws -> Figure {
        let x = (0..<30).map { Double($0) / 10 - 1.5 }, y = (0..<20).map { Double($0) / 10 - 1 }
        let z = y.map { b in x.map { w in w * w + 3 * b * b } }
        let fig = Figure(title: title, xLabel: "w", yLabel: "b")
        try fig.contour(x, y, z, levels: 8, label: "loss")
        if path { try fig.path([-1.2, -0.5, 0], [0.8, 0.2, 0], label: "descent") }
        return fig
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    func testTheSameContourUnderTwoPanelsIsDrawnOnceAndUsedTwice() throws {
        let a = try surface(title: "a"), b = try surface(title: "b")
        let one = try a.svg()
        let both = try Figure.svg(panels: [a, b], columns: 2)
        assertWellFormedSVG(both, "panels")
        XCTAssertEqual(count("<symbol id=\"lcsym", in: both), 1)
        XCTAssertEqual(count("<use href=\"#lcsym", in: both), 2)
        // The drawing, not the panels around it, makes most of the bytes: two panels cost
        // far less than twice one.
        XCTAssertLessThan(Double(both.utf8.count), 1.3 * Double(one.utf8.count))
        // The symbol is named after its drawing, so another chart of it names it the same.
        let id = { (s: String) in s.components(separatedBy: "<symbol id=\"")[1].prefix(while: { $0 != "\"" }) }
        XCTAssertEqual(id(one), id(both))
        // Strokes keep their width however the symbol is stretched.
        XCTAssertTrue(one.contains("vector-effect=\"non-scaling-stroke\""))
    }

    func testDifferentContoursGetDifferentSymbols() throws {
        let a = try surface()
        let other = Figure()
        try other.contour([0, 1, 2], [0, 1], [[0, 1, 2], [1, 2, 4]])
        let svg = try Figure.svg(panels: [a, other], columns: 2)
        XCTAssertEqual(count("<symbol id=\"lcsym", in: svg), 2)
    }

    func testAChartFileHasAnOpaqueBackgroundMatchingItsOwnTextColour() throws {
        let svg = try surface().svg()
        // A background rectangle first, opaque (white without CSS, and per theme with it) when
        // the chart is a file of its own, see-through inline in a page.
        XCTAssertTrue(svg.contains("<rect class=\"lc-bg\" width=\"100%\" height=\"100%\" fill=\"#fff\"/>"))
        XCTAssertTrue(svg.contains("svg.lsn-chart:root .lc-bg{fill:#fff}"))
        XCTAssertTrue(svg.contains("svg.lsn-chart:root{color:#ddd}svg.lsn-chart:root .lc-bg{fill:#16181d}"),
                      "dark text colour and dark background switch together")
        XCTAssertTrue(svg.contains(".lsn-chart .lc-bg{fill:none}"))
    }

    func testColourBarsShowTheirLabelAndBothEnds() throws {
        let svg = try surface().svg()
        XCTAssertTrue(svg.contains(">loss</text>"), "the contour's label titles its colour bar")
        let heat = Figure(title: "Weights")
        try heat.heatmap([[0.000006, 0.2], [0.31, 0.4998]], label: "weight")
        let h = try heat.svg()
        XCTAssertTrue(h.contains(">weight</text>"))
        XCTAssertTrue(h.contains(">0</text>"), "the lower end, to the bar's precision")
        XCTAssertTrue(h.contains(">0.5</text>"), "the upper end")
        XCTAssertFalse(h.contains("10⁻⁶</text>"))
    }

    func testHeatmapAxisTitlesSitNextToTheirLabels() throws {
        let fig = Figure(title: "Attention", xLabel: "key", yLabel: "query")
        let words = ["the", "cat", "sat"]
        try fig.heatmap([[1, 0, 0], [0.5, 0.5, 0], [0.3, 0.3, 0.4]], rowLabels: words, columnLabels: words)
        let svg = try fig.svg()
        func position(of text: String) -> (Double, Double) {
            let before = svg.components(separatedBy: ">\(text)</text>")[0]
            let tag = before[before.range(of: "<text", options: .backwards)!.lowerBound...]
            func value(_ name: String) -> Double {
                let r = tag.range(of: " \(name)=\"")!
                return Double(tag[r.upperBound...].prefix(while: { $0 != "\"" }))!
            }
            return (value("x"), value("y"))
        }
        let query = position(of: "query"), the = position(of: "the")
        // "the" is the first row label, right-aligned against the grid; "query" just left of it.
        XCTAssertLessThan(the.0 - query.0, 60, "the y title is close to the row labels")
        XCTAssertGreaterThan(the.0 - query.0, TextMetrics.width("the", fontSize: 12))
        let key = position(of: "key"), sat = svg.components(separatedBy: ">sat</text>").count - 1
        XCTAssertEqual(sat, 2)
        XCTAssertLessThan(key.1 - the.1, 400 * 0.9, "the x title is under the labels, not at the panel's foot")
    }

    func testSeriesOverAColourMapUseColoursAwayFromItAndAnOutline() throws {
        let svg = try surface().svg()
        XCTAssertTrue(svg.contains("stroke=\"\(Colors.overMap[0])\""), "a path over a contour takes the over-map palette")
        XCTAssertFalse(svg.contains("stroke=\"\(Colors.series[0])\""))
        XCTAssertTrue(svg.contains("stroke=\"\(Colors.outline)\" stroke-opacity=\"0.55\""), "the path has a dark outline")
        XCTAssertTrue(svg.contains("fill=\"\(Colors.overMap[0])\" stroke=\"\(Colors.outline)\" stroke-width=\"1\""),
                      "the path's points are outlined")
        let scatter = try surface(false)
        try scatter.scatter([0], [0], label: "minimum")
        XCTAssertTrue(try scatter.svg().contains("fill=\"\(Colors.overMap[0])\" stroke=\"\(Colors.outline)\" stroke-width=\"1.2\""),
                      "markers over a contour are outlined")
        // Without a colour map, the usual palette.
        let plain = Figure()
        try plain.path([0, 1], [0, 1])
        XCTAssertTrue(try plain.svg().contains("stroke=\"\(Colors.series[0])\""))
    }

    func testAWideFigureHasAPhoneVersionAndANarrowOneDoesNot() throws {
        let wide = try surface()
        let phone = try XCTUnwrap(try wide.phoneSVG())
        assertWellFormedSVG(phone, "phone")
        XCTAssertTrue(phone.contains("viewBox=\"0 0 360 "))
        let narrow = try surface()
        narrow.width = 400
        XCTAssertNil(try narrow.phoneSVG())
    }
}
