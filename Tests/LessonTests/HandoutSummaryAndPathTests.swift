import Foundation
import Prelude
import Script
import XCTest
@testable import Lesson

/// Large tensors read the same in both handouts, and no handout shows the build machine's paths.
final class HandoutSummaryAndPathTests: XCTestCase {
    /// Runs `source` as the lesson `folder/name` with the real language.
    private func run(_ source: String, folder: String, name: String = "lesson.md") -> LessonRun {
        let path = (folder as NSString).appendingPathComponent(name)
        FileManager.default.createFile(atPath: path, contents: Data(source.utf8))
        let document = LessonParser.parse(source: source, path: path)
        return LargeStackThread.run { LessonRunner().run(document, makeSession: lessonSessionFactory) }
    }

    private func folder() -> String {
        let path = NSTemporaryDirectory() + "handout-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The numbers of an HTML matrix, row by row (gap cells as written).
    private func matrixRows(_ html: String) -> [[String]] {
        html.components(separatedBy: "<tr>").dropFirst().map { row in
            row.components(separatedBy: "</tr>")[0].components(separatedBy: "</td>").dropLast().map {
                String($0[$0.index(after: $0.lastIndex(of: ">")!)...])
            }
        }
    }

    func testA60By60TensorShowsTheSameFirstAndLastRowsAndColumnsInBothHandouts() throws {
        let lesson = run("# T\n\n```swift\nlet t = Tensor.arange(3600).reshaped([60, 60]) / 8.0 + 100\nt\n```\n", folder: folder())
        let html = HTMLRenderer().render(lesson).content
        let markdown = MarkdownRenderer(chartBaseName: "lesson").render(lesson).markdown

        let rows = matrixRows(html)
        XCTAssertEqual(rows.count, 7, "3 first rows, a gap row, 3 last rows")
        XCTAssertTrue(rows.allSatisfy { $0.count == 7 }, "3 first columns, a gap column, 3 last columns")
        XCTAssertEqual(rows[3], ["⋮", "⋮", "⋮", "⋱", "⋮", "⋮", "⋮"])
        XCTAssertEqual(rows.map { $0[3] }, ["…", "…", "…", "⋱", "…", "…", "…"])
        XCTAssertEqual(rows[0], ["100.0000", "100.1250", "100.2500", "…", "107.1250", "107.2500", "107.3750"])
        XCTAssertEqual(rows[6].last, "549.8750")
        XCTAssertTrue(html.contains("shape [60, 60]"))
        XCTAssertTrue(html.contains("summarised"), "a summary says so")

        // The Markdown handout's text shows exactly the same numbers, PyTorch's way.
        let numbers = rows.flatMap { $0 }.filter { Double($0) != nil }
        XCTAssertEqual(numbers.count, 36)
        for number in numbers { XCTAssertTrue(markdown.contains(number), "\(number) is in the Markdown handout") }
        XCTAssertTrue(markdown.contains("..."))
        XCTAssertFalse(markdown.contains("100.3750"), "column 3 is left out of the text too")
        XCTAssertFalse(html.contains(">100.3750<"), "column 3 is left out of the matrix")
    }

    func testEveryRankIsSummarisedNeverCutOff() throws {
        let lesson = run("""
        # T

        ```swift
        Tensor.arange(2000)
        ```

        ```swift
        Tensor.arange(2000).reshaped([10, 10, 20])
        ```

        ```swift
        Tensor.arange(900).reshaped([30, 30])
        ```
        """, folder: folder())
        let html = HTMLRenderer().render(lesson).content
        let sections: [String] = Array(html.components(separatedBy: "<section").dropFirst())
        XCTAssertEqual(matrixRows(sections[0]), [["0.", "1.", "2.", "…", "1997.", "1998.", "1999."]])
        // Rank 3: the first and last three slices, each summarised, with a gap between them.
        XCTAssertTrue(sections[1].contains("[0, :, :]") && sections[1].contains("[2, :, :]") && sections[1].contains("[9, :, :]"))
        XCTAssertFalse(sections[1].contains("[3, :, :]"))
        XCTAssertTrue(sections[1].contains("class=\"matrix-gap\""))
        XCTAssertTrue(sections[1].contains(">1999.<"), "the very last element is shown")
        // At most 1000 elements: every one is shown, nothing summarised.
        XCTAssertEqual(matrixRows(sections[2]).count, 30)
        XCTAssertTrue(matrixRows(sections[2]).allSatisfy { $0.count == 30 })
        XCTAssertFalse(sections[2].contains("summarised"))
    }

    func testErrorLocationsInHandoutsAreRelativeToTheLesson() throws {
        let dir = folder()
        let lesson = run("# T\n\n```swift\nlet x = undefinedName + 1\n```\n\n```swift\nlet d = loadCSV(\"missing.csv\")\n```\n",
                         folder: dir, name: "paths.md")
        XCTAssertTrue(lesson.document.path.hasPrefix("/"), "the lesson was named by an absolute path")
        let html = HTMLRenderer().render(lesson).content
        let markdown = MarkdownRenderer(chartBaseName: "paths").render(lesson).markdown
        for page in [html, markdown] {
            XCTAssertFalse(page.contains(dir), "no build-machine path in:\n\(page)")
            XCTAssertFalse(page.contains(NSTemporaryDirectory()))
        }
        XCTAssertTrue(html.contains("<span class=\"error-place\">paths.md:4:9</span>"), html)
        XCTAssertTrue(markdown.contains("paths.md:4:9: error:"), markdown)
    }

    func testAbsolutePathsOfTheLessonFolderInMessagesBecomeRelative() {
        let d = Diagnostic(.error, "cannot read /srv/build/course/data/x.csv", file: "/srv/build/course/sub/a.md",
                           location: SourceLocation(line: 3, column: 1))
        let shown = PublishedPaths.published(d, lesson: "/srv/build/course/lesson.md")
        XCTAssertEqual(shown.file, "sub/a.md")
        XCTAssertEqual(shown.message, "cannot read data/x.csv")
        XCTAssertEqual(PublishedPaths.shown("/elsewhere/b.md", lesson: "/srv/build/course/lesson.md"), "b.md")
        XCTAssertEqual(PublishedPaths.shown("lesson.md", lesson: "lesson.md"), "lesson.md")
    }

    // MARK: Charts on a page

    private let contourLesson = """
    # C

    ```swift
    let xs = Tensor.linspace(-2, 2, count: 40).scalars
    let ys = Tensor.linspace(-1, 1, count: 30).scalars
    var z: [[Double]] = []
    for y in ys { var row: [Double] = []; for x in xs { row.append(x * x + 3 * y * y) }; z.append(row) }
    let f = Figure(title: "Surface")
    f.contour(xs, ys, z, levels: 12)
    let g = Figure(title: "Again")
    g.contour(xs, ys, z, levels: 12)
    g.path([-1.5, 0], [0.5, 0], label: "descent")
    show(f)
    ```

    ```swift
    show([f, g], columns: 2, title: "Side by side")
    ```
    """

    /// Every id the page defines, and every `#id` it refers to.
    private func ids(_ html: String) -> (defined: [String], used: Set<String>) {
        func captures(_ pattern: String) -> [String] {
            let re = try! NSRegularExpression(pattern: pattern)
            return re.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
                String(html[Range($0.range(at: 1), in: html)!])
            }
        }
        return (captures(##" id="([^"]+)""##), Set(captures(##"href="#([^"]+)""##) + captures(##"url\(#([^)]+)\)"##)))
    }

    func testAContourShownInSeveralChartsIsOnThePageOnce() throws {
        let lesson = run(contourLesson, folder: folder())
        XCTAssertFalse(lesson.failed, "\(lesson.cells.map(\.outputs))")
        let html = HTMLRenderer().render(lesson).content
        XCTAssertEqual(html.components(separatedBy: "<symbol id=").count - 1, 1, "one drawing of the contour")
        XCTAssertGreaterThanOrEqual(html.components(separatedBy: "<use href=\"#lcsym").count - 1, 4,
                                    "used by the wide and phone versions of the first chart and both panels")
        let (defined, used) = ids(html)
        XCTAssertEqual(defined.count, Set(defined).count, "ids are unique on the page")
        XCTAssertTrue(used.isSubset(of: Set(defined)), "every reference resolves: \(used.subtracting(defined))")

        // Lessons joined on one page keep drawings of their own, under their own names.
        let joined = HTMLRenderer(idPrefix: "lesson-a--").render(lesson).content + HTMLRenderer(idPrefix: "lesson-b--").render(lesson).content
        let (allDefined, allUsed) = ids(joined)
        XCTAssertEqual(allDefined.count, Set(allDefined).count)
        XCTAssertTrue(allUsed.isSubset(of: Set(allDefined)))
        XCTAssertEqual(joined.components(separatedBy: "<symbol id=").count - 1, 2)
    }

    func testChartFilesOfTheMarkdownHandoutAreEachSelfContained() throws {
        let lesson = run(contourLesson, folder: folder())
        let handout = MarkdownRenderer(chartBaseName: "c").render(lesson)
        XCTAssertEqual(handout.charts.count, 2)
        for chart in handout.charts {
            let (defined, used) = ids(chart.svg)
            XCTAssertTrue(used.isSubset(of: Set(defined)), "\(chart.fileName) refers outside itself")
            XCTAssertEqual(chart.svg.components(separatedBy: "<symbol id=").count - 1, 1, "the two panels share one drawing")
            XCTAssertTrue(chart.svg.contains("class=\"lc-bg\""), "an opaque background of its own")
        }
    }

    func testPanelsAreLaidOutOneByOneSoANarrowScreenStacksThem() throws {
        let lesson = run(contourLesson, folder: folder())
        let html = HTMLRenderer().render(lesson).content
        let grid = try XCTUnwrap(html.components(separatedBy: "<figure class=\"out-chart\"").last)
        XCTAssertTrue(grid.contains("<div class=\"chart-title\">Side by side</div>"))
        XCTAssertTrue(grid.contains("--chart-columns:2;--panel-min:300px"))
        XCTAssertEqual(grid.components(separatedBy: "<div class=\"chart-panel\">").count - 1, 2)
        // A lone 640-wide chart comes with a 360-wide drawing for phones; 400-wide panels read as they are.
        let first = html.components(separatedBy: "<figure class=\"out-chart\"")[1]
        XCTAssertTrue(first.contains("<div class=\"chart-narrow\"><svg"))
        XCTAssertTrue(first.contains("viewBox=\"0 0 360 "))
        XCTAssertFalse(grid.contains("chart-narrow"))
    }
}
