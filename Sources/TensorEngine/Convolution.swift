/// 2-D and 1-D convolution (cross-correlation, as in PyTorch) by im2col + one matrix product
/// per image: the input patches are unfolded into a `[C·kh·kw, OH·OW]` matrix so the
/// convolution is `weight[O, C·kh·kw] · cols`, which goes to sgemm when large. Backward:
/// d weight = g · colsᵀ (summed over images), d cols = weightᵀ · g folded back (col2im) into
/// d input, d bias = Σ g.

/// The geometry of one convolution or pooling: sizes, stride, padding and output size.
///
/// Stride, padding and kernel come from the lesson and may be anything, so every size here
/// is computed with checked arithmetic: once the padded input size fits in an `Int`, every
/// offset the kernels compute (`oy·stride − padding + i`) lies within it, and the output and
/// patch sizes are checked against the tensor size cap before anything is allocated.
struct ConvGeometry {
    let channels: Int, height: Int, width: Int
    let kh: Int, kw: Int, sh: Int, sw: Int, ph: Int, pw: Int
    let outH: Int, outW: Int
    /// Elements of one unfolded patch (`C·kh·kw`) and output positions per image (`OH·OW`).
    let patch: Int, positions: Int

    init(op: String, input: [Int], kernel: (Int, Int), stride: (Int, Int), padding: (Int, Int)) throws {
        (channels, height, width) = (input[1], input[2], input[3])
        (kh, kw, sh, sw, ph, pw) = (kernel.0, kernel.1, stride.0, stride.1, padding.0, padding.1)
        guard kh > 0, kw > 0 else { throw TensorError(.invalidArgument, "\(op): the kernel size must be positive, got (\(kh), \(kw))") }
        guard sh > 0, sw > 0 else { throw TensorError(.invalidArgument, "\(op): the stride must be positive, got (\(sh), \(sw))") }
        guard ph >= 0, pw >= 0 else { throw TensorError(.invalidArgument, "\(op): the padding must not be negative, got (\(ph), \(pw))") }
        /// `size + 2·pad − kernel`, or nil when `size + 2·pad` does not fit in an Int.
        func span(_ size: Int, _ pad: Int, _ kernel: Int) -> Int? {
            let (twice, o1) = pad.multipliedReportingOverflow(by: 2)
            let (padded, o2) = size.addingReportingOverflow(twice)
            return o1 || o2 ? nil : padded - kernel
        }
        guard let spanH = span(height, ph, kh), let spanW = span(width, pw, kw) else {
            throw TensorError(.tooLarge, "\(op): the padding (\(ph), \(pw)) is too large: the padded input does not fit in an Int")
        }
        guard spanH >= 0, spanW >= 0 else {
            throw TensorError(.invalidShape, "\(op): the kernel (\(kh), \(kw)) is larger than the input \(height)x\(width) with padding (\(ph), \(pw))")
        }
        outH = spanH / sh + 1
        outW = spanW / sw + 1
        positions = try checkedProduct(outH, outW, op: op,
                                       what: "the output of \(outH)x\(outW) positions (input \(height)x\(width), kernel (\(kh), \(kw)), stride (\(sh), \(sw)), padding (\(ph), \(pw)))")
        patch = try checkedProduct(channels, try checkedProduct(kh, kw, op: op, what: "the kernel (\(kh), \(kw))"),
                                   op: op, what: "a patch of \(channels) channels by (\(kh), \(kw))")
    }

    /// The output columns `lo..<hi` whose input column `ox·sw − pw + j` (kernel column `j`)
    /// lies inside the image; the others read padding. Lets im2col and col2im copy runs
    /// instead of testing every element.
    @inline(__always)
    func validColumns(_ j: Int) -> (Int, Int) {
        // ox·sw − pw + j ≥ 0  ⇔  ox ≥ ⌈(pw − j) / sw⌉;  ox·sw − pw + j ≤ W − 1  ⇔  ox ≤ ⌊(W − 1 + pw − j) / sw⌋.
        let first = pw - j, last = width - 1 + pw - j
        let lo = first <= 0 ? 0 : (first + sw - 1) / sw
        let hi = last < 0 ? 0 : Swift.min(outW, last / sw + 1)
        return (Swift.min(lo, hi), hi)
    }

    /// Unfolds one image `x` (`[C, H, W]`) into `cols` (`[C·kh·kw, OH·OW]`), zeros outside.
    func im2col(_ x: UnsafePointer<Float>, _ cols: UnsafeMutablePointer<Float>) {
        let L = positions
        for c in 0..<channels {
            for i in 0..<kh {
                for j in 0..<kw {
                    let row = cols + ((c * kh + i) * kw + j) * L
                    for oy in 0..<outH {
                        let y = oy * sh - ph + i
                        let dst = row + oy * outW
                        if y < 0 || y >= height {
                            dst.initialize(repeating: 0, count: outW)
                            continue
                        }
                        let src = x + (c * height + y) * width
                        let (lo, hi) = validColumns(j)
                        if lo > 0 { dst.initialize(repeating: 0, count: lo) }
                        if sw == 1 {
                            (dst + lo).update(from: src + (lo - pw + j), count: hi - lo)
                        } else {
                            for ox in lo..<hi { dst[ox] = src[ox * sw - pw + j] }
                        }
                        if hi < outW { (dst + hi).initialize(repeating: 0, count: outW - hi) }
                    }
                }
            }
        }
    }

    /// Adds `cols` (`[C·kh·kw, OH·OW]`) back into image gradient `gx` (`[C, H, W]`): the
    /// transpose of `im2col`.
    func col2im(_ cols: UnsafePointer<Float>, _ gx: UnsafeMutablePointer<Float>) {
        let L = positions
        for c in 0..<channels {
            for i in 0..<kh {
                for j in 0..<kw {
                    let row = cols + ((c * kh + i) * kw + j) * L
                    for oy in 0..<outH {
                        let y = oy * sh - ph + i
                        guard y >= 0 && y < height else { continue }
                        let dst = gx + (c * height + y) * width, src = row + oy * outW
                        let (lo, hi) = validColumns(j)
                        if sw == 1 {
                            let d = dst + (lo - pw + j)
                            for ox in lo..<hi { d[ox - lo] += src[ox] }
                        } else {
                            for ox in lo..<hi { dst[ox * sw - pw + j] += src[ox] }
                        }
                    }
                }
            }
        }
    }
}

/// 2-D convolution of `input` `[N, C, H, W]` (or unbatched `[C, H, W]`) with `weight`
/// `[out, C, kh, kw]` and optional `bias` `[out]`: result `[N, out, OH, OW]` with
/// OH = (H + 2·padding − kh) / stride + 1 (likewise OW).
public func conv2d(_ input: Tensor, _ weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) throws -> Tensor {
    try conv2d(input, weight, bias: bias, stride: (stride, stride), padding: (padding, padding))
}

/// 2-D convolution with separate (height, width) stride and padding.
public func conv2d(_ input: Tensor, _ weight: Tensor, bias: Tensor? = nil, stride: (Int, Int), padding: (Int, Int)) throws -> Tensor {
    if input.rank == 3 {
        return try conv2d(input.unsqueezed(axis: 0), weight, bias: bias, stride: stride, padding: padding).squeezed(axis: 0)
    }
    guard input.rank == 4 else {
        throw TensorError(.invalidShape, "conv2d: the input must be [N, C, H, W] or [C, H, W], got \(shapeText(input.shape))")
    }
    guard weight.rank == 4, weight.shape[1] == input.shape[1] else {
        throw TensorError.shapeMismatch("conv2d", input.shape, weight.shape,
                                        "the weight must be [out, in, kh, kw] with in = the input's channels")
    }
    let outChannels = weight.shape[0]
    if let b = bias, b.shape != [outChannels] {
        throw TensorError.shapeMismatch("conv2d", weight.shape, b.shape, "the bias must be [out] = [\(outChannels)]")
    }
    let geo = try ConvGeometry(op: "conv2d", input: input.shape, kernel: (weight.shape[2], weight.shape[3]),
                               stride: stride, padding: padding)
    let n = input.shape[0], K = geo.patch, L = geo.positions
    let outShape = [n, outChannels, geo.outH, geo.outW]
    let out = Tensor(uninitialized: outShape, count: try checkedCount(outShape, op: "conv2d"))
    let imageSize = geo.channels * geo.height * geo.width
    let operands = bias.map { [input, weight, $0] } ?? [input, weight]
    let recording = Tensor.recording(operands)
    // When recording, the unfolded patches of every image are kept for the backward pass.
    // The unfolded patches are the largest buffer a convolution needs: checked like a tensor.
    let unfoldedWhat = "the unfolded input patches (\(K) values at each of \(L) positions per image)"
    let perImage = try checkedProduct(K, L, op: "conv2d", what: unfoldedWhat)
    let images = recording ? n : 1
    let cols = Tensor(uninitialized: [images, K, L],
                      count: try checkedProduct(images, perImage, op: "conv2d", what: unfoldedWhat))
    for b in 0..<n {
        let c = cols.data + (recording ? b * K * L : 0)
        geo.im2col(input.data + b * imageSize, c)
        let o = out.data + b * outChannels * L
        if let bias {
            // The product is added onto the bias (sgemm's beta = 1): no second pass.
            for oc in 0..<outChannels { (o + oc * L).initialize(repeating: bias.data[oc], count: L) }
        }
        MatmulKernel.gemm(weight.data, transA: false, c, transB: false, o, m: outChannels, n: L, k: K, accumulate: bias != nil)
    }
    if recording {
        out.record(operands) { g, _ in
            if input.requiresGrad {
                let gx = Tensor.filled(input.shape, count: input.count, 0)
                let gcols = Tensor(uninitialized: [K, L], count: K * L)
                for b in 0..<n {
                    MatmulKernel.gemm(weight.data, transA: true, g.data + b * outChannels * L, transB: false, gcols.data,
                                      m: K, n: L, k: outChannels)
                    geo.col2im(gcols.data, gx.data + b * imageSize)
                }
                input.addGrad(owned: gx)
            }
            if weight.requiresGrad {
                // Every image's product is added straight into the gradient (sgemm's beta = 1):
                // into the weight's own gradient buffer when it has one.
                let owned = weight.ownedGradBuffer()
                let gw = owned ?? Tensor.filled(weight.shape, count: weight.count, 0)
                for b in 0..<n {
                    MatmulKernel.gemm(g.data + b * outChannels * L, transA: false, cols.data + b * K * L, transB: true, gw.data,
                                      m: outChannels, n: K, k: L, accumulate: true)
                }
                if owned == nil { weight.addGrad(owned: gw) }
            }
            if let bias, bias.requiresGrad {
                let owned = bias.ownedGradBuffer()
                let gb = owned ?? Tensor.filled([outChannels], count: outChannels, 0)
                for b in 0..<n {
                    for oc in 0..<outChannels { gb.data[oc] += sumContiguous(g.data + (b * outChannels + oc) * L, L) }
                }
                if owned == nil { bias.addGrad(owned: gb) }
            }
        }
    }
    return out
}

/// 1-D convolution of `input` `[N, C, L]` (or unbatched `[C, L]`) with `weight` `[out, C, k]`
/// and optional `bias` `[out]`: result `[N, out, (L + 2·padding − k) / stride + 1]`. Runs as a
/// 2-D convolution of height 1.
public func conv1d(_ input: Tensor, _ weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) throws -> Tensor {
    guard input.rank == 2 || input.rank == 3 else {
        throw TensorError(.invalidShape, "conv1d: the input must be [N, C, L] or [C, L], got \(shapeText(input.shape))")
    }
    guard weight.rank == 3 else {
        throw TensorError(.invalidShape, "conv1d: the weight must be [out, in, k], got \(shapeText(weight.shape))")
    }
    let x = try input.unsqueezed(axis: -2), w = try weight.unsqueezed(axis: 2)
    return try conv2d(x, w, bias: bias, stride: (1, stride), padding: (0, padding)).squeezed(axis: -2)
}

/// A 2-D convolution layer: weight `[out, in, kh, kw]`, bias `[out]`, both uniform in
/// ±1/√(in·kh·kw) as PyTorch initialises them.
public final class Conv2d: Module {
    public let weight: Tensor
    public let bias: Tensor?
    public let stride: (Int, Int), padding: (Int, Int)

    /// A layer with a square kernel, stride and padding, parameters drawn from `rng`.
    public convenience init(_ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
                            bias: Bool = true, using rng: RandomGenerator) throws {
        try self.init(inChannels, outChannels, kernelSize: (kernelSize, kernelSize), stride: (stride, stride),
                      padding: (padding, padding), bias: bias, using: rng)
    }

    /// A layer with (height, width) kernel size, stride and padding, parameters drawn from `rng`.
    public init(_ inChannels: Int, _ outChannels: Int, kernelSize: (Int, Int), stride: (Int, Int) = (1, 1),
                padding: (Int, Int) = (0, 0), bias: Bool = true, using rng: RandomGenerator) throws {
        try requirePositive(inChannels, "in_channels", "Conv2d")
        try requirePositive(outChannels, "out_channels", "Conv2d")
        try requirePositive(kernelSize.0, "kernelSize", "Conv2d")
        try requirePositive(kernelSize.1, "kernelSize", "Conv2d")
        try requirePositive(stride.0, "stride", "Conv2d")
        try requirePositive(stride.1, "stride", "Conv2d")
        guard padding.0 >= 0, padding.1 >= 0 else {
            throw TensorError(.invalidArgument, "Conv2d: padding must not be negative, got \(padding)")
        }
        let shape = [outChannels, inChannels, kernelSize.0, kernelSize.1]
        _ = try checkedCount(shape, op: "Conv2d")
        let bound = 1 / Double(inChannels * kernelSize.0 * kernelSize.1).squareRoot()
        weight = Tensor.uniformParameter(shape, bound: bound, using: rng)
        self.bias = bias ? Tensor.uniformParameter([outChannels], bound: bound, using: rng) : nil
        self.stride = stride
        self.padding = padding
        super.init()
    }

    public override func forward(_ input: Tensor) throws -> Tensor {
        try conv2d(input, weight, bias: bias, stride: stride, padding: padding)
    }
}

/// A 1-D convolution layer: weight `[out, in, k]`, bias `[out]`, both uniform in ±1/√(in·k).
public final class Conv1d: Module {
    public let weight: Tensor
    public let bias: Tensor?
    public let stride: Int, padding: Int

    /// A layer from `inChannels` to `outChannels`, parameters drawn from `rng`.
    public init(_ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
                bias: Bool = true, using rng: RandomGenerator) throws {
        try requirePositive(inChannels, "in_channels", "Conv1d")
        try requirePositive(outChannels, "out_channels", "Conv1d")
        try requirePositive(kernelSize, "kernelSize", "Conv1d")
        try requirePositive(stride, "stride", "Conv1d")
        guard padding >= 0 else { throw TensorError(.invalidArgument, "Conv1d: padding must not be negative, got \(padding)") }
        let shape = [outChannels, inChannels, kernelSize]
        _ = try checkedCount(shape, op: "Conv1d")
        let bound = 1 / Double(inChannels * kernelSize).squareRoot()
        weight = Tensor.uniformParameter(shape, bound: bound, using: rng)
        self.bias = bias ? Tensor.uniformParameter([outChannels], bound: bound, using: rng) : nil
        self.stride = stride
        self.padding = padding
        super.init()
    }

    public override func forward(_ input: Tensor) throws -> Tensor {
        try conv1d(input, weight, bias: bias, stride: stride, padding: padding)
    }
}
