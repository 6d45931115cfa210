import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// End-to-end: the built `lesson` binary's exit codes and messages.
final class CheckCommandTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("CheckCommandTests-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    private func write(_ name: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: folder + "/" + name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    private func lesson(_ arguments: String..., environment: [String: String] = [:]) throws -> CLIProcess.Result {
        try CLIProcess.run(arguments, in: folder, environment: environment)
    }

    private func folderContents() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder).sorted()
    }

    /// Exit 2, one line on standard error that starts with the file's name, nothing written.
    private func assertCannotRun(_ r: CLIProcess.Result, naming path: String, saying text: String,
                                 file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.status, 2, r.stderr, file: file, line: line)
        XCTAssertEqual(r.stderrLines.count, 1, r.stderr, file: file, line: line)
        XCTAssertTrue(r.stderr.hasPrefix(path), r.stderr, file: file, line: line)
        XCTAssertTrue(r.stderr.contains(text), r.stderr, file: file, line: line)
        XCTAssertEqual(r.stdout, "", file: file, line: line)
    }

    func testVersion() throws {
        let r = try lesson("--version")
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "0.1.0\n")
    }

    func testHelpExplainsCommandsWithExamples() throws {
        let root = try lesson("--help")
        XCTAssertEqual(root.status, 0)
        for word in ["run", "check", "build", "Examples:", "Exit codes"] { XCTAssertTrue(root.stdout.contains(word), word) }
        let check = try lesson("check", "--help")
        XCTAssertEqual(check.status, 0)
        for word in ["--update", "--jobs", "--shard", "--junit", "--rtol", "lesson check Lessons"] {
            XCTAssertTrue(check.stdout.contains(word), word)
        }
    }

    func testMissingFileExits2NamingIt() throws {
        assertCannotRun(try lesson("check", "nope.md"), naming: "nope.md", saying: "no such file")
    }

    func testFolderWithoutLessonsExits2NamingIt() throws {
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        assertCannotRun(try lesson("check", "empty"), naming: "empty", saying: "no lessons")
    }

    func testNonUTF8FileExits2AndNothingIsWritten() throws {
        let bytes = Array("# Caf".utf8) + [0xE9] + Array("\n```swift\nprint(1)\n```\n".utf8)
        try write("latin1.md", bytes)
        let before = try folderContents()
        let r = try lesson("check", "--update", "--junit", "report.xml", "latin1.md")
        assertCannotRun(r, naming: "latin1.md:1:6", saying: "not UTF-8")
        XCTAssertEqual(try folderContents(), before, "no report, no temporary file")
        XCTAssertEqual([UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/latin1.md"))), bytes)
    }

    func testBinaryFileExits2() throws {
        try write("image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        assertCannotRun(try lesson("check", "image.md"), naming: "image.md", saying: "binary")
    }

    func testOneBadFileAmongGoodOnesStopsEverything() throws {
        try write("course/01.md", Array("# fine\n".utf8))
        try write("course/02.md", [0xFF, 0xFE])
        let r = try lesson("check", "--junit", "report.xml", "course")
        assertCannotRun(r, naming: "course/02.md", saying: "not UTF-8")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/report.xml"))
    }

    func testBadOptionsExit2() throws {
        try write("a.md", Array("# a\n".utf8))
        for arguments in [["check", "--bogus", "a.md"], ["check", "--shard", "0/3", "a.md"], ["check", "--shard", "4/3", "a.md"],
                          ["check", "--shard", "x", "a.md"], ["check", "--jobs", "0", "a.md"], ["check", "--jobs", "many", "a.md"],
                          ["check", "--rtol", "-1", "a.md"], ["check"], ["frobnicate"]] {
            let r = try CLIProcess.run(arguments, in: folder)
            XCTAssertEqual(r.status, 2, "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("Error:") || r.stderr.contains("error:"), "\(arguments): \(r.stderr)")
        }
    }

    func testLessonsWithoutRunnableCellsPassWithASummaryLast() throws {
        try write("course/02.md", Array("```swift norun\nnot run\n```\n".utf8))
        try write("course/01.md", Array("# Only prose\n".utf8))
        let r = try lesson("check", "course")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdoutLines.map { String($0.prefix(18)) }, ["PASS course/01.md ", "PASS course/02.md ", "2 passed, 0 failed"])
    }

    func testUnknownOptionWarnsWithFileAndLineAndAnnotationUnderGitHubActions() throws {
        try write("w.md", Array("Intro\n\n```swift norun fast\nx\n```\n".utf8))
        let r = try lesson("check", "w.md", environment: ["GITHUB_ACTIONS": "true"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stderr.hasPrefix("w.md:3:16: warning: unknown cell option 'fast'"), r.stderr)
        XCTAssertTrue(r.stderr.contains("::warning file=w.md,line=3,col=16::unknown cell option"), r.stderr)
    }

    func testShardsSplitTheCourseWithoutOverlap() throws {
        for i in 1...7 { try write("course/\(i).md", Array("# \(i)\n".utf8)) }
        var seen: [String] = []
        for k in 1...3 {
            let r = try lesson("check", "--shard", "\(k)/3", "course")
            XCTAssertEqual(r.status, 0, r.stderr)
            seen += r.stdoutLines.filter { $0.hasPrefix("PASS ") }.map { String($0.split(separator: " ")[1]) }
        }
        XCTAssertEqual(seen.sorted(), (1...7).map { "course/\($0).md" })
    }

    func testJUnitReportIsWrittenAndParses() throws {
        try write("a.md", Array("```swift norun\nx\n```\n```swift norun\ny\n```\n".utf8))
        let r = try lesson("check", "--junit", "out/report.xml", "a.md")
        // The report's folder does not exist: the command says so and exits 2.
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("out/report.xml"), r.stderr)

        let ok = try lesson("check", "--junit", "report.xml", "a.md")
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let parser = XMLParser(contentsOf: URL(fileURLWithPath: folder + "/report.xml"))!
        XCTAssertTrue(parser.parse())
    }
}
