import XCTest
import Script
@testable import Lesson

/// Pins how a Markdown file becomes prose and cells (issue 2).
final class DocumentParserTests: XCTestCase {
    private func parse(_ text: String, path: String = "lesson.md") -> LessonDocument {
        LessonParser.parse(source: text, path: path)
    }

    /// Every block's text, concatenated, must give the file back byte for byte.
    private func assertRoundTrips(_ doc: LessonDocument, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Array(doc.blocks.map(\.text).joined().utf8), Array(doc.source.utf8), file: file, line: line)
    }

    func testBacktickCellWithOutputBlockIsOneCellAndItsExpectation() {
        let doc = parse("# Title\n\nSome prose.\n\n```swift\nprint(1)\n```\n\n```output\n1\n```\nAfter.\n")
        assertRoundTrips(doc)
        XCTAssertEqual(doc.cells.count, 1)
        let cell = doc.cells[0]
        XCTAssertEqual(cell.code, "print(1)\n")
        XCTAssertEqual(cell.fenceLine, 5)
        XCTAssertEqual(cell.codeLine, 6)
        XCTAssertEqual(cell.columnOffset, 0)
        XCTAssertEqual(cell.text, "```swift\nprint(1)\n```\n")
        XCTAssertEqual(cell.expected?.content, "1\n")
        XCTAssertEqual(cell.expected?.fenceLine, 9)
        XCTAssertEqual(cell.expected?.separator, "\n")
        XCTAssertEqual(cell.expected?.text, "```output\n1\n```\n")
        guard case .prose(let last)? = doc.blocks.last else { return XCTFail("expected trailing prose") }
        XCTAssertEqual(last.text, "After.\n")
        XCTAssertEqual(last.firstLine, 12)
    }

    func testTildeFencesAndLongFencesAreCells() {
        let doc = parse("~~~swift\nlet a = 1\n~~~\n\n`````swift\nlet s = \"```\"\n```\n`````\n")
        assertRoundTrips(doc)
        XCTAssertEqual(doc.cells.map(\.code), ["let a = 1\n", "let s = \"```\"\n```\n"])
        XCTAssertEqual(doc.cells.map(\.fence), ["~~~", "`````"])
        XCTAssertEqual(doc.cells[1].fenceLine, 5)
        XCTAssertTrue(doc.cells.allSatisfy(\.isClosed))
    }

    func testCellInListItemKeepsColumnOffsetAndPrefix() {
        let doc = parse("1. Step one:\n\n   ```swift\n   let x = 1\n   ```\n   ```output\n   1\n   ```\n2. Next\n")
        assertRoundTrips(doc)
        XCTAssertEqual(doc.cells.count, 1)
        let cell = doc.cells[0]
        XCTAssertEqual(cell.code, "let x = 1\n")
        XCTAssertEqual(cell.columnOffset, 3)
        XCTAssertEqual(cell.codeLine, 4)
        XCTAssertEqual(cell.linePrefix, "   ")
        XCTAssertEqual(cell.expected?.content, "1\n")
        XCTAssertEqual(cell.expected?.separator, "")
    }

    func testCellInBlockQuoteEndsWhereTheQuoteEnds() {
        // cmark reports this block as ending on line 3; the cell is lines 1-2 only.
        let doc = parse("> ```swift\n> let q = 2\nNot quoted.\n")
        assertRoundTrips(doc)
        XCTAssertEqual(doc.cells.count, 1)
        XCTAssertEqual(doc.cells[0].code, "let q = 2\n")
        XCTAssertEqual(doc.cells[0].columnOffset, 2)
        XCTAssertEqual(doc.cells[0].text, "> ```swift\n> let q = 2\n")
        XCTAssertFalse(doc.cells[0].isClosed)
        XCTAssertEqual(doc.cells[0].linePrefix, "> ")
    }

    func testClosedCellInBlockQuoteFollowedByFenceOutsideIt() {
        let doc = parse("> ```swift\n> let q = 2\n> ```\n```swift\nlet r = 3\n```\n")
        assertRoundTrips(doc)
        XCTAssertEqual(doc.cells.map(\.code), ["let q = 2\n", "let r = 3\n"])
        XCTAssertEqual(doc.cells.map(\.fenceLine), [1, 4])
        XCTAssertEqual(doc.cells[0].linePrefix, "> ")
    }

    func testIndentedCodeBlockIsNeverACell() {
        let doc = parse("Text.\n\n    print(1)\n\n```python\nprint(2)\n```\n")
        assertRoundTrips(doc)
        XCTAssertTrue(doc.cells.isEmpty)
    }

    func testCRLFFileKeepsItsBytesAndLines() {
        let text = "# T\r\n\r\n```swift\r\nprint(1)\r\n```\r\n```output\r\n1\r\n```\r\ntail\r\n"
        let doc = parse(text)
        assertRoundTrips(doc)
        XCTAssertEqual(doc.lineEnding, "\r\n")
        XCTAssertEqual(doc.cells[0].code, "print(1)\n")
        XCTAssertEqual(doc.cells[0].fenceLine, 3)
        XCTAssertEqual(doc.cells[0].expected?.fenceLine, 6)
        XCTAssertEqual(doc.cells[0].text, "```swift\r\nprint(1)\r\n```\r\n")
    }

    func testByteOrderMarkIsRecordedAndNotPartOfSource() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("```swift\nprint(1)\n```\n".utf8)
        let doc = try LessonParser.parse(bytes: bytes, path: "bom.md")
        XCTAssertTrue(doc.hasByteOrderMark)
        XCTAssertEqual(doc.source, "```swift\nprint(1)\n```\n")
        XCTAssertEqual(doc.cells.first?.fenceLine, 1)
        XCTAssertEqual(doc.cells.first?.columnOffset, 0)
    }

    func testUnterminatedFenceRunsToTheEndOfTheFile() {
        let doc = parse("Intro\n\n```swift\nlet a = 1\n\nlet b = 2")
        assertRoundTrips(doc)
        XCTAssertEqual(doc.cells.count, 1)
        XCTAssertEqual(doc.cells[0].code, "let a = 1\n\nlet b = 2\n")
        XCTAssertFalse(doc.cells[0].isClosed)
        XCTAssertEqual(doc.cells[0].text, "```swift\nlet a = 1\n\nlet b = 2")
    }

    func testEmptyFileHasNoBlocks() {
        let doc = parse("")
        XCTAssertTrue(doc.blocks.isEmpty)
        XCTAssertTrue(doc.warnings.isEmpty)
    }

    func testFileWithoutCellsIsOneProseBlock() {
        let doc = parse("# Only prose\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done ~~no~~ https://example.com\n")
        assertRoundTrips(doc)
        XCTAssertEqual(doc.blocks.count, 1)
        XCTAssertTrue(doc.cells.isEmpty)
    }

    func testInfoStringWithSeveralOptions() {
        let doc = parse("```swift hide norun expect-error timeout=120\nx\n```\n")
        XCTAssertEqual(doc.cells[0].options, CellOptions(hide: true, norun: true, expectError: true, timeout: 120))
        XCTAssertTrue(doc.warnings.isEmpty)
    }

    func testUnknownOptionIsAWarningWithFileAndLine() {
        let doc = parse("text\n\n```swift hide fast timeout=soon\nx\n```\n", path: "Lessons/a.md")
        XCTAssertEqual(doc.cells.count, 1)
        XCTAssertTrue(doc.cells[0].options.hide)
        XCTAssertNil(doc.cells[0].options.timeout)
        XCTAssertEqual(doc.warnings.count, 2)
        XCTAssertEqual(doc.warnings[0].severity, .warning)
        XCTAssertEqual(doc.warnings[0].location, SourceLocation(line: 3, column: 15))
        XCTAssertTrue(doc.warnings[0].headline.hasPrefix("Lessons/a.md:3:15: warning: unknown cell option 'fast'"),
                      doc.warnings[0].headline)
        XCTAssertTrue(doc.warnings[1].message.contains("timeout=soon"))
    }

    func testOutputBlockNotDirectlyAfterACellIsProse() {
        let doc = parse("```swift\nprint(1)\n```\n\nA paragraph.\n\n```output\n1\n```\n")
        assertRoundTrips(doc)
        XCTAssertNil(doc.cells[0].expected)
        XCTAssertEqual(doc.blocks.count, 2)
        guard case .prose(let prose) = doc.blocks[1] else { return XCTFail("expected prose") }
        XCTAssertTrue(prose.text.contains("```output"))
    }

    func testOutputBlockAtTheStartIsProse() {
        let doc = parse("```output\n1\n```\n")
        XCTAssertTrue(doc.cells.isEmpty)
        assertRoundTrips(doc)
    }

    func testCellsAreNumberedInOrder() {
        let doc = parse("```swift\na\n```\n```swift\nb\n```\n```swift\nc\n```\n")
        XCTAssertEqual(doc.cells.map(\.index), [0, 1, 2])
        XCTAssertEqual(doc.cells.map(\.fenceLine), [1, 4, 7])
    }
}
