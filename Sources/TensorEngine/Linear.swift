/// A fully connected layer, y = x·Wᵀ + b, and its functional form.

/// `x·weightᵀ + bias` for `x` of shape `[..., in]`, `weight` `[out, in]`, `bias` `[out]`:
/// result `[..., out]`. One fused op (no transposed copy of the weight), so a Linear costs one
/// product forward and two backward.
public func linear(_ x: Tensor, _ weight: Tensor, _ bias: Tensor? = nil) throws -> Tensor {
    guard weight.rank == 2 else {
        throw TensorError(.invalidShape, "linear: weight must be [out, in], got \(shapeText(weight.shape))")
    }
    let outFeatures = weight.shape[0], inFeatures = weight.shape[1]
    guard x.rank >= 1, x.shape[x.rank - 1] == inFeatures else {
        throw TensorError.shapeMismatch("linear", x.shape, weight.shape,
                                        "the input's last axis must be in_features = \(inFeatures)")
    }
    if let b = bias, b.shape != [outFeatures] {
        throw TensorError.shapeMismatch("linear", weight.shape, b.shape, "bias must be [out_features] = [\(outFeatures)]")
    }
    let rows = x.count / Swift.max(inFeatures, 1)
    let outShape = Array(x.shape.dropLast()) + [outFeatures]
    let out = Tensor(uninitialized: outShape, count: try checkedCount(outShape, op: "linear"))
    if let b = bias {
        // The bias first, then the product added onto it (sgemm's beta = 1): one pass fewer
        // than zeroing the output (OpenBLAS's beta = 0 pass) and adding the bias after.
        for r in 0..<rows { (out.data + r * outFeatures).update(from: b.data, count: outFeatures) }
        MatmulKernel.gemm(x.data, transA: false, weight.data, transB: true, out.data, m: rows, n: outFeatures, k: inFeatures, accumulate: true)
    } else {
        MatmulKernel.gemm(x.data, transA: false, weight.data, transB: true, out.data, m: rows, n: outFeatures, k: inFeatures)
    }
    let operands = bias.map { [x, weight, $0] } ?? [x, weight]
    if Tensor.recording(operands) {
        out.record(operands) { g, _ in
            // Each gradient is added into the operand's own buffer when it has one (sgemm's
            // beta = 1), else written to a fresh tensor that becomes it.
            if x.requiresGrad {   // dx = g·W
                if let gx = x.ownedGradBuffer() {
                    MatmulKernel.gemm(g.data, transA: false, weight.data, transB: false, gx.data, m: rows, n: inFeatures, k: outFeatures, accumulate: true)
                } else {
                    let gx = Tensor(uninitialized: x.shape, count: x.count)
                    MatmulKernel.gemm(g.data, transA: false, weight.data, transB: false, gx.data, m: rows, n: inFeatures, k: outFeatures)
                    x.addGrad(owned: gx)
                }
            }
            if weight.requiresGrad {   // dW = gᵀ·x, summed over all rows
                if let gw = weight.ownedGradBuffer() {
                    MatmulKernel.gemm(g.data, transA: true, x.data, transB: false, gw.data, m: outFeatures, n: inFeatures, k: rows, accumulate: true)
                } else {
                    let gw = Tensor(uninitialized: weight.shape, count: weight.count)
                    MatmulKernel.gemm(g.data, transA: true, x.data, transB: false, gw.data, m: outFeatures, n: inFeatures, k: rows)
                    weight.addGrad(owned: gw)
                }
            }
            if let b = bias, b.requiresGrad {   // db = Σ_rows g
                let owned = b.ownedGradBuffer()
                let gb = owned ?? Tensor.filled([outFeatures], count: outFeatures, 0)
                addColumnSums(g.data, rows: rows, width: outFeatures, into: gb.data)
                if owned == nil { b.addGrad(owned: gb) }
            }
        }
    }
    return out
}

/// A fully connected layer: `[..., in] → [..., out]`. Weight `[out, in]` and bias `[out]`
/// start uniform in ±1/√in, as PyTorch initialises them.
public final class Linear: Module {
    /// `[outFeatures, inFeatures]`.
    public let weight: Tensor
    /// `[outFeatures]`, or nil when built with `bias: false`.
    public let bias: Tensor?
    public let inFeatures: Int, outFeatures: Int

    /// A layer from `inFeatures` to `outFeatures`, its parameters drawn from `rng`.
    public init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true, using rng: RandomGenerator) throws {
        try requirePositive(inFeatures, "in_features", "Linear")
        try requirePositive(outFeatures, "out_features", "Linear")
        _ = try checkedCount([outFeatures, inFeatures], op: "Linear")
        self.inFeatures = inFeatures
        self.outFeatures = outFeatures
        let bound = 1 / Double(inFeatures).squareRoot()
        weight = Tensor.uniformParameter([outFeatures, inFeatures], bound: bound, using: rng)
        self.bias = bias ? Tensor.uniformParameter([outFeatures], bound: bound, using: rng) : nil
        super.init()
    }

    public override func forward(_ input: Tensor) throws -> Tensor {
        try linear(input, weight, bias)
    }
}
