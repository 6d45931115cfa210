import XCTest
@testable import TensorEngine

/// Bidirectional RNN/LSTM/GRU (PyTorch's `bidirectional=True`): outputs and final states
/// against the cells run by hand in both directions, PyTorch's layouts, and gradients.
final class BidirectionalRecurrentTests: XCTestCase {
    /// Runs `step` over `xs` in the given order from `h0`, returning the state at each time (in
    /// input order) — the reference the layer must match.
    private func runByHand(_ xs: [Tensor], reverse: Bool, _ h0: [Tensor], _ step: ([Tensor], Tensor) throws -> [Tensor]) throws -> [[Tensor]] {
        var state = h0, out = [[Tensor]](repeating: [], count: xs.count)
        for t in reverse ? Array(xs.indices.reversed()) : Array(xs.indices) {
            state = try step(state, xs[t])
            out[t] = state
        }
        return out
    }

    func testTwoLayerBidirectionalLSTMMatchesItsCellsBothWays() throws {
        let lstm = try LSTM(inputSize: 3, hiddenSize: 4, layers: 2, bidirectional: true, using: RandomGenerator(seed: 31))
        XCTAssertEqual(lstm.cells.count, 4)
        XCTAssertEqual(lstm.cells.map(\.inputSize), [3, 3, 8, 8])   // layer 1 reads both directions
        let x = try randomTensor([5, 2, 3], seed: 32)
        let h0 = try randomTensor([4, 2, 4], seed: 33), c0 = try randomTensor([4, 2, 4], seed: 34)
        let (output, (hn, cn)) = try lstm(x, (h0, c0))
        XCTAssertEqual(output.shape, [5, 2, 8])
        XCTAssertEqual(hn.shape, [4, 2, 4])
        var inputs = try (0..<5).map { try x[.index($0)] }
        var finalH: [[Double]] = [], finalC: [[Double]] = []
        for l in 0..<2 {
            var directions: [[[Tensor]]] = []
            for d in 0..<2 {
                let k = l * 2 + d, cell = lstm.cells[k] as! LSTMCell
                let states = try runByHand(inputs, reverse: d == 1, [try h0[.index(k)], try c0[.index(k)]]) { s, x in
                    let r = try cell(x, (s[0], s[1]))
                    return [r.h, r.c]
                }
                let last = d == 0 ? states[4] : states[0]
                finalH.append(last[0].scalars)
                finalC.append(last[1].scalars)
                directions.append(states)
            }
            inputs = try (0..<5).map { t in try concat([directions[0][t][0], directions[1][t][0]], axis: 1) }
        }
        for t in 0..<5 { assertClose(try output[.index(t)].scalars, inputs[t].scalars, accuracy: 1e-5, "step \(t)") }
        // h_n is [layer 0 forward, layer 0 backward, layer 1 forward, layer 1 backward], as PyTorch's.
        for k in 0..<4 {
            assertClose(try hn[.index(k)].scalars, finalH[k], accuracy: 1e-5, "h_n[\(k)]")
            assertClose(try cn[.index(k)].scalars, finalC[k], accuracy: 1e-5, "c_n[\(k)]")
        }
    }

    func testBidirectionalGRUAndRNNMatchTheirCells() throws {
        let gru = try GRU(inputSize: 2, hiddenSize: 3, bidirectional: true, using: RandomGenerator(seed: 41))
        let rnn = try RNN(inputSize: 2, hiddenSize: 3, bidirectional: true, using: RandomGenerator(seed: 42))
        let x = try randomTensor([4, 1, 2], seed: 43)
        let xs = try (0..<4).map { try x[.index($0)] }
        for (layer, step) in [(gru as RecurrentLayer, { (c: RecurrentCell, h: Tensor, x: Tensor) in try (c as! GRUCell)(x, h) }),
                              (rnn as RecurrentLayer, { (c: RecurrentCell, h: Tensor, x: Tensor) in try (c as! RNNCell)(x, h) })] {
            let r = try layer.run(x, nil)
            let zero = try Tensor.zeros([1, 3])
            let fwd = try runByHand(xs, reverse: false, [zero]) { s, x in [try step(layer.cells[0], s[0], x)] }
            let bwd = try runByHand(xs, reverse: true, [zero]) { s, x in [try step(layer.cells[1], s[0], x)] }
            for t in 0..<4 {
                assertClose(try r.output[.index(t)].scalars, fwd[t][0].scalars + bwd[t][0].scalars, accuracy: 1e-5)
            }
            assertClose(try r.final[0][0].scalars, fwd[3][0].scalars, accuracy: 1e-5)
            assertClose(try r.final[0][1].scalars, bwd[0][0].scalars, accuracy: 1e-5)
        }
    }

    func testBatchFirstAndUnbatchedLayouts() throws {
        let seqFirst = try GRU(inputSize: 3, hiddenSize: 2, layers: 2, bidirectional: true, using: RandomGenerator(seed: 51))
        let batchFirst = try GRU(inputSize: 3, hiddenSize: 2, layers: 2, batchFirst: true, bidirectional: true, using: RandomGenerator(seed: 51))
        let x = try randomTensor([2, 6, 3], seed: 52)   // [batch, seq, feature]
        let (out, h) = try batchFirst(x, nil)
        XCTAssertEqual(out.shape, [2, 6, 4])
        XCTAssertEqual(h.shape, [4, 2, 2])
        let (ref, refH) = try seqFirst(x.transposed(0, 1), nil)
        assertClose(try ref.transposed(0, 1).scalars, out.scalars)
        assertClose(refH.scalars, h.scalars)
        let lstm = try LSTM(inputSize: 3, hiddenSize: 2, batchFirst: true, bidirectional: true, using: RandomGenerator(seed: 53))
        let (u, (uh, uc)) = try lstm(try randomTensor([6, 3], seed: 54), nil)   // unbatched [seq, feature]
        XCTAssertEqual([u.shape, uh.shape, uc.shape], [[6, 4], [2, 2], [2, 2]])
        XCTAssertEqual(try lstm(x).shape, [2, 6, 4])
        let lstmSeqFirst = try LSTM(inputSize: 3, hiddenSize: 2, bidirectional: true, using: RandomGenerator(seed: 53))
        assertClose(try lstmSeqFirst(x.transposed(0, 1), nil).output.transposed(0, 1).scalars, try lstm(x, nil).output.scalars)
        // The state must be [layers·2, batch, hidden]; the message says so.
        XCTAssertThrowsError(try batchFirst(x, Tensor.zeros([2, 2, 2]))) { XCTAssert("\($0)".contains("[4, 2, 2]"), "\($0)") }
        // Parameters: one set per layer and direction.
        XCTAssertEqual(seqFirst.parameters().count, 16)
        XCTAssertEqual(seqFirst.parameters().map(\.shape)[8], [6, 4])   // layer 1's weightIH reads 2·hidden
    }

    func testBidirectionalGradientsByFiniteDifferences() throws {
        let lstm = try LSTM(inputSize: 2, hiddenSize: 2, layers: 2, bidirectional: true, using: RandomGenerator(seed: 61))
        let x = try randomTensor([3, 2, 2], seed: 62)
        try checkGradients("bidirectional LSTM", [x] + lstm.parameters()) { try lstm($0[0], nil).output }
        let gru = try GRU(inputSize: 2, hiddenSize: 2, batchFirst: true, bidirectional: true, using: RandomGenerator(seed: 63))
        let h0 = try randomTensor([2, 3, 2], seed: 64)   // x read batch-first: batch 3
        try checkGradients("bidirectional GRU", [x, h0] + gru.parameters()) { p in
            let r = try gru(p[0], p[1])
            return try concat([r.output.flattened(), r.hidden.flattened()], axis: 0)
        }
        let rnn = try RNN(inputSize: 2, hiddenSize: 3, bidirectional: true, using: RandomGenerator(seed: 65))
        try checkGradients("bidirectional RNN", [x] + rnn.parameters()) { try rnn($0[0], nil).output }
    }
}
