import Prelude
import Script
import XCTest
@testable import Lesson

final class RenderHTMLTests: XCTestCase {
    /// Code is tokenised by the language's lexer, which the tool installs at start.
    override class func setUp() {
        super.setUp()
        installLessonSyntax()
    }

    private func page(_ run: LessonRun = RenderFixtures.run(), options: RenderOptions = RenderOptions()) throws -> String {
        let pages = HTMLPages(templates: try PageTemplates.load(), options: options)
        return pages.lessonPage(HTMLRenderer(options: options).render(run), run: run)
    }

    private func body(_ source: String, session: FakeSession = FakeSession([]), options: RenderOptions = RenderOptions()) -> String {
        let run = LessonRunner().run(LessonParser.parse(source: source, path: "t.md"), in: session)
        return HTMLRenderer(options: options).render(run).content
    }

    func testTitleComesFromTheFirstHeadingAndTheTableOfContentsLinksToEveryOtherHeading() throws {
        let rendered = HTMLRenderer().render(RenderFixtures.run())
        XCTAssertEqual(rendered.title, "Gradients hand")
        XCTAssertEqual(rendered.toc.map(\.text), ["Printing", "Values and tables", "Charts", "Failing"])
        XCTAssertEqual(rendered.toc.map(\.id), ["printing", "values-and-tables", "charts", "failing"])
        for entry in rendered.toc {
            XCTAssertTrue(rendered.content.contains("<h2 id=\"\(entry.id)\">"), entry.id)
        }
        let html = try page()
        XCTAssertTrue(html.contains("<title>Gradients hand</title>"))
        XCTAssertTrue(html.contains("<a href=\"#values-and-tables\">Values and tables</a>"))
    }

    func testRepeatedHeadingsGetDistinctAnchors() {
        let html = body("# A\n\n## Setup\n\n## Setup\n\n## Setup\n")
        XCTAssertTrue(html.contains("id=\"setup\""))
        XCTAssertTrue(html.contains("id=\"setup-1\""))
        XCTAssertTrue(html.contains("id=\"setup-2\""))
    }

    func testPageIsSelfContainedWithNoScriptAndNoNetworkResource() throws {
        let html = try page()
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<style>"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains("src=\"http"))
        XCTAssertFalse(html.contains("url(http"))
        XCTAssertTrue(html.contains("prefers-color-scheme: dark"))
        XCTAssertTrue(html.contains("@media print"))
    }

    func testEverythingALessonPrintsIsEscaped() throws {
        let html = try page()
        XCTAssertTrue(html.contains("hello &lt;b&gt;"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"))
        XCTAssertTrue(html.contains("a|b &lt;i&gt;"))
        XCTAssertFalse(html.contains("onerror=alert(2)>"))
        XCTAssertFalse(html.contains("<b>"))
    }

    func testRawHTMLInProseIsOmittedUnlessUnsafeHTML() {
        let source = "# T\n\n<span onclick=\"x()\">hi</span>\n\n<div class=\"note\">block</div>\n\n[bad](javascript:alert(5))\n"
        let safe = body(source)
        XCTAssertFalse(safe.contains("onclick"))
        XCTAssertFalse(safe.contains("<div class=\"note\">"))
        XCTAssertFalse(safe.contains("javascript:"))
        XCTAssertTrue(safe.contains("raw HTML omitted"))
        let unsafe = body(source, options: RenderOptions(unsafeHTML: true))
        XCTAssertTrue(unsafe.contains("<div class=\"note\">block</div>"))
    }

    func testMarkdownOutputOfALessonNeverLetsRawHTMLThroughEvenWithUnsafeHTML() {
        let session = FakeSession([("md", [.markdown("**b** <img src=x onerror=alert(1)>\n")])])
        let html = body("```swift\nmd\n```\n", session: session, options: RenderOptions(unsafeHTML: true))
        XCTAssertTrue(html.contains("<strong>b</strong>"))
        XCTAssertFalse(html.contains("onerror"))
    }

    func testProseUsesGitHubExtensions() {
        let html = body("# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~ www.example.com\n\n- [x] done\n")
        XCTAssertTrue(html.contains("<table>"))
        XCTAssertTrue(html.contains("<del>gone</del>"))
        XCTAssertTrue(html.contains("<a href=\"http://www.example.com\">"))
        XCTAssertTrue(html.contains("type=\"checkbox\""))
    }

    func testLinkReferenceDefinedAfterACellStillResolves() {
        let html = body("# T\n\nSee [notes][n].\n\n```swift\nx\n```\n\n[n]: https://example.com/n\n")
        XCTAssertTrue(html.contains("<a href=\"https://example.com/n\">notes</a>"))
    }

    func testCodeIsHighlightedWithTheLanguagesLexer() {
        let html = body("```swift\nlet x: Double = 3 // three\nprint(\"a<b\")\n```\n")
        XCTAssertTrue(html.contains("<span class=\"tok-keyword\">let</span>"))
        XCTAssertTrue(html.contains("<span class=\"tok-type\">Double</span>"))
        XCTAssertTrue(html.contains("<span class=\"tok-number\">3</span>"))
        XCTAssertTrue(html.contains("<span class=\"tok-comment\">// three</span>"))
        XCTAssertTrue(html.contains("<span class=\"tok-function\">print</span>"))
        XCTAssertTrue(html.contains("<span class=\"tok-string\">&quot;a&lt;b&quot;</span>"))
    }

    func testHiddenCellShowsOnlyItsOutputs() {
        let html = HTMLRenderer().render(RenderFixtures.run()).content
        XCTAssertFalse(html.contains("table([&quot;name&quot;"))
        XCTAssertFalse(html.contains("rows)"))
        XCTAssertTrue(html.contains("<section class=\"cell cell-hidden\" id=\"cell-3\">"))
        XCTAssertTrue(html.contains("<th>score</th>"))
        XCTAssertTrue(html.contains("<td class=\"num\">1.5</td>"))
    }

    func testNorunCellsAndCellsAfterAFailureAreMarkedNotRun() {
        let html = HTMLRenderer().render(RenderFixtures.run()).content
        XCTAssertTrue(html.contains("<section class=\"cell cell-norun\" id=\"cell-6\">"))
        XCTAssertTrue(html.contains("<span class=\"badge badge-norun\">not run</span>"))
        XCTAssertTrue(html.contains("<section class=\"cell cell-not-run\" id=\"cell-10\">"))
        XCTAssertTrue(html.contains("not run: an earlier cell failed"))
        XCTAssertFalse(html.contains("never printed"))
    }

    func testErrorsShowFileLineAndMessageInABox() {
        let html = HTMLRenderer().render(RenderFixtures.run()).content
        XCTAssertTrue(html.contains("<span class=\"error-label\">Error</span> <span class=\"error-place\">lesson.md:71:14</span>"))
        XCTAssertTrue(html.contains("cannot find &#39;hiddenSzie&#39; in scope"))
        XCTAssertTrue(html.contains("<span class=\"caret\">^</span>"))
        XCTAssertTrue(html.contains("<div class=\"out-error out-error-expected\">"))
        XCTAssertTrue(html.contains("lesson.md:58:12"))
    }

    func testTensorValuesAreAlignedMatricesWithTheirShape() {
        let html = HTMLRenderer().render(RenderFixtures.run()).content
        XCTAssertTrue(html.contains("<tr><td>0.1</td><td>-1.25</td><td>3.0</td></tr>"))
        XCTAssertTrue(html.contains("Tensor <span class=\"shape\">shape [2, 3]</span>"))
        XCTAssertTrue(html.contains("<div class=\"matrix-label\">[1, :, :]</div>"))
    }

    func testValuesWithoutAGridShowTheirText() {
        let session = FakeSession([("x", [.value(DisplayValue(text: "0.30000000000000004", typeName: "Double"))])])
        XCTAssertTrue(body("```swift\nx\n```\n", session: session).contains("<pre class=\"out-value\">0.30000000000000004</pre>"))
    }

    func testChartsAreInlinedWithoutTheirPrologAndWithIdsOfTheirOwn() {
        let chart = CellOutput.chart(ChartOutput(svg: RenderFixtures.chartSVG("c"), title: "c"))
        let html = body("```swift\nplot\n```\n\n```swift\nplot\n```\n", session: FakeSession([("plot", [chart])]))
        XCTAssertFalse(html.contains("<?xml"))
        XCTAssertTrue(html.contains("<figure class=\"out-chart\" aria-label=\"c\"><svg xmlns="))
        XCTAssertTrue(html.contains("id=\"chart1-plot-area\""))
        XCTAssertTrue(html.contains("url(#chart2-plot-area)"))
        XCTAssertFalse(html.contains("id=\"plot-area\""))
    }

    func testChartIdPrefixingKeepsAccessibleNameReferences() {
        let svg = "<svg aria-labelledby=\"a1t a1d\"><title id=\"a1t\">T</title><desc id=\"a1d\">D</desc><clipPath id=\"a1c\"/><g clip-path=\"url(#a1c)\"/></svg>"
        XCTAssertEqual(ChartSVG.prefixingIDs(svg, with: "p"),
                       "<svg aria-labelledby=\"p-a1t p-a1d\"><title id=\"p-a1t\">T</title><desc id=\"p-a1d\">D</desc><clipPath id=\"p-a1c\"/><g clip-path=\"url(#p-a1c)\"/></svg>")
    }

    func testAChartThatCouldRunScriptIsShownAsAnImage() {
        for svg in ["<svg><script>alert(1)</script></svg>", "<svg onload=\"alert(1)\"></svg>",
                    "<svg><a href=\"javascript:alert(1)\">x</a></svg>", "<svg><g\nonclick = 'x'/></svg>"] {
            XCTAssertTrue(ChartSVG.looksActive(svg), svg)
            let html = ChartSVG.inlineHTML(ChartOutput(svg: svg, title: "t"), idPrefix: "c")
            XCTAssertTrue(html.hasPrefix("<img class=\"chart-image\""), svg)
        }
        XCTAssertFalse(ChartSVG.looksActive(RenderFixtures.chartSVG("font on=top")))
        XCTAssertFalse(ChartSVG.looksActive("<svg><text x=\"1\">click on=me</text></svg>"))
    }

    func testNoTimingsGivesByteIdenticalPages() throws {
        let options = RenderOptions(timings: false)
        var a = RenderFixtures.run()
        var b = RenderFixtures.run()
        a.duration = 1.5
        b.duration = 7.25
        b.cells[0].duration = 42
        let first = try page(a, options: options)
        XCTAssertEqual(first, try page(b, options: options))
        XCTAssertFalse(first.contains("<span class=\"cell-time\">"))
        XCTAssertFalse(first.contains("ran in"))
        XCTAssertTrue(try page(a).contains("<span class=\"cell-time\">12 ms</span>"))
    }

    func testFailedLessonSaysSoAtTheTop() throws {
        XCTAssertTrue(try page().contains("This lesson failed: 1 cell failed."))
        let clean = LessonRunner().run(LessonParser.parse(source: "# A\n", path: "a.md"), in: FakeSession([]))
        XCTAssertFalse(try page(clean).contains("This lesson failed"))
    }

    func testUnrunLessonSaysItsCellsWereNotRun() throws {
        let run = LessonRun.notRun(RenderFixtures.document())
        let html = try page(run)
        XCTAssertTrue(html.contains("rendered without running"))
        XCTAssertFalse(html.contains("class=\"outputs\""))
    }

    func testAnAuthorsTemplateReplacesThePage() throws {
        let dir = RenderFixtures.temporaryDirectory()
        try "<html><title>{{title}}</title><body class=\"mine\">{{#toc}}[{{id}}]{{/toc}}{{{content}}}</body></html>"
            .write(toFile: dir + "/page.mustache", atomically: true, encoding: .utf8)
        let templates = try PageTemplates.load(overrides: dir)
        let run = RenderFixtures.run()
        let html = HTMLPages(templates: templates, options: RenderOptions()).lessonPage(HTMLRenderer().render(run), run: run)
        XCTAssertTrue(html.hasPrefix("<html><title>Gradients hand</title><body class=\"mine\">[printing][values-and-tables]"))
        XCTAssertTrue(html.contains("hello &lt;b&gt;"))
        // The other templates are still the built-in ones.
        XCTAssertTrue(templates.render("index", ["title": "C"]).contains("<h1>C</h1>"))
    }

    func testABrokenTemplateIsReportedWithItsFileAndLine() throws {
        let dir = RenderFixtures.temporaryDirectory()
        try "<p>\n{{#toc}}oops\n".write(toFile: dir + "/page.mustache", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try PageTemplates.load(overrides: dir)) { error in
            XCTAssertTrue("\(error)".contains("page.mustache:"), "\(error)")
        }
        XCTAssertThrowsError(try PageTemplates.load(overrides: dir + "/missing"))
    }

    func testEscapingCoversEveryCharacterThatMatters() {
        XCTAssertEqual(HTMLEscaping.escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;")
        XCTAssertEqual(HTMLEscaping.escape("ŷ = x·w"), "ŷ = x·w")
    }

    func testDurationsReadAtAGlance() {
        XCTAssertEqual(HTMLRenderer.formatDuration(0.0004), "<1 ms")
        XCTAssertEqual(HTMLRenderer.formatDuration(0.0123), "12 ms")
        XCTAssertEqual(HTMLRenderer.formatDuration(1.5), "1.50 s")
        XCTAssertEqual(HTMLRenderer.formatDuration(125), "2 min 5 s")
    }
}
