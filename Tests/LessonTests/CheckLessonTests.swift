import XCTest
import Script
@testable import Lesson

/// How `lesson check` judges the cells of one lesson.
final class CheckLessonTests: XCTestCase {
    private func check(_ text: String, rtol: Double = 1e-4) -> LessonCheckResult {
        LessonChecker(rtol: rtol).check(LessonParser.parse(source: text, path: "Lessons/l.md")) { CheckFakeSession() }
    }

    func testMatchingOutputPasses() {
        let r = check("```swift\nsay loss 0.25\n```\n```output\nloss 0.2500001\n```\n")
        XCTAssertFalse(r.failed)
        XCTAssertEqual(r.cells.map(\.outcome), [.passed])
    }

    func testMismatchPointsAtTheOutputBlockWithADiff() {
        let r = check("Intro\n\n```swift\nsay loss 0.26\n```\n\n```output\nloss 0.25\n```\n")
        XCTAssertTrue(r.failed)
        let f = r.cells[0].failure
        XCTAssertEqual(f?.line, 7)
        XCTAssertEqual(f?.headline, "Lessons/l.md:7: error: output differs")
        XCTAssertEqual(f?.diff, "--- expected\n+++ actual\n@@ -1 +1 @@\n-loss 0.25\n+loss 0.26")
        XCTAssertTrue(f?.details.hasPrefix("Lessons/l.md:7: error: output differs\n--- expected") == true)
    }

    func testCellWithoutOutputBlockOnlyHasToRun() {
        XCTAssertFalse(check("```swift\nsay anything\n```\n").failed)
    }

    func testErrorFailsTheCellAndLaterCellsAreNotRun() {
        let r = check("```swift\nfail boom\n```\n```swift\nsay later\n```\n")
        XCTAssertEqual(r.cells.map(\.outcome), [.failed, .notRun])
        XCTAssertEqual(r.cells[0].failure?.headline, "Lessons/l.md:2:1: error: boom")
    }

    func testExpectErrorCellThatFailsPassesWithItsMessageAsOutput() {
        let r = check("```swift expect-error\nfail no such name\n```\n```output\nerror: no such name\n```\n")
        XCTAssertFalse(r.failed)
    }

    func testExpectErrorCellThatRunsFails() {
        let r = check("```swift expect-error\nsay fine\n```\n")
        XCTAssertTrue(r.failed)
        XCTAssertTrue(r.cells[0].failure?.message.contains("expect-error") == true)
    }

    func testNorunCellIsSkippedAndNeedsNoSession() {
        let doc = LessonParser.parse(source: "```swift norun\nfail never\n```\n", path: "n.md")
        var made = false
        let r = LessonChecker().check(doc) { made = true; return CheckFakeSession() }
        XCTAssertFalse(made)
        XCTAssertEqual(r.cells.map(\.outcome), [.skipped])
        XCTAssertFalse(r.failed)
    }

    func testWiderToleranceAcceptsLargerDifferences() {
        let text = "```swift\nsay 1.001\n```\n```output\n1.000\n```\n"
        XCTAssertTrue(check(text).failed)
        XCTAssertFalse(check(text, rtol: 1e-2).failed)
    }
}
