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
    // For each output, the offset of its maximum in the input (kept for backward). Pointers
    // and locals throughout: through the array and the tensor's property, each output cost
    // ~115 instructions (a third of the CNN workload's time went to pooling).
    let owner = ArgmaxBuffer(count: planes * L), argmax = owner.offsets
    let (outH, outW, kh, kw, sh, sw, width) = (geo.outH, geo.outW, geo.kh, geo.kw, geo.sh, geo.sw, geo.width)
    let po = out.data, px = input.data
    for p in 0..<planes {
        let x = px + p * plane
        for oy in 0..<outH {
            for ox in 0..<outW {
                var best = -Float.infinity, at = (oy * sh) * width + ox * sw
                for i in 0..<kh {
                    let row = (oy * sh + i) * width + ox * sw
                    for j in 0..<kw where x[row + j] > best || x[row + j].isNaN {
                        best = x[row + j]
                        at = row + j
                        if best.isNaN { break }
                    }
                }
                let k = p * L + oy * outW + ox
                po[k] = best
                argmax[k] = Int32(truncatingIfNeeded: p * plane + at)   // < 2^28, the tensor cap
            }
        }
    }
    withExtendedLifetime(owner) {}
    if Tensor.recording(input) {
        out.record([input]) { g, _ in
            let gx = Tensor.filled(input.shape, count: input.count, 0)
            let argmax = owner.offsets, pgx = gx.data, pg = g.data
            for k in 0..<planes * L { pgx[Int(argmax[k])] += pg[k] }
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

/// The argmax offsets of one pooling (Int32: a tensor has at most 2^28 elements), in a buffer
/// from `BufferPool` so that a training step allocates nothing fresh; given back with the
/// backward closure that reads them (or at once when nothing records).
private final class ArgmaxBuffer {
    private let buffer: UnsafeMutablePointer<Float>
    private let count: Int
    let offsets: UnsafeMutablePointer<Int32>

    init(count: Int) {
        self.count = count
        buffer = BufferPool.allocate(count)
        offsets = UnsafeMutableRawPointer(buffer).bindMemory(to: Int32.self, capacity: count)
    }

    deinit {
        UnsafeMutableRawPointer(buffer).bindMemory(to: Float.self, capacity: count)
        BufferPool.release(buffer, count: count)
    }
}
