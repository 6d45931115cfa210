/// Multi-layer recurrent layers over sequences, as PyTorch's nn.RNN, nn.LSTM and nn.GRU:
/// input `[seq, batch, feature]` (or `[batch, seq, feature]` with `batchFirst`, or unbatched
/// `[seq, feature]`); hidden state `[layers, batch, hidden]` (`[layers, hidden]` unbatched,
/// whatever `batchFirst` says); output `[seq, batch, hidden]`, the last layer's h at every step.
/// Layer l > 0 reads the outputs of layer l − 1. Parameters live in `cells` (one per layer).

/// The part common to RNN, LSTM and GRU: shapes, layers, and the loop over time.
public class RecurrentLayer: Module {
    public let inputSize: Int, hiddenSize: Int, layers: Int, batchFirst: Bool
    /// One cell per layer; cell l holds PyTorch's weight_ih_l{l}, weight_hh_l{l}, bias_ih_l{l}, bias_hh_l{l}.
    public let cells: [RecurrentCell]
    let name: String

    init(_ name: String, cells: [RecurrentCell], inputSize: Int, hiddenSize: Int, batchFirst: Bool) {
        self.name = name
        self.cells = cells
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.layers = cells.count
        self.batchFirst = batchFirst
        super.init()
    }

    /// The cells, one per layer, each with its own generator draws (layer 0 first).
    static func makeCells(_ name: String, layers: Int, inputSize: Int, hiddenSize: Int,
                          _ make: (Int) throws -> RecurrentCell) throws -> [RecurrentCell] {
        try requirePositive(layers, "layers", name)
        return try (0..<layers).map { try make($0 == 0 ? inputSize : hiddenSize) }
    }

    /// Runs all layers over `input` from `initial` (per state component: `[layers, batch,
    /// hidden]` or unbatched, nil for zeros). Returns the output and the final state components,
    /// each `[layers, batch, hidden]` (or unbatched).
    func run(_ input: Tensor, _ initial: [Tensor]?) throws -> (output: Tensor, final: [Tensor]) {
        guard input.rank == 2 || input.rank == 3 else {
            throw TensorError(.invalidShape, "\(name): the input must be \(batchFirst ? "[batch, seq, feature]" : "[seq, batch, feature]") or unbatched [seq, feature], got \(shapeText(input.shape))")
        }
        let batched = input.rank == 3
        guard input.shape[input.rank - 1] == inputSize else {
            throw TensorError(.shapeMismatch, "\(name): the input has shape \(shapeText(input.shape)); its last axis must be inputSize = \(inputSize)")
        }
        // To [seq, batch, feature].
        var x = !batched ? try input.unsqueezed(axis: 1) : batchFirst ? try input.transposed(0, 1) : input
        let seq = x.shape[0], batch = x.shape[1]
        guard seq > 0 else {
            throw TensorError(.invalidShape, "\(name): the input sequence is empty (shape \(shapeText(input.shape)))")
        }
        let stateShape = batched ? [layers, batch, hiddenSize] : [layers, hiddenSize]
        if let initial {
            for s in initial where s.shape != stateShape {
                throw TensorError(.shapeMismatch, "\(name): the hidden state has shape \(shapeText(s.shape)); for an input of shape \(shapeText(input.shape)) it must be \(shapeText(stateShape)) ([layers, \(batched ? "batch, " : "")hidden])")
            }
        }
        let components = cells[0].stateCount
        var finals: [[Tensor]] = Array(repeating: [], count: components)
        var outputIsBatchFirst = false
        for (l, cell) in cells.enumerated() {
            var state: [Tensor] = try (0..<components).map { k in
                guard let initial else { return Tensor.filled([batch, hiddenSize], count: batch * hiddenSize, 0) }
                let s = try initial[k].indexed([.index(l)])
                return batched ? s : try s.unsqueezed(axis: 0)
            }
            if let lstm = cell as? LSTMCell {
                // The fused kernel (FusedLSTM.swift): the same equations, one node per layer.
                // A batch-first layer's last layer writes its output batch-first: no transpose.
                outputIsBatchFirst = batchFirst && batched && l == layers - 1
                let r = FusedLSTMSequence.run(try lstm.inputProjection(x), state[0], state[1], lstm.weightHH, lstm.biasHH,
                                              batchFirstOutput: outputIsBatchFirst)
                finals[0].append(r.h)
                finals[1].append(r.c)
                x = r.output
                continue
            }
            if let gru = cell as? GRUCell {
                // The fused kernel (FusedGRU.swift), likewise.
                let r = FusedGRUSequence.run(try gru.inputProjection(x), state[0], gru.weightHH, gru.biasHH)
                finals[0].append(r.h)
                x = r.output
                continue
            }
            let projected = unbind(try cell.inputProjection(x))   // all time steps in one product
            var outputs: [Tensor] = []
            outputs.reserveCapacity(seq)
            for t in 0..<seq {
                state = try cell.step(projected[t], state)
                outputs.append(state[0])
            }
            for k in 0..<components { finals[k].append(state[k]) }
            x = try stack(outputs, axis: 0)
        }
        var output = x
        var final = try finals.map { try stack($0, axis: 0) }
        if !batched {
            output = try output.squeezed(axis: 1)
            final = try final.map { try $0.squeezed(axis: 1) }
        } else if batchFirst && !outputIsBatchFirst {
            output = try output.transposed(0, 1)
        }
        return (output, final)
    }

    /// The output sequence from a zero hidden state (so the layer can sit in a `Sequential`).
    public override func forward(_ input: Tensor) throws -> Tensor { try run(input, nil).output }
}

/// A multi-layer Elman RNN (tanh by default).
public final class RNN: RecurrentLayer {
    /// `layers` stacked RNN layers, parameters drawn from `rng` (uniform in ±1/√hiddenSize).
    public init(inputSize: Int, hiddenSize: Int, layers: Int = 1, nonlinearity: RNNCell.Nonlinearity = .tanh,
                bias: Bool = true, batchFirst: Bool = false, using rng: RandomGenerator) throws {
        let cells = try Self.makeCells("RNN", layers: layers, inputSize: inputSize, hiddenSize: hiddenSize) {
            try RNNCell(inputSize: $0, hiddenSize: hiddenSize, bias: bias, nonlinearity: nonlinearity, using: rng)
        }
        super.init("RNN", cells: cells, inputSize: inputSize, hiddenSize: hiddenSize, batchFirst: batchFirst)
    }

    /// `(output, h_n)` for `input` and initial hidden state `hidden` (zeros when nil).
    public func callAsFunction(_ input: Tensor, _ hidden: Tensor? = nil) throws -> (output: Tensor, hidden: Tensor) {
        let r = try run(input, hidden.map { [$0] })
        return (r.output, r.final[0])
    }
}

/// A multi-layer LSTM; its hidden state is the pair (h, c).
public final class LSTM: RecurrentLayer {
    /// `layers` stacked LSTM layers, parameters drawn from `rng` (uniform in ±1/√hiddenSize).
    public init(inputSize: Int, hiddenSize: Int, layers: Int = 1, bias: Bool = true, batchFirst: Bool = false,
                using rng: RandomGenerator) throws {
        let cells = try Self.makeCells("LSTM", layers: layers, inputSize: inputSize, hiddenSize: hiddenSize) {
            try LSTMCell(inputSize: $0, hiddenSize: hiddenSize, bias: bias, using: rng)
        }
        super.init("LSTM", cells: cells, inputSize: inputSize, hiddenSize: hiddenSize, batchFirst: batchFirst)
    }

    /// `(output, (h_n, c_n))` for `input` and initial state `(h_0, c_0)` (zeros when nil).
    public func callAsFunction(_ input: Tensor, _ state: (h: Tensor, c: Tensor)? = nil) throws -> (output: Tensor, hidden: (h: Tensor, c: Tensor)) {
        let r = try run(input, state.map { [$0.h, $0.c] })
        return (r.output, (r.final[0], r.final[1]))
    }
}

/// A multi-layer GRU.
public final class GRU: RecurrentLayer {
    /// `layers` stacked GRU layers, parameters drawn from `rng` (uniform in ±1/√hiddenSize).
    public init(inputSize: Int, hiddenSize: Int, layers: Int = 1, bias: Bool = true, batchFirst: Bool = false,
                using rng: RandomGenerator) throws {
        let cells = try Self.makeCells("GRU", layers: layers, inputSize: inputSize, hiddenSize: hiddenSize) {
            try GRUCell(inputSize: $0, hiddenSize: hiddenSize, bias: bias, using: rng)
        }
        super.init("GRU", cells: cells, inputSize: inputSize, hiddenSize: hiddenSize, batchFirst: batchFirst)
    }

    /// `(output, h_n)` for `input` and initial hidden state `hidden` (zeros when nil).
    public func callAsFunction(_ input: Tensor, _ hidden: Tensor? = nil) throws -> (output: Tensor, hidden: Tensor) {
        let r = try run(input, hidden.map { [$0] })
        return (r.output, r.final[0])
    }
}

/// The slices `t[0], t[1], ...` along the first axis, as views of `t` (for the loop over time,
/// and attention's q, k and v).
///
/// Why not `t[i]`: the backward of each slice would build a zero tensor of t's full shape, so a
/// sequence of length L would cost O(L²·batch·features) backward. Here the slices share one
/// gradient buffer instead: each slice's backward adds its part into the buffer held as the
/// gradient of an internal hub node (parent of all slices, child of `t`); the hub runs after all
/// of them (it is their parent) and hands the whole buffer to `t` once. The hub's own value is a
/// placeholder: only its gradient is used, and it is never exposed.
func unbind(_ t: Tensor) -> [Tensor] {
    let n = t.shape.first ?? 1, size = t.count / Swift.max(n, 1), shape = Array(t.shape.dropFirst())
    var hub: Tensor?
    if Tensor.recording(t) {
        let h = Tensor(uninitialized: [], count: 1)
        h.record([t]) { g, _ in t.addGrad(owned: g) }  // the buffer is only ever the hub's
        hub = h
    }
    return (0..<n).map { i in
        let out = Tensor(viewOf: t, offset: i * size, shape: shape, count: size)   // no copy (Views.swift)
        if let hub {
            out.record([hub]) { g, _ in
                let buffer: Tensor
                if let b = hub.storedGrad { buffer = b } else {
                    buffer = Tensor.filled(t.shape, count: t.count, 0)
                    hub.storedGrad = buffer
                }
                let dst = buffer.data + i * size
                for j in 0..<size { dst[j] += g.data[j] }
            }
        }
        return out
    }
}
