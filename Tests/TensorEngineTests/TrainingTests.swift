import XCTest
@testable import TensorEngine

/// End-to-end: small models trained with raw tensors, as the lessons do.
final class TrainingTests: XCTestCase {
    /// Uniform in ±1/√fanIn, as PyTorch initialises Linear.
    private func parameter(_ shape: [Int], fanIn: Int, _ rng: RandomGenerator) throws -> Tensor {
        let bound = 1 / Double(fanIn).squareRoot()
        return try Tensor.uniform(shape, low: -bound, high: bound, using: rng, requiresGrad: true)
    }

    func testXORWithTwoEightOneMLPReachesLowLoss() throws {
        let rng = RandomGenerator(seed: 0)
        let x = try Tensor([[0, 0], [0, 1], [1, 0], [1, 1]]), y = try Tensor([[0], [1], [1], [0]])
        let w1 = try parameter([2, 8], fanIn: 2, rng), b1 = try parameter([8], fanIn: 2, rng)
        let w2 = try parameter([8, 1], fanIn: 8, rng), b2 = try parameter([1], fanIn: 8, rng)
        let optimizer = Adam([w1, b1, w2, b2], lr: 0.05)
        var loss = Double.infinity
        for _ in 0..<1000 {
            let hidden = tanh(try matmul(x, w1) + b1)
            let out = sigmoid(try matmul(hidden, w2) + b2)
            let l = try BCELoss()(out, y)
            optimizer.zeroGrad()
            try l.backward()
            optimizer.step()
            loss = try l.item
            if loss < 0.05 { break }
        }
        XCTAssertLessThan(loss, 0.05)
    }

    func testLogisticRegressionOnHoursStudied() throws {
        let hours = try Tensor(shape: [4, 1], scalars: [1, 2, 3, 4] as [Double])
        let passed = try Tensor(shape: [4, 1], scalars: [0, 0, 1, 1] as [Double])
        let w = try Tensor.zeros([1, 1], requiresGrad: true), b = try Tensor.zeros([1], requiresGrad: true)
        let optimizer = SGD([w, b], lr: 0.5)
        for _ in 0..<2000 {
            let loss = try BCEWithLogitsLoss()(try matmul(hours, w) + b, passed)
            optimizer.zeroGrad()
            try loss.backward()
            optimizer.step()
        }
        let p = try noGrad { sigmoid(try matmul(Tensor([[1], [7]]), w) + b) }
        XCTAssertLessThan(p.scalars[0], 0.5)     // 1 hour: fails
        XCTAssertGreaterThan(p.scalars[1], 0.5)  // 7 hours: passes
    }
}
