import XCTest
@testable import Script

final class BasicsTests: XCTestCase {
    func testPrintFormatsNumbersAsSwift() {
        XCTAssertEqual(output("print(0.1 + 0.2)\nprint(1, 2.0, \"a\", separator: \", \", terminator: \"!\\n\")"), "0.30000000000000004\n1, 2.0, a!\n")
    }

    func testLiteralTakesOtherOperandsType() {
        XCTAssertEqual(output("let x = 1.5\nprint(2 * x)\nvar y: Double = 3\nprint(y)"), "3.0\n3.0\n")
    }

    func testIntAndDoubleDoNotMix() {
        XCTAssertEqual(errorMessage("let n = 3\nlet y = n * 0.5"), "binary operator '*' cannot be applied to operands of type 'Int' and 'Double'\nnote: convert the Int with Double(n)")
        XCTAssertEqual(errorMessage("let people = 4\nprint(10.0 / people)"), "binary operator '/' cannot be applied to operands of type 'Double' and 'Int'\nnote: convert the Int with Double(people)")
        XCTAssertEqual(errorMessage("let k = 2\nif 0.5 < k { print(k) }"), "binary operator '<' cannot be applied to operands of type 'Double' and 'Int'\nnote: convert the Int with Double(k)")
        // An operand that is not a plain name keeps the general hint.
        XCTAssertEqual(errorMessage("let m = [1, 2]\nprint(m[0] * 0.5)"), "binary operator '*' cannot be applied to operands of type 'Int' and 'Double'\nnote: convert the Int with Double(…)")
    }

    func testLetCannotBeAssignedAgainBeforeRunning() {
        let r = runCells(["print(\"ran\")\nlet a = 1\na = 2"])
        XCTAssertEqual(r.text, "")
        XCTAssertEqual(r.errors.first?.message, "cannot assign to value: 'a' is a 'let' constant")
        XCTAssertEqual(r.errors.first?.location, SourceLocation(line: 3, column: 1))
    }

    func testUnknownNameSuggestsNearest() {
        XCTAssertEqual(errorMessage("let hiddenSize = 3\nprint(hiddenSzie)"), "cannot find 'hiddenSzie' in scope\nnote: did you mean 'hiddenSize'?")
    }

    func testFunctionsLabelsDefaultsRecursion() {
        let code = """
        func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
        func scale(_ x: Double, by k: Double = 2) -> Double { x * k }
        print(fib(15), scale(3), scale(1.5, by: 4))
        """
        XCTAssertEqual(output(code), "610 6.0 6.0\n")
    }

    func testMissingLabelIsReported() {
        XCTAssertEqual(errorMessage("func f(axis: Int) -> Int { axis }\nprint(f(1))"), "missing argument label 'axis:' in call")
    }

    func testClosuresCaptureByReference() {
        let code = """
        func makeCounter() -> () -> Int {
            var n = 0
            return { n += 1; return n }
        }
        let c = makeCounter()
        _ = c()
        print(c(), [1, 2, 3].map { $0 * 2 }, [3, 1, 2].sorted(by: >), [1, 2, 3].reduce(0, +))
        """
        XCTAssertEqual(output(code), "2 [2, 4, 6] [3, 2, 1] 6\n")
    }

    func testStructsCopyClassesShare() {
        let code = """
        struct P { var x: Double; var y: Double }
        class C { var v = 0 }
        var a = P(x: 1, y: 2)
        var b = a
        b.x = 5
        let c = C()
        let d = c
        d.v = 7
        print(a.x, b.x, c.v)
        """
        XCTAssertEqual(output(code), "1.0 5.0 7\n")
    }

    func testControlFlowAndCollections() {
        let code = """
        var total = 0
        for i in 0..<10 where i % 2 == 0 { total += i }
        var d: [String: Int] = [:]
        for w in ["a", "b", "a"] { d[w, default: 0] += 1 }
        switch total {
        case 0..<10: print("small")
        default: print("big", total)
        }
        print(d, d["a"] ?? 0, Array("hi"), String(format: "%.2f|%5d|%e", 3.14159, 42, 1234.5))
        """
        XCTAssertEqual(output(code), "big 20\n[\"a\": 2, \"b\": 1] 2 [\"h\", \"i\"] 3.14|   42|1.234500e+03\n")
    }

    func testGlobalsPersistAcrossCellsAndFinalValueIsShown() {
        let r = runCells(["var xs = [1.0]\nfunc f() -> Int { 4 }", "xs.append(2)\nxs"])
        XCTAssertEqual(r.outputs.last, .value(DisplayValue(text: "[1.0, 2.0]", typeName: "[Double]", grid: Grid(shape: [2], rows: [["1.0", "2.0"]]))))
    }

    func testOverflowAndDivisionByZeroAreErrors() {
        XCTAssertEqual(errorMessage("let m = Int.max\nprint(m + 1)"), "arithmetic overflow: 9223372036854775807 + 1 does not fit in an Int")
        XCTAssertEqual(errorMessage("let z = 0\nprint(1 / z)"), "division by zero")
    }

    func testInfiniteLoopTimesOut() {
        let r = runCells(["while true {}"], timeout: 0.5)
        XCTAssertEqual(r.errors.first?.message, "cell timed out after 0.5 s")
    }

    func testTimeoutPointsAtTheLoopThatRanOutOfTime() {
        for loop in ["while true { n += 1 }", "repeat { n += 1 } while true", "for i in 0..<Int.max { n += i % 2 }",
                     "for x in Array(repeating: 1, count: 100_000_000) { n += x }"] {
            let r = runCells(["var n = 0\nlet before = 1\n" + loop], timeout: 0.3)
            XCTAssertEqual(r.errors.first?.message, "cell timed out after 0.3 s", loop)
            XCTAssertEqual(r.errors.first?.location, SourceLocation(line: 3, column: 1), loop)
        }
    }

    func testUnboundedRecursionIsAnError() {
        XCTAssertTrue(errorMessage("func f(_ n: Int) -> Int { f(n + 1) }\nprint(f(0))")?.hasPrefix("recursion too deep") ?? false)
    }
}
