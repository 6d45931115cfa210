// The layers of LANGUAGE.md §3, each around the engine's class, made with a generator
// drawn from the lesson's one generator (as the Prelude's `layerRandom`), so `manualSeed`
// decides every layer's weights. Descriptions are the interpreter's (LayerCatalog.swift).

import TensorEngine

/// `weight` is `[out, in]`, `bias` `[out]` (nil without bias), initialised as PyTorch does.
public final class Linear: Layer<TensorEngine.Linear> {
    public init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true) {
        super.init(attempt { try TensorEngine.Linear(inFeatures, outFeatures, bias: bias, using: LessonRandom.shared.layerGenerator()) })
    }
    public var weight: Tensor { Tensor(layer.weight) }
    /// Implicitly unwrapped, as a lesson reads it (`model.bias.item`); nil without bias.
    public var bias: Tensor! { layer.bias.map(Tensor.init) }
    public var inFeatures: Int { layer.inFeatures }
    public var outFeatures: Int { layer.outFeatures }
    public override var description: String { "Linear(inFeatures: \(inFeatures), outFeatures: \(outFeatures), bias: \(layer.bias != nil))" }
}

public final class Dropout: Layer<TensorEngine.Dropout> {
    public init(_ p: Double = 0.5) {
        super.init(attempt { try TensorEngine.Dropout(p, using: LessonRandom.shared.layerGenerator()) })
    }
    public var p: Double { layer.p }
    public override var description: String { "Dropout(p: \(p))" }
}

/// Rows of `weight` looked up by index: `[..., ]` indices in, `[..., dim]` vectors out.
public final class Embedding: Layer<TensorEngine.Embedding> {
    public init(_ count: Int, _ dim: Int) {
        super.init(attempt { try TensorEngine.Embedding(count, dim, using: LessonRandom.shared.layerGenerator()) })
    }
    public var weight: Tensor { Tensor(layer.weight) }
    public override var description: String { "Embedding(\(layer.count), \(layer.dim))" }
}

/// An embedding table whose rows are pooled per bag (`.mean`, `.sum` or `.max`): bags are the
/// rows of a 2-D index tensor, or runs of a 1-D one starting at `offsets`.
public final class EmbeddingBag: Layer<TensorEngine.EmbeddingBag> {
    /// How a bag's rows are pooled.
    public enum Mode {
        case sum, mean, max

        var engine: TensorEngine.EmbeddingBag.Mode { self == .sum ? .sum : self == .mean ? .mean : .max }
    }

    public init(_ count: Int, _ dim: Int, mode: Mode = .mean) {
        super.init(attempt { try TensorEngine.EmbeddingBag(count, dim, mode: mode.engine, using: LessonRandom.shared.layerGenerator()) })
    }
    public var weight: Tensor { Tensor(layer.weight) }
    /// The bags of a 1-D `indices` cut at `offsets` (or of a 2-D one, one per row, with nil).
    public func callAsFunction(_ indices: Tensor, offsets: Tensor? = nil) -> Tensor {
        Tensor(attempt { try layer(indices.base, offsets: offsets?.base) })
    }
    public override var description: String { "EmbeddingBag(\(layer.count), \(layer.dim), mode: .\(layer.mode.rawValue))" }
}

public final class Sigmoid: Layer<TensorEngine.Sigmoid> {
    public init() { super.init(TensorEngine.Sigmoid()) }
    public override var description: String { "Sigmoid()" }
}

public final class Tanh: Layer<TensorEngine.Tanh> {
    public init() { super.init(TensorEngine.Tanh()) }
    public override var description: String { "Tanh()" }
}

public final class ReLU: Layer<TensorEngine.ReLU> {
    public init() { super.init(TensorEngine.ReLU()) }
    public override var description: String { "ReLU()" }
}

public final class LeakyReLU: Layer<TensorEngine.LeakyReLU> {
    public init(slope: Double = 0.01) { super.init(TensorEngine.LeakyReLU(slope: slope)) }
    public override var description: String { "LeakyReLU(slope: \(layer.slope))" }
}

public final class Softplus: Layer<TensorEngine.Softplus> {
    public init() { super.init(TensorEngine.Softplus()) }
    public override var description: String { "Softplus()" }
}

public final class SELU: Layer<TensorEngine.SELU> {
    public init() { super.init(TensorEngine.SELU()) }
    public override var description: String { "SELU()" }
}

public final class ELU: Layer<TensorEngine.ELU> {
    public init(alpha: Double = 1.0) { super.init(TensorEngine.ELU(alpha: alpha)) }
    public override var description: String { "ELU()" }
}

public final class Softmax: Layer<TensorEngine.Softmax> {
    public init(axis: Int = -1) { super.init(TensorEngine.Softmax(axis: axis)) }
    public override var description: String { "Softmax(axis: \(layer.axis))" }
}

public final class LogSoftmax: Layer<TensorEngine.LogSoftmax> {
    public init(axis: Int = -1) { super.init(TensorEngine.LogSoftmax(axis: axis)) }
    public override var description: String { "LogSoftmax(axis: \(layer.axis))" }
}

public final class Flatten: Layer<TensorEngine.Flatten> {
    public init(startAxis: Int = 1, endAxis: Int = -1) { super.init(TensorEngine.Flatten(startAxis: startAxis, endAxis: endAxis)) }
    public override var description: String { "Flatten()" }
}

/// Input `[N, C, H, W]`, weight `[out, in, k, k]`.
public final class Conv2d: Layer<TensorEngine.Conv2d> {
    public init(_ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0, bias: Bool = true) {
        super.init(attempt {
            try TensorEngine.Conv2d(inChannels, outChannels, kernelSize: kernelSize, stride: stride, padding: padding,
                                    bias: bias, using: LessonRandom.shared.layerGenerator())
        })
    }
    public var weight: Tensor { Tensor(layer.weight) }
    public var bias: Tensor! { layer.bias.map(Tensor.init) }
    public override var description: String {
        let w = layer.weight.shape
        return "Conv2d(\(w[1]), \(w[0]), kernelSize: \(w[2]), stride: \(layer.stride.0), padding: \(layer.padding.0))"
    }
}

/// Input `[N, C, L]`, weight `[out, in, k]`.
public final class Conv1d: Layer<TensorEngine.Conv1d> {
    public init(_ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0, bias: Bool = true) {
        super.init(attempt {
            try TensorEngine.Conv1d(inChannels, outChannels, kernelSize: kernelSize, stride: stride, padding: padding,
                                    bias: bias, using: LessonRandom.shared.layerGenerator())
        })
    }
    public var weight: Tensor { Tensor(layer.weight) }
    public var bias: Tensor! { layer.bias.map(Tensor.init) }
    public override var description: String {
        let w = layer.weight.shape
        return "Conv1d(\(w[1]), \(w[0]), kernelSize: \(w[2]), stride: \(layer.stride), padding: \(layer.padding))"
    }
}

public final class MaxPool2d: Layer<TensorEngine.MaxPool2d> {
    public init(kernelSize: Int, stride: Int? = nil) {
        super.init(attempt { try TensorEngine.MaxPool2d(kernelSize: kernelSize, stride: stride) })
    }
    public override var description: String { "MaxPool2d(kernelSize: \(layer.kernelSize.0), stride: \(layer.stride.0))" }
}

/// Normalises over the last axes (`normalizedShape`), with a learned scale and shift.
public final class LayerNorm: Layer<TensorEngine.LayerNorm> {
    public init(_ normalizedShape: Int, eps: Double = 1e-5, affine: Bool = true) {
        super.init(attempt { try TensorEngine.LayerNorm(normalizedShape, eps: eps, affine: affine) })
    }
    public init(_ normalizedShape: [Int], eps: Double = 1e-5, affine: Bool = true) {
        super.init(attempt { try TensorEngine.LayerNorm(normalizedShape, eps: eps, affine: affine) })
    }
    public var weight: Tensor! { layer.weight.map(Tensor.init) }
    public var bias: Tensor! { layer.bias.map(Tensor.init) }
    public override var description: String {
        let s = layer.normalizedShape
        return "LayerNorm(\(s.count == 1 ? String(s[0]) : shapeText(s)))"
    }
}

/// Called with query, key and value (and a mask: boolean `mask:` or `additiveMask:`), returns `(output, weights)`.
public final class MultiheadAttention: Layer<TensorEngine.MultiheadAttention> {
    public init(embedDim: Int, heads: Int, bias: Bool = true, batchFirst: Bool = false) {
        super.init(attempt {
            try TensorEngine.MultiheadAttention(embedDim: embedDim, heads: heads, bias: bias, batchFirst: batchFirst,
                                                using: LessonRandom.shared.layerGenerator())
        })
    }
    /// `mask` is boolean (1 = may attend, 0 = blocked); `additiveMask` is added to the scores.
    public func callAsFunction(_ query: Tensor, _ key: Tensor, _ value: Tensor, mask: Tensor? = nil,
                               additiveMask: Tensor? = nil) -> (output: Tensor, weights: Tensor) {
        let r = attempt { try layer(query.base, key.base, value.base, mask: mask?.base, additiveMask: additiveMask?.base) }
        return (Tensor(r.output), Tensor(r.weights))
    }
    public override var description: String { "MultiheadAttention(embedDim: \(layer.embedDim), heads: \(layer.heads))" }
}
