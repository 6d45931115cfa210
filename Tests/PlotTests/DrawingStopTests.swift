import XCTest
@testable import Plot

/// The hook through which a caller stops a chart midway (a lesson cell past its timeout).
final class DrawingStopTests: XCTestCase {
    override func tearDown() { DrawingStop.current = nil }

    private func figure() throws -> Figure {
        let f = Figure(title: "t")
        try f.line([0, 1, 2], [1, 4, 9])
        return f
    }

    func testADrawingToldToStopThrowsStopped() throws {
        DrawingStop.current = { true }
        XCTAssertThrowsError(try figure().svg()) { XCTAssertEqual($0 as? PlotError, .stopped) }
        let heatmap = Figure()
        try heatmap.heatmap([[1, 2], [3, 4]])
        XCTAssertThrowsError(try heatmap.svg()) { XCTAssertEqual($0 as? PlotError, .stopped) }
    }

    func testADrawingNotToldToStopIsDrawnWhole() throws {
        DrawingStop.current = { false }
        XCTAssertTrue(try figure().svg().hasPrefix("<svg"))
        DrawingStop.current = nil
        XCTAssertTrue(try figure().svg().hasPrefix("<svg"))
    }

    func testTheQuestionBelongsToTheThreadThatAsked() throws {
        DrawingStop.current = { true }
        var drawn: String?
        let done = DispatchSemaphore(value: 0)
        Thread {
            drawn = try? self.figure().svg()
            done.signal()
        }.start()
        done.wait()
        XCTAssertNotNil(drawn, "another thread's drawing was stopped")
    }
}
