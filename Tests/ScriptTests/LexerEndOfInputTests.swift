import XCTest
@testable import Script

/// Found by the Markdown fuzzer (the HTML handout highlights a cell's code with the lexer).
final class LexerEndOfInputTests: XCTestCase {
    func testAStringWhoseBackslashEndsTheInputIsAnErrorNotATrap() {
        for code in ["\"\\", "let s = \"\\", "\"\"\"\n\\", "\"\\u", "\"\\(", "\"a\\"] {
            let tokens = Lexer(code).tokenize()
            XCTAssertTrue(tokens.contains { $0.kind == .error }, code)
            XCTAssertFalse(highlightTokens(code).isEmpty, code)
            XCTAssertNotNil(errorMessage(code), code)
        }
    }
}
