/// A multi-dimensional array of `Float` with reverse-mode autograd (LANGUAGE.md §3).
///
/// Representation, chosen for small-op speed: the shape is an `[Int]` (often shared with an
/// operand's, so no allocation), the elements are one contiguous row-major run, so kernels are
/// plain loops over pointers. Usually the run is a buffer this object owns; a contiguous view
/// (reshape, a slice of whole rows, unbind: Views.swift) reads a run inside another tensor's
/// buffer, shared through `storage`, with copy-on-write: an in-place write to either side first
/// gives it its own copy, so views never change what a program computes, only what it copies.
/// The autograd node (parents and the backward closure) is stored inline and stays empty when
/// nothing requires grad.
public final class Tensor {
    /// The size of each axis, outermost first; `[]` for a scalar tensor.
    public let shape: [Int]
    /// The number of elements (the product of `shape`).
    public let count: Int
    /// The elements, row-major: a buffer taken from `BufferPool` and given back in `deinit`, or,
    /// when `storage` is set, a run inside the buffer it holds. Changes only when an in-place
    /// write gives a tensor that shares its buffer a copy of its own (`makeStorageUnique`).
    var data: UnsafeMutablePointer<Float>
    /// The buffer shared with views, once one exists (nil: `data` is this tensor's alone).
    var storage: SharedStorage?

    /// Whether `backward()` should compute a gradient for this tensor.
    public var requiresGrad: Bool
    /// The accumulated gradient, nil until a backward pass adds to it (read through `grad`).
    var storedGrad: Tensor?
    /// Whether `storedGrad` belongs to this tensor alone, so that autograd may add into it in
    /// place (false while it is a gradient shared with another node; see `accumulateGrad`).
    var gradOwned = true
    /// The operands this tensor was computed from, when it was recorded for autograd.
    var parents: [Tensor] = []
    /// Passes the gradient of this tensor (first argument) back to `parents`; the second argument
    /// is this tensor itself, passed in so that closures need not capture (and retain) it.
    var backwardFn: ((Tensor, Tensor) throws -> Void)?
    /// Scratch mark for the topological sort in `backward()`.
    var visited = false
    /// The limits a large tensor's storage is counted against (nil for small tensors, views,
    /// and tensors whose buffer moved into a `SharedStorage`, which then refunds them).
    var limits: ComputeLimits?

    /// The largest number of elements a tensor may have (2^28, 1 GiB of Float32): a runaway
    /// shape becomes an error rather than exhausting memory.
    public static let maxElementCount = 1 << 28

    /// An uninitialised tensor; `count` must be the product of `shape`. Internal: kernels fill it.
    init(uninitialized shape: [Int], count: Int) {
        self.shape = shape
        self.count = count
        self.data = BufferPool.allocate(count)
        self.requiresGrad = false
        self.limits = Tensor.chargedLimits(count)
    }

    /// A view: `count` elements of `base`'s buffer from `offset`, read as `shape` (Views.swift).
    init(viewOf base: Tensor, offset: Int, shape: [Int], count: Int) {
        self.shape = shape
        self.count = count
        self.storage = base.sharedStorage()
        self.data = base.data + offset
        self.requiresGrad = false
        self.limits = nil
    }

    /// The limits a fresh buffer of `count` floats is charged to (nil: small, or no limits).
    @inline(__always)
    static func chargedLimits(_ count: Int) -> ComputeLimits? {
        guard count >= ComputeLimits.countedBytes / MemoryLayout<Float>.stride, let limits = ComputeLimits.current else { return nil }
        limits.charge(count * MemoryLayout<Float>.stride)
        return limits
    }

    /// An uninitialised tensor of `shape` (internal; the caller has checked the size).
    convenience init(uninitialized shape: [Int]) {
        self.init(uninitialized: shape, count: shape.reduce(1, *))
    }

    deinit {
        // A shared buffer goes back with its last reader (SharedStorage's deinit).
        guard storage == nil else { return }
        BufferPool.release(data, count: count)
        limits?.refund(count * MemoryLayout<Float>.stride)
    }

    /// A tensor of the given shape holding `scalars` in row-major order.
    public convenience init(shape: [Int], scalars: [Float], requiresGrad: Bool = false) throws {
        let n = try checkedCount(shape, op: "Tensor(shape:scalars:)")
        guard n == scalars.count else {
            throw TensorError(.invalidShape, "Tensor: shape \(shapeText(shape)) needs \(n) values, got \(scalars.count)")
        }
        self.init(uninitialized: shape, count: n)
        scalars.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: n) }
        self.requiresGrad = requiresGrad
    }

    /// A tensor of the given shape holding `scalars` (converted to Float) in row-major order.
    public convenience init(shape: [Int], scalars: [Double], requiresGrad: Bool = false) throws {
        try self.init(shape: shape, scalars: scalars.map { Float($0) }, requiresGrad: requiresGrad)
    }

    /// A scalar (rank-0) tensor.
    public convenience init(_ value: Double, requiresGrad: Bool = false) {
        self.init(uninitialized: [], count: 1)
        data[0] = Float(value)
        self.requiresGrad = requiresGrad
    }

    /// A 1-D tensor.
    public convenience init(_ values: [Double], requiresGrad: Bool = false) {
        self.init(uninitialized: [values.count], count: values.count)
        for i in 0..<values.count { data[i] = Float(values[i]) }
        self.requiresGrad = requiresGrad
    }

    /// A 2-D tensor from rows of equal length.
    public convenience init(_ rows: [[Double]], requiresGrad: Bool = false) throws {
        let columns = rows.first?.count ?? 0
        if let bad = rows.firstIndex(where: { $0.count != columns }) {
            throw TensorError(.invalidShape, "Tensor: row \(bad) has \(rows[bad].count) values, row 0 has \(columns)")
        }
        try self.init(shape: [rows.count, columns], scalars: rows.flatMap { $0 }, requiresGrad: requiresGrad)
    }

    // MARK: Reading

    /// The number of axes.
    public var rank: Int { shape.count }

    /// The only element, as a Double; an error unless the tensor has exactly one element.
    public var item: Double {
        get throws {
            guard count == 1 else {
                throw TensorError(.notAScalar, "item: the tensor has shape \(shapeText(shape)) (\(count) elements); item needs exactly one element")
            }
            return Double(data[0])
        }
    }

    /// All elements as Doubles, row-major.
    public var scalars: [Double] {
        (0..<count).map { Double(data[$0]) }
    }

    /// All elements as Floats, row-major.
    public var floats: [Float] {
        Array(UnsafeBufferPointer(start: data, count: count))
    }

    /// Direct read access to the elements, for kernels outside this module (layers, plots).
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: data, count: count))
    }

    /// Direct write access to the elements; it bypasses autograd, so use it only on fresh
    /// tensors or inside `noGrad`.
    public func withUnsafeMutableBufferPointer<R>(_ body: (UnsafeMutableBufferPointer<Float>) throws -> R) rethrows -> R {
        makeStorageUnique()
        return try body(UnsafeMutableBufferPointer(start: data, count: count))
    }

    /// The gradient: zeros of this tensor's shape until a backward pass adds to it.
    public var grad: Tensor {
        get {
            if let g = storedGrad { return g }
            let g = Tensor.filled(shape, count: count, 0)
            storedGrad = g
            gradOwned = true
            return g
        }
        set { storedGrad = newValue; gradOwned = true }
    }

    /// The gradient if a backward pass has produced one (nil otherwise).
    public var gradIfPresent: Tensor? { storedGrad }

    /// True for a tensor not computed by a recorded operation (a parameter or an input).
    public var isLeaf: Bool { backwardFn == nil }

    /// A copy that shares nothing and records nothing.
    public func detached() -> Tensor {
        let out = Tensor(uninitialized: shape, count: count)
        out.data.update(from: data, count: count)
        return out
    }

    /// A fresh tensor of `shape` with every element `value` (internal; no size check).
    static func filled(_ shape: [Int], count: Int, _ value: Float) -> Tensor {
        let out = Tensor(uninitialized: shape, count: count)
        let p = out.data
        ParallelKernels.forEachRange(count) { r in (p + r.lowerBound).initialize(repeating: value, count: r.count) }
        return out
    }
}

/// The element count of `shape`, or an error for a negative axis or a tensor over the size cap.
///
/// The cap bounds the product of the non-zero sizes, not just the element count, so that a
/// tensor with an empty axis (`[0, 1 << 62, 1 << 62]`) cannot carry sizes whose partial
/// products overflow later, in the strides and loops of kernels that multiply sizes
/// unchecked. Every tensor's shape passes through here, which makes that a shape invariant.
func checkedCount(_ shape: [Int], op: String) throws -> Int {
    var n = 1, nonZero = 1
    for d in shape {
        guard d >= 0 else {
            throw TensorError(.invalidShape, "\(op): shape \(shapeText(shape)) has a negative size")
        }
        if d == 0 { n = 0; continue }
        let (p, overflow) = nonZero.multipliedReportingOverflow(by: d)
        guard !overflow, p <= Tensor.maxElementCount else {
            throw TensorError(.tooLarge, "\(op): shape \(shapeText(shape)) has more than \(Tensor.maxElementCount) elements, the cap on a tensor's size")
        }
        nonZero = p
    }
    let count = n == 0 ? 0 : nonZero
    if count >= ComputeLimits.countedBytes / MemoryLayout<Float>.stride, let limits = ComputeLimits.current {
        try limits.check(count: count, shape: shape, op: op)
    }
    return count
}

/// `a · b`, or a `tooLarge` error naming `what` when the product overflows `Int` or passes
/// the tensor size cap: for sizes computed from user-given geometry (padding, kernel, stride)
/// before they become a shape.
func checkedProduct(_ a: Int, _ b: Int, op: String, what: @autoclosure () -> String) throws -> Int {
    let (p, overflow) = a.multipliedReportingOverflow(by: b)
    guard !overflow, p <= Tensor.maxElementCount else {
        throw TensorError(.tooLarge, "\(op): \(what()) would have more than \(Tensor.maxElementCount) elements, the cap on a tensor's size")
    }
    return p
}
