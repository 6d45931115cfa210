import Script
import XCTest
@testable import Lesson

/// The Markdown GitHub and Quarto authors use (issue 16): alerts drawn as callouts,
/// footnotes with links back, heading anchors, numbered figure captions and references.
final class RenderProseBlocksTests: XCTestCase {
    private func render(_ source: String, session: FakeSession = FakeSession([]), idPrefix: String = "") -> String {
        let run = LessonRunner().run(LessonParser.parse(source: source, path: "t.md"), in: session)
        return HTMLRenderer(idPrefix: idPrefix).render(run).content
    }

    private func chart(_ title: String) -> CellOutput {
        .chart(ChartOutput(svg: RenderFixtures.chartSVG(title), title: title))
    }

    func testEveryAlertKindIsACalloutWithAnIconAndTitle() {
        for kind in ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"] {
            let html = render("> [!\(kind)]\n> Mind the **shapes**.\n")
            let name = kind.lowercased()
            let title = name.prefix(1).uppercased() + name.dropFirst()
            XCTAssertTrue(html.hasPrefix("<div class=\"callout callout-\(name)\" role=\"note\">\n<p class=\"callout-title\"><svg class=\"callout-icon\""), html)
            XCTAssertTrue(html.contains("</svg>\(title)</p>\n<p>Mind the <strong>shapes</strong>.</p>\n</div>"), html)
            XCTAssertFalse(html.contains("[!"), html)
            XCTAssertFalse(html.contains("blockquote"), html)
        }
    }

    func testACalloutKeepsItsParagraphsListsAndCellsAndAPlainQuoteStaysAQuote() {
        let source = """
        > [!warning]
        >
        > First paragraph.
        >
        > - a list
        >
        > ```swift
        > print("inside")
        > ```

        > Just a quote with [!NOTE] later.
        """
        let html = render(source, session: FakeSession([("inside", [.text("inside\n")])]))
        XCTAssertTrue(html.hasPrefix("<div class=\"callout callout-warning\" role=\"note\">"), html)
        XCTAssertTrue(html.contains("</svg>Warning</p>\n<p>First paragraph.</p>"), html)
        XCTAssertTrue(html.contains("<li>a list</li>"))
        XCTAssertTrue(html.contains("<section class=\"cell\" id=\"cell-1\">"), "the cell is drawn inside the callout: \(html)")
        let callout = html.components(separatedBy: "</div>\n<blockquote>")
        XCTAssertEqual(callout.count, 2, "the callout ends before the plain quote: \(html)")
        XCTAssertTrue(callout[0].contains("cell-1"))
        XCTAssertTrue(html.contains("<blockquote>\n<p>Just a quote with [!NOTE] later.</p>\n</blockquote>"), html)
    }

    func testFootnotesAcrossCellsAreNumberedWithLinksBack() {
        let source = """
        # T

        Adam[^adam] and SGD[^sgd].

        ```swift
        print(1)
        ```

        Adam again[^adam].

        [^adam]: Kingma and Ba, 2014.
        [^sgd]: Robbins and Monro, 1951.
        """
        let html = render(source)
        XCTAssertTrue(html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-adam\" id=\"fnref-adam\" data-footnote-ref>1</a></sup>"), html)
        XCTAssertTrue(html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-sgd\" id=\"fnref-sgd\" data-footnote-ref>2</a></sup>"), html)
        XCTAssertTrue(html.contains("id=\"fnref-adam-2\""), "a second reference gets its own anchor: \(html)")
        XCTAssertTrue(html.contains("<section class=\"footnotes\" data-footnotes>"))
        XCTAssertTrue(html.contains("<li id=\"fn-adam\">"))
        XCTAssertTrue(html.contains("href=\"#fnref-adam\" class=\"footnote-backref\""), html)
        XCTAssertTrue(html.contains("href=\"#fnref-adam-2\" class=\"footnote-backref\""), html)
        XCTAssertEqual(html.components(separatedBy: "<section class=\"footnotes\"").count, 2, "one footnote section")
        XCTAssertFalse(html.contains("[^"), html)
    }

    func testFootnoteIdsCarryTheCoursePagePrefix() {
        let html = render("A[^1].\n\n[^1]: note.\n", idPrefix: "lesson-a--")
        XCTAssertTrue(html.contains("href=\"#lesson-a--fn-1\" id=\"lesson-a--fnref-1\""), html)
        XCTAssertTrue(html.contains("<li id=\"lesson-a--fn-1\">"), html)
    }

    func testHeadingsHaveIdsAndALinkToThemselves() {
        let html = render("# Title\n\n## Gradient descent\n\n> ## Quoted heading\n")
        XCTAssertTrue(html.contains("<h2 id=\"gradient-descent\">Gradient descent<a class=\"anchor\" href=\"#gradient-descent\" aria-label=\"Link to this section\">¶</a></h2>"), html)
        XCTAssertTrue(html.contains("<h1 id=\"title\">Title<a class=\"anchor\" href=\"#title\""), html)
        XCTAssertTrue(html.contains("<h2 id=\"quoted-heading\">"), html)
        XCTAssertFalse(html.contains("data-sourcepos"), html)
    }

    func testCaptionedCellsAreNumberedFiguresAndReferencesLinkToThem() {
        let source = """
        # T

        As @fig-loss shows, and @fig-acc.

        ```swift caption="The loss *falls*: $L \\to 0$." label=fig-loss
        plotLoss()
        ```

        ```swift
        plotOther()
        ```

        ```swift label=fig-acc caption=Accuracy
        plotAccuracy()
        ```
        """
        let session = FakeSession([("plotLoss", [chart("loss")]), ("plotOther", [chart("other")]), ("plotAccuracy", [chart("acc")])])
        let html = render(source, session: session)
        XCTAssertTrue(html.contains("As <a class=\"xref\" href=\"#fig-loss\">Figure 1</a> shows, and <a class=\"xref\" href=\"#fig-acc\">Figure 2</a>."), html)
        XCTAssertTrue(html.contains("<figure class=\"outputs cell-figure\" id=\"fig-loss\">"), html)
        XCTAssertTrue(html.contains("<figcaption class=\"figure-caption\"><span class=\"figure-number\">Figure 1</span>: The loss <em>falls</em>: <math>"), html)
        XCTAssertTrue(html.contains("<figcaption class=\"figure-caption\"><span class=\"figure-number\">Figure 2</span>: Accuracy</figcaption>"), html)
        XCTAssertEqual(html.components(separatedBy: "figure-caption").count, 3, "an uncaptioned chart is not a numbered figure")
        let document = LessonParser.parse(source: source, path: "t.md")
        XCTAssertTrue(document.warnings.isEmpty, "\(document.warnings)")
        XCTAssertEqual(document.cells[0].options.caption, "The loss *falls*: $L \\to 0$.")
        XCTAssertEqual(document.cells[0].options.label, "fig-loss")
    }

    func testABadLabelOptionIsAWarning() {
        let document = LessonParser.parse(source: "```swift label=\"two words\"\nx\n```\n", path: "t.md")
        XCTAssertEqual(document.warnings.count, 1)
        XCTAssertTrue(document.warnings[0].message.contains("needs a name"), document.warnings[0].message)
    }

    func testLinkDefinitionsReachAcrossCells() {
        let html = render("See [the docs][d].\n\n```swift\nprint(1)\n```\n\n[d]: https://example.com\n")
        XCTAssertTrue(html.contains("<a href=\"https://example.com\">the docs</a>"), html)
    }

    func testTheMarkdownHandoutNumbersCaptionedFiguresToo() {
        let source = "Prose @fig-a.\n\n```swift caption=\"Loss $L$\" label=fig-a\nplotA()\n```\n\n```swift label=fig-b\nplotB()\n```\n"
        let run = LessonRunner().run(LessonParser.parse(source: source, path: "t.md"),
                                     in: FakeSession([("plotA", [chart("a")]), ("plotB", [chart("b")])]))
        let markdown = MarkdownRenderer(chartBaseName: "t").render(run).markdown
        XCTAssertTrue(markdown.hasPrefix("Prose @fig-a.\n\n"), "prose stays as written")
        XCTAssertTrue(markdown.contains("![a](t-1.svg)\n\n**Figure 1**: Loss $L$\n"), markdown)
        XCTAssertTrue(markdown.contains("![b](t-2.svg)\n\n**Figure 2**\n"), markdown)
    }
}
