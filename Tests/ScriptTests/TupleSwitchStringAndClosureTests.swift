import XCTest
@testable import Script

/// Smaller pieces of Swift the subset offers: tuple element assignment and labels,
/// `===`, `case let … where`, `String.first`, ranges' properties, `let` properties,
/// closures typed by their context, several names in one declaration.
final class TupleSwitchStringAndClosureTests: XCTestCase {
    func testTupleElementsCanBeAssigned() {
        XCTAssertEqual(output("var q = (1, 2)\nq.0 = 9\nvar m = (lo: 1, hi: 2)\nm.hi += 5\nprint(q, m, m.lo)"), "(9, 2) (lo: 1, hi: 7) 1\n")
    }

    func testNamedTupleReturnTypesLabelTheResult() {
        XCTAssertEqual(output("""
        func bounds(_ xs: [Double]) -> (lo: Double, hi: Double) {
            var lo = xs[0], hi = xs[0]
            for x in xs { lo = min(lo, x); hi = max(hi, x) }
            return (lo, hi)
        }
        func origin() -> (x: Double, y: Double) { (0, 1) }
        let b = bounds([3, 1, 2])
        let t: (a: Double, b: Int) = (1, 2)
        print(b.lo, b.hi, b, origin().y, t.a)
        """), "1.0 3.0 (lo: 1.0, hi: 3.0) 1.0 1.0\n")
    }

    func testIdentityOperatorsOnClassInstances() {
        XCTAssertEqual(output("class K {}\nlet a = K(), b = a, c = K()\nprint(a === b, a === c, a !== c)"), "true false true\n")
    }

    func testSwitchCaseLetWhere() {
        XCTAssertEqual(output("""
        func kind(_ n: Int) -> String {
            switch n {
            case 0: return "zero"
            case let v where v > 3: return "big \\(v)"
            case 1...3 where n % 2 == 1: return "small odd"
            default: return "other"
            }
        }
        print(kind(0), kind(5), kind(3), kind(2))
        switch (1, 2) {
        case let (a, c) where a > c: print("desc", a, c)
        case let (a, c): print("asc", a, c)
        }
        """), "zero big 5 small odd other\nasc 1 2\n")
    }

    func testStringFirstLastAndEnumerated() {
        XCTAssertEqual(output("let w = \"hey\"\nprint(w.first!, w.last!, \"\".first == nil)\nfor (i, c) in w.enumerated() { print(i, c) }"),
                       "h y true\n0 h\n1 e\n2 y\n")
    }

    func testRangeProperties() {
        XCTAssertEqual(output("let r = 2..<5\nprint(r.isEmpty, r.lowerBound, r.upperBound, r.count, (3..<3).isEmpty, (1...4).count, (1...4).upperBound)"),
                       "false 2 5 3 true 4 4\n")
    }

    func testAssigningALetPropertyFromOutsideIsAnError() {
        // Known class: found before the cell runs (nothing printed).
        let r = runCells(["class C { let x = 1 }\nlet c = C()\nprint(\"ran\")\nc.x = 2"])
        XCTAssertEqual(r.text, "")
        XCTAssertEqual(r.errors.first?.message, "cannot assign to property: 'x' is a 'let' constant")
        XCTAssertEqual(r.errors.first?.location?.line, 4)
        XCTAssertEqual(errorMessage("struct P { let x: Int }\nvar p = P(x: 1)\np.x = 2"), "cannot assign to property: 'x' is a 'let' constant")
        // Class known only when it runs.
        XCTAssertEqual(errorMessage("class C { let x = 1 }\nfunc make() -> C { C() }\nlet c = make()\nc.x = 2"), "cannot assign to property: 'x' is a 'let' constant")
        // An initialiser may set it; a `var` property may change.
        XCTAssertEqual(output("class C { var x = 1; let y: Int; init() { y = 3; self.x = 4 } }\nlet c = C()\nc.x = 5\nprint(c.x, c.y)"), "5 3\n")
    }

    func testClosureTakesParameterTypesFromItsContext() {
        XCTAssertEqual(output("""
        let f: (Double) -> Double = { $0 + 1 }
        func apply(_ g: (Double) -> Double) -> Double { g(2) }
        print(f(4), apply { $0 * 3 })
        """), "5.0 6.0\n")
    }
}
