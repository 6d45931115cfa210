import XCTest
@testable import Script

/// What the compiler's static types give: literals typed by the place they go into,
/// `inout` write-back, and invalid Swift rejected before the cell runs, in swiftc's words
/// and at swiftc's line and column.
final class TypeCheckTests: XCTestCase {
    /// The first error of a one-cell program: message, line, column.
    func firstError(_ code: String) -> (String, Int, Int)? {
        guard let d = runCells([code]).errors.first, let l = d.location else { return nil }
        return (d.message, l.line, l.column)
    }

    func assertRejected(_ code: String, _ message: String, _ line: Int, _ column: Int, file: StaticString = #filePath, line tl: UInt = #line) {
        guard let (m, l, c) = firstError(code) else { return XCTFail("accepted: \(code)", file: file, line: tl) }
        XCTAssertEqual(m, message, file: file, line: tl)
        XCTAssertEqual(l, line, "line", file: file, line: tl)
        XCTAssertEqual(c, column, "column", file: file, line: tl)
    }

    /// A rejected cell runs none of its statements.
    func testRejectedCellPrintsNothing() {
        let r = runCells(["print(\"before\")\nlet a = 1\nlet b = 2.0\nprint(a + b)"])
        XCTAssertEqual(r.text, "")
        XCTAssertEqual(r.errors.first?.message, "binary operator '+' cannot be applied to operands of type 'Int' and 'Double'\nnote: convert the Int with Double(a)")
    }

    // MARK: Valid Swift that ran silently wrong

    func testInoutArgumentsAreWrittenBack() {
        XCTAssertEqual(output("""
        func inc(_ n: inout Int) { n += 1 }
        var a = 0
        inc(&a)
        inc(&a)
        print(a)
        func push(_ xs: inout [Int], _ v: Int) { xs.append(v) }
        var arr = [1]
        push(&arr, 5)
        print(arr)
        struct P { var x = 0 }
        var p = P()
        func bump(_ q: inout P) { q.x += 2 }
        bump(&p)
        print(p.x)
        """), "2\n[1, 5]\n2\n")
    }

    func testAmpersandOutsideAnArgumentIsRejected() {
        assertRejected("var a = 0\nlet b = &a", "'&' may only be used to pass an argument to inout parameter", 2, 9)
    }

    func testLiteralsTakeThePlaceTheyGoInto() {
        XCTAssertEqual(output("""
        class S { var v: [Double] = [] }
        let s = S()
        s.v = [1, 2]
        print(s.v)
        var d: [String: Double] = [:]
        d["a"] = 1
        print(d)
        print(s.v.reduce(0, +) / Double(2))
        func g(_ b: Bool) -> Double { b ? 0 : 1 }
        print(g(true))
        let r: [Double] = [1, 2]
        print(r == [1, 2], r != [1, 2])
        """), "[1.0, 2.0]\n[\"a\": 1.0]\n1.5\n0.0\ntrue false\n")
    }

    func testSetLiteralsHoldEachElementOnce() {
        XCTAssertEqual(output("let s: Set<String> = [\"a\", \"b\", \"a\"]\nprint(s.count, s.contains(\"b\"))\nprint(Set([1, 1, 2]).count)"), "2 true\n2\n")
    }

    func testStringFromCharacters() {
        XCTAssertEqual(output("let chars: [Character] = Array(\"hi\")\nprint(String(chars), String(chars.reversed()))"), "hi ih\n")
    }

    // MARK: Invalid Swift rejected before running

    func testOptionalsUsedAsValuesAreRejected() {
        // swiftc's two fix-its follow as notes.
        let unwrap = "value of optional type 'Int?' must be unwrapped to a value of type 'Int'"
            + "\nnote: coalesce using '??' to provide a default when the optional value contains 'nil'"
            + "\nnote: force-unwrap using '!' to abort execution if the optional value contains 'nil'"
        assertRejected("let xs = [1, 2, 3]\nlet i: Int? = 2\nprint(xs[i])", unwrap, 3, 10)
        assertRejected("let ages = [\"alice\": 3]\nprint(ages[\"alice\"] + 1)", unwrap, 2, 11)
        assertRejected("let name: String? = \"x\"\nprint(name.count)",
                       "value of optional type 'String?' must be unwrapped to refer to member 'count' of wrapped base type 'String'"
                       + "\nnote: chain the optional using '?' to access member 'count' only for non-'nil' base values"
                       + "\nnote: force-unwrap using '!' to abort execution if the optional value contains 'nil'", 2, 7)
        assertRejected("func f(_ x: Int) -> Int { x }\nlet d = [\"a\": 1]\nprint(f(d[\"a\"]))", unwrap, 3, 10)
        assertRejected("let d = [\"a\": 1]\nlet y: Int = d[\"a\"]", unwrap, 2, 15)
    }

    func testMixedArithmeticInATypedPlaceNamesTheOperandThatDoesNotConvert() {
        let prelude = "let a: Double = 1\nlet n = 2\nfunc g(_ x: Double) {}\n"
        let toDouble = "cannot convert value of type 'Int' to expected argument type 'Double'"
        assertRejected(prelude + "let z: Double = a / n", toDouble, 4, 21)
        assertRejected(prelude + "g(a / n)", toDouble, 4, 7)
        assertRejected(prelude + "let z: Double = a + n * 2", toDouble, 4, 23)   // an all-Int operand: at its operator
        assertRejected(prelude + "func h() -> Double { return a / n }", toDouble, 4, 33)
        assertRejected(prelude + "var q = 0; q = a / n", "cannot convert value of type 'Double' to expected argument type 'Int'", 4, 16)
        // Without a typed place swiftc names the operator.
        assertRejected(prelude + "print(a / n)", "binary operator '/' cannot be applied to operands of type 'Double' and 'Int'\nnote: convert the Int with Double(n)", 4, 9)
        XCTAssertEqual(output(prelude + "let z: Double = a / Double(n) + 1\nprint(z)"), "1.5\n")
    }

    func testUnwrappedOptionalsAreAccepted() {
        XCTAssertEqual(output("""
        let ages = ["alice": 3]
        print(ages["alice"]! + 1, (ages["bob"] ?? 0) + 1)
        if let a = ages["alice"] { print(a + 1) }
        let name: String? = "xy"
        print(name?.count ?? 0, name!.count)
        """), "4 1\n4\n2 2\n")
    }

    func testMutatingALetStructIsRejected() {
        assertRejected("struct Vec { var x: Int }\nlet a = Vec(x: 3)\na.x = 5", "cannot assign to property: 'a' is a 'let' constant", 3, 3)
        XCTAssertEqual(output("struct Vec { var x: Int }\nvar a = Vec(x: 3)\na.x = 5\nprint(a.x)"), "5\n")
    }

    func testPlacesReachedFromALetThroughValuesAreRejected() {
        let types = """
        struct P { var x = 0; mutating func bump() { x += 1 } }
        struct Q { var q = P(); var arr = [1]; var log = [Double]() }
        final class C { var p = P(); var ps = [P()] }
        let ps = [P()]
        let p = Q()
        let d = ["a": 1]
        let c = C()

        """
        assertRejected(types + "ps[0].x = 3", "cannot assign to property: 'ps' is a 'let' constant", 8, 7)
        assertRejected(types + "p.q.x = 1", "cannot assign to property: 'p' is a 'let' constant", 8, 5)
        assertRejected(types + "p.arr[0] = 1", "cannot assign through subscript: 'p' is a 'let' constant", 8, 6)
        assertRejected(types + "d[\"a\"]! = 3", "cannot assign through '!': 'd' is a 'let' constant", 8, 7)
        assertRejected(types + "ps[0].x += 1", "left side of mutating operator isn't mutable: 'ps' is a 'let' constant", 8, 9)
        assertRejected(types + "p.q.bump()", "cannot use mutating member on immutable value: 'p' is a 'let' constant", 8, 5)
        assertRejected(types + "p.log.append(0.5)", "cannot use mutating member on immutable value: 'p' is a 'let' constant", 8, 7)
        // A class instance's properties stay mutable through a `let`; a `var` copy is its own.
        XCTAssertEqual(output(types + "c.p.bump(); c.ps[0].x += 2\nvar w = p; w.q.bump(); w.arr.append(2)\nprint(c.p.x, c.ps[0].x, w.q.x, w.arr, p.arr)"),
                       "1 2 1 [1, 2] [1]\n")
    }

    func testBasicMethodArgumentsAreCheckedAtTheArgument() {
        assertRejected("var xs = [1]\nxs.insert(2.5, at: 0)", "cannot convert value of type 'Double' to expected argument type 'Int'", 2, 11)
        assertRejected("var xs = [1]\nxs.remove(at: \"a\")", "cannot convert value of type 'String' to expected argument type 'Int'", 2, 15)
        assertRejected("let w = [\"a\"]\nlet j = w.joined(separator: 1)", "cannot convert value of type 'Int' to expected argument type 'String'", 2, 29)
        assertRejected("var xs = [1]\nxs.swapAt(0, 1.5)", "cannot convert value of type 'Double' to expected argument type 'Array<Int>.Index' (aka 'Int')", 2, 14)
        assertRejected("let s = \"ab\"\nlet p = s.split(separator: 1)",
                       "cannot convert value of type 'Int' to expected argument type 'String.Element' (aka 'Character')", 2, 28)
        assertRejected("var d = [\"a\": 1]\nd.updateValue(\"x\", forKey: \"a\")", "cannot convert value of type 'String' to expected argument type 'Int'", 2, 15)
        XCTAssertEqual(output("""
        var xs: [Double] = [2]
        xs.insert(1, at: 0); xs.append(3); xs.removeFirst(1); xs.removeLast(1)
        var d = ["a": 1.0]
        let old = d.updateValue(2, forKey: "a")
        print(xs, xs.contains(2), old as Any, d.updateValue(3, forKey: "b") as Any, d.count)
        """), "[2.0] true Optional(1.0) nil 2\n")
    }

    func testCompoundAssignmentsAndSubscriptsTakeThePlacesType() {
        assertRejected("var xs = [1]\nxs += 1", "cannot convert value of type 'Int' to expected argument type 'Array<Int>'", 2, 7)
        assertRejected("var s = \"a\"\ns += 1", "cannot convert value of type 'Int' to expected argument type 'String'", 2, 6)
        assertRejected("var g = [[1.5]]\ng[0][0] = \"a\"", "cannot assign value of type 'String' to subscript of type 'Double'", 2, 11)
        assertRejected("var total = 0\nfunc add(_ n: Int) -> Int { total += n }",
                       "cannot convert return expression of type '()' to return type 'Int'", 2, 35)
        assertRejected("var x = 5\nif x = 5 { print(x) }", "use of '=' in a boolean context, did you mean '=='?", 2, 6)
    }

    func testTuplePatternsOfAnotherSizeAreRejected() {
        assertRejected("let d = [\"a\": 1]\nfor (k, v, w) in d { print(k, v, w) }",
                       "pattern cannot match values of type '(key: String, value: Int)'", 2, 18)
        assertRejected("func g() -> (Int, Int) { (1, 2) }\nlet (a, b, c) = g()",
                       "'(Int, Int)' is not convertible to '(Int, Int, _)', tuples have a different number of elements", 2, 17)
        // The names of a tuple pattern take the tuple's types.
        assertRejected("let (q, r) = (7, 2.5)\nprint(q + r)", "binary operator '+' cannot be applied to operands of type 'Int' and 'Double'\nnote: convert the Int with Double(q)", 2, 9)
    }

    func testArgumentLabelsAreCheckedInSwiftsWords() {
        let power = "func power(_ b: Int, to e: Int) -> Int { b * e }\n"
        assertRejected(power + "print(power(2, 10))", "missing argument label 'to:' in call", 2, 12)
        assertRejected(power + "print(power(2, too: 10))", "incorrect argument label in call (have '_:too:', expected '_:to:')", 2, 12)
        XCTAssertEqual(output(power + "print(power(2, to: 10))"), "20\n")
    }

    func testIntAndDoubleDoNotMix() {
        assertRejected("let a = 1\nlet b = 2.0\nprint(a + b)", "binary operator '+' cannot be applied to operands of type 'Int' and 'Double'\nnote: convert the Int with Double(a)", 3, 9)
        assertRejected("var x = 1\nx = 2.5", "cannot assign value of type 'Double' to type 'Int'", 2, 5)
        assertRejected("let x: Int = 2.5", "cannot convert value of type 'Double' to specified type 'Int'", 1, 14)
        assertRejected("var x = 1\nlet v = 2.0\nx += v", "cannot convert value of type 'Double' to expected argument type 'Int'", 3, 6)
        assertRejected("let a = 1\nlet b = 2.5\nprint(max(a, b))", "conflicting arguments to generic parameter 'T' ('Int' vs. 'Double')", 3, 7)
        assertRejected("var s = 0.0\nfor i in 0..<3 { s += i }", "cannot convert value of type 'Int' to expected argument type 'Double'", 2, 23)
    }

    func testWrongReturnTypeIsRejected() {
        assertRejected("func f() -> Int { return \"s\" }", "cannot convert return expression of type 'String' to return type 'Int'", 1, 26)
    }

    func testUnknownMemberOfALessonType() {
        assertRejected("struct P { var x = 1 }\nlet p = P()\nprint(p.y)", "value of type 'P' has no member 'y'", 3, 9)
        assertRejected("struct P { var xval = 1 }\nlet p = P()\nprint(p.xvak)", "value of type 'P' has no member 'xvak'", 3, 9)
    }

    // MARK: Valid Swift that was rejected

    func testMaxMinAndTernaryWithDoublesAndLiterals() {
        XCTAssertEqual(output("""
        let v = 0.5
        print(max(0, v), min(v, 1))
        let z: Double = v > 1 ? 1 : 0
        print(z)
        """), "0.5 0.5\n0.0\n")
    }

    func testTupleAssignmentAndSwap() {
        XCTAssertEqual(output("var p = 1, q = 2\n(p, q) = (q, p)\nprint(p, q)"), "2 1\n")
    }

    func testWildcardsInCasePatterns() {
        XCTAssertEqual(output("""
        for t in [(1, 0), (0, 2), (3, 4)] {
            switch t {
            case (_, 0): print("zero second")
            case (0, _): print("zero first")
            default: print("other")
            }
        }
        """), "zero second\nzero first\nother\n")
    }

    func testClosureFormsOverZipAndResultTypes() {
        XCTAssertEqual(output("""
        let a = [1, 2, 3], b = [4, 5, 6]
        print(zip(a, b).map { $0 * $1 })
        print(zip(a, b).map { x, y in x + y })
        print((0..<3).map { k -> String in "y\\(k)" })
        print(zip(a, b).max { $0.1 < $1.1 }!)
        """), "[4, 10, 18]\n[5, 7, 9]\n[\"y0\", \"y1\", \"y2\"]\n(3, 6)\n")
    }

    func testArrayTypeInitialisersAndOperatorFunctions() {
        XCTAssertEqual(output("""
        print([Int](repeating: 0, count: 3), [Double](repeating: 1, count: 2))
        let op: (Int, Int) -> Int = (+)
        print(op(2, 3))
        print("abcab".filter { $0 == "a" })
        """), "[0, 0, 0] [1.0, 1.0]\n5\naa\n")
    }

    func testSetsKeepDistinctElements() {
        XCTAssertEqual(output("""
        var seen = Set<Int>()
        for x in [3, 1, 3, 2, 1] { seen.insert(x) }
        print(seen.count, seen.sorted())
        let evens: Set = [2, 4, 6]
        let small: Set = [1, 2, 3, 4]
        print(evens.intersection(small).sorted(), evens.union(small).sorted(), small.subtracting(evens).sorted())
        seen.remove(3)
        print(seen.sorted(), seen.isEmpty)
        """), "3 [1, 2, 3]\n[2, 4] [1, 2, 3, 4, 6] [1, 3]\n[1, 2] false\n")
    }

    func testComputedPropertySettersAndGetOnlyProperties() {
        XCTAssertEqual(output("""
        struct Temp {
            var c = 0.0
            var f: Double {
                get { c * 9 / 5 + 32 }
                set { c = (newValue - 32) * 5 / 9 }
            }
        }
        var t = Temp()
        t.f = 212
        print(t.c)
        """), "100.0\n")
        XCTAssertEqual(errorMessage("class Sq { var s = 2.0\n var area: Double { s * s } }\nlet q = Sq()\nq.area = 3"),
                       "cannot assign to property: 'area' is a get-only property")
    }

    func testLiteralsTypedByContextInOperandsReduceAndCases() {
        XCTAssertEqual(output("""
        var loss = 10.0
        let epoch = 9
        loss = loss * 0.5 + (epoch > 8 ? 1.5 : 0)
        struct T { let amount: Double }
        let xs = [T(amount: 1.5), T(amount: 2)]
        let total: Double = xs.reduce(0) { $0 + $1.amount }
        func grade(_ v: Double) -> String {
            switch v {
            case 90...: return "A"
            case 80..<90: return "B"
            default: return "F"
            }
        }
        print(loss, total, grade(95.5), grade(85), grade(10))
        print([[Int]](repeating: [0, 1], count: 2))
        """), "6.5 3.5 A B F\n[[0, 1], [0, 1]]\n")
    }

    func testMutatingALetArrayIsRejected() {
        assertRejected("let losses = [0.5]\nprint(\"start\")\nlosses.append(0.25)", "cannot use mutating member on immutable value: 'losses' is a 'let' constant", 3, 8)
        XCTAssertEqual(output("var losses = [0.5]\nlosses.append(0.25)\nprint(losses)"), "[0.5, 0.25]\n")
    }
}
