import XCTest
@testable import TensorEngine

/// The caching allocator: a training step in its steady state takes every buffer from the
/// pool's free lists and asks the system for none.
final class BufferPoolTests: XCTestCase {
    /// Fresh buffers taken by each of `steps` calls of `step`.
    func freshPerStep(_ steps: Int, _ step: () throws -> Void) rethrows -> [Int] {
        var counts: [Int] = []
        for _ in 0..<steps {
            let before = BufferPool.freshAllocations
            try step()
            counts.append(BufferPool.freshAllocations - before)
        }
        return counts
    }

    func testMLPTrainingStepAllocatesNoFreshBuffersAfterTheFirst() throws {
        let rng = RandomGenerator(seed: 1)
        let model = Sequential([try Linear(784, 64, using: rng), ReLU(), try Linear(64, 10, using: rng)])
        let optimizer = Adam(model.parameters(), lr: 0.01)
        let x = try Tensor.randn([32, 784], using: rng)
        let y = try Tensor(shape: [32], scalars: (0..<32).map { Float($0 % 10) })
        let lossFunction = CrossEntropyLoss()
        let counts = try freshPerStep(5) {
            optimizer.zeroGrad()
            let loss = try lossFunction(model(x), y)
            try loss.backward()
            optimizer.step()
        }
        XCTAssertGreaterThan(counts[0], 0, "the first step must take its buffers from the system")
        XCTAssertEqual(Array(counts.dropFirst()), [0, 0, 0, 0], "fresh buffers per step: \(counts)")
    }

    func testLSTMTrainingStepAllocatesNoFreshBuffersAfterTheFirst() throws {
        let rng = RandomGenerator(seed: 2)
        let lstm = try LSTM(inputSize: 16, hiddenSize: 32, batchFirst: true, using: rng)
        let head = try Linear(32, 16, using: rng)
        let optimizer = SGD(lstm.parameters() + head.parameters(), lr: 0.1)
        let x = try Tensor.randn([4, 10, 16], using: rng)
        let y = try Tensor(shape: [40], scalars: (0..<40).map { Float($0 % 16) })
        let lossFunction = CrossEntropyLoss()
        let counts = try freshPerStep(5) {
            optimizer.zeroGrad()
            let out = try lstm(x).output.reshaped([40, 32])
            let loss = try lossFunction(head(out), y)
            try loss.backward()
            optimizer.step()
        }
        XCTAssertGreaterThan(counts[0], 0)
        XCTAssertEqual(Array(counts.dropFirst()), [0, 0, 0, 0], "fresh buffers per step: \(counts)")
    }

    func testFreedBuffersAreReusedAndSizeClassesArePowersOfTwo() {
        XCTAssertEqual(BufferPool.sizeClass(1), 0)
        XCTAssertEqual(BufferPool.sizeClass(2), 1)
        XCTAssertEqual(BufferPool.sizeClass(3), 2)
        XCTAssertEqual(BufferPool.sizeClass(1024), 10)
        XCTAssertEqual(BufferPool.sizeClass(1025), 11)
        do { _ = Tensor.filled([1000, 3], count: 3000, 1) }
        let fresh = BufferPool.freshAllocations
        let t = Tensor.filled([3001], count: 3001, 2)   // the same class (4096): reused
        XCTAssertEqual(BufferPool.freshAllocations, fresh)
        XCTAssertEqual(t.floats.allSatisfy { $0 == 2 }, true)
    }
}
