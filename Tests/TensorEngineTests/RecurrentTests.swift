import XCTest
import Foundation
@testable import TensorEngine

/// RNN/LSTM/GRU cells and layers: reference values, gradients, shapes, and a small training run.
final class RecurrentTests: XCTestCase {
    /// Fixed weights for the reference tests (gates·2 hidden units, 3 inputs): the same formulas
    /// as the NumPy script that produced the expected values (see `testCellsMatchNumPyReference`).
    private func setFixedWeights(_ cell: RecurrentCell) {
        func fill(_ t: Tensor?, _ f: (Int, Int) -> Double) {
            guard let t else { return }
            let cols = t.rank == 2 ? t.shape[1] : 1
            noGrad { t.withUnsafeMutableBufferPointer { p in for k in 0..<p.count { p[k] = Float(f(k / cols, k % cols)) } } }
        }
        fill(cell.weightIH) { sin(0.3 * Double($0) + 0.7 * Double($1)) * 0.5 }
        fill(cell.weightHH) { cos(0.2 * Double($0) - 0.5 * Double($1)) * 0.4 }
        fill(cell.biasIH) { i, _ in 0.1 * Double(i) - 0.3 }
        fill(cell.biasHH) { i, _ in 0.05 * Double(i) }
    }

    /// Expected values computed with NumPy (float64) from PyTorch's published equations
    /// (torch.nn.LSTMCell / GRUCell / RNNCell docs), with the weights of `setFixedWeights`,
    /// x = [[0.5, -1, 2], [1.5, 0.2, -0.3]], h0 = [[0.1, -0.2], [0.3, 0.4]], c0 = [[0.5, -0.5], [0, 1]].
    func testCellsMatchNumPyReference() throws {
        let rng = RandomGenerator(seed: 1)
        let x = try Tensor([[0.5, -1, 2], [1.5, 0.2, -0.3]])
        let h0 = try Tensor([[0.1, -0.2], [0.3, 0.4]]), c0 = try Tensor([[0.5, -0.5], [0, 1]])

        let lstm = try LSTMCell(inputSize: 3, hiddenSize: 2, using: rng)
        setFixedWeights(lstm)
        let (h, c) = try lstm(x, (h0, c0))
        assertClose(h.scalars, [0.32464261508926484, -0.024206743513079207, 0.31314570349483856, 0.7031836264059667])
        assertClose(c.scalars, [0.5955846750391076, -0.0403805551920523, 0.39846028466806716, 1.2372704993214674])

        let gru = try GRUCell(inputSize: 3, hiddenSize: 2, using: rng)
        setFixedWeights(gru)
        assertClose(try gru(x, h0).scalars, [0.22369785963652766, 0.015252125470905653, 0.46098544218135434, 0.5221510606038855])

        let rnn = try RNNCell(inputSize: 3, hiddenSize: 2, using: rng)
        setFixedWeights(rnn)
        assertClose(try rnn(x, h0).scalars, [0.32133425028037466, 0.42811397001274715, -0.12236618512581426, 0.27058910505138306])
    }

    func testCellParameterShapesAndInitialisationBound() throws {
        let rng = RandomGenerator(seed: 2)
        let lstm = try LSTMCell(inputSize: 3, hiddenSize: 4, using: rng)
        XCTAssertEqual(lstm.parameters().map(\.shape), [[16, 3], [16, 4], [16], [16]])
        XCTAssertEqual(try GRUCell(inputSize: 3, hiddenSize: 4, using: rng).weightHH.shape, [12, 4])
        XCTAssertTrue(lstm.parameters().allSatisfy { $0.scalars.allSatisfy { abs($0) <= 0.5 } })  // 1/√4
        // Zero state by default; unbatched input.
        XCTAssertEqual(try lstm(Tensor([1, 2, 3]), nil).c.shape, [4])
        XCTAssertThrowsError(try lstm(Tensor.ones([2, 3]), (Tensor.zeros([3, 4]), Tensor.zeros([3, 4]))))
        XCTAssertThrowsError(try lstm(Tensor.ones([2, 5]), nil))
    }

    func testCellGradients() throws {
        let rng = RandomGenerator(seed: 3)
        let x = try randomTensor([3, 4], seed: 4), h = try randomTensor([3, 2], seed: 5), c = try randomTensor([3, 2], seed: 6)
        let rnn = try RNNCell(inputSize: 4, hiddenSize: 2, using: rng)
        try checkGradients("RNNCell", [x, h] + rnn.parameters()) { try rnn($0[0], $0[1]) }
        let relu = try RNNCell(inputSize: 4, hiddenSize: 2, nonlinearity: .relu, using: rng)
        try checkGradients("RNNCell relu", [x, h] + relu.parameters()) { try relu($0[0], $0[1]) }
        let gru = try GRUCell(inputSize: 4, hiddenSize: 2, using: rng)
        try checkGradients("GRUCell", [x, h] + gru.parameters()) { try gru($0[0], $0[1]) }
        let lstm = try LSTMCell(inputSize: 4, hiddenSize: 2, using: rng)
        try checkGradients("LSTMCell h", [x, h, c] + lstm.parameters()) { try lstm($0[0], ($0[1], $0[2])).h }
        try checkGradients("LSTMCell c", [x, h, c] + lstm.parameters()) { try lstm($0[0], ($0[1], $0[2])).c }
    }

    func testMultiLayerGradientsThroughTime() throws {
        let rng = RandomGenerator(seed: 7)
        let x = try randomTensor([4, 2, 3], seed: 8)           // [seq, batch, feature]
        let h0 = try randomTensor([2, 2, 5], seed: 9), c0 = try randomTensor([2, 2, 5], seed: 10)
        let rnn = try RNN(inputSize: 3, hiddenSize: 5, layers: 2, using: rng)
        try checkGradients("RNN output", [x, h0] + rnn.parameters()) { try rnn($0[0], $0[1]).output }
        try checkGradients("RNN hidden", [x, h0]) { try rnn($0[0], $0[1]).hidden }
        let gru = try GRU(inputSize: 3, hiddenSize: 5, layers: 2, using: rng)
        try checkGradients("GRU", [x, h0] + gru.parameters()) { try gru($0[0], $0[1]).output }
        let lstm = try LSTM(inputSize: 3, hiddenSize: 5, layers: 2, using: rng)
        try checkGradients("LSTM", [x, h0, c0] + lstm.parameters()) { try lstm($0[0], ($0[1], $0[2])).output }
        try checkGradients("LSTM c_n", [x, h0, c0]) { try lstm($0[0], ($0[1], $0[2])).hidden.c }
    }

    func testTimeStepSlicesShareOneGradientBufferAcrossBackwardPasses() throws {
        let x = try randomTensor([4, 2, 3], seed: 14)
        try checkGradients("unbind", [x]) { try stack(unbind($0[0]).enumerated().map { $0.element * Double($0.offset + 1) }, axis: 0) }
        // A second backward pass through the same graph starts a fresh buffer: leaves accumulate.
        let lstm = try LSTM(inputSize: 3, hiddenSize: 2, using: RandomGenerator(seed: 15))
        x.zeroGrad()
        let loss = try lstm(x).sum()
        try loss.backward()
        let once = x.grad.scalars
        try loss.backward()
        assertClose(x.grad.scalars, once.map { 2 * $0 })
    }

    func testLayerMatchesItsCellsStepByStep() throws {
        let lstm = try LSTM(inputSize: 3, hiddenSize: 4, layers: 2, using: RandomGenerator(seed: 11))
        let x = try randomTensor([5, 2, 3], seed: 12)
        let (output, (hn, cn)) = try lstm(x, nil)
        var states = [(h: Tensor, c: Tensor)](repeating: (try Tensor.zeros([2, 4]), try Tensor.zeros([2, 4])), count: 2)
        var last = Tensor(0)
        for t in 0..<5 {
            var input = try x[.index(t)]
            for l in 0..<2 {
                states[l] = try (lstm.cells[l] as! LSTMCell)(input, states[l])
                input = states[l].h
            }
            assertClose(try output[.index(t)].scalars, input.scalars)
            last = input
        }
        assertClose(try hn[1].scalars, last.scalars)
        assertClose(try cn[0].scalars, states[0].c.scalars)
    }

    func testGRULayerMatchesItsCellsStepByStep() throws {
        for bias in [true, false] {
            let gru = try GRU(inputSize: 3, hiddenSize: 4, layers: 2, bias: bias, using: RandomGenerator(seed: 21))
            let x = try randomTensor([5, 2, 3], seed: 22), h0 = try randomTensor([2, 2, 4], seed: 23)
            let (output, hn) = try gru(x, h0)
            var states = [try h0[0], try h0[1]]
            for t in 0..<5 {
                var input = try x[.index(t)]
                for l in 0..<2 {
                    states[l] = try (gru.cells[l] as! GRUCell)(input, states[l])
                    input = states[l]
                }
                assertClose(try output[.index(t)].scalars, input.scalars)
            }
            assertClose(try hn[0].scalars, states[0].scalars)
            assertClose(try hn[1].scalars, states[1].scalars)
            try checkGradients("GRU bias \(bias)", [x, h0] + gru.parameters()) { try gru($0[0], $0[1]).hidden }
        }
    }

    func testShapesForBatchFirstUnbatchedAndErrors() throws {
        let rng = RandomGenerator(seed: 13)
        let gru = try GRU(inputSize: 3, hiddenSize: 4, layers: 3, batchFirst: true, using: rng)
        let x = try Tensor.randn([2, 7, 3], using: rng)   // [batch, seq, feature]
        let (out, h) = try gru(x, nil)
        XCTAssertEqual(out.shape, [2, 7, 4])
        XCTAssertEqual(h.shape, [3, 2, 4])
        // batch-first output is the transposed sequence-first output of the same weights.
        let seqFirst = try GRU(inputSize: 3, hiddenSize: 4, layers: 3, using: RandomGenerator(seed: 13))
        assertClose(try seqFirst(x.transposed(0, 1), nil).output.transposed(0, 1).scalars, out.scalars)
        let (u, uh) = try gru(Tensor.randn([7, 3], using: rng), nil)   // unbatched
        XCTAssertEqual(u.shape, [7, 4])
        XCTAssertEqual(uh.shape, [3, 4])
        XCTAssertEqual(try gru(x).shape, [2, 7, 4])   // forward: output only
        let (sameOut, sameH) = try gru(x)                // PyTorch style: the hidden state is optional
        XCTAssertEqual(sameOut.scalars, out.scalars)
        XCTAssertEqual(sameH.scalars, h.scalars)
        let lstm = try LSTM(inputSize: 3, hiddenSize: 2, using: rng)
        let (_, (hn, cn)) = try lstm(x.transposed(0, 1))
        XCTAssertEqual([hn.shape, cn.shape], [[1, 2, 2], [1, 2, 2]])
        XCTAssertThrowsError(try gru(x, Tensor.zeros([3, 4, 4]))) { XCTAssert("\($0)".contains("[3, 2, 4]")) }
        XCTAssertThrowsError(try gru(Tensor.zeros([2, 7, 5]), nil))
        XCTAssertThrowsError(try gru(Tensor.zeros([2, 0, 3]), nil))
        XCTAssertThrowsError(try RNN(inputSize: 3, hiddenSize: 4, layers: 0, using: rng))
    }

    func testCharacterRNNLearnsHihellToIhello() throws {
        // h i e l o → 0 1 2 3 4; input "hihell", target "ihello".
        let rng = RandomGenerator(seed: 0)
        let inputs = try Tensor.oneHot(Tensor([0, 1, 0, 2, 3, 3]), count: 5).reshaped([6, 1, 5])
        let targets = Tensor([1, 0, 2, 3, 3, 4])
        let rnn = try RNN(inputSize: 5, hiddenSize: 8, using: rng)
        let head = try Linear(8, 5, using: rng)
        let optimizer = Adam(rnn.parameters() + head.parameters(), lr: 0.1)
        func predict() throws -> [Int] {
            let logits = try head(rnn(inputs, nil).output.reshaped([6, 8]))
            return try logits.argmax(axis: 1).scalars.map { Int($0) }
        }
        var steps = 0
        while try predict() != [1, 0, 2, 3, 3, 4] && steps < 200 {
            let logits = try head(rnn(inputs, nil).output.reshaped([6, 8]))
            let loss = try CrossEntropyLoss()(logits, targets)
            optimizer.zeroGrad()
            try loss.backward()
            optimizer.step()
            steps += 1
        }
        let text = try predict().map { Array("hielo")[$0] }
        XCTAssertEqual(String(text), "ihello", "after \(steps) steps")
    }
}
