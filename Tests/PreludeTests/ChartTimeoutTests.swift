import Foundation
import XCTest
@testable import Prelude
import Script

/// Chart drawing polls the cell's stop flag (issue 12): a chart that takes long to draw
/// ends at the cell's timeout with the timeout's error, not when the drawing is done.
final class ChartTimeoutTests: XCTestCase {
    func testAHugeChartStopsAtTheCellsTimeoutAsACellError() {
        let session = makeLessonSession(directory: NSTemporaryDirectory())
        let build = """
            let x = Tensor.linspace(0, 1, count: 200000)
            let fig = Figure(title: "big")
            for k in 0..<5 { fig.line(x, sin(x * Double(k + 1))) }
            var panels: [Figure] = []
            for _ in 0..<400 { panels.append(fig) }
            """
        let built = session.run(CellSource(code: build, file: "big.md", firstLine: 1), timeout: 60)
        XCTAssertNil(built.error, built.error?.formatted ?? "")
        let started = Date()
        let shown = session.run(CellSource(code: "show(panels, columns: 10)", file: "big.md", firstLine: 20), timeout: 0.05)
        let seconds = Date().timeIntervalSince(started)
        guard let error = shown.error else { return XCTFail("400 panels of a million points drew within 50 ms") }
        XCTAssertTrue(error.message.contains("timed out"), error.message)
        XCTAssertEqual(error.location?.line, 20)
        // Stopped between panels, not after drawing all 400 (each takes milliseconds).
        XCTAssertLessThan(seconds, 5, "the drawing ran on for \(seconds) s past a 50 ms timeout")
        XCTAssertTrue(shown.outputs.allSatisfy { if case .chart = $0 { return false }; return true })
    }
}
