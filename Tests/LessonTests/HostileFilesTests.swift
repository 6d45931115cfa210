import Foundation
import Script
import XCTest
@testable import Lesson

/// What lessons write and show stays safe whatever they print or are called: `--update`
/// writes through links, keeps modes, leaves no temporary files and records control
/// characters visibly; terminal and CI output cannot be steered by lesson text; course links
/// cannot become URL schemes; timeouts are bounded.
final class HostileFilesTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws { folder = try makeTemporaryFolder("HostileFilesTests") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    private func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    // MARK: --update

    /// Runs `check --update` on `path` with a session that prints `printed` for every cell.
    private func update(_ path: String, printing printed: String) -> LessonCheckResult {
        let checker = LessonChecker(update: true)
        // Every test lesson's cell is `print(x)`.
        return checker.check(try! LessonParser.read(path: path)) { FakeSession([("print(x)", [.text(printed)])]) }
    }

    func testUpdateRecordsNULAndEscapeVisiblySoTheLessonStaysText() throws {
        let path = folder + "/nul.md"
        try "# NUL\n\n```swift\nprint(x)\n```\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = update(path, printing: "a\u{0}b\u{1B}[2Jc\u{7F}\u{9B}d\te\r\nf\n")
        XCTAssertNil(result.writeError)
        XCTAssertTrue(result.updated)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertFalse(bytes.contains(0), "a NUL was written into the lesson")
        XCTAssertFalse(bytes.contains(0x1B), "an ESC was written into the lesson")
        let text = try XCTUnwrap(String(validating: bytes, as: UTF8.self))
        XCTAssertTrue(text.contains("```output\na␀b␛[2Jc␡\\u{9B}d\te\nf\n```\n"), text)
        // The lesson reads again, and a plain check of the recorded output passes.
        let check = LessonChecker().check(try LessonParser.read(path: path)) { FakeSession([("print(x)", [.text("a\u{0}b\u{1B}[2Jc\u{7F}\u{9B}d\te\r\nf\n")])]) }
        XCTAssertFalse(check.failed, check.failures.map { $0.failure?.details ?? "" }.joined())
    }

    func testUpdateWritesThroughASymbolicLinkAndKeepsTheTargetsMode() throws {
        let real = folder + "/real.md", link = folder + "/link.md"
        try "# Linked\n\n```swift\nprint(x)\n```\n".write(toFile: real, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(real, 0o640), 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.md")
        let result = update(link, printing: "hello\n")
        XCTAssertNil(result.writeError)
        XCTAssertTrue(result.updated)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "real.md", "the link must stay a link")
        XCTAssertTrue(try String(contentsOfFile: real, encoding: .utf8).contains("```output\nhello\n```"))
        var info = stat()
        XCTAssertEqual(stat(real, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o640)
        XCTAssertEqual(info.st_uid, getuid())
        XCTAssertEqual(try contents(), ["link.md", "real.md"], "no temporary file may be left")
    }

    func testAtomicWriteKeepsModeLeavesNothingAndRemovesADeadWritersLeftovers() throws {
        let path = folder + "/lesson.md"
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(path, 0o600), 0)
        // Leftovers: one of a writer that is dead (PID 2^22 + 1 is above Linux's default
        // pid_max, so no process has it), one of this live process, one of another file.
        let dead = ".lesson.md.lesson-4194305-12345.tmp", live = ".lesson.md.lesson-\(getpid())-1.tmp"
        let other = ".other.md.lesson-4194305-1.tmp"
        for name in [dead, live, other] { try "x".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8) }
        try AtomicFile.write(Array("new".utf8), to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new")
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o600)
        XCTAssertEqual(try contents(), [live, other, "lesson.md"].sorted())
        // A new file gets an ordinary mode.
        try AtomicFile.write(Array("fresh".utf8), to: folder + "/fresh.md")
        XCTAssertEqual(stat(folder + "/fresh.md", &info), 0)
        XCTAssertEqual(info.st_mode & 0o600, 0o600)
    }

    // MARK: Control characters

    func testTheMarkdownHandoutStaysTextWhateverACellShows() {
        let doc = LessonParser.parse(source: "# T\n\n```swift\nprint(x)\n```\n", path: "t.md")
        let run = LessonRunner().run(doc, in: FakeSession([("print(x)", [.text("a\u{0}b\n"), .markdown("**m\u{0}\u{1B}[2J**"),
                                                                        .value(DisplayValue(text: "v\u{7}", typeName: "String"))])]))
        let handout = MarkdownRenderer(chartBaseName: "t").render(run)
        XCTAssertFalse(handout.markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, handout.markdown)
        XCTAssertTrue(handout.markdown.contains("a␀b"), handout.markdown)
        XCTAssertTrue(handout.markdown.contains("**m␀␛[2J**"), handout.markdown)
    }

    func testControlCharactersAreMadeVisible() {
        XCTAssertEqual(ControlCharacters.visibleInRecord("a\u{0}b\u{1B}c\td\r\ne\u{7F}\u{85}\u{202E}"), "a␀b␛c\td\r\ne␡\\u{85}\u{202E}")
        XCTAssertEqual(ControlCharacters.safeForTerminal("a\u{1B}]0;pwned\u{7}b\rc\n\u{202E}d"), "a␛]0;pwned␇b␍c\n\\u{202E}d")
        let plain = "nothing to see: 1 < 2, ü, 🙂\n"
        XCTAssertEqual(ControlCharacters.safeForTerminal(plain, githubActions: true), plain)
    }

    func testLessonTextCannotIssueGitHubWorkflowCommands() {
        let message = "x.md:1:1: error: boom\n::add-mask::secret\n  ::warning file=a::injected\n##[error]old style\r\n::error::after CR"
        let safe = ControlCharacters.safeForTerminal(message, githubActions: true)
        for line in safe.split(separator: "\n") {
            let body = line.drop { $0 == " " || $0 == "\t" }
            XCTAssertFalse(body.hasPrefix("::") || body.hasPrefix("##["), "a workflow command got through: \(line)")
        }
        XCTAssertTrue(safe.contains("\\::add-mask::secret"))
        // Outside GitHub Actions the text is only stripped of control characters.
        XCTAssertTrue(ControlCharacters.safeForTerminal(message).contains("\n::add-mask::secret"))
    }

    func testTheTerminalReporterEscapesCodeMessagesAndPaths() throws {
        let source = "# T\n\n```swift\nprint(\"\u{1B}]0;owned\u{7}\")\n```\n"
        let doc = LessonParser.parse(source: source, path: "le\u{1B}[2Json.md")
        var written = ""
        let reporter = TerminalReporter(detail: .cells, live: false, colour: false, githubActions: true) { written += $0 }
        var runner = LessonRunner()
        reporter.attach(to: &runner, for: doc)
        let failure = Diagnostic(.error, "bad\n::add-mask::x \u{1B}[31m", file: doc.path, location: SourceLocation(line: 4, column: 1),
                                 sourceLine: "print(\"\u{1B}]0;owned\u{7}\")")
        let run = runner.run(doc, in: FakeSession([("print", [.error(failure)])]))
        reporter.lessonEnded(run)
        reporter.note("wrote \u{1B}[2J")
        XCTAssertFalse(written.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, written)
        for line in written.split(separator: "\n") {
            XCTAssertFalse(line.drop { $0 == " " }.hasPrefix("::"), "workflow command in: \(written)")
        }
        XCTAssertTrue(written.contains("le␛[2Json.md"), written)
    }

    // MARK: Course links

    func testRelativeLinksNeverBecomeURLSchemesOrOtherHosts() {
        XCTAssertEqual(RelativeLink.href(toFile: "01-tensors.html"), "01-tensors.html")
        XCTAssertEqual(RelativeLink.href(toFile: "javascript:alert(1).html"), "./javascript%3Aalert(1).html")
        XCTAssertEqual(RelativeLink.href(toFile: "\\\\evil.example\\x.html"), "%5C%5Cevil.example%5Cx.html")
        XCTAssertEqual(RelativeLink.href(toFile: "a b#c?d%e\".html"), "a%20b%23c%3Fd%25e%22.html")
        XCTAssertEqual(RelativeLink.href(toFile: "ü.html"), "%C3%BC.html")
        XCTAssertEqual(RelativeLink.href(toFile: "data:text/html,x.html"), "./data%3Atext%2Fhtml,x.html")
    }

    func testACourseLessonNamedLikeAURLGetsRelativeLinks() throws {
        let source = folder + "/course", out = folder + "/site"
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        for name in ["javascript:alert(1).md", "b.md", "vbscript:x.md"] {
            try "# \(name)\n\nText.\n".write(toFile: source + "/" + name, atomically: true, encoding: .utf8)
        }
        let pages = HTMLPages(templates: try PageTemplates.load(), options: RenderOptions(timings: false))
        let builder = CourseBuilder(sourceDirectory: source, outputDirectory: out, makeSession: { _ in FakeSession([]) }, pages: pages)
        _ = try builder.build()
        var hrefs: [String] = []
        for page in ["index.html", "b.html", "javascript:alert(1).html", "vbscript:x.html"] {
            let html = try String(contentsOfFile: out + "/" + page, encoding: .utf8)
            var rest = html[...]
            while let r = rest.range(of: "href=\"") {
                let value = rest[r.upperBound...].prefix { $0 != "\"" }
                hrefs.append(String(value))
                rest = rest[r.upperBound...]
            }
        }
        XCTAssertTrue(hrefs.contains("./javascript%3Aalert(1).html"), "\(hrefs)")
        for href in hrefs where !href.hasPrefix("#") {
            let scheme = href.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            XCTAssertFalse(scheme.contains(":"), "a link with a scheme: \(href)")
        }
    }

    // MARK: Timeouts

    func testACellTimeoutBeyondADayIsClampedWithAWarning() {
        for option in ["timeout=1e11", "timeout=inf", "timeout=86401"] {
            let doc = LessonParser.parse(source: "```swift \(option)\nx\n```\n", path: "t.md")
            XCTAssertEqual(doc.cells[0].options.timeout, LessonRunner.maximumTimeout, option)
            XCTAssertEqual(doc.warnings.count, 1, option)
            XCTAssertTrue(doc.warnings.first?.message.contains("86400 s") ?? false, doc.warnings.first?.message ?? "")
        }
        for option in ["timeout=nan", "timeout=-5", "timeout=0", "timeout=-inf"] {
            let doc = LessonParser.parse(source: "```swift \(option)\nx\n```\n", path: "t.md")
            XCTAssertNil(doc.cells[0].options.timeout, option)
            XCTAssertTrue(doc.warnings.first?.message.contains("needs a positive number") ?? false, option)
        }
        let doc = LessonParser.parse(source: "```swift timeout=86400\nx\n```\n", path: "t.md")
        XCTAssertEqual(doc.cells[0].options.timeout, 86400)
        XCTAssertTrue(doc.warnings.isEmpty)
    }
}
