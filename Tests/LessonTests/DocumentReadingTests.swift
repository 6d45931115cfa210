import XCTest
import Script
@testable import Lesson

/// Pins what reading a lesson file does with files that are not lessons.
final class DocumentReadingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("DocumentReadingTests-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func readError(_ path: String) -> Diagnostic? {
        do {
            _ = try LessonParser.read(path: path)
            return nil
        } catch let d as Diagnostic {
            return d
        } catch {
            XCTFail("unexpected error \(error)")
            return nil
        }
    }

    private func assertOneLineError(_ d: Diagnostic?, naming path: String, containing text: String,
                                    file: StaticString = #filePath, line: UInt = #line) {
        guard let d else { return XCTFail("no error", file: file, line: line) }
        XCTAssertEqual(d.severity, .error, file: file, line: line)
        XCTAssertFalse(d.formatted.contains("\n"), d.formatted, file: file, line: line)
        XCTAssertTrue(d.formatted.hasPrefix(path), d.formatted, file: file, line: line)
        XCTAssertTrue(d.formatted.contains(text), d.formatted, file: file, line: line)
    }

    func testMissingFileIsAnError() {
        let path = folder.appendingPathComponent("nope.md").path
        assertOneLineError(readError(path), naming: path, containing: "no such file")
    }

    func testFolderIsAnError() {
        assertOneLineError(readError(folder.path), naming: folder.path, containing: "folder")
    }

    func testNonUTF8FileIsAnErrorWithItsPlace() throws {
        let path = folder.appendingPathComponent("latin1.md").path
        try Data([0x23, 0x20, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: path))
        let d = readError(path)
        assertOneLineError(d, naming: path, containing: "not UTF-8")
        XCTAssertEqual(d?.location, SourceLocation(line: 2, column: 4))
    }

    func testBinaryFileIsAnError() throws {
        let path = folder.appendingPathComponent("image.md").path
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]).write(to: URL(fileURLWithPath: path))
        assertOneLineError(readError(path), naming: path, containing: "binary")
    }

    func testReadingAGoodFileKeepsItsBytes() throws {
        let path = folder.appendingPathComponent("ok.md").path
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# é\r\n\r\n```swift\r\nprint(1)\r\n```".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let doc = try LessonParser.read(path: path)
        XCTAssertTrue(doc.hasByteOrderMark)
        XCTAssertEqual([0xEF, 0xBB, 0xBF] + Array(doc.blocks.map(\.text).joined().utf8), bytes)
        XCTAssertEqual(doc.cells.count, 1)
    }
}
