import XCTest
@testable import Script

/// One test per bullet of LANGUAGE.md §2 ("The Swift subset"): each runs a small program
/// and pins its exact output, which is what Swift itself prints for the same program
/// (the programs under Tests/Scripts/Conformance are also checked against swiftc).
final class LanguageConformanceTests: XCTestCase {
    /// Asserts `code` runs without error and prints exactly `expected`.
    private func check(_ code: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let r = runCells([code])
        if let e = r.errors.first { XCTFail("unexpected error: \(e.formatted)", file: file, line: line) }
        XCTAssertEqual(r.text, expected, file: file, line: line)
    }

    /// Asserts `code` fails with a message containing `fragment`, and a location.
    private func checkError(_ code: String, _ fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        let r = runCells([code])
        guard let e = r.errors.first else { return XCTFail("expected an error containing \(fragment); printed \(r.text)", file: file, line: line) }
        XCTAssertTrue(e.message.contains(fragment), "message was: \(e.message)", file: file, line: line)
        XCTAssertNotNil(e.location, file: file, line: line)
    }

    // MARK: Comments and imports

    func testCommentsAndImportsAreIgnored() {
        check("""
        import Foundation
        import Darwin
        // a line comment
        let a = 1 /* inline */ + 2
        /* a block
           comment over lines */
        print(a) // trailing
        """, "3\n")
    }

    // MARK: let, var, annotations

    func testLetVarAndAnnotations() {
        check("""
        let a = 1
        var b = 2
        b += a
        var losses: [Double] = []
        losses.append(0.5)
        let name: String = "net"
        var flag: Bool = false
        flag = !flag
        let d: [String: Int] = ["x": 1]
        let t: (Int, String) = (1, "one")
        print(a, b, losses, name, flag, d, t.0, t.1)
        """, "1 3 [0.5] net true [\"x\": 1] 1 one\n")
    }

    func testAssigningALetIsAnErrorBeforeTheCellRuns() {
        let r = runCells(["print(\"never\")\nlet k = 1\nk = 2"])
        XCTAssertEqual(r.text, "")
        XCTAssertEqual(r.errors.first?.message, "cannot assign to value: 'k' is a 'let' constant")
        XCTAssertEqual(r.errors.first?.location, SourceLocation(line: 3, column: 1))
        // Compound assignment is checked when it runs (a `let` tensor may update in place).
        XCTAssertEqual(errorMessage("let k = 1\nk += 1"), "cannot assign to value: 'k' is a 'let' constant")
    }

    func testDeclaredButUnassignedLetIsInitialisedOnce() {
        check("""
        let x: Int
        if 2 > 1 { x = 5 } else { x = 6 }
        print(x)
        """, "5\n")
    }

    // MARK: Types

    func testEveryTypePrintsAsSwift() {
        check("""
        let i: Int = 42
        let d: Double = 2.5
        let b: Bool = true
        let s: String = "hi"
        let c: Character = "z"
        let a: [Int] = [1, 2]
        let dict: [String: Double] = ["w": 1.5]
        let t = (1, 2.0, "x")
        print(i, d, b, s, c, a, dict, t)
        print(["a", "b"], [Character("q")], [[1], [2, 3]], [1.0: "one"], [true])
        print([Int](), [String: Int]())
        """, "42 2.5 true hi z [1, 2] [\"w\": 1.5] (1, 2.0, \"x\")\n[\"a\", \"b\"] [\"q\"] [[1], [2, 3]] [1.0: \"one\"] [true]\n[] [:]\n")
    }

    func testTuplesLabelsAndDestructuring() {
        check("""
        let p = (x: 3, y: 4)
        let (a, b) = (1, "b")
        let q = (9, 2)
        print(p.x, p.y, a, b, q, p)
        func minMax(_ xs: [Int]) -> (Int, Int) { (xs.min()!, xs.max()!) }
        let (lo, hi) = minMax([3, 1, 2])
        print(lo, hi)
        """, "3 4 1 b (9, 2) (x: 3, y: 4)\n1 3\n")
    }

    // MARK: Optionals

    func testOptionalsNilBangAndCoalescing() {
        check("""
        var o: Int? = nil
        print(o == nil, o ?? -1)
        o = 5
        print(o!, o ?? -1, o != nil)
        let s: String? = "hey"
        print(s ?? "none", (nil as Int?) ?? 7)
        """, "true -1\n5 5 true\nhey 7\n")
    }


    func testIfLetAndGuardLet() {
        check("""
        let d = ["a": 1]
        if let v = d["a"] { print("got", v) } else { print("none") }
        if let v = d["z"] { print("got", v) } else { print("none") }
        if let v = d["a"], v > 0, let w = d["a"] { print(v + w) }
        func first(_ xs: [Int]) -> Int {
            guard let f = xs.first else { return -1 }
            return f
        }
        print(first([]), first([7, 8]))
        var o: Int? = 4
        if let o { print("shorthand", o) }
        o = nil
        guard o == nil else { fatalError() }
        print("end")
        """, "got 1\nnone\n2\n-1 7\nshorthand 4\nend\n")
    }

    func testOptionalChaining() {
        check("""
        class Node {
            var value: Int
            var next: Node?
            init(_ v: Int) { value = v }
        }
        let a = Node(1)
        a.next = Node(2)
        print(a.next?.value ?? 0, a.next?.next?.value ?? 0)
        let words: [String]? = ["x", "yy"]
        print(words?.count ?? 0)
        let none: [String]? = nil
        print(none?.count ?? 0, none?.first == nil)
        """, "2 0\n2\n0 true\n")
    }

    func testForceUnwrappingNilIsAnError() {
        checkError("let o: Int? = nil\nprint(o!)", "nil")
    }

    // MARK: Ranges and stride

    func testRangesIncludingOneSided() {
        check("""
        for i in 0..<3 { print(i, terminator: " ") }
        for i in 1...3 { print(i, terminator: " ") }
        print()
        let xs = [10, 20, 30, 40]
        print(xs[1...], xs[..<2], xs[...1], xs[1..<3])
        print(Array(0..<4), (1...4).reduce(0, +), (0..<5).contains(4), (0..<5).count)
        """, "0 1 2 1 2 3 \n[20, 30, 40] [10, 20] [10, 20] [20, 30]\n[0, 1, 2, 3] 10 true 5\n")
    }

    func testStride() {
        check("""
        print(Array(stride(from: 0, to: 10, by: 3)))
        print(Array(stride(from: 0, through: 9, by: 3)))
        print(Array(stride(from: 5, to: 0, by: -2)))
        for x in stride(from: 0.0, to: 1.0, by: 0.25) { print(x, terminator: " ") }
        print()
        """, "[0, 3, 6, 9]\n[0, 3, 6, 9]\n[5, 3, 1]\n0.0 0.25 0.5 0.75 \n")
    }

    // MARK: Int and Double literal typing

    func testLiteralTypingFromOtherOperand() {
        check("""
        let x = 1.5
        print(2 * x, x + 1, 1 - x, x / 2, 3 > x)
        let n = 7
        print(n / 2, n % 3, -n / 2)
        """, "3.0 2.5 -0.5 0.75 true\n3 1 -3\n")
    }

    func testLiteralTypingFromDeclaredTypes() {
        check("""
        var x: Double = 3
        let xs: [Double] = [1, 2]
        let d: [String: Double] = ["a": 1]
        func f(_ v: Double) -> Double { v / 2 }
        struct Point { var x: Double; var y: Double }
        let p = Point(x: 3, y: 4)
        func g() -> Double { 1 }
        let o: Double? = 2
        x += 1
        print(x, xs, d, f(3), p.x, p.y, g(), o!)
        let t: (Double, Int) = (1, 1)
        print(t)
        """, "4.0 [1.0, 2.0] [\"a\": 1.0] 1.5 3.0 4.0 1.0 2.0\n(1.0, 1)\n")
    }

    func testIntTimesDoubleIsAnErrorSuggestingDoubleConversion() {
        let m = errorMessage("let n = 3\nlet y = n * 0.5")
        XCTAssertTrue(m?.contains("Double(") ?? false, m ?? "no error")
        XCTAssertTrue(m?.contains("'Int' and 'Double'") ?? false, m ?? "no error")
        checkError("let a = 2.0\nlet b = 3\nprint(a + b)", "Double(")
        check("let n = 3\nprint(Double(n) * 0.5)", "1.5\n")
    }

    func testIntegerDivisionTruncates() {
        check("print(7 / 2, -7 / 2, 7 % -3, -7 % 3, 7.0 / 2)", "3 -3 1 -1 3.5\n")
    }

    // MARK: Operators

    func testArithmeticComparisonLogicalOperatorsWithSwiftPrecedence() {
        check("""
        print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 % 4, -2 * 3)
        print(1 == 1, 1 != 2, 1 < 2, 2 <= 2, 3 > 4, 4 >= 5)
        print(true && false || true, !(1 > 2), true || false && false)
        print("a" < "b", "abc" == "abc", 1.5 < 2.5)
        let t = 5 > 3 ? "yes" : "no"
        print(t, 1 + 2 == 3 ? 10 : 20)
        var v = 10
        v += 5; v -= 3; v *= 2; v /= 4
        var w = 1.5
        w *= 2; w /= 4; w -= 1; w += 0.25
        print(v, w)
        var s = "a"
        s += "b"
        var arr = [1]
        arr += [2, 3]
        print(s, arr)
        """, "7 9 3 2 -6\ntrue true true true false false\ntrue true true\ntrue true true\nyes 10\n6 0.0\nab [1, 2, 3]\n")
    }

    func testOperatorsAsFunctions() {
        check("""
        print([1, 2, 3].reduce(0, +), [1, 2, 3, 4].reduce(1, *))
        print([3, 1, 2].sorted(by: >), [3, 1, 2].sorted(by: <))
        print(["b", "a"].sorted(by: <), [1.5, 0.5].reduce(0, +))
        func combine(_ xs: [Int], _ op: (Int, Int) -> Int) -> Int { xs.reduce(xs[0]) { op($0, $1) } }
        print(combine([1, 2, 3], +), combine([2, 3], *), ["b", "c"].reduce("a", +))
        """, "6 24\n[3, 2, 1] [1, 2, 3]\n[\"a\", \"b\"] 2.0\n7 12 abc\n")
    }

    func testSemicolonsAndDiscard() {
        check("""
        let a = 1; let b = 2; print(a + b);
        func f() -> Int { print("called"); return 1 }
        _ = f()
        _ = 3 + 4
        """, "3\ncalled\n")
    }

    func testOverflowIsAnErrorAsInSwift() {
        checkError("var m = Int.max\nm += 1", "overflow")
        checkError("let z = 0\nprint(5 % z)", "zero")
    }

    // MARK: Strings

    func testStringBasics() {
        check("""
        let s = "Hello"
        let t = s + ", world"
        print(t, t.count, "".isEmpty, s.isEmpty)
        print(s.uppercased(), s.lowercased(), s.hasPrefix("He"), s.hasSuffix("lo"), s.hasPrefix("lo"))
        print("a,b,,c".split(separator: ","))
        print("one two".split(separator: " ").map { String($0) })
        print(String(42), String(2.5), String(true), String("x"), String(Character("c")))
        print(s.contains("ell"), s == "Hello")
        """, "Hello, world 12 true false\nHELLO hello true true false\n[\"a\", \"b\", \"c\"]\n[\"one\", \"two\"]\n42 2.5 true x c\ntrue true\n")
    }

    func testStringFormat() {
        check("""
        import Foundation
        print(String(format: "%.4f", 3.14159265))
        print(String(format: "%d items, %.1f%%", 3, 12.34))
        print(String(format: "%5.2f|%-4d|%s", 2.0, 7, "ok"))
        print(String(format: "%03d %x %e", 7, 255, 0.00123))
        """, "3.1416\n3 items, 12.3%\n 2.00|7   |ok\n007 ff 1.230000e-03\n")
    }

    func testInterpolation() {
        check("""
        let n = 3
        let x = 0.5
        let name = "net"
        print("n=\\(n) x=\\(x) sum=\\(Double(n) + x) \\(name.uppercased()) \\([1, 2]) \\("q")")
        print("nested \\("inner \\(n * 2)")")
        print("\\(n)\\(n)", "tab\\tnew\\\\line \\"quoted\\"")
        """, "n=3 x=0.5 sum=3.5 NET [1, 2] q\nnested inner 6\n33 tab\tnew\\line \"quoted\"\n")
    }

    func testMultiLineLiterals() {
        check("""
        let k = 2
        let text = \"\"\"
            first line
              indented \\(k)
            last
            \"\"\"
        print(text)
        print(text.split(separator: "\\n").count)
        """, "first line\n  indented 2\nlast\n3\n")
    }

    func testStringIterationArrayOfCharactersAndAsciiValue() {
        check("""
        var out = ""
        for ch in "abc" { out = String(ch) + out }
        print(out)
        let chars = Array("hello")
        print(chars, chars.count, chars[1])
        let a: Character = "a"
        print(a.asciiValue!, Character("A").asciiValue!)
        var codes: [Int] = []
        for c in "hi" { codes.append(Int(c.asciiValue!)) }
        print(codes, String(chars.reversed()), String(chars[1...2]))
        """, "cba\n[\"h\", \"e\", \"l\", \"l\", \"o\"] 5 e\n97 65\n[104, 105] olleh el\n")
    }

    // MARK: Arrays

    func testArrayMembers() {
        check("""
        var xs = [5, 3, 8]
        print(xs[0], xs[1..<3], xs.count, xs.isEmpty, [Int]().isEmpty)
        xs.append(1)
        xs.insert(9, at: 0)
        print(xs)
        let r = xs.remove(at: 1)
        let l = xs.removeLast()
        print(r, l, xs)
        print(xs.first!, xs.last!, xs.contains(8), xs.contains(4), xs.firstIndex(of: 8)!, xs.firstIndex(of: 4) == nil)
        print(xs.map { $0 * 2 }, xs.filter { $0 > 4 }, xs.reduce(0, +))
        print(xs.sorted(), xs.sorted(by: >), Array(xs.reversed()))
        for (i, v) in xs.enumerated() { print(i, v, terminator: "; ") }
        print()
        print(Array(zip(xs, ["a", "b", "c"])))
        print(xs.min()!, xs.max()!, ["a", "b"].joined(separator: "-"), ["x"].joined())
        print(Array(repeating: 0, count: 3), Array(repeating: "ab", count: 2), [1] + [2, 3])
        xs[0] = 100
        print(xs)
        """, "5 [3, 8] 3 false true\n[9, 5, 3, 8, 1]\n5 1 [9, 3, 8]\n9 8 true false 2 true\n[18, 6, 16] [9, 8] 20\n[3, 8, 9] [9, 8, 3] [8, 3, 9]\n0 9; 1 3; 2 8; \n[(9, \"a\"), (3, \"b\"), (8, \"c\")]\n3 9 a-b x\n[0, 0, 0] [\"ab\", \"ab\"] [1, 2, 3]\n[100, 3, 8]\n")
    }

    func testNestedArraysHaveValueSemantics() {
        check("""
        var grid = Array(repeating: Array(repeating: 0, count: 2), count: 2)
        grid[0][1] = 5
        var copy = grid
        copy[1][0] = 7
        print(grid, copy)
        """, "[[0, 5], [0, 0]] [[0, 5], [7, 0]]\n")
    }

    func testArrayIndexOutOfRangeIsAnError() {
        checkError("let xs = [1, 2]\nprint(xs[2])", "out of range")
    }

    // MARK: Dictionaries

    func testDictionaries() {
        check("""
        var ages = ["bo": 3, "al": 5]
        print(ages["bo"]!, ages["zz"] == nil, ages["zz", default: 0], ages.count)
        ages["cy"] = 1
        ages["bo"] = nil
        ages["al", default: 0] += 10
        for (k, v) in ages { print(k, v) }
        print(ages.keys.sorted(), ages.values.sorted())
        for key in ages.keys.sorted() { print(key, ages[key]!, terminator: "|") }
        print()
        var counts: [Character: Int] = [:]
        for ch in "abca" { counts[ch, default: 0] += 1 }
        print(counts, counts.isEmpty)
        """, "3 true 0 2\nal 15\ncy 1\n[\"al\", \"cy\"] [1, 15]\nal 15|cy 1|\n[\"a\": 2, \"b\": 1, \"c\": 1] false\n")
    }

    func testDictionaryIterationFollowsInsertionOrder() {
        check("""
        var d: [String: Int] = [:]
        for w in ["zeta", "alpha", "mid", "beta"] { d[w] = w.count }
        print(d)
        for (key, value) in d { print(key, value) }
        print(Array(d.keys), Array(d.values))
        """, "[\"zeta\": 4, \"alpha\": 5, \"mid\": 3, \"beta\": 4]\nzeta 4\nalpha 5\nmid 3\nbeta 4\n[\"zeta\", \"alpha\", \"mid\", \"beta\"] [4, 5, 3, 4]\n")
    }

    // MARK: Control flow

    func testIfElseIfElseAndGuard() {
        check("""
        func grade(_ s: Int) -> String {
            if s >= 90 { return "A" } else if s >= 80 { return "B" } else { return "C" }
        }
        func check(_ x: Int) -> String {
            guard x > 0 else { return "non-positive" }
            return "positive"
        }
        print(grade(95), grade(85), grade(10), check(0), check(3))
        """, "A B C non-positive positive\n")
    }

    func testForLoopsWithTuplesWildcardAndWhere() {
        check("""
        for (a, b) in [(1, "x"), (2, "y")] { print(a, b) }
        var n = 0
        for _ in 0..<4 { n += 1 }
        for i in 1...10 where i % 3 == 0 { print(i, terminator: " ") }
        print(n)
        for (i, c) in Array("ab").enumerated() { print(i, c) }
        """, "1 x\n2 y\n3 6 9 4\n0 a\n1 b\n")
    }

    func testWhileRepeatWhileBreakContinue() {
        check("""
        var i = 0
        while i < 3 { i += 1 }
        var j = 10
        repeat { j += 1 } while j < 5
        var k = 0
        var seen: [Int] = []
        while true {
            k += 1
            if k % 2 == 0 { continue }
            if k > 7 { break }
            seen.append(k)
        }
        print(i, j, seen)
        """, "3 11 [1, 3, 5, 7]\n")
    }

    func testSwitchOverIntsStringsAndRanges() {
        check("""
        func kind(_ n: Int) -> String {
            switch n {
            case 0: return "zero"
            case 1, 2: return "small"
            case 3..<10: return "medium"
            case 10...: return "large"
            default: return "negative"
            }
        }
        print(kind(0), kind(2), kind(5), kind(99), kind(-1))
        for s in ["cat", "dog", "emu"] {
            switch s {
            case "cat": print("meow")
            case "dog":
                print("woof")
            default:
                print("?")
            }
        }
        let x = 0.5
        switch x {
        case 0..<0.25: print("low")
        case 0.25...1: print("high")
        default: print("out")
        }
        """, "zero small medium large negative\nmeow\nwoof\n?\nhigh\n")
    }


    // MARK: Functions

    func testFunctionsLabelsDefaultsAndImplicitReturn() {
        check("""
        func f(_ x: Double, label y: Int = 1) -> Double { x * Double(y) }
        func greet(person name: String, from town: String = "here") -> String {
            return "\\(name) from \\(town)"
        }
        func noResult() { print("side effect") }
        print(f(2), f(2, label: 3), greet(person: "Al"), greet(person: "Bo", from: "Rome"))
        noResult()
        func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }
        print(sum(1, 2, 3), sum())
        """, "2.0 6.0 Al from here Bo from Rome\nside effect\n6 0\n")
    }

    func testRecursionAndNestedFunctions() {
        check("""
        func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
        func outer(_ x: Int) -> Int {
            func helper(_ y: Int) -> Int { y * 10 + x }
            return helper(x + 1)
        }
        func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
        func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
        print(fact(10), outer(2), isEven(10), isOdd(7))
        """, "3628800 32 true true\n")
    }

    func testFunctionTypes() {
        check("""
        func square(_ x: Double) -> Double { x * x }
        func apply(_ f: (Double) -> Double, to x: Double) -> Double { f(x) }
        let g: (Double) -> Double = square
        var fs: [(Double) -> Double] = [square, { $0 + 1 }]
        fs.append(sqrt)
        print(apply(square, to: 3), g(2), fs.map { $0(4.0) })
        func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int { { g(f($0)) } }
        print(compose({ $0 + 1 }, { $0 * 2 })(5))
        """, "9.0 4.0 [16.0, 5.0, 2.0]\n12\n")
    }

    func testClosuresShorthandTrailingAndCapture() {
        check("""
        let double = { (x: Int) -> Int in x * 2 }
        let add: (Int, Int) -> Int = { a, b in a + b }
        let mul = { (a: Int, b: Int) in a * b }
        print(double(4), add(1, 2), mul(3, 4))
        print([1, 2, 3].map { x in x * x }, [4, 5].map({ $0 + 1 }), [3, 1, 2].sorted { (a, b) in a > b })
        var counter = 0
        let inc = { counter += 1 }
        inc(); inc()
        print(counter)
        func makeAdder(_ n: Int) -> (Int) -> Int { return { $0 + n } }
        let add5 = makeAdder(5)
        print(add5(1))
        func repeatTwice(_ body: () -> Void) { body(); body() }
        repeatTwice { print("hi") }
        var fns: [() -> Int] = []
        for i in 0..<3 { fns.append { i * 10 } }
        print(fns.map { $0() })
        """, "8 3 12\n[1, 4, 9] [5, 6] [3, 2, 1]\n2\n6\nhi\nhi\n[0, 10, 20]\n")
    }

    // MARK: Classes and structs

    func testClassesStoredComputedInitMethodsSelfAndReferenceSemantics() {
        check("""
        class Counter {
            var count = 0
            var step: Int
            let name: String
            init(name: String, step: Int = 1) {
                self.name = name
                self.step = step
            }
            var doubled: Int { count * 2 }
            var described: String {
                return "\\(name)=\\(count)"
            }
            func tick() { count += step }
            func tick(times: Int) { for _ in 0..<times { self.tick() } }
        }
        let c = Counter(name: "c", step: 2)
        c.tick()
        c.tick(times: 2)
        let alias = c
        alias.count += 1
        print(c.count, c.doubled, c.described, alias.count)
        """, "7 14 c=7 7\n")
    }

    func testSubclassesOverrideAndSuperInit() {
        check("""
        class Animal {
            var name: String
            init(name: String) { self.name = name }
            func speak() -> String { "..." }
            func intro() -> String { "\\(name) says \\(speak())" }
        }
        class Dog: Animal {
            var tricks: Int
            init(name: String, tricks: Int) {
                self.tricks = tricks
                super.init(name: name)
            }
            override func speak() -> String { "woof" }
        }
        let d = Dog(name: "Rex", tricks: 2)
        let a: Animal = d
        print(a.intro(), d.tricks, Animal(name: "x").intro())
        """, "Rex says woof 2 x says ...\n")
    }

    func testStaticMembersAndSelf() {
        check("""
        struct Config {
            static let size = 3
            static func make() -> Config { Config(v: Self.size) }
            var v: Int
        }
        class Registry {
            static var count = 0
            init() { Registry.count += 1 }
        }
        _ = Registry(); _ = Registry()
        print(Config.size, Config.make().v, Registry.count)
        """, "3 3 2\n")
    }

    func testStructsValueSemanticsMutatingAndMemberwiseInit() {
        check("""
        struct Point {
            var x: Double
            var y: Double = 0
            var length: Double { (x * x + y * y).squareRoot() }
            mutating func scale(by k: Double) { x *= k; y *= k }
            func moved(dx: Double) -> Point { Point(x: x + dx, y: y) }
        }
        var p = Point(x: 3, y: 4)
        var q = p
        q.scale(by: 2)
        let r = Point(x: 1)
        print(p.x, q.x, p.length, r.y, p.moved(dx: 1).x)
        var ps = [p, q]
        ps[0].x = 100
        print(p.x, ps[0].x)
        struct Pair { let a: Int; let b: Int; init(_ a: Int, _ b: Int) { self.a = a; self.b = b } }
        print(Pair(1, 2).b)
        p.x = 9
        print(p.x)
        """, "3.0 6.0 5.0 0.0 4.0\n3.0 100.0\n2\n9.0\n")
    }

    // MARK: Math on Double and conversions

    func testMathFunctions() {
        check("""
        import Foundation
        print(exp(0.0), log(1.0), sqrt(16.0), pow(2.0, 10.0), sin(0.0), cos(0.0), tan(0.0))
        print(atan(0.0), tanh(0.0), abs(-2.5), abs(-3), max(1.5, 2.5), min(1, 2), max(3, 7, 5))
        print(floor(2.7), ceil(2.1), round(2.5), round(-2.5), (2.0).squareRoot(), 9.0.squareRoot())
        print(Double.pi, Double.infinity, -Double.infinity, (0.0 / 0.0).isNaN, Double.pi.isNaN)
        print(exp(1.0), log(10.0))
        """, "1.0 0.0 4.0 1024.0 0.0 1.0 0.0\n0.0 0.0 2.5 3 2.5 1 7\n2.0 3.0 3.0 -3.0 1.4142135623730951 3.0\n3.141592653589793 inf -inf true false\n2.718281828459045 2.302585092994046\n")
    }

    func testConversions() {
        check("""
        print(Double(3), Int(2.9), Int(-2.9), Double("1.5")!, Int("12")!, Int("x") == nil, Int(Double(7) / 2))
        print(Float(1.5), Double(Int.max) > 0, Int.max, Int.min)
        """, "3.0 2 -2 1.5 12 true 3\n1.5 true 9223372036854775807 -9223372036854775808\n")
    }

    // MARK: print and number formatting

    func testPrintSeparatorTerminator() {
        check("""
        print("a", "b", "c", separator: "-")
        print("no newline", terminator: "")
        print("!")
        print(1, 2, separator: ", ", terminator: ".\\n")
        print()
        """, "a-b-c\nno newline!\n1, 2.\n\n")
    }

    func testNumbersPrintAsSwiftPrintsThem() {
        check("""
        print(0.1 + 0.2)
        print(1e16, 1e15, 123456789012345680.0)
        print(Double(3), -0.0, 1.0 / 3.0, 2.5e-5, 0.0001, 1e-7)
        print(100.0, 1.5e300, Double.greatestFiniteMagnitude, 5e-324)
        print(Float(0.1), 0.1 * 3)
        """, "0.30000000000000004\n1e+16 1000000000000000.0 1.2345678901234568e+17\n3.0 -0.0 0.3333333333333333 2.5e-05 0.0001 1e-07\n100.0 1.5e+300 1.7976931348623157e+308 5e-324\n0.1 0.30000000000000004\n")
    }

    // MARK: assert

    func testAssertFailsTheCellWithTheMessage() {
        let r = runCells(["print(\"before\")\nassert(1 + 1 == 2, \"math\")\nassert(2 > 3, \"two is not greater\")\nprint(\"after\")"])
        XCTAssertEqual(r.text, "before\n")
        XCTAssertTrue(r.errors.first?.message.contains("two is not greater") ?? false, r.errors.first?.message ?? "no error")
        XCTAssertEqual(r.errors.first?.location?.line, 3)
    }

    // MARK: Randomness

    func testSeededRandomnessIsReproducible() {
        let program = """
        let a = Double.random(in: 0..<1)
        let b = Int.random(in: 1...6)
        let c = [1, 2, 3, 4, 5].shuffled()
        print(a, b, c)
        """
        let first = output(program), second = output(program)
        XCTAssertEqual(first, second)
        let reseeded = output("_ = Double.random(in: 0..<1)\nmanualSeed(0)\n" + program)
        XCTAssertEqual(reseeded, first)
        let other = output("manualSeed(42)\n" + program)
        XCTAssertNotEqual(other, first)
        XCTAssertEqual(output("manualSeed(42)\n" + program), other)
    }

    func testRandomValuesStayInTheirRanges() {
        check("""
        var ok = true
        for _ in 0..<1000 {
            let d = Double.random(in: -1..<1)
            let i = Int.random(in: 3...5)
            if d < -1 || d >= 1 || i < 3 || i > 5 { ok = false }
        }
        print(ok, [1, 2, 3].shuffled().sorted())
        """, "true [1, 2, 3]\n")
    }

    func testManualSeedReseedsMidCell() {
        check("""
        manualSeed(7)
        let a = (0..<3).map { _ in Int.random(in: 0...1000) }
        manualSeed(7)
        let b = (0..<3).map { _ in Int.random(in: 0...1000) }
        print(a == b)
        """, "true\n")
    }

    // MARK: Sessions

    func testGlobalUsedBeforeItsDeclarationIsAnError() {
        checkError("print(later)\nlet later = 1", "later")
    }


    func testOutputIsCapped() {
        let r = runCells(["for i in 0..<2_000_000 { print(\"line number \\(i)\") }"], timeout: 30)
        XCTAssertNotNil(r.errors.first, "expected the output cap to end the cell")
        XCTAssertLessThan(r.text.utf8.count, 20_000_000)
    }

    func testProgressReportsAndYieldsTheItems() {
        let s = ScriptSession()
        var updates: [ProgressUpdate] = []
        s.progressHandler = { updates.append($0) }
        let run = s.run(CellSource(code: "var t = 0\nfor i in progress(0..<5) { t += i }\nprint(t)", file: "t.md", firstLine: 1), timeout: 5)
        XCTAssertEqual(run.outputs, [.text("10\n")])
        XCTAssertFalse(updates.isEmpty)
        XCTAssertTrue(updates.allSatisfy { $0.total == 5 && $0.completed <= 5 })
    }
}
