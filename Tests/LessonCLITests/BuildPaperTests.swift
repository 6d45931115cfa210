import Foundation
import XCTest

/// `lesson build --paper`: A4 or letter, anything else refused before a lesson runs.
final class BuildPaperTests: XCTestCase {
    func testAnUnknownPaperSizeExits2BeforeAnythingIsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("BuildPaperTests-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder + "/course", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("# A\n\n```swift\nprint(1)\n```\n".utf8).write(to: URL(fileURLWithPath: folder + "/course/a.md"))
        let r = try CLIProcess.run(["build", "course", "--out", "site", "--paper", "a5"], in: folder)
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("unknown paper size 'a5' (use a4 or letter)"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/site"))
    }

    func testTheCoursePageIsSetForThePaperAsked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("BuildPaperTests-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder + "/course", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("# A\n\n```swift\nprint(1)\n```\n".utf8).write(to: URL(fileURLWithPath: folder + "/course/a.md"))
        for (option, size) in [("letter", "letter"), ("A4", "A4")] {
            let r = try CLIProcess.run(["build", "course", "--out", "site-\(option)", "--paper", option], in: folder)
            XCTAssertEqual(r.status, 0, r.stderr)
            let page = try String(contentsOfFile: folder + "/site-\(option)/course.html", encoding: .utf8)
            XCTAssertTrue(page.contains("@page { size: \(size); }"), option)
        }
    }
}
