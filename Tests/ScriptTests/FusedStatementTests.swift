import XCTest
@testable import Script

/// The fused forms (`x = a op b`, `let x = a op b`, `x op= b`, `xs[i]` as an operand) behave
/// exactly as the general paths they replace.
final class FusedStatementTests: XCTestCase {
    func testFusedStoresAndCompoundAssignmentsComputeAsBefore() {
        let code = """
        var x = 1.5
        x = x * 2 - 1
        let y = x + 1
        var n = 3
        n += 2
        n -= 1
        n *= 3
        var d = 10.0
        d /= 4
        d += 1
        var s = "a"
        s += "b"
        var a = [1]
        a += [2]
        func f() {
            var t = 0
            for i in 0..<4 { t += i * i }
            let u = t - 1
            print(t, u)
        }
        f()
        print(x, y, n, d, s, a)
        """
        XCTAssertEqual(output(code), "14 13\n2.0 3.0 12 3.5 ab [1, 2]\n")
    }

    func testLiteralsTakeTheDeclaredType() {
        XCTAssertEqual(output("var z: Double = 0\nz = 2 * 3\nvar q = 0.0\nq += 1\nq -= 2 * 2\nprint(z, q)"), "6.0 -3.0\n")
    }

    func testRightSideIsEvaluatedAsBefore() {
        let code = """
        var x = 1
        func f() -> Int { x = 10; return 1 }
        x += f()
        print(x)
        x = x + f()
        print(x)
        """
        XCTAssertEqual(output(code), "11\n12\n")
    }

    func testErrorsMatchTheGeneralPath() {
        let fused = errorMessage("var i = Int.max\ni += 1")
        let general = errorMessage("var a = [Int.max]\na[0] += 1")
        XCTAssertNotNil(fused)
        XCTAssertEqual(fused, general)
        XCTAssertEqual(errorMessage("let xs = [1.0]\nvar i = 3\nlet v = 2 * xs[i]"),
                       errorMessage("let xs = [1.0]\nvar i = 3\nlet v = xs[i]"))
        let r = runCells(["let xs = [1.0]\nvar i = 3\nlet v = 2 * xs[i]"])
        XCTAssertEqual(r.errors.first?.location?.column, 15)  // the subscript's `[`, as for any subscript
        XCTAssertEqual(errorMessage("let k = 1\nk += 1"), "left side of mutating operator isn't mutable: 'k' is a 'let' constant")
    }
}
