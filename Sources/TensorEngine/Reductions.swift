/// Reductions: sum, mean, max, min (all elements or along one axis), argmax, argmin, norm.
/// An axis reduction views the tensor as [outer, n, inner] and reduces the middle axis.

/// Sum of `n` contiguous floats, in eight lanes (vectorised, and more accurate than one
/// running Float sum).
@inline(__always)
func sumContiguous(_ p: UnsafePointer<Float>, _ n: Int) -> Float {
    var lanes = SIMD8<Float>(repeating: 0)
    var i = 0
    while i + 8 <= n {
        lanes += UnsafeRawPointer(p + i).loadUnaligned(as: SIMD8<Float>.self)
        i += 8
    }
    var s = lanes.sum()
    while i < n { s += p[i]; i += 1 }
    return s
}

extension Tensor {
    /// (outer, n, inner) for a reduction along axis `a`, and the result's shape.
    private func reductionLayout(_ axis: Int, keepDims: Bool, op: String) throws -> (a: Int, outer: Int, n: Int, inner: Int, shape: [Int]) {
        let a = try normalizedAxis(axis, rank: rank, op: op)
        let outer = shape[..<a].reduce(1, *), inner = shape[(a + 1)...].reduce(1, *)
        var s = shape
        if keepDims { s[a] = 1 } else { s.remove(at: a) }
        return (a, outer, shape[a], inner, s)
    }

    /// The sum of all elements (a scalar tensor).
    public func sum() -> Tensor {
        let out = Tensor(uninitialized: [], count: 1)
        out.data[0] = ParallelKernels.sum(data, count)
        if Tensor.recording(self) {
            // Made for this call alone (owned): a leaf keeps it as its gradient without a copy.
            out.record([self]) { g, _ in self.addGrad(owned: Tensor.filled(self.shape, count: self.count, g.data[0])) }
        }
        return out
    }

    /// The sum along `axis` (which is dropped unless `keepDims`).
    public func sum(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let (_, outer, n, inner, shape) = try reductionLayout(axis, keepDims: keepDims, op: "sum")
        let out = Tensor.filled(shape, count: outer * inner, 0)
        let px = data, po = out.data
        for o in 0..<outer {
            if inner == 1 { po[o] = sumContiguous(px + o * n, n); continue }
            let dst = po + o * inner
            for i in 0..<n {
                let src = px + (o * n + i) * inner
                for j in 0..<inner { dst[j] += src[j] }
            }
        }
        if Tensor.recording(self) {
            // Each input element receives the gradient of the sum it went into.
            var kept = self.shape
            kept[try normalizedAxis(axis, rank: rank, op: "sum")] = 1
            out.record([self]) { g, _ in self.addGrad(g.reshapedUnchecked(kept).expanded(toShape: self.shape)) }
        }
        return out
    }

    /// The mean of all elements (NaN for an empty tensor).
    public func mean() -> Tensor { sum() / Double(count) }

    /// The mean along `axis`.
    public func mean(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let a = try normalizedAxis(axis, rank: rank, op: "mean")
        return try sum(axis: a, keepDims: keepDims) / Double(shape[a])
    }

    /// The Euclidean (Frobenius) norm of all elements; its gradient at zero is zero.
    public func norm() -> Tensor {
        var s: Double = 0
        for i in 0..<count { s += Double(data[i]) * Double(data[i]) }
        let out = Tensor(s.squareRoot())
        if Tensor.recording(self) {
            out.record([self]) { g, out in
                let n = out.data[0]
                self.addGrad(n == 0 ? Tensor.filled(self.shape, count: self.count, 0) : self * Double(g.data[0] / n))
            }
        }
        return out
    }

    // MARK: Max and min

    /// The index of the first extreme element in each reduced run, and its value.
    private func extremeAlong(outer: Int, n: Int, inner: Int, greater: Bool) -> (values: [Float], indices: [Int]) {
        var values = [Float](repeating: 0, count: outer * inner)
        var indices = [Int](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for j in 0..<inner {
                var best = data[o * n * inner + j], at = 0
                for i in 1..<Swift.max(n, 1) {
                    let v = data[(o * n + i) * inner + j]
                    // NaN wins (as in PyTorch), so a NaN in the data is not hidden.
                    if (greater ? v > best : v < best) || (v.isNaN && !best.isNaN) { best = v; at = i }
                }
                values[o * inner + j] = best
                indices[o * inner + j] = at
            }
        }
        return (values, indices)
    }

    private func extreme(greater: Bool, op: String) throws -> Tensor {
        guard count > 0 else { throw TensorError(.invalidShape, "\(op): the tensor is empty") }
        let (values, indices) = extremeAlong(outer: 1, n: count, inner: 1, greater: greater)
        let out = Tensor(Double(values[0]))
        if Tensor.recording(self) {
            let at = indices[0]
            out.record([self]) { g, _ in
                let gx = Tensor.filled(self.shape, count: self.count, 0)
                gx.data[at] = g.data[0]
                self.addGrad(owned: gx)
            }
        }
        return out
    }

    private func extreme(axis: Int, keepDims: Bool, greater: Bool, op: String) throws -> (values: Tensor, indices: Tensor) {
        let (_, outer, n, inner, shape) = try reductionLayout(axis, keepDims: keepDims, op: op)
        guard n > 0 else { throw TensorError(.invalidShape, "\(op): axis \(axis) of \(shapeText(self.shape)) is empty") }
        let (values, indices) = extremeAlong(outer: outer, n: n, inner: inner, greater: greater)
        let out = try Tensor(shape: shape, scalars: values)
        let idx = try Tensor(shape: shape, scalars: indices.map { Float($0) })
        if Tensor.recording(self) {
            out.record([self]) { g, _ in
                // The gradient goes to the element that was chosen in each run.
                let gx = Tensor.filled(self.shape, count: self.count, 0)
                for o in 0..<outer {
                    for j in 0..<inner { gx.data[(o * n + indices[o * inner + j]) * inner + j] += g.data[o * inner + j] }
                }
                self.addGrad(owned: gx)
            }
        }
        return (out, idx)
    }

    /// The largest element (a scalar tensor); the gradient goes to the first largest.
    public func max() throws -> Tensor { try extreme(greater: true, op: "max") }
    /// The smallest element (a scalar tensor).
    public func min() throws -> Tensor { try extreme(greater: false, op: "min") }

    /// The largest element along `axis`.
    public func max(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try extreme(axis: axis, keepDims: keepDims, greater: true, op: "max").values
    }
    /// The smallest element along `axis`.
    public func min(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try extreme(axis: axis, keepDims: keepDims, greater: false, op: "min").values
    }

    /// The flat (row-major) index of the first largest element, as a scalar tensor.
    public func argmax() throws -> Tensor {
        guard count > 0 else { throw TensorError(.invalidShape, "argmax: the tensor is empty") }
        return Tensor(Double(extremeAlong(outer: 1, n: count, inner: 1, greater: true).indices[0]))
    }
    /// The flat index of the first smallest element, as a scalar tensor.
    public func argmin() throws -> Tensor {
        guard count > 0 else { throw TensorError(.invalidShape, "argmin: the tensor is empty") }
        return Tensor(Double(extremeAlong(outer: 1, n: count, inner: 1, greater: false).indices[0]))
    }
    /// The index of the largest element along `axis` (as Float values; no gradient).
    public func argmax(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try noGrad { try extreme(axis: axis, keepDims: keepDims, greater: true, op: "argmax").indices }
    }
    /// The index of the smallest element along `axis`.
    public func argmin(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try noGrad { try extreme(axis: axis, keepDims: keepDims, greater: false, op: "argmin").indices }
    }
}
