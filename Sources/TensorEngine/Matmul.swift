import CBLAS
import Foundation

/// Matrix products: 2-D and batched (batch axes broadcast), with 1-D operands promoted as in
/// NumPy. Products with at least `sgemmThreshold` multiply-adds go to OpenBLAS's sgemm; smaller
/// ones run in a plain loop, which beats sgemm's call overhead at lesson sizes.
enum MatmulKernel {
    /// m·n·k at or above which sgemm is used. Measured (release, one OpenBLAS thread, ns per
    /// product incl. the result's allocation, loop vs sgemm): 2x5x2 120 vs 165, 4x4x4 134 vs 161,
    /// 8x8x8 219 vs 190, 16x16x16 744 vs 293, 64x2x64 1066 vs 589. The crossover lies between
    /// 64 and 512 multiply-adds.
    static let sgemmThreshold = 512

    /// Multiply-adds in one tile of a large product (~30-100 ms on one core): about the
    /// longest a product runs between two looks at the thread's `ComputeLimits`.
    static let blockMultiplyAdds = 1 << 28
    /// Products above this many multiply-adds (a 1024³ product is not) run in tiles.
    static let splitThreshold = 1 << 30

    /// c[m×n] = op(a)·op(b) (or, with `accumulate`, c += op(a)·op(b): sgemm's beta = 1, so
    /// a gradient is added into its buffer without a temporary), where op(a) is a[m×k] (or
    /// a[k×m] transposed) and likewise b.
    @inline(__always)
    ///
    /// `alpha` scales the product (c = alpha·op(a)·op(b)) as sgemm's alpha does: each element's
    /// sum is rounded once and then multiplied, so `alpha` gives the same floats as a separate
    /// multiplication of the product while the sum runs in one block (k below OpenBLAS's block
    /// depth, a few hundred). Not combined with `accumulate`.
    static func gemm(_ a: UnsafePointer<Float>, transA: Bool, _ b: UnsafePointer<Float>, transB: Bool,
                     _ c: UnsafeMutablePointer<Float>, m: Int, n: Int, k: Int, accumulate: Bool = false, alpha: Float = 1) {
        precondition(alpha == 1 || !accumulate, "gemm: alpha with accumulate is not supported")
        if m * n * k >= sgemmThreshold {
            BLASThreads.prepare(multiplyAdds: m * n * k)
            // A very large product runs in tiles of about `blockMultiplyAdds` (rows × columns of
            // the result), each bounded, and stops between tiles when the thread's limits say
            // so (a cell past its timeout). Tiles keep at least 256 rows and columns, so the
            // split costs little of sgemm's speed.
            let limits = m * n * k > splitThreshold ? ComputeLimits.current : nil
            guard let limits else {
                cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                            Int32(m), Int32(n), Int32(k), alpha, a, Int32(transA ? m : k), b, Int32(transB ? k : n),
                            accumulate ? 1 : 0, c, Int32(n))
                return
            }
            let tileRows = Swift.min(m, Swift.max(256, blockMultiplyAdds / Swift.max(1, n * k)))
            let tileColumns = Swift.min(n, Swift.max(256, blockMultiplyAdds / Swift.max(1, tileRows * k)))
            var i0 = 0
            while i0 < m {
                let rows = Swift.min(tileRows, m - i0)
                var j0 = 0
                while j0 < n {
                    if limits.shouldStop() { return }
                    let columns = Swift.min(tileColumns, n - j0)
                    cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                                Int32(rows), Int32(columns), Int32(k), alpha,
                                transA ? a + i0 : a + i0 * k, Int32(transA ? m : k),
                                transB ? b + j0 * k : b + j0, Int32(transB ? k : n),
                                accumulate ? 1 : 0, c + i0 * n + j0, Int32(n))
                    j0 += columns
                }
                i0 += rows
            }
            return
        }
        // Strides of op(a) (row i, column p) and op(b) (row p, column j).
        let (ai, ap) = transA ? (1, m) : (k, 1)
        let (bp, bj) = transB ? (1, k) : (n, 1)
        if !accumulate { c.initialize(repeating: 0, count: m * n) }
        if bj == 1 {
            // i-p-j: the inner loop runs along rows of b and c, contiguous and vectorisable.
            for i in 0..<m {
                let ci = c + i * n
                for p in 0..<k {
                    let x = a[i * ai + p * ap]
                    let bRow = b + p * bp
                    for j in 0..<n { ci[j] += x * bRow[j] }
                }
            }
        } else {
            // b transposed: each c[i, j] is a dot product of a row of op(a) and a row of b.
            for i in 0..<m {
                for j in 0..<n {
                    var s: Float = accumulate ? c[i * n + j] : 0
                    for p in 0..<k { s += a[i * ai + p * ap] * b[j * bj + p * bp] }
                    c[i * n + j] = s
                }
            }
        }
        if alpha != 1 { for i in 0..<m * n { c[i] *= alpha } }
    }
}

/// Sets how many threads OpenBLAS may use for every product (overrides `LESSON_THREADS`).
public func setBLASThreads(_ n: Int) {
    BLASThreads.set(n)
}

extension Tensor {
    /// The matrix product of rank ≥ 2 tensors, op(a)·op(b) over broadcast batch axes; no autograd.
    static func matmulForward(_ a: Tensor, transA: Bool, _ b: Tensor, transB: Bool, alpha: Float = 1, op: String = "matmul") throws -> Tensor {
        let ra = a.rank, rb = b.rank
        let (m, ka) = transA ? (a.shape[ra - 1], a.shape[ra - 2]) : (a.shape[ra - 2], a.shape[ra - 1])
        let (kb, n) = transB ? (b.shape[rb - 1], b.shape[rb - 2]) : (b.shape[rb - 2], b.shape[rb - 1])
        guard ka == kb else {
            throw TensorError.shapeMismatch(op, a.shape, b.shape, "inner sizes \(ka) and \(kb) differ")
        }
        let batchA = Array(a.shape.dropLast(2)), batchB = Array(b.shape.dropLast(2))
        if batchA.isEmpty && batchB.isEmpty {
            let out = Tensor(uninitialized: [m, n], count: try checkedCount([m, n], op: op))
            MatmulKernel.gemm(a.data, transA: transA, b.data, transB: transB, out.data, m: m, n: n, k: ka, alpha: alpha)
            return out
        }
        let batch: [Int]
        do { batch = try broadcastShapes(batchA, batchB, op: op) } catch {
            throw TensorError.shapeMismatch(op, a.shape, b.shape, "batch axes \(shapeText(batchA)) and \(shapeText(batchB)) do not broadcast")
        }
        let shape = batch + [m, n]
        let total = try checkedCount(shape, op: op)
        let out = Tensor(uninitialized: shape, count: total)
        let sa = broadcastStrides(batchA, to: batch), sb = broadcastStrides(batchB, to: batch)
        let matA = m * ka, matB = ka * n, matC = m * n
        let batches = batch.reduce(1, *)
        for t in 0..<batches {
            // Decompose the flat batch index into the offsets of the two operands' matrices.
            var rest = t, offA = 0, offB = 0
            var d = batch.count - 1
            while d >= 0 {
                let i = rest % batch[d]
                rest /= batch[d]
                offA += i * sa[d]
                offB += i * sb[d]
                d -= 1
            }
            MatmulKernel.gemm(a.data + offA * matA, transA: transA, b.data + offB * matB, transB: transB,
                              out.data + t * matC, m: m, n: n, k: ka, alpha: alpha)
        }
        return out
    }

    /// The matrix product (see `matmul(_:_:)`).
    public func matmul(_ b: Tensor) throws -> Tensor { try TensorEngine.matmul(self, b) }
}

/// Matrix product: `[m, k]·[k, n] → [m, n]`; batched over leading axes, which broadcast
/// (`[b, m, k]·[k, n]`, `[b, m, k]·[b, k, n]`); a 1-D operand is a row (left) or a column
/// (right) vector whose axis is dropped from the result, as in NumPy and PyTorch.
public func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard a.rank >= 1, b.rank >= 1 else {
        throw TensorError.shapeMismatch("matmul", a.shape, b.shape, "both operands need at least one axis")
    }
    if a.rank == 1 || b.rank == 1 {
        // Promote the vector to a matrix, multiply, and drop the promoted axis again; each step
        // is a recorded op, so the gradients follow.
        let a2 = a.rank == 1 ? try a.reshaped([1, a.count]) : a
        let b2 = b.rank == 1 ? try b.reshaped([b.count, 1]) : b
        let p = try matmul(a2, b2)
        var shape = p.shape
        if b.rank == 1 { shape.removeLast() }
        if a.rank == 1 { shape.remove(at: shape.count - (b.rank == 1 ? 1 : 2)) }
        return try p.reshaped(shape)
    }
    let out = try Tensor.matmulForward(a, transA: false, b, transB: false)
    if Tensor.recording(a, b) {
        out.record([a, b]) { g, _ in
            // d(a·b)/da = g·bᵀ, d(a·b)/db = aᵀ·g; addGrad sums over broadcast batch axes.
            if a.requiresGrad { a.addGrad(owned: try Tensor.matmulForward(g, transA: false, b, transB: true)) }
            if b.requiresGrad { b.addGrad(owned: try Tensor.matmulForward(a, transA: true, g, transB: false)) }
        }
    }
    return out
}

/// `scale · a · bᵀ` over the last two axes (batch axes broadcast), as
/// `matmul(a, b.transposed(-1, -2)) * scale` but without materialising the transpose (sgemm
/// reads b transposed) or a separate scaled copy (sgemm's alpha). Attention's scores
/// (q·kᵀ/√E) go through here. Both operands need at least two axes.
func matmulTransposingRight(_ a: Tensor, _ b: Tensor, scale: Double = 1) throws -> Tensor {
    guard a.rank >= 2, b.rank >= 2 else {
        throw TensorError.shapeMismatch("matmul", a.shape, b.shape, "both operands need at least two axes")
    }
    let out = try Tensor.matmulForward(a, transA: false, b, transB: true, alpha: Float(scale))
    if Tensor.recording(a, b) {
        out.record([a, b]) { g, _ in
            // d(s·a·bᵀ)/da = (s·g)·b, d(s·a·bᵀ)/db = (s·g)ᵀ·a; addGrad sums over broadcast batch
            // axes. s·g first, as the separate product-then-scale ops computed it.
            let gs = scale == 1 ? g : g * scale
            if a.requiresGrad { a.addGrad(owned: try Tensor.matmulForward(gs, transA: false, b, transB: false)) }
            if b.requiresGrad { b.addGrad(owned: try Tensor.matmulForward(gs, transA: true, a, transB: false)) }
        }
    }
    return out
}
