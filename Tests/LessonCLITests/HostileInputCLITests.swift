import Foundation
import XCTest

/// End-to-end: hostile options and lessons end in exit 1 or 2 with a clear message, never a
/// signal; lesson text cannot steer the terminal or GitHub Actions; `--update` is safe.
final class HostileInputCLITests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("HostileInputCLITests-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    private func write(_ name: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    func testATimeoutBeyondADayOrNotANumberIsRefusedWithExit2() throws {
        try write("a.md", "# a\n\n```swift\nprint(1)\n```\n")
        for value in ["1e11", "nan", "-5", "0", "inf", "86401"] {
            for command in ["run", "build"] {
                let target = command == "run" ? "a.md" : "."
                let r = try CLIProcess.run([command, "--timeout=\(value)", "--out", "out", target], in: folder)
                XCTAssertEqual(r.status, 2, "\(command) --timeout \(value): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("--timeout must be a positive number of seconds, at most 86400"), r.stderr)
                XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/out"), "nothing may be written")
            }
        }
        let ok = try CLIProcess.run(["run", "--timeout", "86400", "--out", "out", "a.md"], in: folder)
        XCTAssertEqual(ok.status, 0, ok.stderr)
    }

    func testACellTimeoutBeyondADayRunsWithAWarning() throws {
        try write("t.md", "# t\n\n```swift timeout=1e11\nprint(\"ran\")\n```\n")
        let r = try CLIProcess.run(["run", "--out", "out", "t.md"], in: folder)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("t.md:3:10: warning: 'timeout=1e11' is longer than the longest timeout, 86400 s"), r.stderr)
        XCTAssertTrue(try String(contentsOfFile: folder + "/out/t.md", encoding: .utf8).contains("ran"))
    }

    func testErrorMessagesCannotInjectWorkflowCommandsOrEscapeSequences() throws {
        try write("evil.md", """
        # Evil

        ```swift
        print("\\u{1B}]0;retitled\\u{07}\\u{1B}[2J")
        assert(false, "bad\\n::add-mask::secret\\n::warning file=x.md::pwned\\n\\u{1B}[31mred")
        ```
        """)
        let r = try CLIProcess.run(["run", "--out", "out", "evil.md"], in: folder, environment: ["GITHUB_ACTIONS": "true"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertFalse(r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, r.stderr)
        XCTAssertFalse(r.stdout.unicodeScalars.contains { $0.value == 0x1B }, r.stdout)
        var annotations = 0
        for line in r.stderr.split(separator: "\n") {
            let body = line.drop { $0 == " " || $0 == "\t" }
            guard body.hasPrefix("::") else { continue }
            XCTAssertTrue(body.hasPrefix("::error file=evil.md,line=5,col="), "injected: \(line)")
            annotations += 1
        }
        XCTAssertEqual(annotations, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("%0A::add-mask::secret"), "the annotation keeps the message as data: \(r.stderr)")
        // The handouts are written all the same.
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/out/evil.html"))
    }

    func testUpdateThroughALinkWithANULOutputKeepsTheLinkAndAReadableLesson() throws {
        try write("real.md", "# r\n\n```swift\nprint(\"a\\u{0}b\")\n```\n")
        XCTAssertEqual(chmod(folder + "/real.md", 0o640), 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: "real.md")
        let r = try CLIProcess.run(["check", "--update", "link.md"], in: folder)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.md"), "real.md")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/real.md")))
        XCTAssertFalse(bytes.contains(0))
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("```output\na␀b\n```"))
        var info = stat()
        XCTAssertEqual(stat(folder + "/real.md", &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o640)
        // No temporary file is left beside the lesson (`output/` holds check's run cache).
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "output" }.sorted(),
                       ["link.md", "real.md"])
        let check = try CLIProcess.run(["check", "link.md"], in: folder)
        XCTAssertEqual(check.status, 0, check.stderr)
    }
}
