/// Activation functions, softmax and Flatten as modules, so they can sit in a `Sequential`.
/// Each calls the free function of the same name.

/// `sigmoid(x)` as a layer.
public final class Sigmoid: Module {
    public override init() { super.init() }
    public override func forward(_ input: Tensor) throws -> Tensor { sigmoid(input) }
}

/// `tanh(x)` as a layer.
public final class Tanh: Module {
    public override init() { super.init() }
    public override func forward(_ input: Tensor) throws -> Tensor { tanh(input) }
}

/// `relu(x)` as a layer.
public final class ReLU: Module {
    public override init() { super.init() }
    public override func forward(_ input: Tensor) throws -> Tensor { relu(input) }
}

/// `leakyRelu(x, slope:)` as a layer (slope 0.01 by default, as in PyTorch).
public final class LeakyReLU: Module {
    public let slope: Double
    public init(slope: Double = 0.01) { self.slope = slope; super.init() }
    public override func forward(_ input: Tensor) throws -> Tensor { leakyRelu(input, slope: slope) }
}

/// `softplus(x)` as a layer: a smooth ReLU, log(1 + eˣ).
public final class Softplus: Module {
    public override init() { super.init() }
    public override func forward(_ input: Tensor) throws -> Tensor { softplus(input) }
}

/// `selu(x)` as a layer.
public final class SELU: Module {
    public override init() { super.init() }
    public override func forward(_ input: Tensor) throws -> Tensor { selu(input) }
}

/// `elu(x, alpha:)` as a layer (alpha 1 by default).
public final class ELU: Module {
    public let alpha: Double
    public init(alpha: Double = 1) { self.alpha = alpha; super.init() }
    public override func forward(_ input: Tensor) throws -> Tensor { elu(input, alpha: alpha) }
}

/// `softmax(x, axis:)` as a layer (the last axis by default).
public final class Softmax: Module {
    public let axis: Int
    public init(axis: Int = -1) { self.axis = axis; super.init() }
    public override func forward(_ input: Tensor) throws -> Tensor { try softmax(input, axis: axis) }
}

/// `logSoftmax(x, axis:)` as a layer (the last axis by default).
public final class LogSoftmax: Module {
    public let axis: Int
    public init(axis: Int = -1) { self.axis = axis; super.init() }
    public override func forward(_ input: Tensor) throws -> Tensor { try logSoftmax(input, axis: axis) }
}

/// Joins axes `startAxis...endAxis` into one (by default all but the first, the batch axis):
/// `[N, C, H, W] → [N, C·H·W]`, as PyTorch's `nn.Flatten`.
public final class Flatten: Module {
    public let startAxis: Int, endAxis: Int
    public init(startAxis: Int = 1, endAxis: Int = -1) {
        self.startAxis = startAxis
        self.endAxis = endAxis
        super.init()
    }

    public override func forward(_ input: Tensor) throws -> Tensor {
        if input.rank == 0 { return try input.reshaped([1]) }
        let s = try normalizedAxis(startAxis, rank: input.rank, op: "Flatten")
        let e = try normalizedAxis(endAxis, rank: input.rank, op: "Flatten")
        guard s <= e else {
            throw TensorError(.invalidArgument, "Flatten: start axis \(startAxis) comes after end axis \(endAxis) for a tensor of rank \(input.rank)")
        }
        let joined = input.shape[s...e].reduce(1, *)
        return input.reshapedUnchecked(Array(input.shape[..<s]) + [joined] + Array(input.shape[(e + 1)...]))
    }
}
