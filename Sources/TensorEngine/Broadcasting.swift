/// NumPy/PyTorch broadcasting and the strided loops every element-wise kernel shares.

/// One element-wise binary function; kernels are generic over it, so each instance compiles to
/// its own tight (vectorisable) loop with no call per element.
protocol BinaryKernel {
    func callAsFunction(_ a: Float, _ b: Float) -> Float
}

struct AddKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a + b } }
struct SubKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a - b } }
struct MulKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a * b } }
struct DivKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a / b } }
/// The right operand: `elementwise(x, y, SecondKernel())` broadcasts `y` into `x`'s shape.
struct SecondKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { b } }

/// The shape two operands broadcast to (axes aligned from the right; sizes equal or one is 1).
func broadcastShapes(_ a: [Int], _ b: [Int], op: String) throws -> [Int] {
    if a == b { return a }
    let rank = max(a.count, b.count)
    var out = [Int](repeating: 1, count: rank)
    for i in 0..<rank {
        let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
        let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
        if da == db || db == 1 { out[i] = da }
        else if da == 1 { out[i] = db }
        else {
            throw TensorError.shapeMismatch(op, a, b, "axis \(i - rank) has sizes \(da) and \(db); sizes must be equal or 1 to broadcast")
        }
    }
    _ = try checkedCount(out, op: op)
    return out
}

/// Row-major strides of `shape`, read as `shape` broadcast to `outShape` (0 on broadcast axes).
func broadcastStrides(_ shape: [Int], to outShape: [Int]) -> [Int] {
    var strides = [Int](repeating: 0, count: outShape.count)
    var s = 1
    let offset = outShape.count - shape.count
    var i = shape.count - 1
    while i >= 0 {
        if shape[i] != 1 { strides[i + offset] = s }
        s *= shape[i]
        i -= 1
    }
    return strides
}

/// Calls `body(row, offsetA, offsetB)` for each row (last axis) of `shape`, where the offsets are
/// where that row starts in two operands with strides `sa` and `sb`. One call per row, not per
/// element: the body runs the inner loop itself.
@inline(__always)
func forEachRow(_ shape: [Int], _ sa: [Int], _ sb: [Int], _ body: (_ row: Int, _ offA: Int, _ offB: Int) -> Void) {
    let rank = shape.count
    if rank <= 1 { body(0, 0, 0); return }
    var rows = 1
    for d in 0..<(rank - 1) { rows *= shape[d] }
    if rows == 0 { return }
    withUnsafeTemporaryAllocation(of: Int.self, capacity: rank) { index in
        index.initialize(repeating: 0)
        var offA = 0, offB = 0
        for row in 0..<rows {
            body(row, offA, offB)
            // Advance the multi-index over the outer axes (odometer), updating both offsets.
            var d = rank - 2
            while d >= 0 {
                index[d] += 1
                offA += sa[d]
                offB += sb[d]
                if index[d] < shape[d] { break }
                offA -= sa[d] * shape[d]
                offB -= sb[d] * shape[d]
                index[d] = 0
                d -= 1
            }
        }
    }
}

extension Tensor {
    /// `k(a, b)` element by element with broadcasting, into a fresh tensor (or into `into`,
    /// which must have the broadcast shape; used by in-place updates). No autograd here.
    @inline(__always)
    static func elementwise<K: BinaryKernel>(_ a: Tensor, _ b: Tensor, _ k: K, op: String = "", into: Tensor? = nil) throws -> Tensor {
        if a.shape == b.shape {
            return elementwise(a, b, k, into: into)
        }
        let shape = try broadcastShapes(a.shape, b.shape, op: op)
        let out = into ?? Tensor(uninitialized: shape)
        let po = out.data, pa = a.data, pb = b.data
        if b.count == 1 && a.count == out.count {
            let y = pb[0]
            ParallelKernels.forEachRange(out.count) { r in for i in r { po[i] = k(pa[i], y) } }
            return out
        }
        if a.count == 1 && b.count == out.count {
            let x = pa[0]
            ParallelKernels.forEachRange(out.count) { r in for i in r { po[i] = k(x, pb[i]) } }
            return out
        }
        let sa = broadcastStrides(a.shape, to: shape)
        let sb = broadcastStrides(b.shape, to: shape)
        let n = shape.last ?? 1
        let ia = sa.last ?? 0, ib = sb.last ?? 0
        forEachRow(shape, sa, sb) { row, offA, offB in
            let o = po + row * n, x = pa + offA, y = pb + offB
            if ia == 1 && ib == 1 { for j in 0..<n { o[j] = k(x[j], y[j]) } }
            else if ia == 1 { let v = y[0]; for j in 0..<n { o[j] = k(x[j], v) } }
            else if ib == 1 { let v = x[0]; for j in 0..<n { o[j] = k(v, y[j]) } }
            else { let u = x[0], v = y[0]; for j in 0..<n { o[j] = k(u, v) } }
        }
        return out
    }

    /// `k(a, b)` for operands of the same shape (no checks needed).
    @inline(__always)
    static func elementwise<K: BinaryKernel>(_ a: Tensor, _ b: Tensor, _ k: K, into: Tensor? = nil) -> Tensor {
        let out = into ?? Tensor(uninitialized: a.shape, count: a.count)
        let po = out.data, pa = a.data, pb = b.data
        ParallelKernels.forEachRange(a.count) { r in for i in r { po[i] = k(pa[i], pb[i]) } }
        return out
    }

    /// `k(a, s)` for every element of `a`.
    @inline(__always)
    static func elementwise<K: BinaryKernel>(_ a: Tensor, scalar s: Float, _ k: K, into: Tensor? = nil) -> Tensor {
        let out = into ?? Tensor(uninitialized: a.shape, count: a.count)
        let po = out.data, pa = a.data
        ParallelKernels.forEachRange(a.count) { r in for i in r { po[i] = k(pa[i], s) } }
        return out
    }

    /// `k(s, a)` for every element of `a`.
    @inline(__always)
    static func elementwise<K: BinaryKernel>(scalar s: Float, _ a: Tensor, _ k: K) -> Tensor {
        let out = Tensor(uninitialized: a.shape, count: a.count)
        let po = out.data, pa = a.data
        ParallelKernels.forEachRange(a.count) { r in for i in r { po[i] = k(s, pa[i]) } }
        return out
    }

    /// This tensor (of a broadcast output's shape) summed over the axes along which `target`
    /// was broadcast: the gradient rule for every broadcasting op. No autograd.
    func summed(toShape target: [Int]) -> Tensor {
        let out = Tensor.filled(target, count: target.reduce(1, *), 0)
        let st = broadcastStrides(target, to: shape)
        let selfStrides = contiguousStrides(shape)
        let n = shape.last ?? 1
        let it = st.last ?? 0
        let po = out.data, pg = data
        forEachRow(shape, selfStrides, st) { _, offG, offT in
            let g = pg + offG, o = po + offT
            if it == 1 { for j in 0..<n { o[j] += g[j] } }
            else { var s: Float = 0; for j in 0..<n { s += g[j] }; o[0] += s }
        }
        return out
    }

    /// This tensor broadcast (copied) to `target`, which it must broadcast to. No autograd.
    func expanded(toShape target: [Int]) -> Tensor {
        if target == shape { return self }
        let out = Tensor(uninitialized: target)
        let ss = broadcastStrides(shape, to: target)
        let n = target.last ?? 1
        let inner = ss.last ?? 0
        let po = out.data, ps = data
        forEachRow(target, ss, ss) { row, off, _ in
            let o = po + row * n, s = ps + off
            if inner == 1 { for j in 0..<n { o[j] = s[j] } }
            else { let v = s[0]; for j in 0..<n { o[j] = v } }
        }
        return out
    }
}

/// Row-major strides of a contiguous tensor of `shape`.
func contiguousStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var s = 1
    var i = shape.count - 1
    while i >= 0 {
        strides[i] = s
        s *= shape[i]
        i -= 1
    }
    return strides
}
