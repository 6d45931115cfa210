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
        // u just below 1 picks the last non-zero category; u = 0 the first non-zero one.
        XCTAssertEqual(try multinomial(Tensor([0, 1, 1, 0]), samples: 1) { 0.999999 }.scalars, [2])
        XCTAssertEqual(try multinomial(Tensor([0, 1, 1, 0]), samples: 1) { 0 }.scalars, [1])
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
