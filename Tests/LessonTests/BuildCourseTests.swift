import Foundation
import Script
import XCTest
@testable import Lesson

final class BuildCourseTests: XCTestCase {
    private var source = ""
    private var out = ""

    override func setUpWithError() throws {
        source = RenderFixtures.temporaryDirectory()
        out = RenderFixtures.temporaryDirectory() + "/site"
        let lessons = [
            "README.md": "# Deep learning by hand\n\nA short course: tensors, gradients, training.\n",
            "02-gradients.md": "# Gradients\n\nWe take **derivatives** by hand.\n\n```swift\nprint(\"grad\")\n```\n\n## More\n",
            "01-tensors.md": "# Tensors\n\nA tensor is an array of numbers.\n\n```swift\nplot\n```\n",
            "10-broken.md": "# Broken\n\nThis one fails.\n\n```swift\nfail\n```\n",
            "notes.txt": "not a lesson",
        ]
        for (name, text) in lessons {
            try text.write(toFile: source + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    private func session() -> FakeSession {
        FakeSession([
            ("grad", [.text("grad\n")]),
            ("plot", [.chart(ChartOutput(svg: RenderFixtures.chartSVG("T"), title: "T"))]),
            ("fail", [.error(Diagnostic(.error, "boom", file: "10-broken.md", location: SourceLocation(line: 6, column: 1)))]),
        ])
    }

    private func builder(jobs: Int = 1, timings: Bool = false) throws -> CourseBuilder {
        let pages = HTMLPages(templates: try PageTemplates.load(), options: RenderOptions(timings: timings))
        var builder = CourseBuilder(sourceDirectory: source, outputDirectory: out,
                                    makeSession: { _ in self.session() }, pages: pages)
        builder.jobs = jobs
        builder.formats = [.html, .md]
        return builder
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOfFile: out + "/" + name, encoding: .utf8)
    }

    func testLessonsAreTheMarkdownFilesInNameOrderWithoutTheReadme() throws {
        let files = try CourseBuilder.lessonFiles(in: source).map { ($0 as NSString).lastPathComponent }
        XCTAssertEqual(files, ["01-tensors.md", "02-gradients.md", "10-broken.md"])
    }

    func testBuildWritesEveryLessonAnIndexAndTheWholeCourse() throws {
        let result = try builder().build()
        XCTAssertEqual(result.runs.map { HandoutWriter.name(of: $0.document.path) }, ["01-tensors", "02-gradients", "10-broken"])
        XCTAssertTrue(result.failed)
        for name in ["01-tensors.html", "01-tensors.md", "01-tensors-1.svg", "02-gradients.html", "10-broken.html",
                     "index.html", "course.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/" + name), name)
        }
        let index = try read("index.html")
        XCTAssertTrue(index.contains("<title>Deep learning by hand</title>"))
        XCTAssertTrue(index.contains("A short course: tensors, gradients, training."))
        XCTAssertTrue(index.contains("<a class=\"lesson-link\" href=\"01-tensors.html\"><span class=\"lesson-number\">1</span><span class=\"lesson-title\">Tensors</span></a>"))
        XCTAssertTrue(index.contains("<p>We take <strong>derivatives</strong> by hand.</p>"))
        XCTAssertLessThan(index.range(of: "01-tensors.html")!.lowerBound, index.range(of: "02-gradients.html")!.lowerBound)
    }

    func testATitleThatStartsWithItsNumberIsNotNumberedTwiceInTheContents() throws {
        try "# 4. Numbered by hand\n\nThe author numbered this one.\n".write(toFile: source + "/04-numbered.md", atomically: true, encoding: .utf8)
        _ = try builder().build()
        for page in ["index.html", "course.html"] {
            let html = try read(page)
            XCTAssertTrue(html.contains("<span class=\"lesson-number\">4</span><span class=\"lesson-title\">Numbered by hand</span>"), page)
            XCTAssertFalse(html.contains("4. Numbered by hand</span></a>"), page)
        }
        // An unnumbered title is numbered by its position.
        XCTAssertTrue(try read("index.html").contains("<span class=\"lesson-number\">2</span><span class=\"lesson-title\">Gradients</span>"))
    }

    func testOnlyANumberStandingAsItsOwnWordCountsAsTheTitlesNumber() {
        let cases: [(String, String, String)] = [
            ("1. Tensors", "1", "Tensors"), ("12: Pooling", "12", "Pooling"), ("7 – Momentum", "7", "Momentum"),
            ("3D shapes", "5", "3D shapes"), ("2024", "5", "2024"), ("Tensors", "5", "Tensors"), ("1.5 layers", "5", "1.5 layers"),
        ]
        for (title, number, shown) in cases {
            let r = HTMLPages.numberedTitle(title, position: 5)
            XCTAssertEqual(r.number, number, title)
            XCTAssertEqual(r.title, shown, title)
        }
    }

    func testEveryPageLinksToItsNeighboursAndTheIndex() throws {
        _ = try builder().build()
        let first = try read("01-tensors.html")
        let middle = try read("02-gradients.html")
        let last = try read("10-broken.html")
        XCTAssertFalse(first.contains("rel=\"prev\""))
        XCTAssertTrue(first.contains("<a class=\"pager-next\" rel=\"next\" href=\"02-gradients.html\"><span class=\"pager-dir\">Next</span>Gradients</a>"))
        XCTAssertTrue(middle.contains("rel=\"prev\" href=\"01-tensors.html\""))
        XCTAssertTrue(middle.contains("rel=\"next\" href=\"10-broken.html\""))
        XCTAssertTrue(last.contains("rel=\"prev\" href=\"02-gradients.html\""))
        XCTAssertFalse(last.contains("rel=\"next\""))
        XCTAssertTrue(middle.contains("<a href=\"index.html\">Deep learning by hand</a>"))
        XCTAssertTrue(middle.contains("Lesson 2 of 3"))
    }

    func testCoursePageHoldsEveryLessonWithIdsThatDoNotCollide() throws {
        _ = try builder().build()
        let course = try read("course.html")
        for anchor in ["lesson-01-tensors", "lesson-02-gradients", "lesson-10-broken"] {
            XCTAssertTrue(course.contains("<article class=\"course-lesson\" id=\"\(anchor)\">"), anchor)
        }
        XCTAssertTrue(course.contains("id=\"lesson-02-gradients--more\""))
        XCTAssertTrue(course.contains("id=\"lesson-01-tensors--cell-1\""))
        XCTAssertTrue(course.contains("id=\"lesson-01-tensors--chart1-plot-area\""))
        XCTAssertTrue(course.contains("This lesson failed"))
        let ids = course.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids")
    }

    func testParallelBuildGivesTheSamePagesAsASerialOne() throws {
        _ = try builder(jobs: 1).build()
        let serial = try ["index.html", "course.html", "02-gradients.html", "01-tensors.md"].map(read)
        _ = try builder(jobs: 3).build()
        let parallel = try ["index.html", "course.html", "02-gradients.html", "01-tensors.md"].map(read)
        XCTAssertEqual(serial, parallel)
    }

    func testAnUnreadableLessonIsReportedAndLeftOut() throws {
        try Data([0x23, 0x20, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: source + "/05-bad.md"))
        let result = try builder().build()
        XCTAssertEqual(result.unreadable.count, 1)
        XCTAssertTrue(result.unreadable[0].headline.contains("05-bad.md"))
        XCTAssertEqual(result.runs.count, 3)
    }

    func testAMissingFolderOrOneWithoutLessonsIsABadInput() throws {
        XCTAssertThrowsError(try CourseBuilder.lessonFiles(in: source + "/nope"))
        let empty = RenderFixtures.temporaryDirectory()
        var b = try builder()
        b.sourceDirectory = empty
        XCTAssertThrowsError(try b.build()) { XCTAssertTrue("\($0)".contains("no lessons")) }
    }

    func testPDFWithoutChromiumSaysHowToGetIt() throws {
        var b = try builder()
        b.pdf = true
        let saved = getenv("PATH").map { String(cString: $0) }
        setenv("PATH", "/nonexistent", 1)
        defer { if let saved { setenv("PATH", saved, 1) } }
        let result = try b.build()
        XCTAssertTrue(result.pdfProblem?.contains("Chromium") ?? false, result.pdfProblem ?? "nil")
        XCTAssertFalse(try read("index.html").contains("course.pdf"))
    }

    func testStaleChartFilesFromAnEarlierRunAreRemoved() throws {
        try HandoutWriter.makeDirectory(out)
        try "old".write(toFile: out + "/01-tensors-7.svg", atomically: true, encoding: .utf8)
        _ = try builder().build()
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/01-tensors-7.svg"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/01-tensors-1.svg"))
    }
}
