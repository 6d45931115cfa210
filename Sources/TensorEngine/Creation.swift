/// Creating tensors: constants, ranges, identity, one-hot, and random tensors (which take the
/// session's generator explicitly).
extension Tensor {
    /// A tensor of `shape` filled with `value`.
    public static func full(_ shape: [Int], _ value: Double, requiresGrad: Bool = false) throws -> Tensor {
        let t = filled(shape, count: try checkedCount(shape, op: "full"), Float(value))
        t.requiresGrad = requiresGrad
        return t
    }

    /// Zeros of `shape`.
    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) throws -> Tensor {
        try full(shape, 0, requiresGrad: requiresGrad)
    }

    /// Ones of `shape`.
    public static func ones(_ shape: [Int], requiresGrad: Bool = false) throws -> Tensor {
        try full(shape, 1, requiresGrad: requiresGrad)
    }

    /// Zeros of `other`'s shape.
    public static func zeros(like other: Tensor, requiresGrad: Bool = false) -> Tensor {
        let t = filled(other.shape, count: other.count, 0)
        t.requiresGrad = requiresGrad
        return t
    }

    /// Ones of `other`'s shape.
    public static func ones(like other: Tensor) -> Tensor { filled(other.shape, count: other.count, 1) }

    /// Uniform values in [0, 1).
    public static func rand(_ shape: [Int], using rng: RandomGenerator, requiresGrad: Bool = false) throws -> Tensor {
        let t = Tensor(uninitialized: shape, count: try checkedCount(shape, op: "rand"))
        for i in 0..<t.count { t.data[i] = rng.uniformFloat() }
        t.requiresGrad = requiresGrad
        return t
    }

    /// Uniform values in [low, high).
    public static func uniform(_ shape: [Int], low: Double, high: Double, using rng: RandomGenerator, requiresGrad: Bool = false) throws -> Tensor {
        let t = Tensor(uninitialized: shape, count: try checkedCount(shape, op: "uniform"))
        for i in 0..<t.count { t.data[i] = Float(low + (high - low) * rng.uniform()) }
        t.requiresGrad = requiresGrad
        return t
    }

    /// Standard normal values (mean 0, standard deviation 1).
    public static func randn(_ shape: [Int], using rng: RandomGenerator, requiresGrad: Bool = false) throws -> Tensor {
        let t = Tensor(uninitialized: shape, count: try checkedCount(shape, op: "randn"))
        rng.fillNormal(t.data, count: t.count)   // vectorised Box-Muller
        t.requiresGrad = requiresGrad
        return t
    }

    /// `start, start + step, ...` up to but excluding `end`.
    public static func arange(_ start: Double, _ end: Double, step: Double = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
            throw TensorError(.invalidArgument, "arange: step must be finite and non-zero, and the bounds finite")
        }
        // Counted as a Double first: (0, 1e300) would trap converting to Int.
        let steps = ((end - start) / step).rounded(.up)
        guard steps.isFinite, steps <= Double(maxElementCount) else {
            throw TensorError(.tooLarge, "arange: \(NumberFormatting.count(steps)) elements exceed the cap of \(maxElementCount)")
        }
        let n = steps > 0 ? Int(steps) : 0
        let t = Tensor(uninitialized: [n], count: n)
        for i in 0..<n { t.data[i] = Float(start + Double(i) * step) }
        return t
    }

    /// `count` evenly spaced values from `start` to `end`, both included.
    public static func linspace(_ start: Double, _ end: Double, count: Int) throws -> Tensor {
        let n = try checkedCount([count], op: "linspace")
        let t = Tensor(uninitialized: [n], count: n)
        let step = n > 1 ? (end - start) / Double(n - 1) : 0
        for i in 0..<n { t.data[i] = Float(i == n - 1 && n > 1 ? end : start + Double(i) * step) }
        return t
    }

    /// The n×n identity matrix.
    public static func eye(_ n: Int) throws -> Tensor {
        let t = filled([n, n], count: try checkedCount([n, n], op: "eye"), 0)
        for i in 0..<n { t.data[i * n + i] = 1 }
        return t
    }

    /// One-hot rows: for class indices of shape S, a tensor of shape S + [count] with a 1 at
    /// each index.
    public static func oneHot(_ indices: Tensor, count classes: Int) throws -> Tensor {
        let shape = indices.shape + [classes]
        let t = filled(shape, count: try checkedCount(shape, op: "oneHot"), 0)
        for i in 0..<indices.count {
            let c = try classIndex(indices.data[i], classes: classes, op: "oneHot")
            t.data[i * classes + c] = 1
        }
        return t
    }
}

/// A class index held as a Float, checked to be a whole number in `0..<classes`.
func classIndex(_ v: Float, classes: Int, op: String) throws -> Int {
    guard v.rounded() == v, v >= 0, v < Float(classes) else {
        throw TensorError(.indexOutOfRange, "\(op): class index \(v) is not a whole number in 0..<\(classes)")
    }
    return Int(v)
}

/// Counts for messages.
enum NumberFormatting {
    /// A whole number of elements as text: digits while they fit an Int, else e-notation.
    static func count(_ x: Double) -> String {
        Swift.abs(x) < 1e18 ? String(Int(x)) : "\(x)"
    }
}
