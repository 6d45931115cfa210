import XCTest
@testable import Script

/// Labelled loops (`break outer`, `continue outer`) and top-level functions that use
/// globals declared after them in the same cell, as in Swift.
final class LabelsAndLaterGlobalsTests: XCTestCase {
    func testBreakOuterLeavesBothLoops() {
        XCTAssertEqual(output("""
        var hits = 0
        outer: for i in 1...5 {
            for j in 1...5 {
                hits += 1
                if i * j == 12 { print(i, j); break outer }
            }
        }
        print(hits)
        """), "3 4\n14\n")
    }

    func testContinueOuterSkipsTheRestOfTheInnerLoop() {
        XCTAssertEqual(output("""
        var pairs: [String] = []
        rows: for i in 0..<4 {
            for j in 0..<4 {
                if j > i { continue rows }
                if i == 3 { break rows }
                pairs.append("\\(i)\\(j)")
            }
        }
        print(pairs)
        """), "[\"00\", \"10\", \"11\", \"20\", \"21\", \"22\"]\n")
    }

    func testLabelledWhileAndRepeatAndSwitchInside() {
        XCTAssertEqual(output("""
        var n = 0
        var log: [Int] = []
        loop: while n < 10 {
            n += 1
            var k = 0
            repeat {
                k += 1
                if n % 2 == 0 { continue loop }
                if n == 7 { break loop }
            } while k < 2
            log.append(n)
        }
        print(log, n)
        scan: for w in ["ab", "cd"] {
            for ch in w {
                switch ch {
                case "d": break scan
                default: print(ch, terminator: " ")
                }
            }
        }
        print()
        """), "[1, 3, 5] 7\na b c \n")
    }

    func testUnknownLabelIsAnErrorBeforeTheCellRuns() {
        let r = runCells(["print(1)\nfor i in 0..<2 { if i > 0 { continue nowhere } }"])
        XCTAssertEqual(r.text, "")
        XCTAssertEqual(r.errors.first?.message, "use of unresolved label 'nowhere'")
    }

    func testAFunctionMayUseAGlobalDeclaredLaterInTheCell() {
        XCTAssertEqual(output("""
        func describe() -> String { "\\(name) has \\(count) items, limit \\(limit())" }
        func limit() -> Int { count * factor }
        let name = "cart"
        var count = 2
        let factor = 10
        print(describe())
        count += 1
        print(describe())
        """), "cart has 2 items, limit 20\ncart has 3 items, limit 30\n")
    }
}
