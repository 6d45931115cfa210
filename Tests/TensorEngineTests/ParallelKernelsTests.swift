import XCTest
@testable import TensorEngine

/// Large element-wise kernels and sums split across threads give the same numbers as on one
/// thread, element for element (the split changes who computes, never what).
final class ParallelKernelsTests: XCTestCase {
    override func tearDown() {
        ParallelKernels.minimumElements = 1 << 18
        BLASThreads.fixed = BLASThreads.fromEnvironment
    }

    /// `body`'s result with the split forced off, then forced on (two threads, tiny pieces).
    private func bothWays(_ body: () throws -> [Float]) rethrows -> (one: [Float], split: [Float]) {
        ParallelKernels.minimumElements = Int.max
        let one = try body()
        ParallelKernels.minimumElements = 2
        BLASThreads.fixed = 2
        XCTAssertEqual(ParallelKernels.pieces(1000), 2)
        let split = try body()
        return (one, split)
    }

    func testSplitElementwiseKernelsMatchOneThreadExactly() throws {
        let a = try randomTensor([3001], seed: 1), b = try randomTensor([3001], seed: 2)
        let r = try bothWays {
            let y = try sigmoid(a * b + 0.5) - tanh(a) / (exp(b) + 1)
            let s = y.sum()
            try s.backward()
            defer { a.zeroGrad(); b.zeroGrad() }
            return y.floats + s.floats + a.grad.floats + b.grad.floats
        }
        XCTAssertEqual(r.one, r.split)
    }

    func testLargeSumIsTheSameOnAnyNumberOfThreads() throws {
        let n = 5 * ParallelKernels.sumBlock + 123
        let t = try Tensor.randn([n], using: RandomGenerator(seed: 3))
        let r = bothWays { t.sum().floats }
        XCTAssertEqual(r.one, r.split)
        let exact = t.floats.reduce(0.0) { $0 + Double($1) }
        XCTAssertEqual(Double(r.one[0]), exact, accuracy: 1e-3 * Double(n).squareRoot())
    }

    func testOneThreadSettingKeepsKernelsOnTheCallingThread() {
        BLASThreads.fixed = 1
        ParallelKernels.minimumElements = 2
        XCTAssertEqual(ParallelKernels.pieces(1 << 24), 1)
        BLASThreads.fixed = 2
        ParallelKernels.minimumElements = 1 << 18
        XCTAssertEqual(ParallelKernels.pieces(1 << 17), 1)
        XCTAssertEqual(ParallelKernels.pieces(1 << 20), 2)
    }
}
