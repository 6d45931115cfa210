/// A lookup table: row i of `weight` for each index i. Indices of any shape give
/// `shape + [dim]`; the gradient of each looked-up row is added back to that row.
public final class Embedding: Module {
    /// `[count, dim]`, standard normal at first (as PyTorch initialises it).
    public let weight: Tensor
    public let count: Int, dim: Int

    /// A table of `count` vectors of size `dim`, drawn from `rng`.
    public init(_ count: Int, _ dim: Int, using rng: RandomGenerator) throws {
        try requirePositive(count, "count", "Embedding")
        try requirePositive(dim, "dim", "Embedding")
        self.count = count
        self.dim = dim
        weight = try Tensor.randn([count, dim], using: rng, requiresGrad: true)
        super.init()
    }

    /// The rows of `weight` picked by `indices` (integers in 0..<count, held as floats).
    public override func forward(_ indices: Tensor) throws -> Tensor {
        try embedding(indices, weight)
    }
}

/// Rows of `weight` (`[count, dim]`) picked by `indices` (any shape): result `indices.shape + [dim]`.
public func embedding(_ indices: Tensor, _ weight: Tensor) throws -> Tensor {
    guard weight.rank == 2 else {
        throw TensorError(.invalidShape, "embedding: weight must be [count, dim], got \(shapeText(weight.shape))")
    }
    let rows = weight.shape[0], dim = weight.shape[1]
    let picked = try tableRows(indices, rows: rows, op: "Embedding")
    let outShape = indices.shape + [dim]
    let out = Tensor(uninitialized: outShape, count: try checkedCount(outShape, op: "Embedding"))
    for (i, r) in picked.enumerated() { (out.data + i * dim).update(from: weight.data + r * dim, count: dim) }
    if Tensor.recording(weight) {
        out.record([weight]) { g, _ in
            let gw = Tensor.filled(weight.shape, count: weight.count, 0)
            for (i, r) in picked.enumerated() {
                let src = g.data + i * dim, dst = gw.data + r * dim
                for j in 0..<dim { dst[j] += src[j] }
            }
            weight.addGrad(owned: gw)
        }
    }
    return out
}

/// A lookup table whose rows are pooled per bag, as PyTorch's nn.EmbeddingBag: the rows a bag
/// picks are summed, averaged or maxed (per feature) into one `[dim]` vector, without building
/// the `[indices, dim]` intermediate. Bags are the rows of a 2-D index tensor `[bags, n]`, or
/// runs of a 1-D one cut at `offsets` (`offsets[b]` is where bag b starts; the first is 0, and
/// the last bag runs to the end). An empty bag gives zeros. Result `[bags, dim]`.
public final class EmbeddingBag: Module {
    /// How a bag's rows are pooled.
    public enum Mode: String, Sendable { case sum, mean, max }

    /// `[count, dim]`, standard normal at first (as PyTorch initialises it).
    public let weight: Tensor
    public let count: Int, dim: Int
    public let mode: Mode

    /// A table of `count` vectors of size `dim`, drawn from `rng`, pooled by `mode`.
    public init(_ count: Int, _ dim: Int, mode: Mode = .mean, using rng: RandomGenerator) throws {
        try requirePositive(count, "count", "EmbeddingBag")
        try requirePositive(dim, "dim", "EmbeddingBag")
        self.count = count
        self.dim = dim
        self.mode = mode
        weight = try Tensor.randn([count, dim], using: rng, requiresGrad: true)
        super.init()
    }

    /// Bags of a 2-D index tensor, one per row.
    public override func forward(_ indices: Tensor) throws -> Tensor {
        try embeddingBag(indices, weight, offsets: nil, mode: mode)
    }

    /// Bags of `indices` (1-D, cut at `offsets`; or 2-D with `offsets` nil).
    public func callAsFunction(_ indices: Tensor, offsets: Tensor?) throws -> Tensor {
        try embeddingBag(indices, weight, offsets: offsets, mode: mode)
    }
}

/// The bags of `indices` as ranges into its elements: one per row of a 2-D tensor, or cut
/// at `offsets` for a 1-D one (PyTorch's rules and messages' content).
func embeddingBags(_ indices: Tensor, offsets: Tensor?) throws -> [Range<Int>] {
    if indices.rank == 2 {
        guard offsets == nil else {
            throw TensorError(.invalidArgument, "EmbeddingBag: a 2-D input [bags, n] is one bag per row; pass offsets only with a 1-D input")
        }
        let n = indices.shape[1]
        return (0..<indices.shape[0]).map { $0 * n ..< ($0 + 1) * n }
    }
    guard indices.rank == 1 else {
        throw TensorError(.invalidShape, "EmbeddingBag: the input must be 1-D (with offsets:) or 2-D [bags, n], got \(shapeText(indices.shape))")
    }
    guard let offsets, offsets.rank == 1 else {
        throw TensorError(.invalidArgument, "EmbeddingBag: a 1-D input needs 1-D offsets: (where each bag starts), got \(offsets.map { shapeText($0.shape) } ?? "none")")
    }
    var starts: [Int] = []
    for k in 0..<offsets.count {
        let v = offsets.data[k]
        guard v == v.rounded(), v >= 0, v <= Float(indices.count), v >= Float(starts.last ?? 0) else {
            throw TensorError(.invalidArgument, "EmbeddingBag: offsets must be integers rising from 0 to at most \(indices.count) (the input's length), got \(v) at \(k)")
        }
        starts.append(Int(v))
    }
    guard starts.first ?? 0 == 0 else {
        throw TensorError(.invalidArgument, "EmbeddingBag: the first offset must be 0, got \(starts[0])")
    }
    return starts.indices.map { b in starts[b] ..< (b + 1 < starts.count ? starts[b + 1] : indices.count) }
}

/// `[bags, dim]`: for each bag of `indices`, the sum, mean or per-feature max of the rows of
/// `weight` it picks (zeros for an empty bag). The gradient goes to the rows picked (for max,
/// to the row that gave each feature its maximum).
public func embeddingBag(_ indices: Tensor, _ weight: Tensor, offsets: Tensor?, mode: EmbeddingBag.Mode) throws -> Tensor {
    guard weight.rank == 2 else {
        throw TensorError(.invalidShape, "EmbeddingBag: weight must be [count, dim], got \(shapeText(weight.shape))")
    }
    let rows = weight.shape[0], dim = weight.shape[1]
    let bags = try embeddingBags(indices, offsets: offsets)
    let picked = try tableRows(indices, rows: rows, op: "EmbeddingBag")
    let outShape = [bags.count, dim]
    let out = Tensor.filled(outShape, count: try checkedCount(outShape, op: "EmbeddingBag"), 0)
    // For max: the row that gave each output element its value (-1 in an empty bag).
    var source = mode == .max ? [Int](repeating: -1, count: out.count) : []
    for (b, bag) in bags.enumerated() {
        let dst = out.data + b * dim
        for i in bag {
            let src = weight.data + picked[i] * dim
            for j in 0..<dim {
                if mode != .max { dst[j] += src[j]; continue }
                if source[b * dim + j] < 0 || src[j] > dst[j] { dst[j] = src[j]; source[b * dim + j] = picked[i] }
            }
        }
        if mode == .mean, !bag.isEmpty { for j in 0..<dim { dst[j] /= Float(bag.count) } }
    }
    if Tensor.recording(weight) {
        out.record([weight]) { g, _ in
            let gw = Tensor.filled(weight.shape, count: weight.count, 0)
            for (b, bag) in bags.enumerated() {
                let gb = g.data + b * dim
                if mode == .max {
                    for j in 0..<dim where source[b * dim + j] >= 0 { gw.data[source[b * dim + j] * dim + j] += gb[j] }
                    continue
                }
                let scale: Float = mode == .mean ? 1 / Float(Swift.max(bag.count, 1)) : 1
                for i in bag {
                    let dst = gw.data + picked[i] * dim
                    for j in 0..<dim { dst[j] += gb[j] * scale }
                }
            }
            weight.addGrad(owned: gw)
        }
    }
    return out
}

/// The table rows `indices` name, each checked to be an integer in `0..<rows`.
private func tableRows(_ indices: Tensor, rows: Int, op: String) throws -> [Int] {
    var picked = [Int](repeating: 0, count: indices.count)
    for i in 0..<indices.count {
        let v = indices.data[i]
        guard v == v.rounded(), v >= 0, v < Float(rows) else {
            throw TensorError(.indexOutOfRange, "\(op): index \(v) is not an integer in 0..<\(rows) (the table has \(rows) rows)")
        }
        picked[i] = Int(v)
    }
    return picked
}
