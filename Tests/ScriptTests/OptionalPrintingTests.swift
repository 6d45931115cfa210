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

    func testOptionalsInsideCollectionsPrintWrapped() {
        XCTAssertEqual(output("""
        let a: [Int?] = [1, nil]
        print(a)
        print([1, nil], ["x", nil])
        let b = [2, nil]
        print(b, a[0], a[1], b.first, a[0]!)
        let d: [String: Int?] = ["k": 1]
        print(d, d["k"])
        let t: (Int?, Int) = (nil, 3)
        print(t, "in \\(a)")
        let flag = true
        print(flag ? 1 : nil, [a, b])
        """), "[Optional(1), nil]\n[Optional(1), nil] [Optional(\"x\"), nil]\n[Optional(2), nil] Optional(1) nil Optional(Optional(2)) 1\n[\"k\": Optional(1)] Optional(Optional(1))\n(nil, 3) in [Optional(1), nil]\nOptional(1) [[Optional(1), nil], [Optional(2), nil]]\n")
    }

    func testAVariableTakesOptionalsFromAFunctionsDeclaredResult() {
        XCTAssertEqual(output("func g() -> [String: Int?] { [\"k\": 1] }\nlet h = g()\nlet a = [h, h]\nprint(h, a)"),
                       "[\"k\": Optional(1)] [[\"k\": Optional(1)], [\"k\": Optional(1)]]\n")
    }

    func testNonOptionalCollectionsPrintPlain() {
        XCTAssertEqual(output("let a = [1, 2]\nlet d = [\"k\": [1]]\nprint(a, d, [a, a], (1, \"s\"), a[0...1])"),
                       "[1, 2] [\"k\": [1]] [[1, 2], [1, 2]] (1, \"s\") [1, 2]\n")
    }

    func testACellEndingInAnOptionalDisplaysItWrapped() {
        let r = runCells(["let d = [\"a\": 1]\nd[\"a\"]", "d[\"z\"]", "[1, 2].first", "let x: Int? = 3\nx", "x!", "let a: [Int?] = [1, nil]\na", "d"])
        let shown = r.outputs.compactMap { o -> String? in if case .value(let v) = o { return v.text }; return nil }
        XCTAssertEqual(shown, ["Optional(1)", "nil", "Optional(1)", "Optional(3)", "3", "[Optional(1), nil]", "[\"a\": 1]"])
    }
}
