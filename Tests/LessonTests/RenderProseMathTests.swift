import Script
import XCTest
@testable import Lesson

/// Math in prose (issue 16): where formulas are found, how they are drawn, numbered,
/// referred to, and what happens to one that cannot be read.
final class RenderProseMathTests: XCTestCase {
    private func render(_ source: String, session: FakeSession = FakeSession([]), idPrefix: String = "") -> RenderedLesson {
        let run = LessonRunner().run(LessonParser.parse(source: source, path: "lessons/t.md"), in: session)
        return HTMLRenderer(idPrefix: idPrefix).render(run)
    }

    private func body(_ source: String, session: FakeSession = FakeSession([])) -> String {
        render(source, session: session).content
    }

    private func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    func testInlineAndDisplayMathBecomeMathMLCoreWithTheTeXKept() {
        let html = body("# T\n\nThe sigmoid $\\sigma(z) = \\frac{1}{1+e^{-z}}$ squashes.\n\n$$\n\\sum_{i=1}^{n} x_i\n$$\n")
        XCTAssertTrue(html.contains("<math><semantics><mrow><mi>σ</mi>"), html)
        XCTAssertTrue(html.contains("<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>z</mi></mrow></msup></mrow></mfrac>"), html)
        XCTAssertTrue(html.contains("<div class=\"math-display\"><math display=\"block\">"), html)
        XCTAssertTrue(html.contains("<munderover><mo>∑</mo>"), html)
        XCTAssertTrue(html.contains("<annotation encoding=\"application/x-tex\">\\sigma(z) = \\frac{1}{1+e^{-z}}</annotation>"))
        XCTAssertFalse(html.contains("$"), "no TeX delimiter is left: \(html)")
        XCTAssertFalse(html.contains("<p><div"), "a display formula replaces its paragraph")
    }

    func testMathThatMarkdownWouldMangleSurvivesIntact() {
        // Underscores and stars would be emphasis, \{ an escaped brace, \\ a backslash.
        let html = body("Sets $a_1 * b_2 * c_{3}$ and $\\{x \\mid x_i > 0\\}$ and $\\begin{matrix} a \\\\ b \\end{matrix}$.\n")
        XCTAssertFalse(html.contains("<em>"), html)
        XCTAssertTrue(html.contains("<msub><mi>a</mi><mn>1</mn></msub><mo>∗</mo><msub><mi>b</mi><mn>2</mn></msub>"), html)
        XCTAssertTrue(html.contains("<mo stretchy=\"false\">{</mo>"), html)
        XCTAssertTrue(html.contains("<mtr><mtd columnalign=\"center\" style=\"text-align: center; text-align: -webkit-center\"><mi>a</mi></mtd></mtr><mtr><mtd columnalign=\"center\" style=\"text-align: center; text-align: -webkit-center\"><mi>b</mi></mtd></mtr>"), html)
    }

    func testDollarsInCodeEscapedOrAsMoneyAreLeftAlone() {
        let source = """
        It costs $5 and $10, or $ 3 $ at most; \\$x\\$ is escaped; `$y$` is code.
        A price of $4$2 is not math either.

        ```text
        $z$ in a code block
        ```

            $w$ in an indented block
        """
        let html = body(source)
        XCTAssertFalse(html.contains("<math"), html)
        XCTAssertTrue(html.contains("$5 and $10"))
        XCTAssertTrue(html.contains("<code>$y$</code>"))
        XCTAssertTrue(html.contains("$z$ in a code block"))
        XCTAssertTrue(html.contains("$w$ in an indented block"))
        XCTAssertTrue(html.contains("$x$ is escaped"))
    }

    func testGitHubBacktickMathAndMathBlocksAreMath() {
        let html = body("Inline $`\\sqrt{2}`$ here.\n\n```math\n\\vec{v} = \\nabla f\n```\n")
        XCTAssertTrue(html.contains("<msqrt><mn>2</mn></msqrt>"), html)
        XCTAssertTrue(html.contains("<div class=\"math-display\"><math display=\"block\"><semantics><mrow><mover accent=\"true\"><mi>v</mi>"), html)
        XCTAssertFalse(html.contains("language-math"), html)
    }

    func testMathInsideQuotesListsTablesAndHeadings() {
        let source = "# Loss $L(w)$\n\n> Quoted $a^2$\n\n- item $b^2$\n\n| f | g |\n| - | - |\n| $c^2$ | d |\n\n## The gradient $\\nabla L$\n"
        let lesson = render(source)
        XCTAssertEqual(count("<math>", in: lesson.content), 5, lesson.content)
        XCTAssertEqual(lesson.title, "Loss L(w)")
        XCTAssertEqual(lesson.toc.map(\.text), ["The gradient \\nabla L"])
        XCTAssertEqual(lesson.toc.map(\.id), ["the-gradient-nabla-l"])
    }

    func testAFormulaThatCannotBeReadIsAWarningAtItsLineAndShownAsTeX() {
        let source = "# T\n\nFine $x^2$.\n\nBroken $\\frac{1}{$ here and $\\unknowncommand$.\n\n$$\n\\left( x\n$$\n"
        let document = LessonParser.parse(source: source, path: "lessons/t.md")
        let warnings = document.warnings.map { "\($0.file):\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)" }
        XCTAssertEqual(warnings.count, 3, "\(warnings)")
        XCTAssertTrue(warnings[0].hasPrefix("lessons/t.md:5:"), warnings[0])
        XCTAssertTrue(warnings[0].contains("cannot read the formula"), warnings[0])
        XCTAssertTrue(warnings[1].hasPrefix("lessons/t.md:5:30: cannot read the formula: unknown command \\unknowncommand"), warnings[1])
        XCTAssertTrue(warnings[2].hasPrefix("lessons/t.md:8:"), warnings[2])
        XCTAssertTrue(warnings[2].contains("\\left without a matching \\right"), warnings[2])
        XCTAssertTrue(document.warnings.allSatisfy { $0.severity == .warning })
        let html = body(source)
        XCTAssertTrue(html.contains("<code class=\"math-error\" title=\"cannot read the formula: unknown command \\unknowncommand\">$\\unknowncommand$</code>"), html)
        XCTAssertTrue(html.contains("<pre class=\"math-error\""), html)
        XCTAssertTrue(html.contains("<math>"), "the good formula is still drawn")
    }

    func testLabelledEquationsAreNumberedInOrderAndReferencesLinkToThem() {
        let source = """
        # T

        See $\\eqref{loss}$ and @eq-update; also $\\ref{update} + 1$.

        $$
        L = \\frac{1}{n} \\sum_i (y_i - \\hat y_i)^2 \\label{loss}
        $$

        $$ x = 1 $$

        ```math
        w \\leftarrow w - \\alpha \\frac{\\partial L}{\\partial w} \\label{update}
        ```

        $$ y \\tag{A} $$
        """
        let html = body(source)
        XCTAssertTrue(html.contains("<a class=\"xref\" href=\"#eq-loss\">(1)</a>"), html)
        XCTAssertTrue(html.contains("<a class=\"xref\" href=\"#eq-update\">Equation (2)</a>"), html)
        XCTAssertTrue(html.contains("<div class=\"math-display math-numbered\" id=\"eq-loss\">"), html)
        XCTAssertTrue(html.contains("<span class=\"eq-number\">(1)</span>"))
        XCTAssertTrue(html.contains("<div class=\"math-display math-numbered\" id=\"eq-update\">"), html)
        XCTAssertTrue(html.contains("<span class=\"eq-number\">(2)</span>"))
        XCTAssertTrue(html.contains("<span class=\"eq-number\">(A)</span>"))
        XCTAssertTrue(html.contains("<mtext>2</mtext><mo>+</mo><mn>1</mn>"), "\\ref inside a formula shows the number")
        XCTAssertEqual(count("eq-number", in: html), 3, "an unlabelled $$ is not numbered")
    }

    func testAlignNumbersEachRowAndAlignedColumnsMeetAtTheRelation() {
        let html = body("$$\n\\begin{align}\na &= b + c \\label{first} \\\\\n  &= d \\notag \\\\\n  &= e\n\\end{align}\n$$\n\nRows $\\eqref{first}$.\n")
        XCTAssertTrue(html.contains("<mtr id=\"eq-first\"><mtd columnalign=\"right\" style=\"text-align: right; text-align: -webkit-right; padding-right: 0\"><mi>a</mi></mtd><mtd columnalign=\"left\" style=\"text-align: left; text-align: -webkit-left; padding-left: 0\"><mrow><mo>=</mo>"), html)
        XCTAssertTrue(html.contains("<mtext>(1)</mtext>"))
        XCTAssertTrue(html.contains("<mtext>(2)</mtext>"), "the third row is numbered 2: the second has \\notag")
        XCTAssertFalse(html.contains("<mtext>(3)</mtext>"))
        XCTAssertTrue(html.contains("<a class=\"xref\" href=\"#eq-first\">(1)</a>"))
    }

    func testUnknownReferencesAreWarnings() {
        let document = LessonParser.parse(source: "# T\n\nSee @fig-missing and $\\eqref{nope}$.\n", path: "t.md")
        let messages = document.warnings.map(\.message)
        XCTAssertEqual(messages.count, 2, "\(messages)")
        XCTAssertTrue(messages[0].contains("'@fig-missing' refers to no figure or equation"))
        XCTAssertTrue(messages[1].contains("\\eqref{nope} refers to no equation"))
        XCTAssertEqual(document.warnings[0].location?.line, 3)
        XCTAssertEqual(document.warnings[0].location?.column, 5)
        XCTAssertTrue(body("# T\n\nSee @fig-missing.\n").contains("<span class=\"xref xref-missing\""))
    }

    func testEmailAddressesAndDecoratorsAreNotReferences() {
        let document = LessonParser.parse(source: "Write to me@fig-shop.com or use `@fig-x`.\n", path: "t.md")
        XCTAssertTrue(document.warnings.isEmpty, "\(document.warnings)")
    }

    func testMarkdownHandoutKeepsMathAsWritten() {
        let source = "# T\n\nInline $\\frac{a}{b}$.\n\n$$\n\\sum_i x_i \\label{s}\n$$\n\n```math\nx^2\n```\n\n```swift\nprint(1)\n```\n"
        let run = LessonRunner().run(LessonParser.parse(source: source, path: "t.md"), in: FakeSession([("print", [.text("1\n")])]))
        let markdown = MarkdownRenderer(chartBaseName: "t").render(run).markdown
        XCTAssertTrue(markdown.hasPrefix("# T\n\nInline $\\frac{a}{b}$.\n\n$$\n\\sum_i x_i \\label{s}\n$$\n\n```math\nx^2\n```\n"), markdown)
    }

    func testMarkdownOutputOfACellDrawsMathToo() {
        let session = FakeSession([("markdown(", [.markdown("Loss: $L = 0.5$")])])
        let html = body("```swift\nmarkdown(\"x\")\n```\n", session: session)
        XCTAssertTrue(html.contains("<div class=\"out-markdown\">\n<p>Loss: <math><semantics><mrow><mi>L</mi><mo>=</mo><mn>0.5</mn>"), html)
    }

    func testRandomProseWithDollarsBackticksAndQuotesNeverBreaksThePage() {
        let pieces = ["$", "$$", "`", "``", "\\", "\\$", "x", " ", "\n", "\n\n", "> ", "- ", "[^a]", "[^a]: n\n",
                      "@fig-a", "@eq-b", "\\frac{", "}", "^", "_", "*", "| a | b |\n| - | - |\n", "```math\n",
                      "```\n", "```swift\nprint(1)\n```\n", "# H $x$\n", "> [!NOTE]\n", "é"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let count = Int.random(in: 1...30, using: &generator)
            let source = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let lesson = render(source)
            XCTAssertFalse(lesson.content.contains("\u{E001}"), "no token is left in the page: \(source.debugDescription)")
        }
    }

    func testTokenCharactersTypedByTheAuthorAreNotTakenForFormulas() {
        let html = body("a \u{E000}M0\u{E001} b $x$\n")
        XCTAssertEqual(count("<math>", in: html), 1, html)
        XCTAssertTrue(html.contains("a \u{FFFD}M0\u{FFFD} b <math>"), html)
    }
}
