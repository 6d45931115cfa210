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
    if let weight, weight.shape != normalizedShape {
        throw TensorError.shapeMismatch("LayerNorm", weight.shape, normalizedShape, "the weight must have the normalised shape")
    }
    if let bias, bias.shape != normalizedShape {
        throw TensorError.shapeMismatch("LayerNorm", bias.shape, normalizedShape, "the bias must have the normalised shape")
    }
    return LayerNormKernel(features: normalizedShape.reduce(1, *), eps: Float(eps)).apply(input, weight, bias)
}

/// Layer normalisation as one autograd node over rows of `features` elements, forward and
/// backward each in one pass per row, as PyTorch's CPU kernel: the composed form (mean,
/// subtract, square, mean, add, sqrt, divide, multiply, add: nine ops, nine tensors the size
/// of the input, each with its own backward) was a large share of a transformer block's step.
///
///     x̂ = (x − μ) · r,  r = 1/√(σ² + eps),  y = x̂ · w + b      (σ²: the biased variance)
///     dx = r · (ĝ − mean(ĝ) − x̂ · mean(ĝ · x̂)),  ĝ = g · w;   dw = Σ g · x̂,  db = Σ g
struct LayerNormKernel {
    let features: Int, eps: Float

    func apply(_ input: Tensor, _ weight: Tensor?, _ bias: Tensor?) -> Tensor {
        let F = features, rows = input.count / Swift.max(F, 1)
        let out = Tensor(uninitialized: input.shape, count: input.count)
        let xhat = Tensor(uninitialized: input.shape, count: input.count)
        let rstd = Tensor(uninitialized: [rows], count: rows)
        // Every pointer taken out of its tensor before the loops: read through a class property
        // inside a loop, it is reloaded at every element and the loop does not vectorise.
        let px = input.data, pxh = xhat.data, py = out.data, prs = rstd.data
        let pw = weight?.data, pb = bias?.data
        for r in 0..<rows {
            let x = px + r * F, xh = pxh + r * F, y = py + r * F
            var mean: Float = 0
            for j in 0..<F { mean += x[j] }
            mean /= Float(F)
            var variance: Float = 0
            for j in 0..<F { let c = x[j] - mean; variance += c * c }
            variance /= Float(F)
            let rs = 1 / (variance + eps).squareRoot()
            prs[r] = rs
            for j in 0..<F { xh[j] = (x[j] - mean) * rs }
            switch (pw, pb) {
            case let (w?, b?): for j in 0..<F { y[j] = xh[j] * w[j] + b[j] }
            case let (w?, nil): for j in 0..<F { y[j] = xh[j] * w[j] }
            case let (nil, b?): for j in 0..<F { y[j] = xh[j] + b[j] }
            case (nil, nil): y.update(from: xh, count: F)
            }
        }
        let parents = [input] + (weight.map { [$0] } ?? []) + (bias.map { [$0] } ?? [])
        guard Tensor.recording(parents) else { return out }
        out.record(parents) { g, _ in
            // The pointers again, from the tensors the closure holds (holding them keeps the
            // saved x̂ and 1/σ alive; the forward's pointers alone would not).
            let pg = g.data, pxh = xhat.data, prs = rstd.data, pw = weight?.data
            if input.requiresGrad {
                let gx = Tensor(uninitialized: input.shape, count: input.count)
                let gh = UnsafeMutablePointer<Float>.allocate(capacity: Swift.max(F, 1))
                defer { gh.deallocate() }
                let pgx = gx.data
                for r in 0..<rows {
                    let gr = pg + r * F, xh = pxh + r * F, dx = pgx + r * F
                    if let pw { for j in 0..<F { gh[j] = gr[j] * pw[j] } } else { gh.update(from: gr, count: F) }
                    var sumG: Float = 0, sumGX: Float = 0
                    for j in 0..<F { sumG += gh[j]; sumGX += gh[j] * xh[j] }
                    let meanG = sumG / Float(F), meanGX = sumGX / Float(F), rs = prs[r]
                    for j in 0..<F { dx[j] = rs * (gh[j] - meanG - xh[j] * meanGX) }
                }
                input.addGrad(owned: gx)
            }
            if let weight, weight.requiresGrad {
                let owned = weight.ownedGradBuffer()
                let gw = owned ?? Tensor.filled(weight.shape, count: F, 0)
                let pgw = gw.data
                for r in 0..<rows {
                    let gr = pg + r * F, xh = pxh + r * F
                    for j in 0..<F { pgw[j] += gr[j] * xh[j] }
                }
                if owned == nil { weight.addGrad(owned: gw) }
            }
            if let bias, bias.requiresGrad { addRowSums(g, rows: rows, width: F, into: bias) }
        }
        return out
    }
}
