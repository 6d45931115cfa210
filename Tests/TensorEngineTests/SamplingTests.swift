import XCTest
@testable import TensorEngine

/// multinomial and randomSplit: the distribution drawn, reproducibility, PyTorch's rounding of
/// fractions, and refused input.
final class SamplingTests: XCTestCase {
    func testMultinomialWithReplacementFollowsTheWeights() throws {
        let rng = RandomGenerator(seed: 5)
        let draws = try multinomial(Tensor([2, 3, 0, 5]), samples: 20_000, replacement: true) { rng.uniform() }
        var counts = [0, 0, 0, 0]
        for v in draws.scalars { counts[Int(v)] += 1 }
        XCTAssertEqual(counts[2], 0, "a zero weight is never drawn")
        for (i, p) in [0.2, 0.3, 0.0, 0.5].enumerated() {
            XCTAssertEqual(Double(counts[i]) / 20_000, p, accuracy: 0.015, "category \(i)")
        }
    }

    func testMultinomialWithoutReplacementDrawsEachIndexOncePerRow() throws {
        let rng = RandomGenerator(seed: 6)
        let probs = try Tensor([[0.1, 0.2, 0.3, 0.4], [1, 0, 1, 1]])
        let rows = try multinomial(probs, samples: 3) { rng.uniform() }
        XCTAssertEqual(rows.shape, [2, 3])
        XCTAssertEqual(Set(try rows[0].scalars).count, 3)
        XCTAssertEqual(Set(try rows[1].scalars), [0, 2, 3])
        // The same seed draws the same indices.
        let again = RandomGenerator(seed: 6)
        XCTAssertEqual(try multinomial(probs, samples: 3) { again.uniform() }.scalars, rows.scalars)
        // With replacement, u just below 1 picks the last non-zero category, u = 0 the first one.
        XCTAssertEqual(try multinomial(Tensor([0, 1, 1, 0]), samples: 1, replacement: true) { 0.999999 }.scalars, [2])
        XCTAssertEqual(try multinomial(Tensor([0, 1, 1, 0]), samples: 1, replacement: true) { 0 }.scalars, [1])
    }

    /// Drawing without replacement is drawing one at a time and removing what was drawn:
    /// P(first = 2) = 0.5, P(2 then 1) = 0.5 · 0.3/0.5 = 0.3, P(0 then 1) = 0.2 · 0.3/0.8 = 0.075.
    func testWithoutReplacementFollowsSequentialDrawing() throws {
        let rng = RandomGenerator(seed: 11)
        let n = 20_000
        let rows = try multinomial(Tensor.ones([n, 1]) * Tensor([[0.2, 0.3, 0.5]]), samples: 2) { rng.uniform() }
        let s = rows.scalars
        var first2 = 0, pair21 = 0, pair01 = 0
        for r in 0..<n {
            let (a, b) = (Int(s[2 * r]), Int(s[2 * r + 1]))
            XCTAssertNotEqual(a, b)
            if a == 2 { first2 += 1 }
            if a == 2 && b == 1 { pair21 += 1 }
            if a == 0 && b == 1 { pair01 += 1 }
        }
        XCTAssertEqual(Double(first2) / Double(n), 0.5, accuracy: 0.015)
        XCTAssertEqual(Double(pair21) / Double(n), 0.3, accuracy: 0.015)
        XCTAssertEqual(Double(pair01) / Double(n), 0.075, accuracy: 0.01)
    }

    func testMultinomialRefusesBadProbabilities() throws {
        func draw(_ t: Tensor, _ n: Int) throws -> Tensor { try multinomial(t, samples: n) { 0.5 } }
        XCTAssertThrowsError(try draw(Tensor([1, -1]), 1)) { XCTAssert("\($0)".contains(">= 0"), "\($0)") }
        XCTAssertThrowsError(try draw(Tensor([0, 0]), 1)) { XCTAssert("\($0)".contains("sums to 0"), "\($0)") }
        XCTAssertThrowsError(try draw(Tensor([1, 0, 1]), 3)) { XCTAssert("\($0)".contains("replacement: true"), "\($0)") }
        XCTAssertThrowsError(try draw(Tensor(1), 1)) { XCTAssert("\($0)".contains("1-D"), "\($0)") }
        XCTAssertThrowsError(try draw(Tensor([1, 1]), 0))
        XCTAssertThrowsError(try draw(Tensor([Double.nan, 1]), 1))
    }

    func testSplitLengthsFollowPyTorchRounding() throws {
        XCTAssertEqual(try splitLengths(count: 10, fractions: [0.3, 0.3, 0.4]), [3, 3, 4])
        // ⌊10·0.33⌋ = 3 each, the one left over goes to the first part.
        XCTAssertEqual(try splitLengths(count: 10, fractions: [0.33, 0.33, 0.34]), [4, 3, 3])
        XCTAssertEqual(try splitLengths(count: 5, fractions: [0.5, 0.5]), [3, 2])
        XCTAssertThrowsError(try splitLengths(count: 10, fractions: [0.5, 0.6])) { XCTAssert("\($0)".contains("sum to 1"), "\($0)") }
        XCTAssertThrowsError(try splitLengths(count: 10, fractions: [1.5, -0.5]))
        XCTAssertThrowsError(try splitLengths(count: 10, fractions: []))
    }

    func testRandomSplitIsASeededPermutationCutInRuns() throws {
        let rng = RandomGenerator(seed: 7)
        let parts = try randomSplitIndices(count: 10, lengths: [6, 0, 4]) { rng.integer(below: $0.upperBound) }
        XCTAssertEqual(parts.map(\.count), [6, 0, 4])
        XCTAssertEqual(parts.flatMap { $0 }.sorted(), Array(0..<10))
        XCTAssertNotEqual(parts.flatMap { $0 }, Array(0..<10), "the order is shuffled")
        let again = RandomGenerator(seed: 7)
        XCTAssertEqual(try randomSplitIndices(count: 10, lengths: [6, 0, 4]) { again.integer(below: $0.upperBound) }, parts)
        XCTAssertThrowsError(try randomSplitIndices(count: 10, lengths: [6, 3]) { _ in 0 }) { XCTAssert("\($0)".contains("sum to 9"), "\($0)") }
        XCTAssertThrowsError(try randomSplitIndices(count: 2, lengths: [3, -1]) { _ in 0 })
        XCTAssertThrowsError(try randomSplitIndices(count: 2, lengths: [Int.max, Int.max]) { _ in 0 })
    }
}
