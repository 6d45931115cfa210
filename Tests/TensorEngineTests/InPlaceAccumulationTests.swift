import XCTest
@testable import TensorEngine

/// Kernels that add a parameter's gradient straight into its buffer (sgemm with beta = 1, fused
/// backward loops) must accumulate across backward passes exactly as a fresh gradient added on.
final class InPlaceAccumulationTests: XCTestCase {
    /// Two backward passes give twice the gradient of one, for every input.
    private func assertAccumulates(_ name: String, _ inputs: [Tensor], _ f: () throws -> Tensor) throws {
        for t in inputs { t.requiresGrad = true; t.zeroGrad() }
        try f().sum().backward()
        let once = inputs.map { $0.grad.scalars }
        try f().sum().backward()
        for (t, g) in zip(inputs, once) { assertClose(t.grad.scalars, g.map { 2 * $0 }, accuracy: 1e-4, name) }
    }

    func testConvLayerNormLinearAndRecurrentGradientsAccumulate() throws {
        let rng = RandomGenerator(seed: 5)
        let x = try randomTensor([2, 3, 6, 6], seed: 6), w = try randomTensor([4, 3, 3, 3], seed: 7), b = try randomTensor([4], seed: 8)
        try assertAccumulates("conv2d", [x, w, b]) { try conv2d(x, w, bias: b, padding: 1) }
        let norm = try LayerNorm(5)
        let y = try randomTensor([3, 5], seed: 9)
        try assertAccumulates("layerNorm", [y] + norm.parameters()) { try norm(y) * y }
        let gru = try GRU(inputSize: 3, hiddenSize: 4, using: rng)
        let s = try randomTensor([5, 2, 3], seed: 10)
        try assertAccumulates("GRU", [s] + gru.parameters()) { try gru(s).output }
        let lstm = try LSTM(inputSize: 3, hiddenSize: 4, using: rng)
        try assertAccumulates("LSTM", [s] + lstm.parameters()) { try lstm(s).output }
        let q = try randomTensor([2, 4, 3], seed: 11), k = try randomTensor([2, 5, 3], seed: 12)
        try assertAccumulates("q·kᵀ", [q, k]) { try matmulTransposingRight(q, k) }
        assertClose(try matmulTransposingRight(q, k).scalars, try matmul(q, k.transposed(-1, -2)).scalars)
    }
}
