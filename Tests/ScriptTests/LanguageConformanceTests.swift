import XCTest
@testable import Script

/// What LANGUAGE.md §2 ("The Swift subset") promises beyond printing what Swift prints:
/// errors and their places, randomness, limits and progress. The valid programs that pin
/// Swift's output, one per bullet, live once, as files, in Tests/Differential/Valid
/// (checked against swiftc by Tests/Scripts/swiftc-differential.sh and against the
/// interpreter by DifferentialCorpusTests).
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

    func testAnyImportIsAcceptedAndIgnored() {
        check("import Darwin\nimport Foundation\nimport Glibc\nprint(1)", "1\n")
    }

    // MARK: let, var, annotations

    func testAssigningALetIsAnErrorBeforeTheCellRuns() {
        let r = runCells(["print(\"never\")\nlet k = 1\nk = 2"])
        XCTAssertEqual(r.text, "")
        XCTAssertEqual(r.errors.first?.message, "cannot assign to value: 'k' is a 'let' constant")
        XCTAssertEqual(r.errors.first?.location, SourceLocation(line: 3, column: 1))
        // Compound assignment, in swiftc's words: before the cell runs where the type is known
        // not to be a tensor's (a `let` tensor may update in place), else when it runs.
        let c = runCells(["print(\"never\")\nlet k = 1\nk += 1"])
        XCTAssertEqual(c.text, "")
        XCTAssertEqual(c.errors.first?.message, "left side of mutating operator isn't mutable: 'k' is a 'let' constant")
        XCTAssertEqual(c.errors.first?.location, SourceLocation(line: 3, column: 3))
    }

    // MARK: Optionals

    func testForceUnwrappingNilIsAnError() {
        checkError("let o: Int? = nil\nprint(o!)", "nil")
    }

    // MARK: Int and Double literal typing

    func testIntTimesDoubleIsAnErrorSuggestingDoubleConversion() {
        let m = errorMessage("let n = 3\nlet y = n * 0.5")
        XCTAssertTrue(m?.contains("Double(") ?? false, m ?? "no error")
        XCTAssertTrue(m?.contains("'Int' and 'Double'") ?? false, m ?? "no error")
        checkError("let a = 2.0\nlet b = 3\nprint(a + b)", "Double(")
        check("let n = 3\nprint(Double(n) * 0.5)", "1.5\n")
    }

    // MARK: Operators

    func testOverflowIsAnErrorAsInSwift() {
        checkError("var m = Int.max\nm += 1", "overflow")
        checkError("let z = 0\nprint(5 % z)", "zero")
    }

    // MARK: Arrays

    func testArrayIndexOutOfRangeIsAnError() {
        checkError("let xs = [1, 2]\nprint(xs[2])", "out of range")
    }

    // MARK: Dictionaries

    func testDictionaryIterationFollowsInsertionOrder() {
        check("""
        var d: [String: Int] = [:]
        for w in ["zeta", "alpha", "mid", "beta"] { d[w] = w.count }
        print(d)
        for (key, value) in d { print(key, value) }
        print(Array(d.keys), Array(d.values))
        """, "[\"zeta\": 4, \"alpha\": 5, \"mid\": 3, \"beta\": 4]\nzeta 4\nalpha 5\nmid 3\nbeta 4\n[\"zeta\", \"alpha\", \"mid\", \"beta\"] [4, 5, 3, 4]\n")
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
