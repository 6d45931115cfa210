/// Max pooling over 2-D windows. The backward pass sends each output's gradient to the input
/// element that was the maximum of its window (the first one on ties, as PyTorch).

/// The maximum of each `kernelSize` window of `input` `[N, C, H, W]` (or `[C, H, W]`), windows
/// `stride` apart (default: `kernelSize`, so they do not overlap), no padding.
public func maxPool2d(_ input: Tensor, kernelSize: Int, stride: Int? = nil) throws -> Tensor {
    try maxPool2d(input, kernelSize: (kernelSize, kernelSize), stride: stride.map { ($0, $0) })
}

/// Max pooling with a (height, width) kernel and stride.
public func maxPool2d(_ input: Tensor, kernelSize: (Int, Int), stride: (Int, Int)?) throws -> Tensor {
    if input.rank == 3 {
        return try maxPool2d(input.unsqueezed(axis: 0), kernelSize: kernelSize, stride: stride).squeezed(axis: 0)
    }
    guard input.rank == 4 else {
        throw TensorError(.invalidShape, "maxPool2d: the input must be [N, C, H, W] or [C, H, W], got \(shapeText(input.shape))")
    }
    let geo = try ConvGeometry(op: "maxPool2d", input: input.shape, kernel: kernelSize, stride: stride ?? kernelSize, padding: (0, 0))
    let planes = input.shape[0] * geo.channels, plane = geo.height * geo.width, L = geo.positions
    let outShape = [input.shape[0], geo.channels, geo.outH, geo.outW]
    let out = Tensor(uninitialized: outShape, count: try checkedCount(outShape, op: "maxPool2d"))
    // For each output, the offset of its maximum in the input (kept for backward).
    var argmax = [Int](repeating: 0, count: planes * L)
    for p in 0..<planes {
        let x = input.data + p * plane
        for oy in 0..<geo.outH {
            for ox in 0..<geo.outW {
                var best = -Float.infinity, at = (oy * geo.sh) * geo.width + ox * geo.sw
                for i in 0..<geo.kh {
                    let row = (oy * geo.sh + i) * geo.width + ox * geo.sw
                    for j in 0..<geo.kw where x[row + j] > best || x[row + j].isNaN {
                        best = x[row + j]
                        at = row + j
                        if best.isNaN { break }
                    }
                }
                let k = p * L + oy * geo.outW + ox
                out.data[k] = best
                argmax[k] = p * plane + at
            }
        }
    }
    if Tensor.recording(input) {
        out.record([input]) { g, _ in
            let gx = Tensor.filled(input.shape, count: input.count, 0)
            for k in 0..<argmax.count { gx.data[argmax[k]] += g.data[k] }
            input.addGrad(owned: gx)
        }
    }
    return out
}

/// `maxPool2d` as a layer.
public final class MaxPool2d: Module {
    public let kernelSize: (Int, Int), stride: (Int, Int)

    /// Square windows of `kernelSize`, `stride` apart (default: `kernelSize`).
    public convenience init(kernelSize: Int, stride: Int? = nil) throws {
        try self.init(kernelSize: (kernelSize, kernelSize), stride: stride.map { ($0, $0) })
    }

    /// (height, width) windows, `stride` apart (default: `kernelSize`).
    public init(kernelSize: (Int, Int), stride: (Int, Int)?) throws {
        let s = stride ?? kernelSize
        guard kernelSize.0 > 0, kernelSize.1 > 0, s.0 > 0, s.1 > 0 else {
            throw TensorError(.invalidArgument, "MaxPool2d: kernel size and stride must be positive, got \(kernelSize) and \(s)")
        }
        self.kernelSize = kernelSize
        self.stride = s
        super.init()
    }

    public override func forward(_ input: Tensor) throws -> Tensor {
        try maxPool2d(input, kernelSize: kernelSize, stride: stride)
    }
}
