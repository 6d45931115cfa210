/// Indexing and slicing (LANGUAGE.md §3): `t[i]`, `t[i, j]`, ranges, `...` for a whole axis,
/// negative indices from the end. The result is a view when it is one contiguous run of a
/// tensor that does not require grad (Views.swift), else a copy; its gradient flows back into
/// the selected elements.

/// One entry of a subscript: what to take along one axis.
public enum TensorIndex: Equatable, ExpressibleByIntegerLiteral, Sendable {
    /// One position (the axis is dropped); negative counts from the end.
    case index(Int)
    /// Positions `lower..<upper` (or `lower...upper` when `closed`); a missing bound is the
    /// axis's start or end; negative bounds count from the end.
    case range(lower: Int?, upper: Int?, closed: Bool)
    /// The whole axis (written `...` in a lesson).
    case all

    public init(integerLiteral value: Int) { self = .index(value) }

    /// `lower..<upper` as an index.
    public static func range(_ r: Range<Int>) -> TensorIndex { .range(lower: r.lowerBound, upper: r.upperBound, closed: false) }
    /// `lower...upper` as an index.
    public static func range(_ r: ClosedRange<Int>) -> TensorIndex { .range(lower: r.lowerBound, upper: r.upperBound, closed: true) }
}

extension Tensor {
    /// Where a subscript selects: the start offset, and the result's shape and source strides.
    private func selection(_ indices: [TensorIndex], op: String) throws -> (offset: Int, shape: [Int], strides: [Int]) {
        guard indices.count <= rank else {
            throw TensorError(.indexOutOfRange, "\(op): \(indices.count) indices for a tensor of rank \(rank) (shape \(shapeText(shape)))")
        }
        let strides = contiguousStrides(shape)
        var offset = 0
        var outShape: [Int] = [], outStrides: [Int] = []
        for d in 0..<rank {
            let size = shape[d]
            switch d < indices.count ? indices[d] : .all {
            case .index(let i):
                let k = i < 0 ? i + size : i
                guard k >= 0, k < size else {
                    throw TensorError(.indexOutOfRange, "\(op): index \(i) is out of range for axis \(d) of size \(size) (shape \(shapeText(shape)))")
                }
                offset += k * strides[d]
            case .range(let lower, let upper, let closed):
                var lo = lower ?? 0, hi = upper ?? size
                if lo < 0 { lo += size }
                if hi < 0 { hi += size }
                // `hi` ends one past a closed range's bound; Int.max stays out of range, unwrapped.
                if upper != nil && closed { hi = hi == Int.max ? hi : hi + 1 }
                guard lo >= 0, hi <= size, lo <= hi else {
                    throw TensorError(.indexOutOfRange, "\(op): range \(TensorIndex.rangeText(lower, upper, closed)) is out of range for axis \(d) of size \(size) (shape \(shapeText(shape)))")
                }
                offset += lo * strides[d]
                outShape.append(hi - lo)
                outStrides.append(strides[d])
            case .all:
                outShape.append(size)
                outStrides.append(strides[d])
            }
        }
        return (offset, outShape, outStrides)
    }

    /// The elements selected by `indices` (one per leading axis; missing trailing ones mean all).
    public func indexed(_ indices: [TensorIndex]) throws -> Tensor {
        let (offset, shape, strides) = try selection(indices, op: "subscript")
        if !requiresGrad && isContiguousRun(shape: shape, strides: strides) {
            // A run of rows (a mini-batch of a data set): read in place, nothing to record.
            return Tensor(viewOf: self, offset: offset, shape: shape, count: shape.reduce(1, *))
        }
        let out = Tensor(uninitialized: shape)
        Tensor.gather(from: data + offset, strides: strides, shape: shape, into: out.data)
        if Tensor.recording(self) {
            out.record([self]) { g, _ in
                let gx = Tensor.filled(self.shape, count: self.count, 0)
                Tensor.scatterAdd(g.data, into: gx.data + offset, strides: strides, shape: shape)
                self.addGrad(owned: gx)
            }
        }
        return out
    }

    /// Overwrites the selected elements with `value` (broadcast to the selection's shape),
    /// under the in-place rule: on a tensor that requires grad, only inside `noGrad`.
    public func setIndexed(_ indices: [TensorIndex], to value: Tensor) throws {
        if requiresGrad && GradMode.isEnabled {
            throw TensorError(.inPlaceOnRequiresGrad, "subscript assignment: cannot update a tensor that requires grad in place while gradients are recorded; do it inside noGrad { ... }")
        }
        let (offset, shape, strides) = try selection(indices, op: "subscript assignment")
        guard try broadcastShapes(shape, value.shape, op: "subscript assignment") == shape else {
            throw TensorError.shapeMismatch("subscript assignment", shape, value.shape, "the value must broadcast to the selection")
        }
        let v = value.expanded(toShape: shape)
        makeStorageUnique()
        Tensor.scatter(v.data, into: data + offset, strides: strides, shape: shape)
    }

    /// `t[i, j, ...]`: see `indexed(_:)`.
    public subscript(_ indices: TensorIndex...) -> Tensor {
        get throws { try indexed(indices) }
    }
}

extension TensorIndex {
    static func rangeText(_ lower: Int?, _ upper: Int?, _ closed: Bool) -> String {
        (lower.map(String.init) ?? "") + (closed ? "..." : "..<") + (upper.map(String.init) ?? "")
    }
}
