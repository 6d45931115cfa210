import XCTest
import Script

final class HighlightTests: XCTestCase {
    private func kinds(_ code: String) -> [String] {
        highlightTokens(code).map { "\($0.kind.rawValue):\($0.text)" }
    }

    func testKeywordsNamesNumbersAndComments() {
        XCTAssertEqual(kinds("let x = 3.5 // note"), [
            "keyword:let", "identifier:x", "punctuation:=", "number:3.5", "comment:// note",
        ])
    }

    func testTypeNamesAndOperators() {
        XCTAssertEqual(kinds("Tensor.zeros([2]) .== t"), [
            "typeName:Tensor", "punctuation:.", "identifier:zeros", "punctuation:(", "punctuation:[",
            "number:2", "punctuation:]", "punctuation:)", "operator:.==", "identifier:t",
        ])
    }

    func testInterpolationIsTokenisedInsideTheString() {
        XCTAssertEqual(kinds(#""a \(x + 1) b""#), [
            "string:\"a ", "punctuation:\\(", "identifier:x", "operator:+", "number:1",
            "punctuation:)", "string: b\"",
        ])
    }

    func testMultilineStringAndBlockComment() {
        let code = "/* a\n b */\nlet s = \"\"\"\n  hi\n  \"\"\""
        XCTAssertEqual(kinds(code), [
            "comment:/* a\n b */", "keyword:let", "identifier:s", "punctuation:=", "string:\"\"\"\n  hi\n  \"\"\"",
        ])
    }

    func testRangesCoverTheTokenText() {
        let code = "let café = \"é\" + x"
        for t in highlightTokens(code) { XCTAssertEqual(String(code[t.range]), t.text) }
    }

    func testMalformedCodeNeverFails() {
        for code in ["\"unterminated", "\"a \\(b", "/* open", "let @ x = §", "\"\"\"\nabc", String(repeating: "(", count: 5000)] {
            let tokens = highlightTokens(code)
            XCTAssertFalse(tokens.isEmpty, code)
            for t in tokens { XCTAssertEqual(String(code[t.range]), t.text) }
        }
    }
}
