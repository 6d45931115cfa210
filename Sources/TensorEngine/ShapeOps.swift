/// Shape changes: reshape, flatten, squeeze, unsqueeze, transpose, concat and stack. Reshapes
/// are views (Views.swift: no copy, copy-on-write); the others copy. The backward of each is
/// its inverse.

/// `axis` counted from the end when negative, checked against `rank`.
func normalizedAxis(_ axis: Int, rank: Int, op: String) throws -> Int {
    let a = axis < 0 ? axis + rank : axis
    guard a >= 0, a < rank else {
        throw TensorError(.indexOutOfRange, "\(op): axis \(axis) is out of range for a tensor of rank \(rank)")
    }
    return a
}

extension Tensor {
    /// The same elements in a new shape; one size may be -1 (inferred).
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        func refuse() -> TensorError {
            TensorError(.invalidShape, "reshaped: cannot reshape \(shapeText(self.shape)) (\(count) elements) to \(shapeText(newShape))")
        }
        var shape = newShape
        let hole = shape.firstIndex(of: -1)
        if let hole {
            guard shape.lastIndex(of: -1) == hole else {
                throw TensorError(.invalidShape, "reshaped: shape \(shapeText(newShape)) has more than one -1")
            }
            guard shape.allSatisfy({ $0 >= -1 }) else { throw refuse() }
            // The known sizes' product, checked: a huge size cannot divide `count` anyway.
            var known = 1
            for (i, d) in shape.enumerated() where i != hole {
                let (p, overflow) = known.multipliedReportingOverflow(by: d)
                guard !overflow, p <= Swift.max(count, 1) else { throw refuse() }
                known = p
            }
            guard known > 0, count % known == 0 else { throw refuse() }
            shape[hole] = count / known
        }
        guard shape.allSatisfy({ $0 >= 0 }) else { throw refuse() }
        // Checked like a new tensor's shape (sizes beyond the cap are refused, not multiplied).
        let n: Int
        do { n = try checkedCount(shape, op: "reshaped") } catch let error as TensorError where error.kind == .tooLarge {
            throw refuse()
        }
        guard n == count else { throw refuse() }
        return reshapedUnchecked(shape)
    }

    /// Reshape to a shape already known to hold `count` elements: a view of the same buffer;
    /// its gradient, a view of the output's, goes back without a copy either.
    func reshapedUnchecked(_ shape: [Int]) -> Tensor {
        let out = Tensor(viewOf: self, offset: 0, shape: shape, count: count)
        if Tensor.recording(self) {
            out.record([self]) { g, _ in self.addGrad(owned: g.reshapedUnchecked(self.shape)) }
        }
        return out
    }

    /// All elements in one axis.
    public func flattened() -> Tensor { reshapedUnchecked([count]) }

    /// Without the axes of size 1.
    public func squeezed() -> Tensor { reshapedUnchecked(shape.filter { $0 != 1 }) }

    /// Without `axis`, which must have size 1.
    public func squeezed(axis: Int) throws -> Tensor {
        let a = try normalizedAxis(axis, rank: rank, op: "squeezed")
        guard shape[a] == 1 else {
            throw TensorError(.invalidShape, "squeezed: axis \(axis) of \(shapeText(shape)) has size \(shape[a]), not 1")
        }
        var s = shape
        s.remove(at: a)
        return reshapedUnchecked(s)
    }

    /// With a new axis of size 1 at `axis` (0...rank; negative counts from the end).
    public func unsqueezed(axis: Int) throws -> Tensor {
        let a = try normalizedAxis(axis, rank: rank + 1, op: "unsqueezed")
        var s = shape
        s.insert(1, at: a)
        return reshapedUnchecked(s)
    }

    /// The 2-D transpose (a tensor of rank 0 or 1 is returned as is).
    public var T: Tensor {
        get throws {
            if rank < 2 { return reshapedUnchecked(shape) }
            guard rank == 2 else {
                throw TensorError(.invalidShape, "T: the tensor has rank \(rank); T is for matrices, use transposed(_:_:) to swap two axes")
            }
            return try transposed(0, 1)
        }
    }

    /// Axes `a` and `b` swapped.
    public func transposed(_ a: Int, _ b: Int) throws -> Tensor {
        let i = try normalizedAxis(a, rank: rank, op: "transposed")
        let j = try normalizedAxis(b, rank: rank, op: "transposed")
        var order = Array(0..<rank)
        order.swapAt(i, j)
        return permutedUnchecked(order)
    }

    /// Axes reordered: axis `d` of the result is axis `order[d]` of this tensor.
    public func permuted(_ order: [Int]) throws -> Tensor {
        guard order.count == rank, Set(order) == Set(0..<rank) else {
            throw TensorError(.invalidArgument, "permuted: \(order) is not an ordering of the \(rank) axes of \(shapeText(shape))")
        }
        return permutedUnchecked(order)
    }

    /// Axes reordered (order already checked).
    func permutedUnchecked(_ order: [Int]) -> Tensor {
        let outShape = order.map { shape[$0] }
        let strides = contiguousStrides(shape)
        let source = order.map { strides[$0] }
        let out = Tensor(uninitialized: outShape, count: count)
        Tensor.gather(from: data, strides: source, shape: outShape, into: out.data)
        if Tensor.recording(self) {
            var inverse = order
            for (d, o) in order.enumerated() { inverse[o] = d }
            out.record([self]) { g, _ in self.addGrad(owned: g.permutedUnchecked(inverse)) }
        }
        return out
    }

    /// Copies the elements at `base + Σ index[d]·strides[d]` over `shape` into contiguous `out`.
    static func gather(from base: UnsafePointer<Float>, strides: [Int], shape: [Int], into out: UnsafeMutablePointer<Float>) {
        let n = shape.last ?? 1
        let inner = strides.last ?? 0
        forEachRow(shape, strides, strides) { row, off, _ in
            let o = out + row * n, s = base + off
            if inner == 1 { for j in 0..<n { o[j] = s[j] } } else { for j in 0..<n { o[j] = s[j * inner] } }
        }
    }

    /// Writes contiguous `values` (of `shape`) to `base + Σ index[d]·strides[d]`.
    static func scatter(_ values: UnsafePointer<Float>, into base: UnsafeMutablePointer<Float>, strides: [Int], shape: [Int]) {
        let n = shape.last ?? 1
        let inner = strides.last ?? 0
        forEachRow(shape, strides, strides) { row, off, _ in
            let v = values + row * n, d = base + off
            for j in 0..<n { d[j * inner] = v[j] }
        }
    }

    /// Adds contiguous `values` (of `shape`) into `base + Σ index[d]·strides[d]`: the inverse
    /// of `gather`, used by the backward of slicing.
    static func scatterAdd(_ values: UnsafePointer<Float>, into base: UnsafeMutablePointer<Float>, strides: [Int], shape: [Int]) {
        let n = shape.last ?? 1
        let inner = strides.last ?? 0
        forEachRow(shape, strides, strides) { row, off, _ in
            let v = values + row * n, d = base + off
            if inner == 1 { for j in 0..<n { d[j] += v[j] } } else { for j in 0..<n { d[j * inner] += v[j] } }
        }
    }
}

/// The tensors joined along an existing axis; the other sizes must agree.
public func concat(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
    guard let first = tensors.first else {
        throw TensorError(.invalidArgument, "concat: needs at least one tensor")
    }
    guard first.rank > 0 else {
        throw TensorError(.invalidShape, "concat: cannot join scalar tensors; use stack")
    }
    let a = try normalizedAxis(axis, rank: first.rank, op: "concat")
    var shape = first.shape
    shape[a] = 0
    for t in tensors {
        var s = t.shape
        guard s.count == first.rank else { throw TensorError.shapeMismatch("concat", first.shape, t.shape, "ranks differ") }
        s[a] = 0
        guard s == { var f = first.shape; f[a] = 0; return f }() else {
            throw TensorError.shapeMismatch("concat", first.shape, t.shape, "sizes differ outside axis \(axis)")
        }
        shape[a] += t.shape[a]
    }
    let total = try checkedCount(shape, op: "concat")
    let out = Tensor(uninitialized: shape, count: total)
    // Each tensor is `outer` blocks of `shape[a]·inner` elements, placed side by side.
    let outer = shape[..<a].reduce(1, *), inner = shape[(a + 1)...].reduce(1, *)
    let outBlock = shape[a] * inner
    var offset = 0
    for t in tensors {
        let block = t.shape[a] * inner
        for o in 0..<outer { (out.data + o * outBlock + offset).update(from: t.data + o * block, count: block) }
        offset += block
    }
    if tensors.contains(where: { $0.requiresGrad }) && GradMode.isEnabled {
        out.record(tensors) { g, _ in
            var offset = 0
            for t in tensors {
                let block = t.shape[a] * inner
                if t.requiresGrad {
                    let gt = Tensor(uninitialized: t.shape, count: t.count)
                    for o in 0..<outer { (gt.data + o * block).update(from: g.data + o * outBlock + offset, count: block) }
                    t.addGrad(owned: gt)
                }
                offset += block
            }
        }
    }
    return out
}

/// The tensors, all of one shape, stacked along a new axis.
public func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
    guard let first = tensors.first else {
        throw TensorError(.invalidArgument, "stack: needs at least one tensor")
    }
    for t in tensors where t.shape != first.shape {
        throw TensorError.shapeMismatch("stack", first.shape, t.shape, "stacked tensors must have one shape")
    }
    return try concat(tensors.map { try $0.unsqueezed(axis: axis) }, axis: axis)
}
