import XCTest
@testable import TensorEngine

/// Every differentiable op against central differences, on non-square shapes, broadcast
/// operands and batches larger than one.
final class GradientTests: XCTestCase {
    func testBinaryOpsWithBroadcastOperands() throws {
        let a = try randomTensor([2, 3, 4], seed: 1), b = try randomTensor([3, 1], seed: 2, shift: 3)
        try checkGradients("+", [a, b]) { try $0[0] + $0[1] }
        try checkGradients("-", [a, b]) { try $0[1] - $0[0] }
        try checkGradients("*", [a, b]) { try $0[0] * $0[1] }
        try checkGradients("/", [a, b]) { try $0[0] / $0[1] }
        try checkGradients("pow(t, t)", [try randomTensor([3, 4], seed: 3, scale: 0.2, shift: 2), try randomTensor([4], seed: 4)]) { try pow($0[0], $0[1]) }
    }

    func testNumberOperandsAndNegation() throws {
        let a = try randomTensor([3, 2], seed: 5, shift: 3)
        try checkGradients("t+s", [a]) { $0[0] + 2 }
        try checkGradients("s-t", [a]) { 2 - $0[0] }
        try checkGradients("t*s", [a]) { $0[0] * 3 }
        try checkGradients("t/s", [a]) { $0[0] / 4 }
        try checkGradients("s/t", [a]) { 2 / $0[0] }
        try checkGradients("-t", [a]) { -$0[0] }
        try checkGradients("pow(t, 3)", [a]) { pow($0[0], 3) }
        try checkGradients("pow(t, 0.5)", [a]) { pow($0[0], 0.5) }
    }

    func testUnaryFunctionTable() throws {
        let x = try randomTensor([3, 5], seed: 6)
        let positive = try randomTensor([3, 5], seed: 7, scale: 0.3, shift: 2)
        let cases: [(String, Tensor, (Tensor) -> Tensor)] = [
            ("exp", x, exp), ("log", positive, log), ("sqrt", positive, sqrt), ("abs", x, abs),
            ("sin", x, sin), ("cos", x, cos), ("tanh", x, tanh), ("atan", x, atan),
            ("sigmoid", x, sigmoid), ("relu", x, relu), ("selu", x, selu), ("elu", x, { elu($0) }),
            ("softplus", x, softplus), ("leakyRelu", x, { leakyRelu($0, slope: 0.1) }),
            ("clamped", x, { $0.clamped(min: -0.5, max: 0.7) }),
        ]
        for (name, input, f) in cases {
            try checkGradients(name, [input]) { f($0[0]) }
        }
    }

    func testMatmulTwoDimensionalBatchedAndVector() throws {
        try checkGradients("matmul 2-D", [try randomTensor([3, 4], seed: 8), try randomTensor([4, 2], seed: 9)]) { try matmul($0[0], $0[1]) }
        try checkGradients("matmul batched", [try randomTensor([2, 3, 4], seed: 10), try randomTensor([2, 4, 5], seed: 11)]) { try matmul($0[0], $0[1]) }
        try checkGradients("matmul batch broadcast", [try randomTensor([2, 3, 4], seed: 12), try randomTensor([4, 2], seed: 13)]) { try matmul($0[0], $0[1]) }
        try checkGradients("matmul vector", [try randomTensor([3, 4], seed: 14), try randomTensor([4], seed: 15)]) { try matmul($0[0], $0[1]) }
        try checkGradients("matmul row vector", [try randomTensor([4], seed: 16), try randomTensor([4, 3], seed: 17)]) { try matmul($0[0], $0[1]) }
        // Above the sgemm threshold, through OpenBLAS with transposes in the backward.
        try checkGradients("matmul sgemm", [try randomTensor([20, 16], seed: 18), try randomTensor([16, 18], seed: 19)], tolerance: 5e-2) { try matmul($0[0], $0[1]) }
    }

    func testReductions() throws {
        let x = try randomTensor([3, 4, 2], seed: 20)
        try checkGradients("sum", [x]) { $0[0].sum() }
        try checkGradients("sum axis", [x]) { try $0[0].sum(axis: 1) }
        try checkGradients("sum axis keepDims", [x]) { try $0[0].sum(axis: -1, keepDims: true) }
        try checkGradients("mean", [x]) { $0[0].mean() }
        try checkGradients("mean axis", [x]) { try $0[0].mean(axis: 0) }
        try checkGradients("max", [x]) { try $0[0].max() }
        try checkGradients("min axis", [x]) { try $0[0].min(axis: 1) }
        try checkGradients("max axis", [x]) { try $0[0].max(axis: 2, keepDims: true) }
        try checkGradients("norm", [x]) { $0[0].norm() }
    }

    func testSoftmaxAndLogSoftmax() throws {
        let x = try randomTensor([3, 5], seed: 21)
        try checkGradients("softmax", [x]) { try softmax($0[0], axis: 1) }
        try checkGradients("softmax axis 0", [x]) { try softmax($0[0], axis: 0) }
        try checkGradients("logSoftmax", [x]) { try logSoftmax($0[0]) }
    }

    func testShapeOps() throws {
        let x = try randomTensor([2, 3, 4], seed: 22)
        try checkGradients("reshaped", [x]) { try $0[0].reshaped([4, -1]) }
        try checkGradients("flattened", [x]) { $0[0].flattened() }
        try checkGradients("transposed", [x]) { try $0[0].transposed(0, 2) }
        try checkGradients("permuted", [x]) { try $0[0].permuted([1, 2, 0]) }
        try checkGradients("T", [try randomTensor([2, 5], seed: 23)]) { try $0[0].T }
        try checkGradients("unsqueezed", [x]) { try $0[0].unsqueezed(axis: 1) }
        try checkGradients("squeezed", [try randomTensor([3, 1, 2], seed: 24)]) { $0[0].squeezed() }
        let y = try randomTensor([2, 2, 4], seed: 25)
        try checkGradients("concat", [x, y]) { try concat([$0[0], $0[1]], axis: 1) }
        try checkGradients("stack", [x, try randomTensor([2, 3, 4], seed: 26)]) { try stack([$0[0], $0[1]], axis: -1) }
    }

    func testIndexing() throws {
        let x = try randomTensor([4, 5], seed: 27)
        try checkGradients("t[i]", [x]) { try $0[0][1] }
        try checkGradients("t[i, j]", [x]) { try $0[0][-1, 2] }
        try checkGradients("t[range]", [x]) { try $0[0][.range(1..<3)] }
        try checkGradients("t[..., range]", [x]) { try $0[0][.all, .range(lower: 2, upper: nil, closed: false)] }
        try checkGradients("t[closed, j]", [x]) { try $0[0][.range(0...2), 4] }
    }

    func testLosses() throws {
        let pred = try randomTensor([4, 3], seed: 28), target = try randomTensor([4, 3], seed: 29)
        for r in [Reduction.mean, .sum, .none] {
            try checkGradients("MSE \(r)", [pred, target]) { try MSELoss(reduction: r)($0[0], $0[1]) }
            try checkGradients("L1 \(r)", [pred, target]) { try L1Loss(reduction: r)($0[0], $0[1]) }
            try checkGradients("SmoothL1 \(r)", [pred, target]) { try SmoothL1Loss(reduction: r)($0[0], $0[1]) }
            try checkGradients("BCEWithLogits \(r)", [pred, sigmoid(target).detached()]) { try BCEWithLogitsLoss(reduction: r)($0[0], $0[1]) }
        }
        let probs = sigmoid(pred).detached(), labels = sigmoid(target).detached()
        try checkGradients("BCE", [probs, labels], eps: 1e-3) { try BCELoss()($0[0], $0[1]) }
        let classes = Tensor([2, 0, 1, 2])
        try checkGradients("CrossEntropy", [pred]) { try CrossEntropyLoss()($0[0], classes) }
        try checkGradients("CrossEntropy none", [pred]) { try CrossEntropyLoss(reduction: .none)($0[0], classes) }
        try checkGradients("CrossEntropy soft", [pred]) { try CrossEntropyLoss()($0[0], softmax(labels)) }
        try checkGradients("NLL", [pred]) { try NLLLoss(reduction: .sum)(logSoftmax($0[0]), classes) }
    }
}
