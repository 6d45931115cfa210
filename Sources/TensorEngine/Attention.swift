import Foundation

/// Scaled dot-product attention and PyTorch's nn.MultiheadAttention.
///
/// Masks, here and in `MultiheadAttention`, come in two kinds, each with its own label:
/// - `mask:` is boolean: a tensor of 0/1 (any positive value counts as 1) that broadcasts to the
///   scores `[..., L, S]`; 1 means "may attend", 0 means "blocked", and a blocked score becomes
///   −∞ before the softmax. This is the convention of PyTorch's `scaled_dot_product_attention`
///   with a boolean mask; nn.MultiheadAttention's boolean `attn_mask` means the opposite
///   (True = blocked) — here one convention holds everywhere. A negative or NaN value is an
///   error that says to pass it as `additiveMask:`, since it is an additive mask read wrongly.
/// - `additiveMask:` is added to the scores before the softmax, as PyTorch's float `attn_mask`:
///   0 to attend, −1e9 or −∞ to block (any value shifts the score; its gradient flows).

/// softmax(q·kᵀ/√E + mask)·v for `q` `[..., L, E]`, `k` `[..., S, E]`, `v` `[..., S, Ev]`:
/// result `[..., L, Ev]`. `mask` (optional, broadcasting to `[..., L, S]`): 1 = may attend,
/// 0 = blocked (−∞ before the softmax); `additiveMask` (optional, likewise) is added to the
/// scores. A row with every key blocked gives NaN, as in PyTorch.
public func scaledDotProductAttention(_ q: Tensor, _ k: Tensor, _ v: Tensor, mask: Tensor? = nil,
                                      additiveMask: Tensor? = nil) throws -> Tensor {
    try attention(q, k, v, mask: mask, additiveMask: additiveMask, op: "scaledDotProductAttention").output
}

/// The attention output and the attention weights `[..., L, S]`.
func attention(_ q: Tensor, _ k: Tensor, _ v: Tensor, mask: Tensor?, additiveMask: Tensor? = nil,
               op: String) throws -> (output: Tensor, weights: Tensor) {
    guard q.rank >= 2, k.rank >= 2, v.rank >= 2 else {
        throw TensorError(.invalidShape, "\(op): query, key and value need at least 2 axes ([L, E]), got \(shapeText(q.shape)), \(shapeText(k.shape)), \(shapeText(v.shape))")
    }
    guard q.shape[q.rank - 1] == k.shape[k.rank - 1] else {
        throw TensorError.shapeMismatch(op, q.shape, k.shape, "query and key must have the same last axis")
    }
    guard k.shape[k.rank - 2] == v.shape[v.rank - 2] else {
        throw TensorError.shapeMismatch(op, k.shape, v.shape, "key and value must have the same number of positions")
    }
    let scale = 1 / Double(q.shape[q.rank - 1]).squareRoot()
    var scores = try matmulTransposingRight(q, k, scale: scale)
    for (m, label) in [(mask, "mask"), (additiveMask, "additiveMask")] {
        guard let m else { continue }
        guard (try? broadcastShapes(scores.shape, m.shape, op: op)) == scores.shape else {
            throw TensorError.shapeMismatch(op, m.shape, scores.shape, "the \(label) must broadcast to the scores [..., L, S]")
        }
        scores = try scores + (label == "mask" ? try maskBias(m, op: op) : m)
    }
    let weights = try softmax(scores, axis: -1)
    return (try matmul(weights, v), weights)
}

/// 0 where the boolean `mask` is positive, −∞ where it is 0 (a constant: a boolean mask gets no
/// gradient). A negative or NaN value means an additive mask was passed as `mask:`: refused.
func maskBias(_ mask: Tensor, op: String) throws -> Tensor {
    let bias = Tensor(uninitialized: mask.shape, count: mask.count)
    for i in 0..<mask.count {
        let m = mask.data[i]
        guard m >= 0 else {
            throw TensorError(.invalidArgument, "\(op): the mask holds \(m), but mask: is boolean (1 = may attend, 0 = blocked); an additive mask as PyTorch's float attn_mask (0 to attend, -1e9 or -inf to block) goes in additiveMask:")
        }
        bias.data[i] = m == 0 ? -.infinity : 0
    }
    return bias
}

/// Multi-head attention as PyTorch's nn.MultiheadAttention: query, key and value are projected
/// by the three blocks of `inProjWeight` (`[3E, E]`, Xavier-uniform) and `inProjBias` (`[3E]`,
/// zeros), split into `heads` heads of E/heads features, attended per head, joined, and
/// projected by `outProj` (a Linear with zero bias). Inputs are `[L, N, E]` (`[N, L, E]` with
/// `batchFirst`) or unbatched `[L, E]`; the result is the output (shaped as the query) and the
/// attention weights averaged over heads, `[N, L, S]` (`[L, S]` unbatched).
public final class MultiheadAttention: Module {
    public let embedDim: Int, heads: Int, batchFirst: Bool
    /// `[3·embedDim, embedDim]`: the query, key and value projections stacked.
    public let inProjWeight: Tensor
    /// `[3·embedDim]`.
    public let inProjBias: Tensor?
    /// The output projection.
    public let outProj: Linear

    /// `heads` heads over `embedDim` features (divisible by `heads`), parameters drawn from `rng`.
    public init(embedDim: Int, heads: Int, bias: Bool = true, batchFirst: Bool = false, using rng: RandomGenerator) throws {
        try requirePositive(embedDim, "embedDim", "MultiheadAttention")
        try requirePositive(heads, "heads", "MultiheadAttention")
        guard embedDim % heads == 0 else {
            throw TensorError(.invalidArgument, "MultiheadAttention: embedDim \(embedDim) must be divisible by heads \(heads)")
        }
        _ = try checkedCount([3, embedDim, embedDim], op: "MultiheadAttention")   // unmultiplied: no overflow
        self.embedDim = embedDim
        self.heads = heads
        self.batchFirst = batchFirst
        // Xavier-uniform on [3E, E]: bound √(6 / (fanIn + fanOut)) = √(6 / 4E).
        inProjWeight = Tensor.uniformParameter([3 * embedDim, embedDim], bound: (6 / Double(4 * embedDim)).squareRoot(), using: rng)
        inProjBias = bias ? try Tensor.zeros([3 * embedDim], requiresGrad: true) : nil
        outProj = try Linear(embedDim, embedDim, bias: bias, using: rng)
        if let b = outProj.bias { noGrad { b.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } } }
        super.init()
    }

    /// Self-attention: `self(x, x, x)`'s output.
    public override func forward(_ input: Tensor) throws -> Tensor { try self(input, input, input).output }

    /// Attends `query` `[L, N, E]` over `key` `[S, N, E]` and `value` `[S, N, E]` (batch first
    /// if so built; or unbatched). `mask` and `additiveMask` (optional) broadcast to `[L, S]`, or
    /// are `[N·heads, L, S]` as in PyTorch; `mask` is boolean (1 = may attend, 0 = blocked),
    /// `additiveMask` is added to the scores (see the file's comment).
    public func callAsFunction(_ query: Tensor, _ key: Tensor, _ value: Tensor, mask: Tensor? = nil,
                               additiveMask: Tensor? = nil) throws -> (output: Tensor, weights: Tensor) {
        let op = "MultiheadAttention"
        guard query.rank == key.rank, key.rank == value.rank, query.rank == 2 || query.rank == 3 else {
            throw TensorError(.invalidShape, "\(op): query, key and value must all be \(batchFirst ? "[N, L, E]" : "[L, N, E]") or all [L, E], got \(shapeText(query.shape)), \(shapeText(key.shape)), \(shapeText(value.shape))")
        }
        for t in [query, key, value] where t.shape[t.rank - 1] != embedDim {
            throw TensorError(.shapeMismatch, "\(op): the input has shape \(shapeText(t.shape)); its last axis must be embedDim = \(embedDim)")
        }
        let batched = query.rank == 3
        // Positions and batch of each input, whatever its layout.
        func sizes(_ t: Tensor) -> (positions: Int, batch: Int) {
            !batched ? (t.shape[0], 1) : batchFirst ? (t.shape[1], t.shape[0]) : (t.shape[0], t.shape[1])
        }
        let (L, n) = sizes(query), (S, nk) = sizes(key), (Sv, nv) = sizes(value), E = embedDim, d = E / heads
        guard nk == n, nv == n, Sv == S else {
            throw TensorError(.shapeMismatch, "\(op): query \(shapeText(query.shape)), key \(shapeText(key.shape)) and value \(shapeText(value.shape)) disagree on batch or key positions")
        }
        // The projections run on the inputs as laid out (a linear layer works row by row), and
        // one permutation per projection moves their heads to [N, heads, positions, d]: no
        // batch-major copy of the inputs and none of the joined heads.
        // Axis order of a projection seen as [positions, N, parts, heads, d] (seq-first) or
        // [N, positions, parts, heads, d] (batch-first; unbatched is N = 1) → [parts, N, heads, positions, d].
        func splitHeads(_ projected: Tensor, positions: Int, parts: Int) throws -> [Tensor] {
            let seqFirst = batched && !batchFirst
            let shape = seqFirst ? [positions, n, parts, heads, d] : [n, positions, parts, heads, d]
            let order = seqFirst ? [2, 1, 3, 0, 4] : [2, 0, 3, 1, 4]
            return unbind(try projected.reshaped(shape).permuted(order))
        }
        let q: Tensor, k: Tensor, v: Tensor
        if query === key && key === value {
            // Self-attention: one product with the whole [3E, E] weight gives q, k and v.
            let parts = try splitHeads(linear(query, inProjWeight, inProjBias), positions: L, parts: 3)
            (q, k, v) = (parts[0], parts[1], parts[2])
        } else {
            func project(_ t: Tensor, _ block: Int, _ positions: Int) throws -> Tensor {
                let rows = TensorIndex.range(lower: block * E, upper: (block + 1) * E, closed: false)
                let w = try inProjWeight.indexed([rows])
                let b = try inProjBias.map { try $0.indexed([rows]) }
                return try splitHeads(linear(t, w, b), positions: positions, parts: 1)[0]
            }
            (q, k, v) = (try project(query, 0, L), try project(key, 1, S), try project(value, 2, S))
        }
        // A 3-D mask is [N·heads, L, S] as in PyTorch: seen per head as [N, heads, L, S].
        func perHead(_ mask: Tensor?) throws -> Tensor? {
            guard let m = mask, m.rank == 3 else { return mask }
            guard m.shape == [n * heads, L, S] else {
                throw TensorError(.shapeMismatch, "\(op): a 3-D mask must be [N·heads, L, S] = \(shapeText([n * heads, L, S])), got \(shapeText(m.shape))")
            }
            return try m.reshaped([n, heads, L, S])
        }
        let (o, weights) = try attention(q, k, v, mask: try perHead(mask), additiveMask: try perHead(additiveMask), op: op)
        // Join heads straight into the query's layout: [N, heads, L, d] → [L, N, heads, d]
        // (seq-first) or [N, L, heads, d], then the output projection, row by row.
        let joined = batched && !batchFirst ? try o.permuted([2, 0, 1, 3]) : try o.permuted([0, 2, 1, 3])
        let output = try outProj(joined.reshaped(query.shape))
        var averaged = try weights.mean(axis: 1)
        if !batched { averaged = try averaged.squeezed(axis: 0) }
        return (output, averaged)
    }
}
