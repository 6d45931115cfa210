import CMarkGFM
import Script
import XCTest
@testable import Lesson

final class RenderMarkdownTests: XCTestCase {
    private func markdown(_ source: String, session: FakeSession = FakeSession([]), allowErrors: Bool = false) -> MarkdownHandout {
        let run = LessonRunner(allowErrors: allowErrors).run(LessonParser.parse(source: source, path: "t.md"), in: session)
        return MarkdownRenderer(chartBaseName: "t").render(run)
    }

    func testProseIsKeptByteForByte() {
        let handout = MarkdownRenderer(chartBaseName: "lesson").render(RenderFixtures.run())
        var searchFrom = handout.markdown.startIndex
        for case .prose(let prose) in RenderFixtures.document().blocks {
            guard let found = handout.markdown.range(of: prose.text, range: searchFrom..<handout.markdown.endIndex) else {
                return XCTFail("prose missing or out of order: \(prose.text.prefix(40))")
            }
            searchFrom = found.upperBound
        }
    }

    func testProseWithCRLFAndNoTrailingNewlineIsKept() {
        let source = "# T\r\n\r\nSome *prose*  \r\nwith a hard break.\r\n\r\n```swift\r\nx\r\n```\r\nTail without newline"
        let out = markdown(source, session: FakeSession([("x", [.text("1\n")])])).markdown
        XCTAssertTrue(out.hasPrefix("# T\r\n\r\nSome *prose*  \r\nwith a hard break.\r\n\r\n```swift\r\nx\r\n```\r\n"))
        XCTAssertTrue(out.hasSuffix("\n\nTail without newline"))
    }

    func testFreshOutputsReplaceTheSourcesOutputBlocks() {
        let out = MarkdownRenderer(chartBaseName: "lesson").render(RenderFixtures.run()).markdown
        XCTAssertFalse(out.contains("stale output"))
        XCTAssertFalse(out.contains("```output"))
        XCTAssertTrue(out.contains("```swift\nprint(\"hello <b>\")\n```\n\n```text\nhello <b>\n<script>"))
    }

    func testHiddenCellsCodeIsLeftOutButItsOutputsStay() {
        let out = MarkdownRenderer(chartBaseName: "lesson").render(RenderFixtures.run()).markdown
        XCTAssertFalse(out.contains("swift hide"))
        XCTAssertFalse(out.contains("table([\"name\""))
        XCTAssertTrue(out.contains("| name | score |"))
    }

    func testTablesAreGFMTablesWithNumbersRightAlignedAndTextEscaped() {
        let table = TableOutput(header: ["name", "score"], rows: [["a|b <i>", "1.5"], ["*c*\nd", "-2"]])
        XCTAssertEqual(MarkdownRenderer.gfmTable(table),
                       "| name | score |\n| --- | ---: |\n| a\\|b \\<i\\> | 1.5 |\n| \\*c\\* d | -2 |\n")
    }

    func testChartsAreSVGFilesBesideTheHandoutLinkedByRelativePath() {
        let chart = CellOutput.chart(ChartOutput(svg: "<svg/>", title: "Loss [log]"))
        let handout = markdown("```swift\nplot\n```\n\n```swift\nplot\n```\n", session: FakeSession([("plot", [chart])]))
        XCTAssertEqual(handout.charts.map(\.fileName), ["t-1.svg", "t-2.svg"])
        XCTAssertTrue(handout.markdown.contains("![Loss \\[log\\]](t-1.svg)"))
        XCTAssertTrue(handout.markdown.contains("![Loss \\[log\\]](t-2.svg)"))
        let spaced = MarkdownRenderer(chartBaseName: "my lesson").render(
            LessonRunner().run(LessonParser.parse(source: "```swift\nplot\n```\n", path: "my lesson.md"),
                               in: FakeSession([("plot", [chart])])))
        XCTAssertTrue(spaced.markdown.contains("(my%20lesson-1.svg)"))
    }

    func testOutputsAreFencedLongerThanAnyBackticksInside() {
        let out = markdown("```swift\nx\n```\n", session: FakeSession([("x", [.text("a ``` b\n````\n")])])).markdown
        XCTAssertTrue(out.contains("`````text\na ``` b\n````\n`````\n"))
    }

    func testMarkdownOutputsAreInline() {
        let out = markdown("```swift\nx\n```\n", session: FakeSession([("x", [.markdown("**Done** in *3* steps")])])).markdown
        XCTAssertEqual(out, "```swift\nx\n```\n\n**Done** in *3* steps\n")
    }

    func testExpectedErrorsAreRecordedAsOutputBlocksAndFailuresWithTheirPlace() {
        let out = MarkdownRenderer(chartBaseName: "lesson").render(RenderFixtures.run()).markdown
        XCTAssertTrue(out.contains("```text\nerror: cannot mix Int and Double: use Double(n)\n```"))
        XCTAssertTrue(out.contains("lesson.md:71:14: error: cannot find 'hiddenSzie'"))
        XCTAssertTrue(out.contains("*Not run: an earlier cell failed.*"))
    }

    func testOutputsOfACellInAListOrQuoteStayInside() {
        let out = markdown("> ```swift\n> q\n> ```\n\n1. Step\n\n   ```swift\n   l\n   ```\n",
                           session: FakeSession([("q", [.text("quoted\n")]), ("l", [.text("listed\n")])])).markdown
        XCTAssertTrue(out.contains("> ```swift\n> q\n> ```\n>\n> ```text\n> quoted\n> ```\n"), out)
        XCTAssertTrue(out.contains("   ```swift\n   l\n   ```\n\n   ```text\n   listed\n   ```\n"), out)
    }

    func testAnUnrunLessonKeepsTheOutputsTheAuthorRecorded() {
        let document = LessonParser.parse(source: "```swift\nx\n```\n\n```output\nrecorded\n```\n\nEnd.\n", path: "t.md")
        let run = LessonRun.notRun(document)
        XCTAssertEqual(MarkdownRenderer(chartBaseName: "t").render(run).markdown, document.source)
        let html = HTMLRenderer().render(run).content
        XCTAssertTrue(html.contains("<div class=\"recorded-label\">recorded output</div>\n<pre class=\"out-text\">recorded</pre>"))
    }

    func testAnUnclosedFenceIsClosedBeforeItsOutputs() {
        let out = markdown("```swift\nx\n", session: FakeSession([("x", [.text("1\n")])])).markdown
        XCTAssertEqual(out, "```swift\nx\n```\n\n```text\n1\n```\n")
    }

    /// The prose blocks cmark-gfm finds in the source are all found, in order and with
    /// the same text, when the handout is parsed again.
    func testTheHandoutReparsedByCmarkLosesNoBlock() {
        let run = RenderFixtures.run()
        let handout = MarkdownRenderer(chartBaseName: "lesson").render(run).markdown
        let source = blocks(of: run.document.source).filter { !($0.hasPrefix("code_block:swift") || $0.hasPrefix("code_block:output")) }
        let again = blocks(of: handout)
        var i = again.startIndex
        for block in source {
            guard let found = again[i...].firstIndex(of: block) else { return XCTFail("lost: \(block)") }
            i = found + 1
        }
        XCTAssertTrue(again.contains { $0.hasPrefix("code_block:text") })
        XCTAssertTrue(again.contains { $0.hasPrefix("table") })
        XCTAssertGreaterThan(source.count, 15)
    }

    /// Every block node of a Markdown text as "type:info:text", depth first.
    private func blocks(of markdown: String) -> [String] {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name))
        }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        let doc = cmark_parser_finish(parser)!
        defer { cmark_node_free(doc) }
        var out: [String] = []
        let iter = cmark_iter_new(doc)!
        defer { cmark_iter_free(iter) }
        while cmark_iter_next(iter) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iter) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter),
                  let type = cmark_node_get_type_string(node) else { continue }
            let name = String(cString: type)
            if ["document", "text", "softbreak", "linebreak", "emph", "strong", "code", "link", "image",
                "html_inline", "strikethrough", "table_cell", "table_row", "table_header"].contains(name) { continue }
            // Containers hold new output blocks in the handout: compare their kind only.
            if ["block_quote", "list", "item", "table"].contains(name) { out.append(name); continue }
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let rendered = cmark_render_commonmark(node, CMARK_OPT_DEFAULT, 0)!
            out.append("\(name):\(info):\(String(cString: rendered))")
            free(rendered)
        }
        return out
    }
}
