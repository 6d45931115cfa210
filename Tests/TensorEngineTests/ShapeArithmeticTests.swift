import XCTest
@testable import TensorEngine

/// Sizes that come from a lesson (padding, stride, kernel, a reshape's shape, a range's bound)
/// are multiplied and added with checked arithmetic: anything that would overflow an `Int` or
/// pass the size cap is a `TensorError`, never a trap.
final class ShapeArithmeticTests: XCTestCase {
    private func assertError<T>(_ kinds: Set<TensorError.Kind>, mentions words: [String] = [], _ body: @autoclosure () throws -> T,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard let e = error as? TensorError else { return XCTFail("not a TensorError: \(error)", file: file, line: line) }
            XCTAssertTrue(kinds.contains(e.kind), "\(e.kind): \(e.message)", file: file, line: line)
            for w in words { XCTAssertTrue(e.message.contains(w), "\(e.message) does not mention \(w)", file: file, line: line) }
        }
    }

    func testReshapeToSizesWhoseProductOverflowsIsAnError() throws {
        let t = try Tensor.zeros([2, 3])
        assertError([.invalidShape], mentions: ["reshaped", "[2, 3]", "[4294967296, 4294967296]"], try t.reshaped([1 << 32, 1 << 32]))
        assertError([.invalidShape], try t.reshaped([1 << 62, 1 << 62, -1]))
        assertError([.invalidShape], try t.reshaped([Int.max, 2]))
        assertError([.invalidShape], try t.reshaped([-1, Int.max]))
        assertError([.invalidShape], try Tensor.zeros([0]).reshaped([0, 1 << 62, 1 << 62]))
        XCTAssertEqual(try t.reshaped([3, -1]).shape, [3, 2])
    }

    func testEmptyTensorsCannotCarrySizesWhoseProductOverflows() throws {
        // Count 0, but every later stride or loop bound would multiply the huge sizes.
        assertError([.tooLarge], mentions: ["cap"], try Tensor.zeros([0, 1 << 62, 1 << 62]))
        assertError([.tooLarge], try Tensor.zeros([1 << 40, 0]))
        XCTAssertEqual(try Tensor.zeros([0, 1 << 20]).count, 0)
    }

    func testConvolutionWithHugePaddingIsAnErrorNotATrap() throws {
        let x = try Tensor.zeros([1, 1, 4, 4]), w = try Tensor.zeros([1, 1, 3, 3])
        assertError([.tooLarge], mentions: ["conv2d", "padding"], try conv2d(x, w, padding: Int.max / 2))
        assertError([.tooLarge], mentions: ["conv2d", "padding"], try conv2d(x, w, padding: Int.max))
        assertError([.tooLarge], mentions: ["conv2d"], try conv2d(x, w, padding: 1 << 40))
        assertError([.tooLarge], mentions: ["conv2d"], try conv2d(x, w, stride: (1, 1), padding: (1 << 30, 0)))
        // A huge stride with a huge padding that fits gives a small, valid output.
        XCTAssertEqual(try conv2d(x, w, stride: 1 << 50, padding: 1 << 48).shape, [1, 1, 1, 1])
        // The layer form and conv1d go through the same geometry.
        let layer = try Conv2d(1, 1, kernelSize: 3, padding: Int.max / 3, using: RandomGenerator(seed: 0))
        assertError([.tooLarge], mentions: ["padding"], try layer(x))
        let layer1 = try Conv1d(1, 1, kernelSize: 3, stride: Int.max, padding: Int.max, using: RandomGenerator(seed: 0))
        assertError([.tooLarge], mentions: ["padding"], try layer1(try Tensor.zeros([1, 1, 8])))
        assertError([.tooLarge], try conv1d(try Tensor.zeros([1, 1, 8]), try Tensor.zeros([1, 1, 2]), padding: 1 << 62))
    }

    func testConvolutionWhoseUnfoldedPatchesPassTheCapIsAnError() throws {
        // Output 4097x4097 positions of a 64-value patch: each tensor alone is small, the
        // unfolded patches are 2^30 values.
        let x = try Tensor.zeros([1, 4, 1, 1]), w = try Tensor.zeros([1, 4, 4, 4])
        assertError([.tooLarge], mentions: ["conv2d"], try conv2d(x, w, padding: 2050))
    }

    func testPoolingWithHugeKernelOrStrideIsAnError() throws {
        let x = try Tensor.zeros([1, 1, 4, 4])
        assertError([.invalidShape], mentions: ["maxPool2d"], try maxPool2d(x, kernelSize: Int.max))
        XCTAssertEqual(try maxPool2d(x, kernelSize: 2, stride: Int.max).shape, [1, 1, 1, 1])
        assertError([.invalidShape], try MaxPool2d(kernelSize: 1 << 62)(x))
    }

    func testClosedRangeToIntMaxIsOutOfRangeNotATrap() throws {
        let t = try Tensor.zeros([3])
        assertError([.indexOutOfRange], mentions: ["0...\(Int.max)"], try t.indexed([.range(lower: 0, upper: Int.max, closed: true)]))
        assertError([.indexOutOfRange], try t.indexed([.index(Int.min)]))
        assertError([.indexOutOfRange], try t.indexed([.range(lower: Int.min, upper: nil, closed: false)]))
    }

    func testARangeTooLongToCountIsAnError() throws {
        assertError([.tooLarge], mentions: ["arange", "cap"], try Tensor.arange(0, 1e300))
        assertError([.tooLarge], try Tensor.arange(0, 1, step: 1e-300))
        XCTAssertEqual(try Tensor.arange(5, 0).count, 0)
        XCTAssertEqual(try Tensor.arange(0, -1e300).count, 0)
    }

    func testLayersWhoseParameterSizesOverflowAreErrors() throws {
        let rng = RandomGenerator(seed: 0)
        assertError([.tooLarge], try LSTMCell(inputSize: 1, hiddenSize: Int.max / 2, using: rng))
        assertError([.tooLarge], try GRU(inputSize: Int.max, hiddenSize: 1 << 62, using: rng))
        assertError([.tooLarge], try MultiheadAttention(embedDim: 1 << 62, heads: 1, using: rng))
        assertError([.tooLarge], try Linear(1 << 40, 1 << 40, using: rng))
        assertError([.tooLarge], try Conv2d(1, 1, kernelSize: 1 << 32, using: rng))
        assertError([.tooLarge], try Embedding(1 << 62, 1 << 62, using: rng))
    }
}
