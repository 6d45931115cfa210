import Foundation
import Script
import XCTest

/// `CellSession.cancel()` (issue 17): another thread stops a running cell, as a timeout
/// would, and the cells after it stop at once.
final class CancellationTests: XCTestCase {
    func testCancelStopsAnInfiniteLoopFromAnotherThreadWithinASecond() {
        let session = ScriptSession()
        let cell = CellSource(code: "var i = 0\nwhile true { i += 1 }", file: "t.md", firstLine: 1, columnOffset: 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { session.cancel() }
        let started = Date()
        let run = session.run(cell, timeout: nil)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5)
        XCTAssertEqual(run.error?.message, cancelledMessage)
        let next = session.run(CellSource(code: "var j = 0\nwhile j < 100000000 { j += 1 }\nprint(j)", file: "t.md", firstLine: 5, columnOffset: 0), timeout: nil)
        XCTAssertEqual(next.error?.message, cancelledMessage, "a cancelled session stays cancelled")
    }

    func testASessionNotCancelledRunsAsBefore() {
        let session = ScriptSession()
        let run = session.run(CellSource(code: "var s = 0\nfor i in 0..<100000 { s += i }\nprint(s)", file: "t.md", firstLine: 1, columnOffset: 0), timeout: nil)
        XCTAssertNil(run.error)
        XCTAssertEqual(run.outputs, [.text("4999950000\n")])
        XCTAssertEqual(session.filesRead, [])
    }
}
