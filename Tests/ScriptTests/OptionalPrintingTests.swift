import XCTest
@testable import Script

/// Optionals print as Swift prints them (`Optional(3)`, `nil`), in `print` and in
/// string interpolation; `if let`, `??` and `!` unwrap.
final class OptionalPrintingTests: XCTestCase {
    func testDeclaredAndLiteralOptionalsPrintWrapped() {
        XCTAssertEqual(output("print(Optional(3))\nlet x: Int? = 3\nprint(x)\nprint(nil as Int?)\nvar s: String? = nil\nprint(s)\ns = \"a\"\nprint(s)"),
                       "Optional(3)\nOptional(3)\nnil\nnil\nOptional(\"a\")\n")
    }

    func testCollectionResultsThatAreOptionalPrintWrapped() {
        XCTAssertEqual(output("""
        print([1, 2].first, [Int]().last, [3, 1, 2].min(), [3, 1, 2].max(), ["a", "b"].firstIndex(of: "b"))
        let ages = ["a": 1]
        print(ages["a"], ages["z"], Int("12"), Int("x"))
        let got = ages["a"]
        print(got)
        """), "Optional(1) nil Optional(1) Optional(3) Optional(1)\nOptional(1) nil Optional(12) nil\nOptional(1)\n")
    }

    func testInterpolationOfAnOptionalShowsOptional() {
        XCTAssertEqual(output("let x: Int? = 3\nlet d = [\"k\": \"v\"]\nprint(\"\\(x) \\(d[\"k\"]) \\(d[\"q\"])\")"), "Optional(3) Optional(\"v\") nil\n")
    }

    func testUnwrappedValuesPrintPlain() {
        XCTAssertEqual(output("""
        let x: Int? = 3
        let d = ["a": 1]
        if let v = x { print(v) }
        print(x ?? 0, x!, d["a"]!, d["q"] ?? -1, [5].first!, [1, 2][0])
        """), "3\n3 3 1 -1 5 1\n")
    }

    func testOptionalChainsPropertiesAndResultsPrintWrapped() {
        XCTAssertEqual(output("""
        class Node { var value = 1; var next: Node?; var label: String? }
        let head = Node()
        head.next = Node()
        func find(_ k: Int) -> Int? { k > 0 ? k : nil }
        print(head.next?.value, head.next?.next?.value, head.label, find(2), find(-1))
        """), "Optional(1) nil nil Optional(2) nil\n")
    }
}
