import XCTest
@testable import Lesson

final class CheckComparisonTests: XCTestCase {
    func testIdenticalTextMatches() {
        XCTAssertTrue(OutputComparison.matches(expected: "a\nb\n", actual: "a\nb\n"))
    }

    func testTrailingWhiteSpaceAndTrailingBlankLinesAreIgnored() {
        XCTAssertTrue(OutputComparison.matches(expected: "a  \nb\t\n", actual: "a\nb\n\n"))
        XCTAssertFalse(OutputComparison.matches(expected: " a\n", actual: "a\n"), "leading space counts")
    }

    func testRelativeDifferenceOf1e5PassesAtTheDefaultTolerance() {
        XCTAssertTrue(OutputComparison.matches(expected: "loss 0.25000\n", actual: "loss 0.2500025\n"))
        XCTAssertTrue(OutputComparison.matches(expected: "100000", actual: "100001"))
    }

    func testRelativeDifferenceOf1e3FailsAtTheDefaultTolerance() {
        XCTAssertFalse(OutputComparison.matches(expected: "loss 0.25000\n", actual: "loss 0.25025\n"))
        XCTAssertFalse(OutputComparison.matches(expected: "1000", actual: "1001"))
    }

    func testToleranceCanBeWidened() {
        XCTAssertTrue(OutputComparison.matches(expected: "loss 0.25000\n", actual: "loss 0.25025\n", rtol: 1e-2))
    }

    func testNumbersInsideTextAndArraysCompareWithTolerance() {
        XCTAssertTrue(OutputComparison.matches(expected: "[1.0, -2.5e-3, 3]", actual: "[1.000001, -0.0025000001, 3.0]"))
        XCTAssertTrue(OutputComparison.matches(expected: "epoch 10: loss=0.693147", actual: "epoch 10: loss=0.6931472"))
        XCTAssertFalse(OutputComparison.matches(expected: "epoch 10: loss=0.69", actual: "epoch 11: loss=0.69"))
    }

    func testTextAroundNumbersMustBeEqual() {
        XCTAssertFalse(OutputComparison.matches(expected: "loss 0.5", actual: "lost 0.5"))
        XCTAssertFalse(OutputComparison.matches(expected: "[1, 2]", actual: "[1, 2, 3]"))
        XCTAssertFalse(OutputComparison.matches(expected: "-1", actual: "1"))
    }

    func testEllipsisMatchesAnyLines() {
        let expected = "start\n...\nend\n"
        XCTAssertTrue(OutputComparison.matches(expected: expected, actual: "start\nend\n"))
        XCTAssertTrue(OutputComparison.matches(expected: expected, actual: "start\n1\n2\n3\nend\n"))
        XCTAssertFalse(OutputComparison.matches(expected: expected, actual: "start\n1\n2\n"))
        XCTAssertFalse(OutputComparison.matches(expected: expected, actual: "begin\n1\nend\n"))
    }

    func testEllipsisAtTheEndsAndTwice() {
        XCTAssertTrue(OutputComparison.matches(expected: "...\nloss 0.1\n", actual: "epoch 1\nepoch 2\nloss 0.1\n"))
        XCTAssertTrue(OutputComparison.matches(expected: "a\n...\n", actual: "a\nb\nc\n"))
        XCTAssertTrue(OutputComparison.matches(expected: "a\n...\nm\n...\nz\n", actual: "a\nb\nm\nn\nz\n"))
        XCTAssertFalse(OutputComparison.matches(expected: "a\n...\nm\n...\nz\n", actual: "a\nb\nn\nz\n"))
    }

    func testEllipsisOnlyOnALineOfItsOwn() {
        XCTAssertFalse(OutputComparison.matches(expected: "values ...\n", actual: "values 1 2 3\n"))
    }

    func testCRLFExpectedMatchesLFActual() {
        XCTAssertTrue(OutputComparison.matches(expected: "a\r\nb\r\n", actual: "a\nb\n"))
    }

    func testDiffShowsExpectedAgainstActual() {
        let diff = OutputDiff.unified(expected: "a\nb\nc\nd\n", actual: "a\nB\nc\nd\n")
        XCTAssertEqual(diff, "--- expected\n+++ actual\n@@ -1,4 +1,4 @@\n a\n-b\n+B\n c\n d")
    }

    func testDiffTreatsNumbersWithinToleranceAsEqual() {
        let diff = OutputDiff.unified(expected: "x 1.0\ny 2\n", actual: "x 1.000001\ny 3\n")
        XCTAssertEqual(diff, "--- expected\n+++ actual\n@@ -1,2 +1,2 @@\n x 1.0\n-y 2\n+y 3")
    }

    func testDiffIsShortForLongOutputs() {
        let expected = (0..<200).map { "line \($0 * 7)" }.joined(separator: "\n")
        let actual = (0..<200).map { "line \($0 * 7 + 1)" }.joined(separator: "\n")
        let diff = OutputDiff.unified(expected: expected, actual: actual)
        XCTAssertLessThanOrEqual(diff.split(separator: "\n").count, 43)
        XCTAssertTrue(diff.hasSuffix("more diff lines)"))
    }

    func testDiffKeepsHunksApart() {
        let expected = (1...20).map(String.init).joined(separator: "\n")
        let actual = expected.replacingOccurrences(of: "\n2\n", with: "\ntwo\n").replacingOccurrences(of: "\n19\n", with: "\nnineteen\n")
        let hunks = OutputDiff.unified(expected: expected, actual: actual).split(separator: "\n").filter { $0.hasPrefix("@@") }
        XCTAssertEqual(hunks, ["@@ -1,4 +1,4 @@", "@@ -17,4 +17,4 @@"])
    }
}
