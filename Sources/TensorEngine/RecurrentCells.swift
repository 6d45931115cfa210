/// One time step of the recurrent layers, with PyTorch's equations, gate order and parameter
/// shapes (`weightIH` `[gates·hidden, input]`, `weightHH` `[gates·hidden, hidden]`, biases
/// `[gates·hidden]`, all uniform in ±1/√hidden):
///
///     RNN:  h' = tanh(W_ih x + b_ih + W_hh h + b_hh)            (or relu)
///     LSTM: i, f, g, o = σ, σ, tanh, σ of the four quarters of W_ih x + b_ih + W_hh h + b_hh
///           c' = f ⊙ c + i ⊙ g,  h' = o ⊙ tanh(c')
///     GRU:  r, z = σ of the first two thirds of W_ih x + b_ih + W_hh h + b_hh
///           n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)),  h' = (1 − z) ⊙ n + z ⊙ h
///
/// Each cell splits its work in two: the input projection W_ih x + b_ih (which the sequence
/// layers compute for all time steps in one product) and `step`, the rest.

/// The parameters and the step function shared by the three cells; the sequence layers drive
/// it. A state is `[h]` (RNN, GRU) or `[h, c]` (LSTM).
public class RecurrentCell: Module {
    public let inputSize: Int, hiddenSize: Int
    /// `[gates·hiddenSize, inputSize]`.
    public let weightIH: Tensor
    /// `[gates·hiddenSize, hiddenSize]`.
    public let weightHH: Tensor
    /// `[gates·hiddenSize]` each, or nil when built with `bias: false`.
    public let biasIH: Tensor?, biasHH: Tensor?
    let name: String

    init(_ name: String, gates: Int, inputSize: Int, hiddenSize: Int, bias: Bool, using rng: RandomGenerator) throws {
        try requirePositive(inputSize, "inputSize", name)
        try requirePositive(hiddenSize, "hiddenSize", name)
        _ = try checkedCount([gates, hiddenSize, Swift.max(inputSize, hiddenSize)], op: name)   // unmultiplied: no overflow
        self.name = name
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        let bound = 1 / Double(hiddenSize).squareRoot(), rows = gates * hiddenSize
        weightIH = Tensor.uniformParameter([rows, inputSize], bound: bound, using: rng)
        weightHH = Tensor.uniformParameter([rows, hiddenSize], bound: bound, using: rng)
        biasIH = bias ? Tensor.uniformParameter([rows], bound: bound, using: rng) : nil
        biasHH = bias ? Tensor.uniformParameter([rows], bound: bound, using: rng) : nil
        super.init()
    }

    /// How many tensors a state holds (1, or 2 for LSTM's (h, c)).
    var stateCount: Int { 1 }

    /// W_ih x + b_ih for `x` of shape `[..., inputSize]`.
    func inputProjection(_ x: Tensor) throws -> Tensor {
        guard x.rank >= 1, x.shape[x.rank - 1] == inputSize else {
            throw TensorError(.shapeMismatch, "\(name): the input has shape \(shapeText(x.shape)); its last axis must be inputSize = \(inputSize)")
        }
        return try linear(x, weightIH, biasIH)
    }

    /// The next state from the projected input `gi` (`[batch, gates·hidden]` or unbatched).
    func step(_ gi: Tensor, _ state: [Tensor]) throws -> [Tensor] {
        fatalError("RecurrentCell.step is abstract")  // unreachable: only the three subclasses exist
    }

    /// Zeros for a missing state, or the given state checked against the input's batch shape.
    func initialState(for x: Tensor, _ given: [Tensor]?) throws -> [Tensor] {
        guard x.rank == 1 || x.rank == 2 else {
            throw TensorError(.invalidShape, "\(name): the input must be [batch, inputSize] or [inputSize], got \(shapeText(x.shape))")
        }
        let shape = Array(x.shape.dropLast()) + [hiddenSize]
        guard let given else { return (0..<stateCount).map { _ in Tensor.filled(shape, count: shape.reduce(1, *), 0) } }
        for s in given where s.shape != shape {
            throw TensorError(.shapeMismatch, "\(name): the hidden state has shape \(shapeText(s.shape)); for an input of shape \(shapeText(x.shape)) it must be \(shapeText(shape))")
        }
        return given
    }

    /// W_hh h + b_hh.
    func hiddenProjection(_ h: Tensor) throws -> Tensor { try linear(h, weightHH, biasHH) }
}

/// The `n` equal parts of `t` along its last axis (each a recorded op). A dedicated loop rather
/// than `indexed`: the gates of every time step go through here.
func splitLastAxis(_ t: Tensor, _ n: Int) throws -> [Tensor] {
    let width = t.shape[t.rank - 1], size = width / n, rows = t.count / Swift.max(width, 1)
    var shape = t.shape
    shape[shape.count - 1] = size
    return (0..<n).map { part in
        let start = part * size
        let out = Tensor(uninitialized: shape, count: rows * size)
        for r in 0..<rows { (out.data + r * size).update(from: t.data + r * width + start, count: size) }
        if Tensor.recording(t) {
            out.record([t]) { g, _ in
                let gt = Tensor.filled(t.shape, count: t.count, 0)
                for r in 0..<rows { (gt.data + r * width + start).update(from: g.data + r * size, count: size) }
                t.addGrad(owned: gt)
            }
        }
        return out
    }
}

/// An Elman RNN cell: h' = tanh(W_ih x + b_ih + W_hh h + b_hh) (or relu).
public final class RNNCell: RecurrentCell {
    /// The cell's non-linearity.
    public enum Nonlinearity: Sendable { case tanh, relu }
    public let nonlinearity: Nonlinearity

    /// A cell from `inputSize` to `hiddenSize` features, its parameters drawn from `rng`.
    public init(inputSize: Int, hiddenSize: Int, bias: Bool = true, nonlinearity: Nonlinearity = .tanh, using rng: RandomGenerator) throws {
        self.nonlinearity = nonlinearity
        try super.init("RNNCell", gates: 1, inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, using: rng)
    }

    override func step(_ gi: Tensor, _ state: [Tensor]) throws -> [Tensor] {
        let a = try gi + hiddenProjection(state[0])
        return [nonlinearity == .tanh ? tanh(a) : relu(a)]
    }

    /// The next hidden state for input `x` (`[batch, inputSize]` or `[inputSize]`) and hidden
    /// state `h` (zeros when nil).
    public func callAsFunction(_ x: Tensor, _ h: Tensor? = nil) throws -> Tensor {
        let state = try initialState(for: x, h.map { [$0] })
        return try step(inputProjection(x), state)[0]
    }

    /// The next hidden state from a zero hidden state.
    public override func forward(_ input: Tensor) throws -> Tensor { try self(input, nil) }
}

/// A long short-term memory cell (gates i, f, g, o in that order, as in PyTorch).
public final class LSTMCell: RecurrentCell {
    /// A cell from `inputSize` to `hiddenSize` features, its parameters drawn from `rng`.
    public init(inputSize: Int, hiddenSize: Int, bias: Bool = true, using rng: RandomGenerator) throws {
        try super.init("LSTMCell", gates: 4, inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, using: rng)
    }

    override var stateCount: Int { 2 }

    override func step(_ gi: Tensor, _ state: [Tensor]) throws -> [Tensor] {
        let gates = try splitLastAxis(gi + hiddenProjection(state[0]), 4)
        let i = sigmoid(gates[0]), f = sigmoid(gates[1]), g = tanh(gates[2]), o = sigmoid(gates[3])
        let c = try f * state[1] + i * g
        return [try o * tanh(c), c]
    }

    /// The next `(h, c)` for input `x` (`[batch, inputSize]` or `[inputSize]`) and state
    /// `(h, c)` (zeros when nil).
    public func callAsFunction(_ x: Tensor, _ state: (h: Tensor, c: Tensor)? = nil) throws -> (h: Tensor, c: Tensor) {
        let s = try initialState(for: x, state.map { [$0.h, $0.c] })
        let next = try step(inputProjection(x), s)
        return (next[0], next[1])
    }

    /// The next hidden state h from a zero state.
    public override func forward(_ input: Tensor) throws -> Tensor { try self(input, nil).h }
}

/// A gated recurrent unit cell (gates r, z, n in that order, as in PyTorch).
public final class GRUCell: RecurrentCell {
    /// A cell from `inputSize` to `hiddenSize` features, its parameters drawn from `rng`.
    public init(inputSize: Int, hiddenSize: Int, bias: Bool = true, using rng: RandomGenerator) throws {
        try super.init("GRUCell", gates: 3, inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, using: rng)
    }

    override func step(_ gi: Tensor, _ state: [Tensor]) throws -> [Tensor] {
        let h = state[0]
        let xi = try splitLastAxis(gi, 3), hh = try splitLastAxis(hiddenProjection(h), 3)
        let r = sigmoid(try xi[0] + hh[0]), z = sigmoid(try xi[1] + hh[1])
        let n = tanh(try xi[2] + r * hh[2])
        return [try (1 - z) * n + z * h]
    }

    /// The next hidden state for input `x` (`[batch, inputSize]` or `[inputSize]`) and hidden
    /// state `h` (zeros when nil).
    public func callAsFunction(_ x: Tensor, _ h: Tensor? = nil) throws -> Tensor {
        let state = try initialState(for: x, h.map { [$0] })
        return try step(inputProjection(x), state)[0]
    }

    /// The next hidden state from a zero hidden state.
    public override func forward(_ input: Tensor) throws -> Tensor { try self(input, nil) }
}
