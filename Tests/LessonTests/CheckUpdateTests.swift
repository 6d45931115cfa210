import XCTest
import Script
@testable import Lesson

/// `--update`: outputs written in, nothing else changed, a second update changes nothing.
final class CheckUpdateTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws { folder = try makeTemporaryFolder("CheckUpdateTests") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes `bytes` as a lesson, runs `check --update` twice, returns the bytes after each.
    private func updateTwice(_ bytes: [UInt8], name: String = "lesson.md") throws -> (first: [UInt8], second: [UInt8]) {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let checker = LessonChecker(update: true)
        let first = checker.check(try LessonParser.read(path: path)) { CheckFakeSession() }
        XCTAssertNil(first.writeError)
        let afterFirst = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let second = checker.check(try LessonParser.read(path: path)) { CheckFakeSession() }
        XCTAssertFalse(second.updated, "a second --update must change nothing")
        let afterSecond = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // After an update, a plain check passes.
        let check = LessonChecker().check(try LessonParser.read(path: path)) { CheckFakeSession() }
        XCTAssertFalse(check.failed, check.failures.map { $0.failure?.details ?? "" }.joined(separator: "\n"))
        return (afterFirst, afterSecond)
    }

    private func update(_ text: String) -> String {
        let doc = LessonParser.parse(source: text, path: "x.md")
        // What `check --update` does, without writing the file.
        let run = LessonRunner().run(doc, in: CheckFakeSession())
        let checker = LessonChecker(update: true)
        let cells = run.cells.map { checker.judge($0, path: doc.path) }
        return LessonUpdater.updatedSource(doc, outputs: LessonChecker.recordedOutputs(cells))
    }

    func testExistingBlockIsReplacedAndNewBlockAdded() {
        let text = "# T\n\n```swift\nsay hello\n```\n\n```output\nold\n```\n\nText.\n\n~~~~swift\nsay two\n~~~~\nEnd.\n"
        XCTAssertEqual(update(text),
                       "# T\n\n```swift\nsay hello\n```\n\n```output\nhello\n```\n\nText.\n\n~~~~swift\nsay two\n~~~~\n~~~~output\ntwo\n~~~~\nEnd.\n")
    }

    func testCellThatPrintsNothingKeepsAnEmptyBlock() {
        XCTAssertEqual(update("```swift\nlet a = 1\n```\n```output\nold\n```\n"), "```swift\nlet a = 1\n```\n```output\n```\n")
        XCTAssertEqual(update("```swift\nlet a = 1\n```\n"), "```swift\nlet a = 1\n```\n", "no block is added for no output")
    }

    func testFailedAndNorunCellsAreLeftAlone() {
        let text = "```swift\nsay a\nfail boom\n```\n```output\nold\n```\n```swift norun\nsay x\n```\n"
        XCTAssertEqual(update(text), text)
    }

    func testOutputThatContainsAFenceGetsALongerFence() {
        XCTAssertEqual(update("```swift\nsay ```\n```\n"), "```swift\nsay ```\n```\n````output\n```\n````\n")
    }

    func testBlocksInListItemsAndBlockQuotesStayInTheirContainer() {
        let list = "- Step:\n\n  ```swift\n  say in list\n  ```\n- Next\n"
        let updatedList = update(list)
        XCTAssertEqual(updatedList, "- Step:\n\n  ```swift\n  say in list\n  ```\n  ```output\n  in list\n  ```\n- Next\n")
        XCTAssertEqual(LessonParser.parse(source: updatedList, path: "x.md").cells[0].expected?.content, "in list\n")

        let quote = "> ```swift\n> say quoted\n> ```\n\nAfter.\n"
        let updatedQuote = update(quote)
        XCTAssertEqual(updatedQuote, "> ```swift\n> say quoted\n> ```\n> ```output\n> quoted\n> ```\n\nAfter.\n")
        XCTAssertEqual(LessonParser.parse(source: updatedQuote, path: "x.md").cells[0].expected?.content, "quoted\n")
    }

    func testUpdateKeepsCRLFBOMTrailingSpacesAndMissingFinalNewline() throws {
        let body = "# Title  \r\n\r\nProse with trailing spaces   \r\n\r\n```swift\r\nsay one\r\n```\r\n\r\n```output  \r\nstale\r\n```\r\n\r\nMore\t\r\n\r\n```swift\r\nsay last\r\n```"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(body.utf8)
        let (first, second) = try updateTwice(bytes)
        let expected: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(("# Title  \r\n\r\nProse with trailing spaces   \r\n\r\n```swift\r\nsay one\r\n```\r\n\r\n"
            + "```output  \r\none\r\n```\r\n\r\nMore\t\r\n\r\n```swift\r\nsay last\r\n```\r\n```output\r\nlast\r\n```").utf8)
        XCTAssertEqual(String(decoding: first, as: UTF8.self), String(decoding: expected, as: UTF8.self))
        XCTAssertEqual(first, expected)
        XCTAssertEqual(second, first)
    }

    func testUpdateOfBlockAtEndWithoutFinalNewline() throws {
        let (first, second) = try updateTwice(Array("```swift\nsay a\n```\n```output\nb\n```".utf8))
        XCTAssertEqual(String(decoding: first, as: UTF8.self), "```swift\nsay a\n```\n```output\na\n```")
        XCTAssertEqual(second, first)
    }

    func testUnterminatedOutputBlockIsClosed() throws {
        let (first, second) = try updateTwice(Array("```swift\nsay a\n```\n```output\nb\n".utf8))
        XCTAssertEqual(String(decoding: first, as: UTF8.self), "```swift\nsay a\n```\n```output\na\n```\n")
        XCTAssertEqual(second, first)
    }

    func testUpdateKeepsFilePermissions() throws {
        let path = folder + "/mode.md"
        try Data("```swift\nsay a\n```\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let result = LessonChecker(update: true).check(try LessonParser.read(path: path)) { CheckFakeSession() }
        XCTAssertTrue(result.updated)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }
}
