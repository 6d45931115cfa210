/// Contiguous views: tensors that read a run of another tensor's buffer instead of a copy.
///
/// Which ops return views: `reshaped` and everything built on it (`flattened`, `squeezed`,
/// `unsqueezed`), a subscript whose selection is one contiguous run of a tensor that does not
/// require grad (`images[a..<b]`, `t[i]`), and the internal `unbind` (the RNN loop over time,
/// attention's q, k, v). All of them read contiguous row-major runs, so every kernel works on a
/// view unchanged. Strided views (a transpose without a copy) are not implemented; the hot
/// transposes are folded into the ops instead (sgemm's transposed operands, attention's
/// one-permutation head split).
///
/// Semantics stay those of copies (the course's recorded outputs depend on it): the buffer is
/// shared through a `SharedStorage`, and every in-place write (`+=`, `assign`, subscript
/// assignment, `withUnsafeMutableBufferPointer`, optimizer steps, gradient accumulation)
/// first calls `makeStorageUnique()`, which gives the written tensor its own copy while another
/// tensor still reads the buffer. This is PyTorch's aliasing with copy-on-write in place of its
/// version counters: a view saved for backward can never see a later in-place change.
///
/// Why a slice of a tensor that requires grad is copied: the optimizer's in-place step on the
/// parameter would copy all of it while the slice (kept alive by the graph) shares its buffer.

/// A buffer shared by a tensor and its views; given back to the pool by the last one.
final class SharedStorage {
    let base: UnsafeMutablePointer<Float>
    let count: Int
    let limits: ComputeLimits?

    init(base: UnsafeMutablePointer<Float>, count: Int, limits: ComputeLimits?) {
        self.base = base
        self.count = count
        self.limits = limits
    }

    deinit {
        BufferPool.release(base, count: count)
        limits?.refund(count * MemoryLayout<Float>.stride)
    }
}

extension Tensor {
    /// The storage a view of this tensor joins; the first view moves the owned buffer into one.
    func sharedStorage() -> SharedStorage {
        if let storage { return storage }
        let s = SharedStorage(base: data, count: count, limits: limits)
        limits = nil
        storage = s
        return s
    }

    /// Before an in-place write: a tensor whose buffer another tensor still reads gets a copy
    /// of its own elements (copy-on-write); otherwise nothing happens.
    @inline(__always)
    func makeStorageUnique() {
        if storage != nil { copyIfShared() }
    }

    private func copyIfShared() {
        if isKnownUniquelyReferenced(&storage) { return }   // every other reader is gone
        let fresh = BufferPool.allocate(count)
        fresh.update(from: data, count: count)
        data = fresh
        storage = nil
        limits = Tensor.chargedLimits(count)
    }

    /// True while this tensor's buffer is shared with another tensor (for tests).
    var sharesStorage: Bool {
        guard storage != nil else { return false }
        return !isKnownUniquelyReferenced(&storage)
    }
}

/// Whether `strides` (of a selection of `shape`) walk one contiguous row-major run: each axis
/// longer than 1 steps over exactly the elements of the axes after it.
func isContiguousRun(shape: [Int], strides: [Int]) -> Bool {
    var expected = 1
    for d in stride(from: shape.count - 1, through: 0, by: -1) {
        if shape[d] != 1 && strides[d] != expected { return false }
        expected *= shape[d]
    }
    return true
}
