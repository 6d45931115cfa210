// `Tensor` (LANGUAGE.md §3 "Creating" and "Reading"): a reference to one of the engine's
// tensors. Every operation makes a fresh `Tensor` around the engine's fresh result; two
// `Tensor`s may share one engine tensor (`model.parameters()` called twice), which is
// harmless because all state — values, gradient, `requiresGrad` — lives in the engine's.

import TensorEngine

/// A block of 32-bit numbers with a shape, recording operations for autograd.
public final class Tensor {
    /// The engine's tensor this one stands for.
    let base: TensorEngine.Tensor

    init(_ base: TensorEngine.Tensor) {
        self.base = base
    }

    // MARK: Creating

    /// A scalar tensor (rank 0).
    public convenience init(_ value: Double, requiresGrad: Bool = false) {
        self.init(TensorEngine.Tensor(value, requiresGrad: requiresGrad))
    }

    /// A vector.
    public convenience init(_ values: [Double], requiresGrad: Bool = false) {
        self.init(TensorEngine.Tensor(values, requiresGrad: requiresGrad))
    }

    /// A matrix from its rows (they must all have the same length).
    public convenience init(_ rows: [[Double]], requiresGrad: Bool = false) {
        self.init(attempt { try TensorEngine.Tensor(rows, requiresGrad: requiresGrad) })
    }

    /// A rank-3 tensor from nested arrays.
    public convenience init(_ blocks: [[[Double]]], requiresGrad: Bool = false) {
        let rows = blocks.first?.count ?? 0, columns = blocks.first?.first?.count ?? 0
        guard blocks.allSatisfy({ $0.count == rows && $0.allSatisfy { $0.count == columns } }) else {
            fail("Tensor: the nested array is ragged: its rows must all have the same length (expected shape [\(blocks.count), \(rows), \(columns)])")
        }
        self.init(shape: [blocks.count, rows, columns], scalars: blocks.flatMap { $0.flatMap { $0 } }, requiresGrad: requiresGrad)
    }

    /// Whole numbers, as the interpreter takes them (`Tensor(labels)` for `labels: [Int]`).
    public convenience init(_ value: Int, requiresGrad: Bool = false) {
        self.init(Double(value), requiresGrad: requiresGrad)
    }

    public convenience init(_ values: [Int], requiresGrad: Bool = false) {
        self.init(values.map(Double.init), requiresGrad: requiresGrad)
    }

    public convenience init(_ rows: [[Int]], requiresGrad: Bool = false) {
        self.init(rows.map { $0.map(Double.init) }, requiresGrad: requiresGrad)
    }

    /// A copy of `other`'s values, recording nothing (`Tensor(t, requiresGrad: true)` starts a
    /// new leaf).
    public convenience init(_ other: Tensor, requiresGrad: Bool = false) {
        let copy = other.base.detached()
        copy.requiresGrad = requiresGrad
        self.init(copy)
    }

    /// `scalars` laid out row by row in `shape`.
    public convenience init(shape: [Int], scalars: [Double], requiresGrad: Bool = false) {
        self.init(attempt { try TensorEngine.Tensor(shape: shape, scalars: scalars, requiresGrad: requiresGrad) })
    }

    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        Tensor(attempt { try .zeros(shape, requiresGrad: requiresGrad) })
    }

    public static func zeros(like other: Tensor, requiresGrad: Bool = false) -> Tensor {
        Tensor(.zeros(like: other.base, requiresGrad: requiresGrad))
    }

    public static func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        Tensor(attempt { try .ones(shape, requiresGrad: requiresGrad) })
    }

    public static func ones(like other: Tensor) -> Tensor {
        Tensor(.ones(like: other.base))
    }

    public static func full(_ shape: [Int], _ value: Double, requiresGrad: Bool = false) -> Tensor {
        Tensor(attempt { try .full(shape, value, requiresGrad: requiresGrad) })
    }

    /// Uniform on [0, 1), one draw of the lesson's generator per element, in row-major order.
    public static func rand(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        let rng = LessonRandom.shared
        return randomTensor(shape, requiresGrad: requiresGrad, op: "rand") { values in
            for i in values.indices { values[i] = rng.nextFloat() }
        }
    }

    /// Standard normal: the pairs of uniforms the interpreter draws, in its order.
    public static func randn(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        let rng = LessonRandom.shared
        return randomTensor(shape, requiresGrad: requiresGrad, op: "randn") { values in
            NormalSampling.fillCosine(values) {
                var u1 = rng.nextDouble()
                while u1 <= 0 { u1 = rng.nextDouble() }
                return (u1, rng.nextDouble())
            }
        }
    }

    public static func arange(_ start: Double, _ end: Double, step: Double = 1) -> Tensor {
        Tensor(attempt { try .arange(start, end, step: step) })
    }

    public static func arange(_ end: Double) -> Tensor {
        Tensor(attempt { try .arange(0, end) })
    }

    public static func linspace(_ start: Double, _ end: Double, count: Int) -> Tensor {
        Tensor(attempt { try .linspace(start, end, count: count) })
    }

    public static func eye(_ n: Int) -> Tensor {
        Tensor(attempt { try .eye(n) })
    }

    public static func oneHot(_ indices: Tensor, count: Int) -> Tensor {
        Tensor(attempt { try .oneHot(indices.base, count: count) })
    }

    // MARK: Reading

    /// The size along each axis.
    public var shape: [Int] { base.shape }
    public var rank: Int { base.rank }
    public var count: Int { base.count }
    /// The one value of a one-element tensor.
    public var item: Double { attempt { try base.item } }
    /// All values, row by row.
    public var scalars: [Double] { base.scalars }
    /// The gradient: zeros of this tensor's shape until a backward pass adds to it.
    public var grad: Tensor { Tensor(base.grad) }
    public var requiresGrad: Bool {
        get { base.requiresGrad }
        set { base.requiresGrad = newValue }
    }
    /// The transpose of a matrix.
    public var T: Tensor { Tensor(attempt { try base.T }) }
}

extension Tensor: CustomStringConvertible, CustomDebugStringConvertible {
    /// The engine's PyTorch-like text, as `print(t)` shows it in a lesson.
    public var description: String { base.description }
    public var debugDescription: String { base.description }
}

/// A tensor of `shape` whose values `fill` writes in row-major order; the shape is checked
/// as the interpreter checks it.
func randomTensor(_ shape: [Int], requiresGrad: Bool, op: String, fill: (UnsafeMutableBufferPointer<Float>) -> Void) -> Tensor {
    var count = 1
    for n in shape {
        guard n >= 0 else { fail("\(op): shape \(shapeText(shape)) has a negative size") }
        let (c, overflow) = count.multipliedReportingOverflow(by: n)
        guard !overflow, c <= TensorEngine.Tensor.maxElementCount else {
            fail("\(op): shape \(shapeText(shape)) has more than \(TensorEngine.Tensor.maxElementCount) elements")
        }
        count = c
    }
    var values = [Float](repeating: 0, count: count)
    values.withUnsafeMutableBufferPointer { fill($0) }
    return Tensor(attempt { try TensorEngine.Tensor(shape: shape, scalars: values, requiresGrad: requiresGrad) })
}

/// `[2, 3]` as the messages write shapes.
func shapeText(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
}
