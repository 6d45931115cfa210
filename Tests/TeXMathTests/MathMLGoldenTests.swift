import XCTest
@testable import TeXMath

/// The MathML Core written for the TeX a lecture uses, pinned element by element.
final class MathMLGoldenTests: XCTestCase {
    /// The formula's MathML without the `<math><semantics><mrow>` wrapper and the TeX annotation.
    private func body(_ tex: String, display: Bool = false, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let full = try MathFormula(tex: tex).mathML(display: display)
            let open = display ? "<math display=\"block\"><semantics><mrow>" : "<math><semantics><mrow>"
            guard full.hasPrefix(open), let end = full.range(of: "</mrow><annotation") else {
                XCTFail("unexpected wrapper: \(full)", file: file, line: line)
                return full
            }
            return String(full[full.index(full.startIndex, offsetBy: open.count)..<end.lowerBound])
        } catch {
            XCTFail("\(tex): \(error)", file: file, line: line)
            return ""
        }
    }

    func testTheWholeElementKeepsTheTeXAsAnAnnotation() throws {
        XCTAssertThrowsError(try MathFormula(tex: "a < b & c"))  // & outside an environment
        XCTAssertEqual(try MathFormula(tex: "a<b").mathML(display: true),
                       "<math display=\"block\"><semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow><annotation encoding=\"application/x-tex\">a&lt;b</annotation></semantics></math>")
    }

    func testFractionsAndScripts() {
        XCTAssertEqual(body("\\frac{1}{1+e^{-z}}"),
                       "<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>z</mi></mrow></msup></mrow></mfrac>")
        XCTAssertEqual(body("\\frac{\\partial L}{\\partial w}"),
                       "<mfrac><mrow><mi>∂</mi><mi>L</mi></mrow><mrow><mi>∂</mi><mi>w</mi></mrow></mfrac>")
        XCTAssertEqual(body("x_i^2 + x^{10} + x^10 + f''(x)"),
                       "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup><mo>+</mo><msup><mi>x</mi><mn>10</mn></msup><mo>+</mo><msup><mi>x</mi><mn>1</mn></msup><mn>0</mn><mo>+</mo><msup><mi>f</mi><mo lspace=\"0\" rspace=\"0\">″</mo></msup><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")
        XCTAssertEqual(body("\\sqrt{x} \\sqrt[3]{8} 3.14"),
                       "<msqrt><mi>x</mi></msqrt><mroot><mn>8</mn><mn>3</mn></mroot><mn>3.14</mn>")
    }

    func testSumsTakeLimitsUnderAndOverInDisplayAndBesideInline() {
        XCTAssertEqual(body("\\sum_{i=1}^{n} x_i", display: true),
                       "<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub>")
        XCTAssertEqual(body("\\sum_{i=1}^{n} x_i"),
                       "<msubsup><mo movablelimits=\"true\">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>x</mi><mi>i</mi></msub>")
        XCTAssertEqual(body("\\prod_k p_k \\int_0^1 f", display: true),
                       "<munder><mo>∏</mo><mi>k</mi></munder><msub><mi>p</mi><mi>k</mi></msub><msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi>")
        XCTAssertEqual(body("\\lim_{x \\to 0} \\max_i", display: true),
                       "<munder><mi>lim</mi><mrow><mi>x</mi><mo>→</mo><mn>0</mn></mrow></munder><mo lspace=\"0em\" rspace=\"0.1667em\">\u{2061}</mo><munder><mi>max</mi><mi>i</mi></munder><mo lspace=\"0em\" rspace=\"0em\">\u{2061}</mo>")
        // Inside a fraction TeX uses text style: limits go beside again.
        XCTAssertEqual(body("\\frac{\\sum_i a}{2}", display: true),
                       "<mfrac><mrow><msub><mo movablelimits=\"true\">∑</mo><mi>i</mi></msub><mi>a</mi></mrow><mn>2</mn></mfrac>")
    }

    func testMatrices() {
        XCTAssertEqual(body("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}"),
                       "<mrow><mo stretchy=\"true\" fence=\"true\">(</mo><mtable><mtr><mtd columnalign=\"center\" style=\"text-align: center; text-align: -webkit-center\"><mi>a</mi></mtd><mtd columnalign=\"center\" style=\"text-align: center; text-align: -webkit-center\"><mi>b</mi></mtd></mtr><mtr><mtd columnalign=\"center\" style=\"text-align: center; text-align: -webkit-center\"><mi>c</mi></mtd><mtd columnalign=\"center\" style=\"text-align: center; text-align: -webkit-center\"><mi>d</mi></mtd></mtr></mtable><mo stretchy=\"true\" fence=\"true\">)</mo></mrow>")
        XCTAssertEqual(body("\\begin{bmatrix} 1 \\\\ 2 \\\\ \\end{bmatrix}"),
                       "<mrow><mo stretchy=\"true\" fence=\"true\">[</mo><mtable><mtr><mtd columnalign=\"center\" style=\"text-align: center; text-align: -webkit-center\"><mn>1</mn></mtd></mtr><mtr><mtd columnalign=\"center\" style=\"text-align: center; text-align: -webkit-center\"><mn>2</mn></mtd></mtr></mtable><mo stretchy=\"true\" fence=\"true\">]</mo></mrow>")
        XCTAssertEqual(body("|x| = \\begin{cases} x & x \\ge 0 \\\\ -x & \\text{otherwise} \\end{cases}"),
                       "<mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">|</mo><mi>x</mi><mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">|</mo><mo>=</mo><mrow><mo stretchy=\"true\" fence=\"true\">{</mo><mtable><mtr><mtd columnalign=\"left\" style=\"text-align: left; text-align: -webkit-left\"><mi>x</mi></mtd><mtd columnalign=\"left\" style=\"text-align: left; text-align: -webkit-left\"><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd columnalign=\"left\" style=\"text-align: left; text-align: -webkit-left\"><mrow><mo>−</mo><mi>x</mi></mrow></mtd><mtd columnalign=\"left\" style=\"text-align: left; text-align: -webkit-left\"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow>")
    }

    func testAlignedEquationsMeetAtTheirRelationsAndNumberTheirRows() throws {
        XCTAssertEqual(body("\\begin{aligned} a &= b \\\\ &= c \\end{aligned}", display: true),
                       "<mtable displaystyle=\"true\"><mtr><mtd columnalign=\"right\" style=\"text-align: right; text-align: -webkit-right; padding-right: 0\"><mi>a</mi></mtd><mtd columnalign=\"left\" style=\"text-align: left; text-align: -webkit-left; padding-left: 0\"><mrow><mo>=</mo><mi>b</mi></mrow></mtd></mtr><mtr><mtd columnalign=\"right\" style=\"text-align: right; text-align: -webkit-right; padding-right: 0\"><mrow></mrow></mtd><mtd columnalign=\"left\" style=\"text-align: left; text-align: -webkit-left; padding-left: 0\"><mrow><mo>=</mo><mi>c</mi></mrow></mtd></mtr></mtable>")
        let align = try MathFormula(tex: "\\begin{align} x &= 1 \\label{one} \\\\ y &= 2 \\notag \\\\ z &= 3 \\tag{Z} \\end{align}")
        XCTAssertEqual(align.numberedLines.dropFirst().map(\.label), ["one", nil, nil])
        XCTAssertEqual(align.numberedLines.dropFirst().map(\.isNumbered), [true, false, true])
        XCTAssertEqual(align.numberedLines.dropFirst().map(\.tag), [nil, nil, "Z"])
        XCTAssertFalse(align.numberedLines[0].isNumbered, "the formula itself has no number: its rows do")
        let mathML = align.mathML(display: true, numbers: [nil, "1", nil, "Z"], anchors: [nil, "eq-one", nil, nil])
        XCTAssertTrue(mathML.contains("<mtable displaystyle=\"true\"><mtr id=\"eq-one\">"), mathML)
        XCTAssertTrue(mathML.contains("<mtd class=\"eq-number\" style=\"padding-left: 2em\"><mtext>(1)</mtext></mtd></mtr><mtr>"), mathML)
        XCTAssertTrue(mathML.contains("<mtext>(Z)</mtext>"))
        let labelled = try MathFormula(tex: "E = mc^2 \\label{energy}")
        XCTAssertEqual(labelled.numberedLines, [.init(label: "energy", tag: nil, automatic: false)])
        XCTAssertTrue(try MathFormula(tex: "\\begin{equation} x \\end{equation}").numberedLines[0].automatic)
    }

    func testStretchyDelimitersAndSizes() {
        XCTAssertEqual(body("\\left( \\frac{a}{b} \\right]"),
                       "<mrow><mo stretchy=\"true\" fence=\"true\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo stretchy=\"true\" fence=\"true\">]</mo></mrow>")
        XCTAssertEqual(body("\\left. x \\middle| y \\right\\}"),
                       "<mrow><mi>x</mi><mo stretchy=\"true\" fence=\"true\" lspace=\"0.2778em\" rspace=\"0.2778em\">|</mo><mi>y</mi><mo stretchy=\"true\" fence=\"true\">}</mo></mrow>")
        XCTAssertEqual(body("\\bigl( x \\bigr)"),
                       "<mo stretchy=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo><mi>x</mi><mo stretchy=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">)</mo>")
    }

    func testFontsTextAndOperatorNames() {
        let A = "<mo lspace=\"0em\" rspace=\"0.1667em\">\u{2061}</mo>"
        XCTAssertEqual(body("x \\in \\mathbb{R}^{n}"),
                       "<mi>x</mi><mo>∈</mo><msup><mi>ℝ</mi><mi>n</mi></msup>")
        XCTAssertEqual(body("\\mathbf{W} \\mathcal{L} \\mathrm{d}x \\mathbb{E}"),
                       "<mi>𝐖</mi><mi>ℒ</mi><mi mathvariant=\"normal\">d</mi><mi>x</mi><mi>𝔼</mi>")
        XCTAssertEqual(body("\\operatorname{softmax}(z)_i"),
                       "<mi>softmax</mi><mo lspace=\"0em\" rspace=\"0em\">\u{2061}</mo><mo stretchy=\"false\">(</mo><mi>z</mi><msub><mo stretchy=\"false\">)</mo><mi>i</mi></msub>")
        XCTAssertEqual(body("\\operatorname*{arg\\,max}_\\theta L", display: true),
                       "<munder><mi>arg max</mi><mi>θ</mi></munder><mo lspace=\"0em\" rspace=\"0.1667em\">\u{2061}</mo><mi>L</mi>")
        // A thin space between an ordinary symbol and a function name, as TeX sets it.
        XCTAssertEqual(body("y \\log p"), "<mi>y</mi><mspace width=\"0.1667em\"></mspace><mi>log</mi>\(A)<mi>p</mi>")
        XCTAssertEqual(body("\\colon"), "<mo lspace=\"0em\" rspace=\"0.1667em\">:</mo>")
        XCTAssertEqual(body("\\text{if } x > 0"), "<mtext>if </mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn>")
        XCTAssertEqual(body("\\log x + \\exp(y)"),
                       "<mi>log</mi><mo lspace=\"0em\" rspace=\"0.1667em\">\u{2061}</mo><mi>x</mi><mo>+</mo><mi>exp</mi><mo lspace=\"0em\" rspace=\"0em\">\u{2061}</mo><mo stretchy=\"false\">(</mo><mi>y</mi><mo stretchy=\"false\">)</mo>")
    }

    func testAccentsGreekAndSymbols() {
        XCTAssertEqual(body("\\hat{y} \\bar x \\vec{v} \\tilde{w} \\dot{q}"),
                       "<mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">^</mo></mover><mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover><mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">→</mo></mover><mover accent=\"true\"><mi>w</mi><mo stretchy=\"false\">~</mo></mover><mover accent=\"true\"><mi>q</mi><mo stretchy=\"false\">˙</mo></mover>")
        XCTAssertEqual(body("\\alpha \\Sigma \\nabla \\infty"),
                       "<mi>α</mi><mi mathvariant=\"normal\">Σ</mi><mi mathvariant=\"normal\">∇</mi><mi mathvariant=\"normal\">∞</mi>")
        XCTAssertEqual(body("a \\cdot b \\times c \\le d \\ge e \\ne f \\approx g \\to h \\leftarrow i"),
                       "<mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi><mo>≤</mo><mi>d</mi><mo>≥</mo><mi>e</mi><mo>≠</mo><mi>f</mi><mo>≈</mo><mi>g</mi><mo>→</mo><mi>h</mi><mo>←</mo><mi>i</mi>")
        XCTAssertEqual(body("K^\\top \\, Q"), "<msup><mi>K</mi><mi mathvariant=\"normal\">⊤</mi></msup><mspace width=\"0.1667em\"></mspace><mi>Q</mi>")
    }

    func testReferencesShowTheirNumber() throws {
        let formula = try MathFormula(tex: "\\eqref{loss} + \\ref{x}")
        XCTAssertEqual(formula.references, ["loss", "x"])
        let mathML = formula.mathML(display: false, reference: { $0 == "loss" ? "3" : nil })
        XCTAssertTrue(mathML.contains("<mtext>(3)</mtext><mo>+</mo><mtext>??</mtext>"), mathML)
        XCTAssertEqual(try MathFormula(tex: " \\eqref{loss} ").soleReference?.name, "loss")
    }

    func testErrorsSayWhatAndWhere() {
        func error(_ tex: String) -> TeXError? {
            do { _ = try MathFormula(tex: tex); return nil } catch { return error as? TeXError }
        }
        XCTAssertEqual(error("\\frac{1}{"), TeXError("'{' is never closed", at: 8))
        XCTAssertEqual(error("x + \\foo"), TeXError("unknown command \\foo", at: 4))
        XCTAssertEqual(error("\\left( x"), TeXError("\\left without a matching \\right", at: 0))
        XCTAssertEqual(error("x^2^3"), TeXError("double superscript: group it as {x^a}^b", at: 3))
        XCTAssertEqual(error("a } b"), TeXError("unmatched '}'", at: 2))
        XCTAssertEqual(error("\\begin{pmatrix} a \\end{bmatrix}"), TeXError("\\begin{pmatrix} ended by \\end{bmatrix}", at: 23))
        XCTAssertEqual(error("\\begin{foo} a \\end{foo}")?.message.hasPrefix("unknown environment 'foo'"), true)
        XCTAssertEqual(error("\\frac{a}"), TeXError("\\frac needs an argument", at: 8))
        XCTAssertEqual(error("α + \\bad"), TeXError("unknown command \\bad", at: 5), "offsets count UTF-8 bytes")
        XCTAssertNil(error("% a comment\nx"))
    }
}
