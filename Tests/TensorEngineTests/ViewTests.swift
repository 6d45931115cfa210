import XCTest
@testable import TensorEngine

/// Contiguous views (Views.swift): reshapes, runs of rows and unbind share their base's buffer,
/// behave as copies under every in-place write (copy-on-write), and carry gradients, checked by
/// finite differences.
final class ViewTests: XCTestCase {
    func testReshapeAndRowSlicesShareTheBufferUntilAWrite() throws {
        let x = try Tensor.randn([4, 6], using: RandomGenerator(seed: 1))
        let before = x.scalars
        let flat = x.flattened(), rows = try x[.range(1..<3)], row = try x[2], column = try x[.all, 1]
        XCTAssertTrue(flat.sharesStorage && rows.sharesStorage && row.sharesStorage)
        XCTAssertFalse(column.sharesStorage, "a column is strided: a copy")
        XCTAssertEqual(flat.scalars, before)
        XCTAssertEqual(rows.scalars, Array(before[6..<18]))
        XCTAssertEqual(row.scalars, Array(before[12..<18]))
        // Writes through the base leave the views as they were, and the other way round.
        try x += 1
        XCTAssertEqual(flat.scalars, before)
        XCTAssertEqual(rows.scalars, Array(before[6..<18]))
        XCTAssertEqual(x.scalars, before.map { Double(Float($0) + 1) })
        try rows *= 0
        try row.setIndexed([0], to: Tensor(5))
        XCTAssertEqual(flat.scalars, before, "a write to one view leaves its sibling alone")
        XCTAssertEqual(rows.scalars, [Double](repeating: 0, count: 12))
        XCTAssertEqual(row.scalars.first, 5)
        row.withUnsafeMutableBufferPointer { $0[1] = 7 }
        XCTAssertEqual(flat.scalars, before)
        // A view that is the last reader of its buffer writes in place, without a copy.
        let lone = try Tensor.zeros([2, 3]).reshaped([6])
        let address = lone.withUnsafeBufferPointer { $0.baseAddress }
        try lone += 1
        XCTAssertEqual(lone.withUnsafeBufferPointer { $0.baseAddress }, address)
        XCTAssertEqual(lone.scalars, [1, 1, 1, 1, 1, 1])
    }

    func testSliceOfATensorThatRequiresGradIsACopy() throws {
        let w = try randomTensor([3, 4])
        XCTAssertFalse(try w[1].sharesStorage)
        XCTAssertTrue(try w.reshaped([12]).sharesStorage)
    }

    func testOptimizerStepOnAParameterWithALiveViewLeavesTheView() throws {
        let w = try randomTensor([2, 3])
        let view = try w.reshaped([6])
        let before = view.scalars
        try (w * w).sum().backward()
        SGD([w], lr: 0.1).step()
        XCTAssertEqual(view.scalars, before)
        assertClose(w.scalars, before.map { $0 - 0.1 * 2 * $0 }, accuracy: 1e-6)
    }

    func testGradientsThroughViews() throws {
        let x = try randomTensor([2, 3, 4], seed: 2), y = try randomTensor([4, 6], seed: 3)
        try checkGradients("reshape, unsqueeze, squeeze", [x, y]) { t in
            let r = try t[0].reshaped([6, 4]).unsqueezed(axis: 0).squeezed(axis: 0)
            return try matmul(r, t[1]) * r.flattened().reshaped([6, 4]).sum()
        }
        // One gradient shared by two views of one tensor: the second is added, not aliased.
        try checkGradients("two views of one tensor", [x]) { t in
            try t[0].reshaped([4, 6]) + t[0].reshaped([4, 6]) * t[0].flattened().reshaped([4, 6])
        }
        // A mini-batch slice of a data tensor (a view) into a recorded op.
        let data = try Tensor.randn([10, 4], using: RandomGenerator(seed: 4))
        try checkGradients("row slice of data", [y]) { t in try matmul(data[.range(3..<7)], t[0]) }
        // unbind: the slices are views, their gradients meet in one buffer.
        let z = try randomTensor([3, 4, 2], seed: 9)
        try checkGradients("unbind", [z]) { t in
            let parts = unbind(t[0] * 2)
            return try parts[0] * parts[1] + parts[2]
        }
    }

    func testGradientAccumulatesIntoAViewGradientAcrossPasses() throws {
        let x = try randomTensor([2, 3], seed: 5)
        for _ in 0..<2 { try x.reshaped([6]).sum().backward() }
        XCTAssertEqual(x.grad.scalars, [Double](repeating: 2, count: 6))
        try (x.reshaped([3, 2]) * 3).sum().backward()
        XCTAssertEqual(x.grad.scalars, [Double](repeating: 5, count: 6))
    }

    func testSelfAttentionGradientsWithTheJointProjection() throws {
        let rng = RandomGenerator(seed: 6)
        for batchFirst in [false, true] {
            let mha = try MultiheadAttention(embedDim: 4, heads: 2, batchFirst: batchFirst, using: rng)
            let x = try randomTensor([3, 2, 4], seed: 7)
            try checkGradients("self-attention batchFirst \(batchFirst)", [x] + mha.parameters()) { try mha($0[0], $0[0], $0[0]).output }
            // The joint projection gives what three separate projections give.
            let separate = try mha(x, x.detached(), x.detached()).output
            assertClose(try mha(x, x, x).output.scalars, separate.scalars, accuracy: 1e-5)
        }
        let mha = try MultiheadAttention(embedDim: 4, heads: 2, using: rng)
        let u = try randomTensor([3, 4], seed: 8)
        try checkGradients("unbatched self-attention", [u] + mha.parameters()) { try mha($0[0], $0[0], $0[0]).output }
    }
}

/// A batch-first LSTM writes its last layer's output batch-first (no transposed copy): the
/// same values and gradients as the seq-first layer on the transposed input.
final class BatchFirstLSTMTests: XCTestCase {
    func testBatchFirstOutputMatchesTheSeqFirstLayerAndItsGradients() throws {
        for layers in [1, 2] {
            let seqFirst = try LSTM(inputSize: 3, hiddenSize: 4, layers: layers, using: RandomGenerator(seed: 12))
            let batchFirst = try LSTM(inputSize: 3, hiddenSize: 4, layers: layers, batchFirst: true, using: RandomGenerator(seed: 12))
            let x = try randomTensor([2, 5, 3], seed: 13)   // [batch, seq, feature]
            let (out, state) = try batchFirst(x)
            let (reference, referenceState) = try seqFirst(x.transposed(0, 1))
            XCTAssertEqual(out.shape, [2, 5, 4])
            assertClose(out.scalars, try reference.transposed(0, 1).scalars, accuracy: 1e-6)
            assertClose(state.h.scalars, referenceState.h.scalars, accuracy: 1e-6)
            try checkGradients("batch-first LSTM, \(layers) layers", [x] + batchFirst.parameters()) { t in
                let (o, s) = try batchFirst(t[0])
                return try o.sum(axis: 1) * 2 + s.c[.index(layers - 1)]
            }
        }
    }
}
