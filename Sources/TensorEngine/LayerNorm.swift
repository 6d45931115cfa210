/// Layer normalisation over the trailing axes: y = (x − mean) / √(var + eps) · weight + bias,
/// mean and (biased) variance taken over `normalizedShape`, per sample (PyTorch's nn.LayerNorm).
public final class LayerNorm: Module {
    /// The trailing shape normalised over.
    public let normalizedShape: [Int]
    public let eps: Double
    /// Scale (ones at first) and shift (zeros at first), of `normalizedShape`; nil when not affine.
    public let weight: Tensor?, bias: Tensor?

    /// Normalises over a last axis of size `dim`.
    public convenience init(_ dim: Int, eps: Double = 1e-5, affine: Bool = true) throws {
        try self.init([dim], eps: eps, affine: affine)
    }

    /// Normalises over the trailing axes `normalizedShape`.
    public init(_ normalizedShape: [Int], eps: Double = 1e-5, affine: Bool = true) throws {
        guard !normalizedShape.isEmpty, normalizedShape.allSatisfy({ $0 > 0 }) else {
            throw TensorError(.invalidArgument, "LayerNorm: the normalised shape must be positive sizes, got \(shapeText(normalizedShape))")
        }
        self.normalizedShape = normalizedShape
        self.eps = eps
        weight = affine ? try Tensor.ones(normalizedShape, requiresGrad: true) : nil
        bias = affine ? try Tensor.zeros(normalizedShape, requiresGrad: true) : nil
        super.init()
    }

    public override func forward(_ input: Tensor) throws -> Tensor {
        try layerNorm(input, normalizedShape: normalizedShape, weight: weight, bias: bias, eps: eps)
    }
}

/// `input` normalised over its trailing axes `normalizedShape` (mean 0, variance 1 per sample),
/// then scaled by `weight` and shifted by `bias` (both of `normalizedShape`) when given.
public func layerNorm(_ input: Tensor, normalizedShape: [Int], weight: Tensor? = nil, bias: Tensor? = nil, eps: Double = 1e-5) throws -> Tensor {
    guard !normalizedShape.isEmpty, input.rank >= normalizedShape.count,
          Array(input.shape.suffix(normalizedShape.count)) == normalizedShape else {
        throw TensorError(.shapeMismatch, "LayerNorm: the input has shape \(shapeText(input.shape)); its trailing axes must be \(shapeText(normalizedShape))")
    }
    // Normalise rows of the flattened trailing axes, then restore the shape.
    let features = normalizedShape.reduce(1, *)
    let x = try input.reshaped([-1, features])
    let centered = try x - x.mean(axis: -1, keepDims: true)
    let variance = try (centered * centered).mean(axis: -1, keepDims: true)
    var y = try (centered / sqrt(variance + eps)).reshaped(input.shape)
    if let weight { y = try y * weight }
    if let bias { y = try y + bias }
    return y
}
