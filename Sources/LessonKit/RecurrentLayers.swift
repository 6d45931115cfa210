// Recurrent layers and cells (LANGUAGE.md §3): called with an input and an optional hidden
// state, `RNN` and `GRU` return `(output, hidden)`, `LSTM` `(output, (h, c))`; the cells
// return the next state.

import TensorEngine

/// `.tanh` or `.relu`, for `RNN` and `RNNCell`.
public enum Nonlinearity {
    case tanh, relu

    var engine: TensorEngine.RNNCell.Nonlinearity { self == .tanh ? .tanh : .relu }
}

/// What the recurrent layers share: their sizes.
public class RecurrentLayer<Engine: TensorEngine.RecurrentLayer>: Layer<Engine> {
    public var inputSize: Int { layer.inputSize }
    public var hiddenSize: Int { layer.hiddenSize }
    public var layers: Int { layer.layers }
    public var batchFirst: Bool { layer.batchFirst }
    /// Whether each layer also reads the sequence backwards (outputs `2·hiddenSize` features).
    public var bidirectional: Bool { layer.bidirectional }
    public override var description: String {
        "\(type(of: self))(inputSize: \(inputSize), hiddenSize: \(hiddenSize), layers: \(layers), batchFirst: \(batchFirst)"
            + (bidirectional ? ", bidirectional: true)" : ")")
    }
}

public final class RNN: RecurrentLayer<TensorEngine.RNN> {
    public init(inputSize: Int, hiddenSize: Int, layers: Int = 1, bias: Bool = true, batchFirst: Bool = false,
                bidirectional: Bool = false, nonlinearity: Nonlinearity = .tanh) {
        super.init(attempt {
            try TensorEngine.RNN(inputSize: inputSize, hiddenSize: hiddenSize, layers: layers, nonlinearity: nonlinearity.engine,
                                 bias: bias, batchFirst: batchFirst, bidirectional: bidirectional, using: LessonRandom.shared.layerGenerator())
        })
    }
    public func callAsFunction(_ input: Tensor, _ hidden: Tensor? = nil) -> (output: Tensor, hidden: Tensor) {
        let r = attempt { try layer(input.base, hidden?.base) }
        return (Tensor(r.output), Tensor(r.hidden))
    }
}

public final class LSTM: RecurrentLayer<TensorEngine.LSTM> {
    public init(inputSize: Int, hiddenSize: Int, layers: Int = 1, bias: Bool = true, batchFirst: Bool = false, bidirectional: Bool = false) {
        super.init(attempt {
            try TensorEngine.LSTM(inputSize: inputSize, hiddenSize: hiddenSize, layers: layers, bias: bias,
                                  batchFirst: batchFirst, bidirectional: bidirectional, using: LessonRandom.shared.layerGenerator())
        })
    }
    public func callAsFunction(_ input: Tensor, _ state: (h: Tensor, c: Tensor)? = nil) -> (output: Tensor, hidden: (h: Tensor, c: Tensor)) {
        let r = attempt { try layer(input.base, state.map { ($0.h.base, $0.c.base) }) }
        return (Tensor(r.output), (Tensor(r.hidden.h), Tensor(r.hidden.c)))
    }
}

public final class GRU: RecurrentLayer<TensorEngine.GRU> {
    public init(inputSize: Int, hiddenSize: Int, layers: Int = 1, bias: Bool = true, batchFirst: Bool = false, bidirectional: Bool = false) {
        super.init(attempt {
            try TensorEngine.GRU(inputSize: inputSize, hiddenSize: hiddenSize, layers: layers, bias: bias,
                                 batchFirst: batchFirst, bidirectional: bidirectional, using: LessonRandom.shared.layerGenerator())
        })
    }
    public func callAsFunction(_ input: Tensor, _ hidden: Tensor? = nil) -> (output: Tensor, hidden: Tensor) {
        let r = attempt { try layer(input.base, hidden?.base) }
        return (Tensor(r.output), Tensor(r.hidden))
    }
}

/// What the cells share: their sizes and weights.
public class RecurrentCell<Engine: TensorEngine.RecurrentCell>: Layer<Engine> {
    public var inputSize: Int { layer.inputSize }
    public var hiddenSize: Int { layer.hiddenSize }
    public var weightIH: Tensor { Tensor(layer.weightIH) }
    public var weightHH: Tensor { Tensor(layer.weightHH) }
    public var biasIH: Tensor! { layer.biasIH.map(Tensor.init) }
    public var biasHH: Tensor! { layer.biasHH.map(Tensor.init) }
    public override var description: String { "\(type(of: self))(inputSize: \(inputSize), hiddenSize: \(hiddenSize))" }
}

public final class RNNCell: RecurrentCell<TensorEngine.RNNCell> {
    public init(inputSize: Int, hiddenSize: Int, bias: Bool = true, nonlinearity: Nonlinearity = .tanh) {
        super.init(attempt {
            try TensorEngine.RNNCell(inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, nonlinearity: nonlinearity.engine,
                                     using: LessonRandom.shared.layerGenerator())
        })
    }
    public func callAsFunction(_ x: Tensor, _ h: Tensor? = nil) -> Tensor {
        Tensor(attempt { try layer(x.base, h?.base) })
    }
}

public final class LSTMCell: RecurrentCell<TensorEngine.LSTMCell> {
    public init(inputSize: Int, hiddenSize: Int, bias: Bool = true) {
        super.init(attempt { try TensorEngine.LSTMCell(inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, using: LessonRandom.shared.layerGenerator()) })
    }
    public func callAsFunction(_ x: Tensor, _ state: (h: Tensor, c: Tensor)? = nil) -> (h: Tensor, c: Tensor) {
        let r = attempt { try layer(x.base, state.map { ($0.h.base, $0.c.base) }) }
        return (Tensor(r.h), Tensor(r.c))
    }
}

public final class GRUCell: RecurrentCell<TensorEngine.GRUCell> {
    public init(inputSize: Int, hiddenSize: Int, bias: Bool = true) {
        super.init(attempt { try TensorEngine.GRUCell(inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, using: LessonRandom.shared.layerGenerator()) })
    }
    public func callAsFunction(_ x: Tensor, _ h: Tensor? = nil) -> Tensor {
        Tensor(attempt { try layer(x.base, h?.base) })
    }
}
