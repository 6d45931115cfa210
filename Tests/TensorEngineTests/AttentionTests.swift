import XCTest
@testable import TensorEngine

/// scaledDotProductAttention and MultiheadAttention: values, masks, shapes and gradients.
final class AttentionTests: XCTestCase {
    func testScaledDotProductAttentionMatchesTheFormula() throws {
        let q = try Tensor([[1, 0], [0, 1], [1, 1]]), k = try Tensor([[1, 0], [0, 2]]), v = try Tensor([[1, 2], [3, 4]])
        let out = try scaledDotProductAttention(q, k, v)
        // Row 0: scores [1, 0]/√2; row 1: [0, 2]/√2; row 2: [1, 2]/√2.
        var expected: [Double] = []
        for s in [[1.0, 0], [0, 2], [1, 2]] {
            let e = s.map { Foundation.exp($0 / 2.0.squareRoot()) }, p0 = e[0] / (e[0] + e[1])
            expected += [p0 * 1 + (1 - p0) * 3, p0 * 2 + (1 - p0) * 4]
        }
        assertClose(out.scalars, expected)
    }

    func testMaskZeroMeansMaskedAndOneMeansAttend() throws {
        let rng = RandomGenerator(seed: 1)
        let q = try Tensor.randn([4, 3], using: rng), k = try Tensor.randn([4, 3], using: rng), v = try Tensor.randn([4, 2], using: rng)
        let causal = try Tensor([[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]])
        let out = try scaledDotProductAttention(q, k, v, mask: causal)
        // Position 0 may attend only to key 0, so it returns value 0 exactly.
        assertClose(try out[0].scalars, try v[0].scalars)
        // Later positions do not depend on later keys: changing value 3 changes only row 3.
        let v2 = try v.detached()
        try v2.setIndexed([3], to: Tensor([100, 100]))
        let out2 = try scaledDotProductAttention(q, k, v2, mask: causal)
        assertClose(try out2[.range(0..<3)].scalars, try out[.range(0..<3)].scalars)
        XCTAssertThrowsError(try scaledDotProductAttention(q, k, v, mask: Tensor.ones([3, 3])))
    }

    func testScaledDotProductAttentionGradientsWithBatchAndMask() throws {
        let q = try randomTensor([2, 3, 4], seed: 2), k = try randomTensor([2, 5, 4], seed: 3), v = try randomTensor([2, 5, 2], seed: 4)
        let mask = try Tensor([[1, 1, 0, 1, 0], [1, 0, 1, 1, 1], [0, 1, 1, 0, 1]])
        try checkGradients("sdpa", [q, k, v]) { try scaledDotProductAttention($0[0], $0[1], $0[2]) }
        try checkGradients("sdpa masked", [q, k, v]) { try scaledDotProductAttention($0[0], $0[1], $0[2], mask: mask) }
    }

    func testMultiheadAttentionShapesAndAveragedWeights() throws {
        let rng = RandomGenerator(seed: 5)
        let mha = try MultiheadAttention(embedDim: 6, heads: 2, using: rng)
        XCTAssertEqual(mha.parameters().map(\.shape), [[18, 6], [18], [6, 6], [6]])
        XCTAssertEqual(mha.outProj.bias!.scalars, [Double](repeating: 0, count: 6))
        let q = try Tensor.randn([3, 2, 6], using: rng), kv = try Tensor.randn([5, 2, 6], using: rng)  // [L, N, E], [S, N, E]
        let (out, weights) = try mha(q, kv, kv)
        XCTAssertEqual(out.shape, [3, 2, 6])
        XCTAssertEqual(weights.shape, [2, 3, 5])
        for row in try weights.sum(axis: -1).scalars { XCTAssertEqual(row, 1, accuracy: 1e-5) }
        let (u, uw) = try mha(q[.all, 0], kv[.all, 0], kv[.all, 0])   // unbatched
        assertClose(u.scalars, try out[.all, 0].scalars, accuracy: 1e-5)
        assertClose(uw.scalars, try weights[0].scalars, accuracy: 1e-5)
        let batchFirst = try MultiheadAttention(embedDim: 6, heads: 3, batchFirst: true, using: rng)
        XCTAssertEqual(try batchFirst(Tensor.zeros([2, 4, 6])).shape, [2, 4, 6])
        XCTAssertThrowsError(try MultiheadAttention(embedDim: 6, heads: 4, using: rng))
        XCTAssertThrowsError(try MultiheadAttention(embedDim: 1 << 20, heads: 1, using: rng)) { XCTAssert("\($0)".contains("cap")) }
        XCTAssertThrowsError(try mha(Tensor.zeros([3, 2, 5]), kv, kv))
    }

    func testMultiheadAttentionWithOneHeadIsTheProjectedFormula() throws {
        let rng = RandomGenerator(seed: 6)
        let mha = try MultiheadAttention(embedDim: 4, heads: 1, batchFirst: true, using: rng)
        let x = try Tensor.randn([2, 3, 4], using: rng)
        let w = mha.inProjWeight, b = mha.inProjBias!
        func proj(_ i: Int) throws -> Tensor {
            try linear(x, w[.range((4 * i)..<(4 * i + 4))], b[.range((4 * i)..<(4 * i + 4))])
        }
        let expected = try mha.outProj(scaledDotProductAttention(proj(0), proj(1), proj(2)))
        assertClose(try mha(x, x, x).output.scalars, expected.scalars, accuracy: 1e-5)
    }

    func testMultiheadAttentionGradientsWithMask() throws {
        let rng = RandomGenerator(seed: 7)
        let mha = try MultiheadAttention(embedDim: 4, heads: 2, using: rng)
        // Non-zero biases, so their gradients are exercised from a generic point.
        noGrad { mha.inProjBias!.withUnsafeMutableBufferPointer { p in for i in 0..<p.count { p[i] = Float(i % 5) * 0.1 - 0.2 } } }
        let q = try randomTensor([3, 2, 4], seed: 8), k = try randomTensor([5, 2, 4], seed: 9), v = try randomTensor([5, 2, 4], seed: 10)
        let mask = try Tensor([[1, 1, 0, 1, 1], [1, 0, 1, 1, 0], [0, 1, 1, 1, 1]])
        try checkGradients("MultiheadAttention", [q, k, v] + mha.parameters()) { try mha($0[0], $0[1], $0[2], mask: mask).output }
        try checkGradients("MultiheadAttention weights", [q, k]) { try mha($0[0], $0[1], v, mask: mask).weights }
        let perHead = try Tensor.ones([4, 3, 5])   // [N·heads, L, S]
        XCTAssertEqual(try mha(q, k, v, mask: perHead).output.shape, [3, 2, 4])
        XCTAssertThrowsError(try mha(q, k, v, mask: Tensor.ones([3, 3, 5])))
    }
}

/// Additive masks (PyTorch's float attn_mask) beside boolean ones.
final class AttentionMaskKindTests: XCTestCase {
    func testAnAdditiveMaskOfMinusABillionBlocksAsTheBooleanMaskDoes() throws {
        let rng = RandomGenerator(seed: 8)
        let q = try Tensor.randn([2, 4, 3], using: rng), k = try Tensor.randn([2, 4, 3], using: rng), v = try Tensor.randn([2, 4, 2], using: rng)
        let causal = try Tensor([[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]])
        let additive = try (causal - 1) * 1e9                                   // 0 and −1e9
        let infinite = try Tensor([[0, -Double.infinity], [0, 0]])
        let boolean = try scaledDotProductAttention(q, k, v, mask: causal)
        assertClose(try scaledDotProductAttention(q, k, v, additiveMask: additive).scalars, boolean.scalars)
        let small = try scaledDotProductAttention(q[.all, .range(0..<2)], k[.all, .range(0..<2)], v[.all, .range(0..<2)], additiveMask: infinite)
        assertClose(try small[.all, 0].scalars, try v[.all, 0].scalars)          // −∞ blocks key 1 for query 0
        // A non-blocking additive value shifts the scores: +log 3 on key 0 triples its weight.
        let shift = try Tensor([[Foundation.log(3.0), 0]])
        let one = try Tensor([[0.0, 0.0]]), vals = try Tensor([[1.0], [0.0]])
        XCTAssertEqual(try scaledDotProductAttention(one, Tensor([[0.0, 0.0], [0.0, 0.0]]), vals, additiveMask: shift).item, 0.75, accuracy: 1e-6)
        let mask = try Tensor([[0, -1e9, 0, 0], [0, 0, -1e9, 0], [-1e9, 0, 0, 0], [0, 0, 0, -1e9]])
        try checkGradients("sdpa additive", [q.detached(), k.detached(), v.detached()]) {
            try scaledDotProductAttention($0[0], $0[1], $0[2], additiveMask: mask)
        }
    }

    func testAnAdditiveMaskPassedAsBooleanIsRefusedWithWhatToPass() throws {
        let q = try Tensor.ones([2, 3])
        let additive = try Tensor([[0, -1e9], [0, 0]])
        XCTAssertThrowsError(try scaledDotProductAttention(q, q, q, mask: additive)) {
            XCTAssert("\($0)".contains("additiveMask:") && "\($0)".contains("1 = may attend"), "\($0)")
        }
        let mha = try MultiheadAttention(embedDim: 4, heads: 2, using: RandomGenerator(seed: 9))
        let x = try Tensor.randn([2, 4], using: RandomGenerator(seed: 10))
        XCTAssertThrowsError(try mha(x, x, x, mask: additive)) { XCTAssert("\($0)".contains("additiveMask:"), "\($0)") }
        // MultiheadAttention takes both kinds, [L, S] or [N·heads, L, S], with the same result.
        let boolean = try mha(x, x, x, mask: Tensor([[1, 0], [1, 1]]))
        let added = try mha(x, x, x, additiveMask: additive)
        assertClose(added.output.scalars, boolean.output.scalars)
        assertClose(added.weights.scalars, boolean.weights.scalars)
        let perHead = try mha(x.unsqueezed(axis: 1), x.unsqueezed(axis: 1), x.unsqueezed(axis: 1), additiveMask: stack([additive, additive], axis: 0))
        assertClose(perHead.output.scalars, boolean.output.scalars)
    }
}
