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
    var picked = [Int](repeating: 0, count: indices.count)
    for i in 0..<indices.count {
        let v = indices.data[i]
        guard v == v.rounded(), v >= 0, v < Float(rows) else {
            throw TensorError(.indexOutOfRange, "Embedding: index \(v) is not an integer in 0..<\(rows) (the table has \(rows) rows)")
        }
        picked[i] = Int(v)
    }
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
