import XCTest
@testable import TensorEngine

/// EmbeddingBag (PyTorch's nn.EmbeddingBag): pooled rows per bag by sum, mean and max, bags
/// from 2-D input or 1-D input with offsets, gradients, and refused input.
final class EmbeddingBagTests: XCTestCase {
    /// weight row r = [r, 10 − 2r] (so the max of a feature comes from different rows).
    private func bag(_ mode: EmbeddingBag.Mode) throws -> EmbeddingBag {
        let b = try EmbeddingBag(5, 2, mode: mode, using: RandomGenerator(seed: 1))
        noGrad { b.weight.withUnsafeMutableBufferPointer { p in for r in 0..<5 { p[2 * r] = Float(r); p[2 * r + 1] = Float(10 - 2 * r) } } }
        return b
    }

    func testSumMeanAndMaxByHand() throws {
        let indices = try Tensor([[0, 2], [4, 4]])
        XCTAssertEqual(try bag(.sum)(indices).scalars, [2, 16, 8, 4])    // rows 0+2; rows 4+4
        XCTAssertEqual(try bag(.mean)(indices).scalars, [1, 8, 4, 2])
        XCTAssertEqual(try bag(.max)(indices).scalars, [2, 10, 4, 2])
        // 1-D with offsets: bags [1, 3], [] (empty: zeros), [0, 2, 4].
        let flat = try Tensor([1, 3, 0, 2, 4]), offsets = try Tensor([0, 2, 2])
        XCTAssertEqual(try bag(.sum)(flat, offsets: offsets).scalars, [4, 12, 0, 0, 6, 18])
        XCTAssertEqual(try bag(.mean)(flat, offsets: offsets).scalars, [2, 6, 0, 0, 2, 6])
        XCTAssertEqual(try bag(.max)(flat, offsets: offsets).scalars, [3, 8, 0, 0, 4, 10])
        XCTAssertEqual(try bag(.sum)(flat, offsets: offsets).shape, [3, 2])
    }

    func testSumAndMeanAgreeWithEmbeddingThenReduce() throws {
        let b = try EmbeddingBag(7, 3, mode: .mean, using: RandomGenerator(seed: 2))
        let indices = try Tensor([[1, 5, 6], [0, 0, 3]])
        assertClose(try b(indices).scalars, try embedding(indices, b.weight).mean(axis: 1).scalars)
        let sum = try embeddingBag(indices, b.weight, offsets: nil, mode: .sum)
        assertClose(sum.scalars, try embedding(indices, b.weight).sum(axis: 1).scalars)
    }

    func testGradientsByFiniteDifferences() throws {
        for mode in [EmbeddingBag.Mode.sum, .mean, .max] {
            let weight = try randomTensor([6, 3], seed: 3)
            let flat = try Tensor([1, 3, 3, 0, 5, 2]), offsets = try Tensor([0, 3, 3, 5])
            try checkGradients("EmbeddingBag \(mode)", [weight]) { try embeddingBag(flat, $0[0], offsets: offsets, mode: mode) }
        }
    }

    func testBadInputIsRefusedWithAMessage() throws {
        let b = try bag(.sum)
        XCTAssertThrowsError(try b(Tensor([1, 2]))) { XCTAssert("\($0)".contains("offsets"), "\($0)") }
        XCTAssertThrowsError(try b(Tensor([[1, 2]]), offsets: Tensor([0]))) { XCTAssert("\($0)".contains("only with a 1-D input"), "\($0)") }
        XCTAssertThrowsError(try b(Tensor([1, 2]), offsets: Tensor([1]))) { XCTAssert("\($0)".contains("first offset must be 0"), "\($0)") }
        XCTAssertThrowsError(try b(Tensor([1, 2]), offsets: Tensor([0, 2, 1]))) { XCTAssert("\($0)".contains("rising"), "\($0)") }
        XCTAssertThrowsError(try b(Tensor([[5, 1]]))) { XCTAssert("\($0)".contains("0..<5"), "\($0)") }
        XCTAssertThrowsError(try EmbeddingBag(0, 2, using: RandomGenerator(seed: 1)))
    }
}
