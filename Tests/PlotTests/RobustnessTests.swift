import XCTest
@testable import Plot

/// Awkward inputs draw something sensible (well-formed, with a note where data is missing), never crash.
final class RobustnessTests: XCTestCase {
    private func render(_ name: String, _ build: (Figure) throws -> Void, logY: Bool = false) throws -> String {
        let fig = Figure(title: name, xLabel: "x", yLabel: "y", logY: logY)
        try build(fig)
        let svg = try fig.svg()
        assertWellFormedSVG(svg, name)
        return svg
    }

    func testDegenerateLinesRender() throws {
        XCTAssertTrue(try render("all NaN") { try $0.line([.nan, .nan]) }.contains("2 points skipped"))
        _ = try render("one point") { try $0.line([3]) }
        _ = try render("constant x") { try $0.line([1, 1, 1], [1, 2, 3]) }
        _ = try render("constant y") { try $0.line([0, 0, 0]) }
        _ = try render("huge") { try $0.line([1e300, -1e300, 1e299]) }
        _ = try render("tiny span") { try $0.line([1, 1 + 1e-15, 1 + 2e-15]) }
        _ = try render("tiny values") { try $0.line([1e-300, 2e-300]) }
        XCTAssertTrue(try render("log all non-positive", { try $0.line([0, -1]) }, logY: true).contains("No data to show"))
        _ = try render("log one decade", { try $0.line([2, 3, 4]) }, logY: true)
    }

    func testDegenerateContoursRender() throws {
        _ = try render("constant z") { try $0.contour([0, 1], [0, 1], [[2, 2], [2, 2]]) }
        XCTAssertTrue(try render("all NaN z") { try $0.contour([0, 1], [0, 1], [[.nan, .nan], [.nan, .nan]]) }.contains("4 grid values missing"))
        _ = try render("decreasing axes") { try $0.contour([1, 0], [1, 0], [[0, 1], [2, 3]], levels: 3) }
        _ = try render("one level") { try $0.contour([0, 1, 2], [0, 1], [[0, 1, 2], [1, 2, 3]], levels: 1) }
    }

    func testDegenerateHistogramsBarsAndHeatmapsRender() throws {
        _ = try render("same value") { try $0.histogram([2, 2, 2], bins: 4) }
        XCTAssertTrue(try render("no values") { try $0.histogram([]) }.contains("histogram is empty"))
        _ = try render("one bar") { try $0.bar(["only"], [0]) }
        _ = try render("many bars") { fig in try fig.bar((0..<200).map { "category \($0)" }, (0..<200).map { Double($0) }) }
        XCTAssertTrue(try render("NaN bar") { try $0.bar(["a", "b"], [.nan, 1]) }.contains("1 value skipped"))
        _ = try render("1x1 heatmap") { try $0.heatmap([[1]]) }
        _ = try render("NaN heatmap") { try $0.heatmap([[.nan, 1], [2, .infinity]]) }
        _ = try render("all NaN heatmap") { try $0.heatmap([[.nan]]) }
        XCTAssertThrowsError(try Figure().histogram([1], bins: 0))
        XCTAssertThrowsError(try Figure().contour([0, 1], [0, 1], [[0, 1], [0, 1]], levels: 0))
    }

    func testBadSizeIsAnError() throws {
        let fig = Figure()
        fig.width = 10
        XCTAssertThrowsError(try fig.svg()) { XCTAssertTrue("\($0)".contains("out of range")) }
    }

    func testLargeHistogramIsQuick() throws {
        let values = (0..<1_000_000).map { (i: Int) -> Double in sin(Double(i)) }
        let fig = Figure()
        try fig.histogram(values, bins: 10_000)
        let svg = try fig.svg()
        XCTAssertLessThan(svg.utf8.count, 500_000)
    }
}
