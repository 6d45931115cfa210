import Foundation
import XCTest
@testable import Script

/// Malformed programs: each must end with one `.error` output that has a message and a
/// line/column, quickly, without crashing or hanging the session.
final class MalformedProgramTests: XCTestCase {
    /// A malformed program and a fragment its diagnostic must contain ("" when any message will do).
    struct Case {
        var name: String
        var code: String
        var fragment: String
        init(_ name: String, _ code: String, _ fragment: String = "") {
            self.name = name
            self.code = code
            self.fragment = fragment
        }
    }

    static let cases: [Case] = [
        // Unbalanced braces, brackets and parentheses.
        Case("missing close brace", "if true {\n  print(1)\n", "expected '}'"),
        Case("missing close brace of func", "func f() {\n  print(1)"),
        Case("extra close brace", "print(1)\n}", "extraneous '}'"),
        Case("extra close brace after block", "if true { print(1) } }"),
        Case("missing close paren", "print((1 + 2)"),
        Case("missing open paren", "print 1 + 2)"),
        Case("extra close paren", "print(1))"),
        Case("missing close bracket", "let a = [1, 2"),
        Case("extra close bracket", "let a = [1, 2]]"),
        Case("mismatched bracket and paren", "let a = [1, 2)"),
        Case("mismatched paren and brace", "print(1}"),
        Case("open brace only", "{"),
        Case("close paren only", ")"),
        Case("close bracket only", "]"),
        Case("nested unclosed", "func f() {\n  if true {\n    while false {\n"),
        Case("class without close", "class A {\n  var x = 1\n"),
        Case("struct without close", "struct P { var x: Int"),
        Case("closure without close", "let f = { (x: Int) in x * 2"),
        Case("dictionary without close", "let d = [\"a\": 1"),
        Case("subscript without close", "let a = [1]\nprint(a[0)"),
        // Strings and interpolations.
        Case("unterminated string", "let s = \"hello\nprint(s)", "unterminated"),
        Case("unterminated string at end", "print(\"abc"),
        Case("unterminated interpolation", "let x = 1\nprint(\"value \\(x\")"),
        Case("unterminated interpolation paren", "print(\"a \\(1 + (2\")"),
        Case("empty interpolation", "print(\"a \\() b\")"),
        Case("unterminated multi-line string", "let s = \"\"\"\nabc\n"),
        Case("bad escape", "print(\"\\q\")"),
        Case("unterminated block comment", "/* never closed\nprint(1)", "unterminated"),
        Case("unterminated character-like", "let c: Character = \"ab\"\nprint(c)"),
        Case("interpolation with a stray brace", "print(\"\\(})\")"),
        // Stray and unsupported tokens.
        Case("stray at sign", "@ print(1)"),
        Case("unsupported attribute", "@objc func f() {}"),
        Case("stray hash", "#if DEBUG\nprint(1)\n#endif"),
        Case("stray backslash", "let x = \\ 1"),
        Case("stray operator", "let x = 1 +"),
        Case("stray dot", "let x = .\nprint(x)"),
        Case("stray comma", "print(1,)"),
        Case("leading comma", "print(,1)"),
        Case("double equals in declaration", "let x == 1"),
        Case("missing value", "let x =\n"),
        Case("missing name", "let = 3"),
        Case("keyword as name", "let for = 3"),
        Case("two expressions on a line", "let a = 1 2", "consecutive statements"),
        Case("number followed by name", "let a = 12abc"),
        Case("bad number", "let a = 1.2.3"),
        Case("hex without digits", "let a = 0x"),
        Case("lonely question mark", "let a = ?"),
        Case("ternary without colon", "let a = true ? 1"),
        Case("ternary without else value", "let a = true ? 1 :"),
        Case("unicode junk", "let a = 1 ¤ 2"),
        Case("emoji operator", "let a = 1 🙂 2"),
        Case("case outside an enum", "struct S { case a }", "outside of an enum"),
        Case("enum case without a name", "enum E { case }", "enum case name"),
        Case("raw value without a raw type", "enum E { case a = 1 }", "does not have a raw type"),
        Case("protocol method with a body", "protocol P { func f() { } }", "protocol methods must not have bodies"),
        Case("extension of an unknown type", "extension Nope {}", "cannot find type 'Nope'"),
        Case("defer at the top level", "defer { print(1) }", "'defer'"),
        Case("throw of a number", "func f() throws { throw 3 }", "does not conform to 'Error'"),
        Case("catch without do", "catch { }", "expected expression"),
        Case("typealias unsupported", "typealias T = Int", "not supported"),
        Case("unused closure", "{ print(1) }", "closure expression is unused"),
        Case("empty case body", "switch 1 {\ncase 1:\ndefault: print(2)\n}", "at least one executable statement"),
        Case("else without if", "else { print(1) }"),
        Case("case outside switch", "case 1: print(1)"),
        Case("for without in", "for i 0..<3 { print(i) }"),
        Case("for without body", "for i in 0..<3"),
        Case("while without body", "while true"),
        Case("if without condition", "if { print(1) }"),
        Case("guard without else", "guard true { return }"),
        Case("func without name", "func (x: Int) {}"),
        Case("func without parens", "func f { }"),
        Case("param without type", "func f(x) {}"),
        Case("arrow without type", "func f() -> { 1 }"),
        Case("class without name", "class { }"),
        Case("switch without braces", "switch 1 case 1: print(1)"),
        Case("repeat without while", "repeat { print(1) }"),
        Case("closure in without params", "let f = { in 1 }"),
        Case("generic missing close", "let a: Array<Int = []"),
        Case("label colon alone", ": print(1)"),
        // Names, declarations and mutability.
        Case("name before declaration", "print(later)\nlet later = 1", "later"),
        Case("unknown name", "print(nothingHere)", "cannot find 'nothingHere' in scope"),
        Case("unknown function", "frobnicate(1)", "frobnicate"),
        Case("reassign let", "let a = 1\na = 2", "'let' constant"),
        Case("compound assign let", "let a = 1\na += 2", "'let' constant"),
        Case("redeclared name", "let a = 1\nlet a = 2", "redeclaration"),
        Case("unknown member", "let a = [1]\nprint(a.lenght)", "lenght"),
        Case("unknown method", "let s = \"x\"\nprint(s.shout())", "shout"),
        Case("self outside type", "print(self)", "self"),
        Case("break outside loop", "break"),
        Case("continue outside loop", "continue"),
        Case("return at top level value", "return 5"),
        Case("bad label", "outer: for i in 0..<2 { break inner }"),
        Case("break with unknown label", "for i in 0..<2 { break nowhere }"),
        // Calls.
        Case("too many arguments", "func f(_ x: Int) -> Int { x }\nprint(f(1, 2))"),
        Case("too few arguments", "func f(_ x: Int, _ y: Int) -> Int { x + y }\nprint(f(1))"),
        Case("missing label", "func f(axis: Int) -> Int { axis }\nprint(f(1))", "missing argument label"),
        Case("wrong label", "func f(axis: Int) -> Int { axis }\nprint(f(dim: 1))"),
        Case("extra label", "func f(_ x: Int) -> Int { x }\nprint(f(x: 1))"),
        Case("calling an Int", "let n = 3\nprint(n(2))", "cannot call"),
        Case("calling a String", "let s = \"a\"\ns()", "cannot call"),
        Case("calling an array", "let a = [1]\nprint(a(0))", "cannot call"),
        Case("init with wrong labels", "struct P { var x: Int }\nlet p = P(y: 1)"),
        Case("class init with argument but none", "class C { var v = 1 }\nlet c = C(3)"),
        Case("print with bad label", "print(1, sep: \",\")"),
        Case("builtin with wrong arity", "print(sqrt(1.0, 2.0))"),
        // Types and values at run time.
        Case("int times double", "let n = 3\nprint(n * 0.5)", "Double("),
        Case("string plus int", "let s = \"a\" + 1"),
        Case("bool arithmetic", "let b = true + 1"),
        Case("if on int", "if 1 { print(1) }"),
        Case("force unwrap nil", "let o: Int? = nil\nprint(o!)"),
        Case("index out of range", "let a = [1, 2, 3]\nprint(a[5])", "out of range"),
        Case("negative index", "let a = [1]\nprint(a[-1])", "out of range"),
        Case("remove from empty", "var a: [Int] = []\na.removeLast()"),
        Case("division by zero", "let z = 0\nprint(1 / z)", "division by zero"),
        Case("overflow", "let m = Int.max\nprint(m + 1)", "overflow"),
        Case("assert fails", "assert(1 > 2, \"nope\")", "nope"),
        Case("fatal error", "fatalError(\"stop here\")", "stop here"),
        Case("reassign let property in a method", "struct P {\n  let x: Int\n  mutating func f() { x = 2 }\n}", "let"),
        Case("redeclared name in a function", "func f() {\n  let a = 1\n  var a = 2\n}", "redeclaration"),
        Case("continue in switch outside loop", "switch 1 {\ncase 1: continue\ndefault: break\n}", "continue"),
        Case("missing return after if without else", "func f(_ x: Int) -> Int {\n  if x > 0 { return 1 } else if x < 0 { return -1 }\n}", "missing return"),
        Case("missing return in method", "class C {\n  func f() -> String {\n    print(1)\n    print(2)\n  }\n}", "missing return"),
        Case("missing return in computed property", "struct S {\n  var v: Int {\n    let a = 1\n  }\n}", "missing return"),
        Case("missing return", "func f(_ x: Int) -> Int {\n  if x > 0 { return 1 }\n}\nprint(f(-1))", "return"),
        Case("missing return in empty body", "func f() -> Int {\n}\nprint(f())", "return"),
        Case("infinite recursion", "func f(_ n: Int) -> Int { f(n + 1) }\nprint(f(0))", "recursion too deep"),
        Case("destructure mismatch", "let (a, b) = (1, 2, 3)\nprint(a, b)"),
        Case("bad range", "let r = 5...1\nprint(r)"),
        Case("stride by zero", "for i in stride(from: 0, to: 3, by: 0) { print(i) }"),
        Case("int from huge double", "print(Int(1e300))"),
    ]

    /// Programs too large to write out: deep nesting and very long lines.
    static let generated: [Case] = [
        Case("10,000 nested parentheses", "print(" + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000) + ")", "nest"),
        Case("10,000 unclosed parentheses", String(repeating: "(", count: 10_000)),
        Case("10,000 nested brackets", "let a = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
        Case("10,000 nested braces", String(repeating: "if true { ", count: 10_000) + String(repeating: "}", count: 10_000)),
        Case("10,000 nested closures", "let f = " + String(repeating: "{ ", count: 10_000)),
        Case("10,000 prefix minus", "let a = " + String(repeating: "-(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)),
        Case("10,000 nested interpolations", "print(" + String(repeating: "\"\\(", count: 5_000) + "1" + String(repeating: ")\"", count: 5_000) + ")"),
        Case("1 MB line of additions then a stray token", "let x = " + Array(repeating: "1", count: 350_000).joined(separator: "+") + " )"),
        Case("1 MB unterminated string", "let s = \"" + String(repeating: "a", count: 1 << 20)),
        Case("1 MB of identifiers on one line", String(repeating: "abc ", count: 1 << 18), "consecutive statements"),
        Case("1 MB comment then an error", "// " + String(repeating: "x", count: 1 << 20) + "\nprint(undefinedName)", "undefinedName"),
    ]

    func testEveryMalformedProgramGivesALocatedDiagnostic() {
        XCTAssertGreaterThanOrEqual(Self.cases.count + Self.generated.count, 100)
        for c in Self.cases + Self.generated {
            check(c)
        }
    }

    /// Runs one case on its own session, off the test thread, so a hang fails the test
    /// (after 10 s) instead of stalling the suite.
    private func check(_ c: Case) {
        let session = ScriptSession()
        let done = DispatchSemaphore(value: 0)
        var run: CellRun? = nil
        let start = Date()
        DispatchQueue.global().async {
            run = session.run(CellSource(code: c.code, file: "bad.md", firstLine: 5), timeout: 3)
            done.signal()
        }
        guard done.wait(timeout: .now() + 10) == .success, let run else {
            return XCTFail("\(c.name): did not finish within 10 s")
        }
        let seconds = Date().timeIntervalSince(start)
        XCTAssertLessThan(seconds, 5, "\(c.name): took \(seconds) s")
        guard let d = run.error else {
            return XCTFail("\(c.name): no error; outputs \(String(describing: run.outputs).prefix(200))")
        }
        XCTAssertEqual(d.severity, .error, c.name)
        XCTAssertFalse(d.message.isEmpty, c.name)
        XCTAssertEqual(d.file, "bad.md", c.name)
        XCTAssertNotNil(d.location, "\(c.name): no line/column for \(d.message)")
        if let loc = d.location {
            XCTAssertGreaterThanOrEqual(loc.line, 5, c.name)
            XCTAssertGreaterThanOrEqual(loc.column, 1, c.name)
        }
        if !c.fragment.isEmpty {
            XCTAssertTrue(d.message.contains(c.fragment), "\(c.name): message '\(d.message.prefix(200))' lacks '\(c.fragment)'")
        }
        // The formatted diagnostic must be printable (caret line included) without trapping.
        XCTAssertTrue(d.formatted.hasPrefix("bad.md:"), c.name)
    }

    func testSessionStillWorksAfterMalformedCells() {
        let r = runCells(["let a = (1 +", "print(" + String(repeating: "(", count: 10_000), "let b = 2\nprint(b)"])
        XCTAssertEqual(r.text, "2\n")
        XCTAssertEqual(r.errors.count, 2)
    }
}
