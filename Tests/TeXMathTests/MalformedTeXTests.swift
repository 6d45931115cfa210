import XCTest
@testable import TeXMath

/// Whatever TeX a lesson holds, reading it ends in a formula or a `TeXError`: never a
/// crash, a hang or a stack overflow.
final class MalformedTeXTests: XCTestCase {
    func testRandomTokenSoupIsReadOrRefused() {
        let tokens = ["{", "}", "^", "_", "'", "&", "\\\\", "\\frac", "\\sqrt", "[", "]", "\\left(", "\\right)",
                      "\\left", "\\right", "\\middle|", "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{align}",
                      "\\end{align}", "\\begin{cases}", "\\end{bmatrix}", "\\text{", "\\label{a}", "\\tag{", "\\eqref{a}",
                      "x", "12.5", "α", "\\alpha", "\\sum", "\\limits", "\\nolimits", "\\mathbb", "\\operatorname*",
                      "\\hat", "%", "\n", " ", "\\", "$", "#", "\\big", "\\not", "=", "\\unknown", "\\begin{array}{lc", "\\end"]
        var generator = SystemRandomNumberGenerator()
        var read = 0, refused = 0
        for _ in 0..<3000 {
            let count = Int.random(in: 1...14, using: &generator)
            let tex = (0..<count).map { _ in tokens.randomElement(using: &generator)! }.joined()
            do {
                let formula = try MathFormula(tex: tex)
                _ = formula.mathML(display: Bool.random(using: &generator))
                read += 1
            } catch let error as TeXError {
                XCTAssertLessThanOrEqual(error.offset, tex.utf8.count, tex)
                refused += 1
            } catch {
                XCTFail("\(tex): \(error)")
            }
        }
        XCTAssertGreaterThan(read, 0)
        XCTAssertGreaterThan(refused, 0)
    }

    func testDeepNestingIsAnErrorNotAStackOverflow() {
        let deep = String(repeating: "{", count: 50_000) + "x" + String(repeating: "}", count: 50_000)
        XCTAssertThrowsError(try MathFormula(tex: deep)) { error in
            XCTAssertEqual((error as? TeXError)?.message, "the formula nests more than 100 levels deep")
        }
        let fractions = String(repeating: "\\frac{1}{", count: 20_000)
        XCTAssertThrowsError(try MathFormula(tex: fractions))
        XCTAssertNoThrow(try MathFormula(tex: String(repeating: "{", count: 90) + "x" + String(repeating: "}", count: 90)))
    }
}
