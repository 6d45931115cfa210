import Foundation
import Script
import XCTest
@testable import Lesson

/// `--format ipynb` / `lesson export --to ipynb`: the notebook's structure, how each kind of
/// output maps to a Jupyter output, and its bytes.
final class RenderNotebookTests: XCTestCase {
    private func run(_ source: String, _ responses: [(String, [CellOutput])] = [], allowErrors: Bool = false) -> LessonRun {
        LessonRunner(allowErrors: allowErrors).run(LessonParser.parse(source: source, path: "t.md"), in: FakeSession(responses))
    }

    /// The notebook as JSON objects, parsed back from its text.
    private func notebook(_ run: LessonRun) throws -> [String: Any] {
        let text = NotebookRenderer().render(run)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func cells(_ run: LessonRun) throws -> [[String: Any]] {
        try XCTUnwrap(try notebook(run)["cells"] as? [[String: Any]])
    }

    private func outputsOf(_ cell: [String: Any]) -> [[String: Any]] {
        cell["outputs"] as? [[String: Any]] ?? []
    }

    func testANotebookIsNbformat45WithSwiftKernelMetadata() throws {
        let nb = try notebook(run("# T\n\n```swift\nx\n```\n"))
        XCTAssertEqual(nb["nbformat"] as? Int, 4)
        XCTAssertEqual(nb["nbformat_minor"] as? Int, 5)
        let metadata = try XCTUnwrap(nb["metadata"] as? [String: Any])
        XCTAssertEqual(metadata["kernelspec"] as? [String: String],
                       ["name": "swift", "display_name": "Swift", "language": "swift"])
        let language = try XCTUnwrap(metadata["language_info"] as? [String: String])
        XCTAssertEqual(language["name"], "swift")
        XCTAssertEqual(language["file_extension"], ".swift")
    }

    func testProseIsMarkdownCellsAndCodeIsCodeCellsInDocumentOrder() throws {
        let source = "# Title\n\nSome *prose* with $x^2$.\n\n```swift\nlet a = 1\nprint(a)\n```\n\nBetween.\n\n```swift\na\n```\n"
        let cells = try cells(run(source))
        XCTAssertEqual(cells.map { $0["cell_type"] as? String }, ["markdown", "code", "markdown", "code"])
        XCTAssertEqual(cells[0]["source"] as? [String], ["# Title\n", "\n", "Some *prose* with $x^2$."])
        XCTAssertEqual(cells[1]["source"] as? [String], ["let a = 1\n", "print(a)"])
        XCTAssertEqual(cells[2]["source"] as? [String], ["Between."])
        XCTAssertEqual(cells[3]["source"] as? [String], ["a"])
        let ids = cells.compactMap { $0["id"] as? String }
        XCTAssertEqual(ids, ["md-1", "cell-1", "md-2", "cell-2"])
        XCTAssertEqual(Set(ids).count, ids.count, "cell ids are unique")
    }

    func testCRLFProseKeepsItsLineEndingsWithoutTheSeparatingBlankLines() throws {
        let cells = try cells(run("\r\n# T\r\n\r\nText.\r\n\r\n```swift\r\nlet a = 1\r\na\r\n```\r\n\r\n"))
        XCTAssertEqual(cells[0]["source"] as? [String], ["# T\r\n", "\r\n", "Text."])
        XCTAssertEqual(cells[1]["source"] as? [String], ["let a = 1\n", "a"], "code as the language reads it")
    }

    func testAFiguresCaptionFollowsItsOutputsAsAMarkdownCell() throws {
        let chart = CellOutput.chart(ChartOutput(svg: "<svg/>", title: "Loss"))
        let cells = try cells(run("```swift caption=\"The *loss* falls\"\nplot\n```\n", [("plot", [chart])]))
        XCTAssertEqual(cells.map { $0["id"] as? String }, ["cell-1", "figure-1"])
        XCTAssertEqual(cells[1]["source"] as? [String], ["**Figure 1**: The *loss* falls"])
    }

    func testSpeakerNotesAreLeftOutAndHiddenCodeIsHiddenTheJupyterWay() throws {
        let source = "Intro.\n\n<!-- notes -->\nSAY THIS\n<!-- /notes -->\n\n```swift hide\nsetup()\n```\n"
        let cells = try cells(run(source))
        XCTAssertFalse(String(describing: cells).contains("SAY THIS"))
        let code = try XCTUnwrap(cells.last)
        XCTAssertEqual(code["source"] as? [String], ["setup()"])
        XCTAssertEqual((code["metadata"] as? [String: Any])?["jupyter"] as? [String: Bool], ["source_hidden": true])
    }

    func testOutputsMapToStreamsResultsDisplaysAndErrors() throws {
        let table = TableOutput(header: ["name", "score"], rows: [["<a>", "1.5"]])
        let chart = ChartOutput(svg: RenderFixtures.chartSVG("Loss"), title: "Loss")
        let error = Diagnostic(.error, "shape mismatch", file: "t.md", location: SourceLocation(line: 12, column: 5),
                               sourceLine: "let c = a + b")
        let outputs: [CellOutput] = [
            .text("one\n"), .text("two\n"), .value(DisplayValue(text: "[1, 2]", typeName: "[Int]")),
            .table(table), .markdown("**bold**"), .chart(chart),
            .value(DisplayValue(text: "Tensor([1.0])\nshape [1]", typeName: "Tensor")),
        ]
        let lesson = run("```swift\nshow\n```\n\n```swift\nbreak\n```\n",
                         [("show", outputs), ("break", [.text("before\n"), .error(error)])], allowErrors: true)
        let cells = try cells(lesson)
        let first = outputsOf(cells[0])
        XCTAssertEqual(first.map { $0["output_type"] as? String },
                       ["stream", "display_data", "display_data", "display_data", "display_data", "execute_result"])
        XCTAssertEqual(first[0]["name"] as? String, "stdout")
        XCTAssertEqual(first[0]["text"] as? [String], ["one\n", "two\n"], "consecutive prints are one stream")
        XCTAssertEqual((first[1]["data"] as? [String: Any])?["text/plain"] as? [String], ["[1, 2]"])
        let tableData = try XCTUnwrap(first[2]["data"] as? [String: [String]])
        XCTAssertTrue(tableData["text/html"]!.joined().contains("<th>name</th>"))
        XCTAssertTrue(tableData["text/html"]!.joined().contains("&lt;a&gt;"), "table cells are escaped")
        XCTAssertEqual(tableData["text/plain"]!.joined(), PlainOutput.table(table))
        XCTAssertEqual((first[3]["data"] as? [String: [String]])?["text/markdown"], ["**bold**"])
        let chartData = try XCTUnwrap(first[4]["data"] as? [String: [String]])
        XCTAssertEqual(chartData["image/svg+xml"]?.joined(), chart.svg)
        XCTAssertEqual(chartData["text/plain"], ["Loss"])
        XCTAssertEqual(first[5]["execution_count"] as? Int, 1, "the final value is the cell's result")
        XCTAssertEqual((first[5]["data"] as? [String: Any])?["text/plain"] as? [String], ["Tensor([1.0])\n", "shape [1]"])

        let second = outputsOf(cells[1])
        XCTAssertEqual(second.map { $0["output_type"] as? String }, ["stream", "error"])
        XCTAssertEqual(second[1]["ename"] as? String, "error")
        XCTAssertEqual(second[1]["evalue"] as? String, "shape mismatch")
        XCTAssertEqual(second[1]["traceback"] as? [String],
                       ["t.md:12:5: error: shape mismatch", "let c = a + b", "    ^"])
    }

    func testExecutionCountsFollowTheCellsThatRan() throws {
        let source = "```swift\na\n```\n\n```swift norun\nb\n```\n\n```swift\nboom\n```\n\n```swift\nc\n```\n"
        let failure = CellOutput.error(Diagnostic(.error, "no", file: "t.md"))
        let cells = try cells(run(source, [("boom", [failure])]))
        XCTAssertEqual(cells.map { $0["execution_count"] as? Int }, [1, nil, 2, nil])
        XCTAssertTrue(cells[1]["execution_count"] is NSNull, "a norun cell has a null count")
        XCTAssertTrue(outputsOf(cells[3]).isEmpty, "a cell after the failure did not run")
    }

    func testAnUnrunLessonShowsTheRecordedOutputs() throws {
        let document = LessonParser.parse(source: "```swift\nprint(1)\n```\n\n```output\n1\n```\n\n```swift\nx\n```\n", path: "t.md")
        let cells = try cells(LessonRun.notRun(document))
        XCTAssertEqual(cells.count, 2)
        XCTAssertEqual(outputsOf(cells[0]).first?["text"] as? [String], ["1\n"])
        XCTAssertEqual(cells[0]["execution_count"] as? Int, 1)
        XCTAssertTrue(outputsOf(cells[1]).isEmpty)
        XCTAssertFalse(String(describing: cells).contains("```output"), "the output block is not prose")
    }

    func testTheBytesAreNbformatsOwnLayoutAndStable() {
        let lesson = run("# T\n\n```swift\nx\n```\n", [("x", [.text("a\u{1B}[31m\"q\"\\\n")])])
        let text = NotebookRenderer().render(lesson)
        XCTAssertEqual(text, NotebookRenderer().render(lesson), "two renders of one run are identical")
        XCTAssertEqual(text, """
        {
         "cells": [
          {
           "cell_type": "markdown",
           "id": "md-1",
           "metadata": {},
           "source": [
            "# T"
           ]
          },
          {
           "cell_type": "code",
           "execution_count": 1,
           "id": "cell-1",
           "metadata": {},
           "outputs": [
            {
             "name": "stdout",
             "output_type": "stream",
             "text": [
              "a␛[31m\\"q\\"\\\\\\n"
             ]
            }
           ],
           "source": [
            "x"
           ]
          }
         ],
         "metadata": {
          "kernelspec": {
           "display_name": "Swift",
           "language": "swift",
           "name": "swift"
          },
          "language_info": {
           "file_extension": ".swift",
           "mimetype": "text/x-swift",
           "name": "swift"
          }
         },
         "nbformat": 4,
         "nbformat_minor": 5
        }

        """)
    }

    func testJSONStringsEscapeAsPythonDoes() {
        var out = ""
        NotebookJSON.write(.string("tab\there\u{01}é/\u{2028}"), to: &out)
        XCTAssertEqual(out, "\"tab\\there\\u0001é/\u{2028}\"")
    }

    func testLinesSplitAsPythonsSplitlinesKeepingEnds() {
        XCTAssertEqual(NotebookJSON.splitLines(""), [])
        XCTAssertEqual(NotebookJSON.splitLines("a\nb"), ["a\n", "b"])
        XCTAssertEqual(NotebookJSON.splitLines("a\r\nb\rc\n"), ["a\r\n", "b\r", "c\n"])
        XCTAssertEqual(NotebookJSON.splitLines("a\u{0B}b\u{2028}c"), ["a\u{0B}", "b\u{2028}", "c"])
    }
}

/// The handout formats are the registered renderers: `--format` learns them from the
/// registry, and the writer writes whatever the chosen ones return.
final class HandoutRegistryTests: XCTestCase {
    private func pages() throws -> HTMLPages {
        HTMLPages(templates: try PageTemplates.load(), options: RenderOptions(timings: false))
    }

    func testEveryRegisteredFormatIsParsedAndUnknownOnesListTheRegistry() throws {
        XCTAssertEqual(try HandoutFormat.parseList("html, md,slides,ipynb"), [.html, .md, .slides, .ipynb])
        XCTAssertEqual(try HandoutFormat.parseList("markdown"), [.md])
        XCTAssertThrowsError(try HandoutFormat.parseList("html,pptx")) { error in
            XCTAssertEqual("\(error)", "unknown format 'pptx' (use html, slides, md, ipynb, or a list such as html,md)")
        }
        XCTAssertThrowsError(try HandoutFormat.parseList(" , "))
        let names = HandoutFormat.registered.map { $0.format.name }
        XCTAssertEqual(Set(names).count, names.count, "each format is registered once")
    }

    func testTheNotebookIsWrittenBesideThePageWhichLinksToIt() throws {
        let folder = RenderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = RenderFixtures.run()
        let written = try HandoutWriter(formats: [.html, .ipynb], pages: try pages()).write(run, name: "my lesson", to: folder)
        XCTAssertEqual(written, [folder + "/my lesson.html", folder + "/my lesson.ipynb"])
        let page = try String(contentsOfFile: folder + "/my lesson.html", encoding: .utf8)
        XCTAssertTrue(page.contains("<a class=\"download\" href=\"my%20lesson.ipynb\" download>notebook (.ipynb)</a>"))
        let notebook = try String(contentsOfFile: folder + "/my lesson.ipynb", encoding: .utf8)
        XCTAssertEqual(notebook, NotebookRenderer().render(run))

        try HandoutWriter(formats: [.html], pages: try pages()).write(run, name: "plain", to: folder)
        XCTAssertFalse(try String(contentsOfFile: folder + "/plain.html", encoding: .utf8).contains("class=\"download\""),
                       "no link when no notebook is written")
    }

    func testMarkdownChartsOfAnEarlierRunWithMoreChartsAreRemoved() throws {
        let folder = RenderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in ["t-1.svg", "t-7.svg", "t-07.svg", "other-2.svg"] {
            try "<svg/>".write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        }
        let chart = CellOutput.chart(ChartOutput(svg: "<svg/>", title: "c"))
        let run = LessonRunner().run(LessonParser.parse(source: "```swift\nplot\n```\n", path: "t.md"),
                                     in: FakeSession([("plot", [chart])]))
        try HandoutWriter(formats: [.md], pages: try pages()).write(run, name: "t", to: folder)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(left, ["other-2.svg", "t-07.svg", "t-1.svg", "t.md"])
    }
}
