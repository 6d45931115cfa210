import Foundation
import XCTest
@testable import Plot

/// `xLimits`/`yLimits`: the axes span exactly the given limits (ticks at their ends), data
/// outside is clipped, log axes take them in value units, and bad limits are refused.
final class AxisLimitsTests: XCTestCase {
    private func ticks(_ svg: String) -> [(x: Double, y: Double, text: String)] {
        let re = try! NSRegularExpression(pattern: "<text class=\"lc-tick\" x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"[^>]*>([^<]*)</text>")
        return re.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { m in
            let s = { (i: Int) in String(svg[Range(m.range(at: i), in: svg)!]) }
            return (Double(s(1))!, Double(s(2))!, s(3))
        }
    }

    /// Tick labels of the x axis (one row, the lowest y) and of the y axis (the rest).
    private func axisTicks(_ svg: String) -> (x: [String], y: [String]) {
        let all = ticks(svg), bottom = all.map(\.y).max() ?? 0
        return (all.filter { $0.y == bottom }.map(\.text), all.filter { $0.y != bottom }.map(\.text))
    }

    func testLimitsReplaceTheFittedRange() throws {
        let fig = Figure(xLimits: (0, 5), yLimits: (-1, 1))
        try fig.line([0, 1, 2, 10], [0, 0.5, 2, 3])
        let (x, y) = axisTicks(try fig.svg())
        XCTAssertEqual(x.first, "0")
        XCTAssertEqual(x.last, "5")
        XCTAssertEqual(y.first, "−1.0")
        XCTAssertEqual(y.last, "1.0")
        // Without limits the same data fits its own range (up to 10 on x).
        let fitted = Figure()
        try fitted.line([0, 1, 2, 10], [0, 0.5, 2, 3])
        XCTAssertEqual(axisTicks(try fitted.svg()).x.last, "10")
        // Setting them later, as properties, works the same; nil fits the data again.
        fitted.xLimits = (0, 5)
        XCTAssertEqual(axisTicks(try fitted.svg()).x.last, "5")
        fitted.xLimits = nil
        XCTAssertEqual(axisTicks(try fitted.svg()).x.last, "10")
    }

    func testLogAxisTakesLimitsInValues() throws {
        let fig = Figure(logY: true, yLimits: (0.01, 100))
        try fig.line([1, 2, 3], [1, 0.5, 0.2])
        let y = axisTicks(try fig.svg()).y
        XCTAssertEqual(y.first, "0.01")
        XCTAssertEqual(y.last, "100")
    }

    /// Limits an axis cannot be drawn between are refused, never a crash; wide and narrow
    /// ones that can are drawn.
    func testExtremeLimitsAreDrawnOrRefused() throws {
        for limits in [(-1e299, 1e299), (1e-280, 2e-280), (1e9, 1e9 + 1), (-1e300, 0)] {
            let fig = Figure(xLimits: limits, yLimits: limits)
            try fig.line([0, 1], [0, 1])
            XCTAssert(try fig.svg().contains("</svg>"), "\(limits)")
        }
        for limits in [(-1e308, 1e308), (0, 1e-320), (-Double.greatestFiniteMagnitude, 0), (1e15, 1e15 + 0.125)] {
            XCTAssertThrowsError(try Figure.checkLimits(limits, "xLimits")) { XCTAssert("\($0)".contains("draw an axis"), "\($0)") }
        }
    }

    func testBadLimitsAreRefused() throws {
        XCTAssertThrowsError(try Figure.checkLimits((5, 0), "xLimits")) { XCTAssert("\($0)".contains("low < high"), "\($0)") }
        XCTAssertThrowsError(try Figure.checkLimits((0, .infinity), "yLimits")) { XCTAssert("\($0)".hasPrefix("yLimits:"), "\($0)") }
        XCTAssertThrowsError(try Figure.checkLimits((0, 1), "yLimits", logScale: true)) { XCTAssert("\($0)".contains("above 0"), "\($0)") }
        XCTAssertNoThrow(try Figure.checkLimits(nil, "xLimits"))
        // Set directly on a figure that later turns logarithmic: refused when drawn.
        let fig = Figure(yLimits: (-1, 1))
        try fig.line([1, 2], [1, 2])
        fig.logY = true
        XCTAssertThrowsError(try fig.svg()) { XCTAssert("\($0)".contains("log axis"), "\($0)") }
    }
}
