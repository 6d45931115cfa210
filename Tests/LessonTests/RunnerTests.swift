import Script
import XCTest
@testable import Lesson

final class RunnerTests: XCTestCase {
    private func doc(_ source: String) -> LessonDocument {
        LessonParser.parse(source: source, path: "t.md")
    }

    func testEveryCellGetsAResultInOrderWithItsOutputsAndDuration() {
        let run = RenderFixtures.run()
        XCTAssertEqual(run.cells.count, run.document.cells.count)
        XCTAssertEqual(run.cells.map(\.cell.index), Array(0..<run.document.cells.count))
        XCTAssertEqual(run.cells[0].outputs.first, .text("hello <b>\n"))
        XCTAssertEqual(run.cells[0].duration, 0.0123)
        XCTAssertTrue(run.wasRun)
    }

    func testCellsAfterAFailureAreMarkedNotRunAndNeverSentToTheSession() {
        let session = RenderFixtures.session()
        let run = LessonRunner().run(RenderFixtures.document(), in: session)
        XCTAssertEqual(run.cells.map(\.status),
                       [.passed, .passed, .passed, .passed, .passed, .skipped, .passed, .passed, .failed, .notRun])
        XCTAssertFalse(session.ran.contains { $0.code.contains("never") })
        XCTAssertTrue(run.failed)
        XCTAssertEqual(run.failures.first?.failure, RenderFixtures.nameError)
    }

    func testAllowErrorsKeepsRunningAfterAFailure() {
        let run = RenderFixtures.run(allowErrors: true)
        XCTAssertEqual(run.cells.last?.status, .passed)
        XCTAssertEqual(run.cells.last?.outputs, [.text("never printed\n")])
        XCTAssertTrue(run.failed)
    }

    func testExpectErrorCellThatFailsPassesWithItsErrorAsOutput() {
        let run = RenderFixtures.run()
        let cell = run.cells.first { $0.cell.options.expectError }!
        XCTAssertEqual(cell.status, .passed)
        XCTAssertEqual(cell.outputs.last, .error(RenderFixtures.typeError))
    }

    func testExpectErrorCellThatDoesNotFailFailsTheLesson() {
        let session = FakeSession([("x", [.text("fine\n")])])
        let run = LessonRunner().run(doc("```swift expect-error\nlet x = 1\n```\n\n```swift\nprint(x)\n```\n"), in: session)
        XCTAssertEqual(run.cells.map(\.status), [.failed, .notRun])
        XCTAssertEqual(run.cells[0].failure?.location?.line, 1)
        XCTAssertTrue(run.cells[0].failure!.message.contains("expect-error"))
    }

    func testNorunCellIsShownButNeverRun() {
        let session = FakeSession([])
        let run = LessonRunner().run(doc("```swift norun\nwhile true {}\n```\n"), in: session)
        XCTAssertEqual(run.cells.map(\.status), [.skipped])
        XCTAssertTrue(session.ran.isEmpty)
        XCTAssertFalse(run.failed)
    }

    func testCellTimeoutOptionOverridesTheRunnersTimeout() {
        let session = FakeSession([])
        _ = LessonRunner(timeout: 5).run(doc("```swift timeout=120\na\n```\n\n```swift\nb\n```\n"), in: session)
        XCTAssertEqual(session.timeouts, [120, 5])
    }

    func testCellsRunWithTheirMarkdownLineAndFile() {
        let session = FakeSession([])
        _ = LessonRunner().run(doc("# T\n\n> ```swift\n> let a = 1\n> ```\n"), in: session)
        XCTAssertEqual(session.ran.first?.file, "t.md")
        XCTAssertEqual(session.ran.first?.firstLine, 4)
        XCTAssertEqual(session.ran.first?.columnOffset, 2)
    }

    func testProgressUpdatesReachTheRunnerAndTheHandlerIsRemovedAfter() {
        let session = FakeSession([])
        session.progressSteps = 4
        var runner = LessonRunner()
        var seen: [ProgressUpdate] = []
        runner.onProgress = { _, update in seen.append(update) }
        _ = runner.run(doc("```swift\nfor _ in progress(0..<4) {}\n```\n"), in: session)
        XCTAssertEqual(seen.map(\.completed), [1, 2, 3, 4])
        XCTAssertNil(session.progressHandler)
    }

    func testALessonNotYetRunHasEveryCellSkipped() {
        let run = LessonRun.notRun(RenderFixtures.document())
        XCTAssertFalse(run.wasRun)
        XCTAssertTrue(run.cells.allSatisfy { $0.status == .skipped && $0.outputs.isEmpty })
        XCTAssertFalse(run.failed)
    }

    func testSessionFactoryGetsTheLessonsFolder() {
        var folders: [String] = []
        _ = LessonRunner().run(LessonParser.parse(source: "x", path: "course/a.md")) { folders.append($0); return FakeSession([]) }
        _ = LessonRunner().run(LessonParser.parse(source: "x", path: "a.md")) { folders.append($0); return FakeSession([]) }
        XCTAssertEqual(folders, ["course", "."])
    }

    func testLargeStackThreadRunsDeepRecursion() {
        func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
        // ~200k frames overflow an 8 MB stack but not a 512 MB one.
        XCTAssertEqual(LargeStackThread.run { depth(200_000) }, 200_000)
    }

    func testTerminalWithoutATTYWritesOnePlainLinePerCellAndASummary() {
        var text = ""
        let reporter = TerminalReporter(detail: .cells, live: false, colour: false) { text += $0 }
        var runner = LessonRunner()
        let document = RenderFixtures.document()
        reporter.attach(to: &runner, for: document)
        let run = runner.run(document, in: RenderFixtures.session())
        reporter.lessonEnded(run)
        reporter.summary()
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.hasPrefix("✓ lesson.md [") }.count, 7)
        XCTAssertEqual(lines.filter { $0.hasPrefix("✗ lesson.md [9/10] failed") }.count, 1)
        XCTAssertTrue(text.contains("lesson.md:71:14: error: cannot find 'hiddenSzie'"))
        XCTAssertTrue(lines.last!.hasPrefix("1 lesson, 10 cells, 1 failed, "), String(lines.last!))
        XCTAssertFalse(text.contains("\u{1B}"))
    }

    func testTerminalOnATTYRewritesTheLiveLineInPlace() {
        var text = ""
        let reporter = TerminalReporter(detail: .cells, live: true, colour: true) { text += $0 }
        var runner = LessonRunner()
        let document = doc("```swift\nfor _ in progress(0..<3) {}\n```\n")
        reporter.attach(to: &runner, for: document)
        let session = FakeSession([])
        session.progressSteps = 3
        _ = runner.run(document, in: session)
        XCTAssertTrue(text.hasPrefix("\u{1B}[2mt.md\u{1B}[0m\n\r\u{1B}[2K"), text.debugDescription)
        XCTAssertTrue(text.contains("[1/1]"))
        XCTAssertTrue(text.contains("for _ in progress(0..<3) {}"))
        XCTAssertTrue(text.hasSuffix("\n"))
    }
}
