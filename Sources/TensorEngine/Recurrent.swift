/// Multi-layer recurrent layers over sequences, as PyTorch's nn.RNN, nn.LSTM and nn.GRU:
/// input `[seq, batch, feature]` (or `[batch, seq, feature]` with `batchFirst`, or unbatched
/// `[seq, feature]`); hidden state `[layers, batch, hidden]` (`[layers, hidden]` unbatched,
/// whatever `batchFirst` says); output `[seq, batch, hidden]`, the last layer's h at every step.
/// With `bidirectional`, states are `[layers·2, batch, hidden]` and outputs `[..., 2·hidden]`.
/// Layer l > 0 reads the outputs of layer l − 1. Parameters live in `cells` (one per layer).

/// The part common to RNN, LSTM and GRU: shapes, layers, directions, and the loop over time.
///
/// Bidirectional (as PyTorch's `bidirectional=True`): each layer has a second cell that reads the
/// sequence backwards; the layer's output is the forward and backward outputs joined on the
/// feature axis (`[..., 2·hidden]`, forward first, both aligned to input time), which the next
/// layer reads. States are `[layers·2, batch, hidden]`, ordered layer 0 forward, layer 0
/// backward, layer 1 forward, ... It is built by composition: the backward direction runs the
/// same kernel on the time-reversed input and its output is reversed back.
public class RecurrentLayer: Module {
    public let inputSize: Int, hiddenSize: Int, layers: Int, batchFirst: Bool, bidirectional: Bool
    /// One cell per layer and direction (layer-major: l0, l0 reverse, l1, …); cell k holds
    /// PyTorch's weight_ih_l{l}[_reverse], weight_hh_l{l}[_reverse], bias_ih_…, bias_hh_….
    public let cells: [RecurrentCell]
    let name: String

    init(_ name: String, cells: [RecurrentCell], inputSize: Int, hiddenSize: Int, batchFirst: Bool,
         bidirectional: Bool = false) {
        self.name = name
        self.cells = cells
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.bidirectional = bidirectional
        self.layers = cells.count / (bidirectional ? 2 : 1)
        self.batchFirst = batchFirst
        super.init()
    }

    /// 2 when bidirectional, else 1.
    public var directions: Int { bidirectional ? 2 : 1 }

    /// The cells, one per layer and direction, each with its own generator draws (layer 0
    /// first, its forward cell before its backward one).
    static func makeCells(_ name: String, layers: Int, inputSize: Int, hiddenSize: Int, bidirectional: Bool = false,
                          _ make: (Int) throws -> RecurrentCell) throws -> [RecurrentCell] {
        try requirePositive(layers, "layers", name)
        let directions = bidirectional ? 2 : 1
        return try (0..<layers * directions).map { try make($0 < directions ? inputSize : hiddenSize * directions) }
    }

    /// Runs all layers over `input` from `initial` (per state component: `[layers·directions,
    /// batch, hidden]` or unbatched, nil for zeros). Returns the output and the final state
    /// components, each `[layers·directions, batch, hidden]` (or unbatched).
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
        let batch = x.shape[1]
        guard x.shape[0] > 0 else {
            throw TensorError(.invalidShape, "\(name): the input sequence is empty (shape \(shapeText(input.shape)))")
        }
        let stateShape = batched ? [cells.count, batch, hiddenSize] : [cells.count, hiddenSize]
        if let initial {
            for s in initial where s.shape != stateShape {
                throw TensorError(.shapeMismatch, "\(name): the hidden state has shape \(shapeText(s.shape)); for an input of shape \(shapeText(input.shape)) it must be \(shapeText(stateShape)) ([layers\(bidirectional ? "·2" : ""), \(batched ? "batch, " : "")hidden])")
            }
        }
        let components = cells[0].stateCount
        var finals: [[Tensor]] = Array(repeating: [], count: components)
        var outputIsBatchFirst = false
        for l in 0..<layers {
            var outputs: [Tensor] = []
            for d in 0..<directions {
                let k = l * directions + d
                let state: [Tensor] = try (0..<components).map { c in
                    guard let initial else { return Tensor.filled([batch, hiddenSize], count: batch * hiddenSize, 0) }
                    let s = try initial[c].indexed([.index(k)])
                    return batched ? s : try s.unsqueezed(axis: 0)
                }
                // A batch-first LSTM's last layer writes its output batch-first (the fused
                // kernel can): no transpose. Not when the output is reversed and joined.
                outputIsBatchFirst = batchFirst && batched && l == layers - 1 && !bidirectional && cells[k] is LSTMCell
                let r = try runDirection(cells[k], d == 0 ? x : try reversedInTime(x), state, batchFirstOutput: outputIsBatchFirst)
                for c in 0..<components { finals[c].append(r.final[c]) }
                outputs.append(d == 0 ? r.output : try reversedInTime(r.output))
            }
            x = outputs.count == 1 ? outputs[0] : try concat(outputs, axis: 2)
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

    /// One cell over the whole of `x` (`[seq, batch, feature]`) from `state`: the output
    /// `[seq, batch, hidden]` (batch-first when asked and the kernel can) and the final state.
    private func runDirection(_ cell: RecurrentCell, _ x: Tensor, _ initial: [Tensor],
                              batchFirstOutput: Bool) throws -> (output: Tensor, final: [Tensor]) {
        if let lstm = cell as? LSTMCell {
            // The fused kernel (FusedLSTM.swift): the same equations, one node per layer.
            let r = FusedLSTMSequence.run(try lstm.inputProjection(x), initial[0], initial[1], lstm.weightHH, lstm.biasHH,
                                          batchFirstOutput: batchFirstOutput)
            return (r.output, [r.h, r.c])
        }
        if let gru = cell as? GRUCell {
            // The fused kernel (FusedGRU.swift), likewise.
            let r = FusedGRUSequence.run(try gru.inputProjection(x), initial[0], gru.weightHH, gru.biasHH)
            return (r.output, [r.h])
        }
        let projected = unbind(try cell.inputProjection(x))   // all time steps in one product
        var state = initial, outputs: [Tensor] = []
        outputs.reserveCapacity(projected.count)
        for step in projected {
            state = try cell.step(step, state)
            outputs.append(state[0])
        }
        return (try stack(outputs, axis: 0), state)
    }

    /// The output sequence from a zero hidden state (so the layer can sit in a `Sequential`).
    public override func forward(_ input: Tensor) throws -> Tensor { try run(input, nil).output }
}

/// `x` (`[seq, ...]`) with its first axis in reverse order; the gradient is reversed back.
func reversedInTime(_ x: Tensor) throws -> Tensor {
    try stack(unbind(x).reversed(), axis: 0)
}

/// A multi-layer Elman RNN (tanh by default).
public final class RNN: RecurrentLayer {
    /// `layers` stacked RNN layers, parameters drawn from `rng` (uniform in ±1/√hiddenSize).
    public init(inputSize: Int, hiddenSize: Int, layers: Int = 1, nonlinearity: RNNCell.Nonlinearity = .tanh,
                bias: Bool = true, batchFirst: Bool = false, bidirectional: Bool = false, using rng: RandomGenerator) throws {
        let cells = try Self.makeCells("RNN", layers: layers, inputSize: inputSize, hiddenSize: hiddenSize, bidirectional: bidirectional) {
            try RNNCell(inputSize: $0, hiddenSize: hiddenSize, bias: bias, nonlinearity: nonlinearity, using: rng)
        }
        super.init("RNN", cells: cells, inputSize: inputSize, hiddenSize: hiddenSize, batchFirst: batchFirst,
                   bidirectional: bidirectional)
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
                bidirectional: Bool = false, using rng: RandomGenerator) throws {
        let cells = try Self.makeCells("LSTM", layers: layers, inputSize: inputSize, hiddenSize: hiddenSize, bidirectional: bidirectional) {
            try LSTMCell(inputSize: $0, hiddenSize: hiddenSize, bias: bias, using: rng)
        }
        super.init("LSTM", cells: cells, inputSize: inputSize, hiddenSize: hiddenSize, batchFirst: batchFirst,
                   bidirectional: bidirectional)
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
                bidirectional: Bool = false, using rng: RandomGenerator) throws {
        let cells = try Self.makeCells("GRU", layers: layers, inputSize: inputSize, hiddenSize: hiddenSize, bidirectional: bidirectional) {
            try GRUCell(inputSize: $0, hiddenSize: hiddenSize, bias: bias, using: rng)
        }
        super.init("GRU", cells: cells, inputSize: inputSize, hiddenSize: hiddenSize, batchFirst: batchFirst,
                   bidirectional: bidirectional)
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
