// How the language holds a tensor, and turning argument values into tensors.
//
// A tensor value is a `TensorObject`: a `NativeObject` subclass with the engine's `Tensor`
// stored inline, so unwrapping is one class check and one load (no dictionary, no generic
// box). Every op makes a fresh wrapper around the engine's fresh result; two wrappers may
// share one `Tensor` (`model.parameters()` called twice), which is harmless because all state
// lives in the `Tensor`.

import Script
import TensorEngine

/// A tensor as a value of the lesson language.
final class TensorObject: NativeObject {
    let tensor: Tensor

    init(_ tensor: Tensor, type: NativeType) {
        self.tensor = tensor
        super.init(type: type)
    }
}

extension Prelude {
    /// A tensor as a language value.
    @inline(__always)
    func wrap(_ t: Tensor) -> Value {
        .native(TensorObject(t, type: tensorType))
    }

    /// Tensors as a language array.
    func wrap(_ ts: [Tensor]) -> Value {
        .array(ts.map { wrap($0) })
    }
}

/// The tensor a value holds, when it is a tensor.
@inline(__always)
func tensorOf(_ v: Value) -> Tensor? {
    // One compare of the object's class (TensorObject is final), no dynamic cast.
    if case .native(let n) = v, type(of: n) == TensorObject.self { return unsafeDowncast(n, to: TensorObject.self).tensor }
    return nil
}

/// The tensor argument, or swiftc's "cannot convert" error.
@inline(__always)
func tensorArgument(_ v: Value) throws -> Tensor {
    if let t = tensorOf(v) { return t }
    throw ScriptError.typeMismatch(expected: "Tensor", actual: v)
}

/// A tensor, or something that reads as one: a number (a scalar tensor) or a nested array
/// of numbers. Used where the library takes "a tensor or values".
func tensorLike(_ v: Value, op: String = "Tensor") throws -> Tensor {
    if let t = tensorOf(v) { return t }
    switch v {
    case .int(let i): return Tensor(Double(i))
    case .double(let d): return Tensor(d)
    case .array: return try tensorFromNested(v, op: op)
    default: throw ScriptError.typeMismatch(expected: "Tensor", actual: v)
    }
}

/// `[[1, 2], [3, 4]]` (any depth, Int, Double or Bool elements) as a tensor of shape [2, 2].
func tensorFromNested(_ v: Value, op: String = "Tensor") throws -> Tensor {
    var shape: [Int] = []
    var cursor = v
    while case .array(let a) = cursor {
        shape.append(a.count)
        guard let first = a.first else { break }
        cursor = first
    }
    var count = 1
    for n in shape {
        let (c, overflow) = count.multipliedReportingOverflow(by: n)
        guard !overflow, c <= Tensor.maxElementCount else { throw ScriptError("\(op): too many elements") }
        count = c
    }
    var flat: [Float] = []
    flat.reserveCapacity(count)
    func walk(_ v: Value, _ depth: Int) throws {
        if depth == shape.count {
            switch v {
            case .double(let d): flat.append(Float(d))
            case .int(let i): flat.append(Float(i))
            case .bool(let b): flat.append(b ? 1 : 0)
            case .array: throw ScriptError("\(op): the nested array is ragged: its rows must all have the same length (expected shape \(shapeText(shape)))")
            default:
                if let t = tensorOf(v), t.count == 1 { flat.append(t.floats[0]); return }
                throw ScriptError("\(op): elements must be numbers, not '\(v.typeName)'")
            }
            return
        }
        guard case .array(let a) = v, a.count == shape[depth] else {
            throw ScriptError("\(op): the nested array is ragged: its rows must all have the same length (expected shape \(shapeText(shape)))")
        }
        for e in a { try walk(e, depth + 1) }
    }
    try walk(v, 0)
    return try translatingErrors { try Tensor(shape: shape, scalars: flat) }
}

/// `[2, 3]` as the messages write shapes.
func shapeText(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
}

/// A shape argument: `[2, 3]`, or a lone `3` for `[3]`.
func shapeArgument(_ v: Value) throws -> [Int] {
    if case .int(let n) = v { return [n] }
    do { return try v.asIntArray() } catch { throw ScriptError.typeMismatch(expected: "[Int]", actual: v) }
}

/// An array of tensors (`model.parameters()`, `[w, b]`, `[a, b]` for `concat`).
func tensorArray(_ v: Value, what: String = "[Tensor]") throws -> [Tensor] {
    guard case .array(let a) = v else {
        if let t = tensorOf(v) { return [t] }
        throw ScriptError.typeMismatch(expected: what, actual: v)
    }
    return try a.map { e in
        guard let t = tensorOf(e) else { throw ScriptError.typeMismatch(expected: what, actual: v) }
        return t
    }
}

/// A sequence of numbers for a chart or a table: `[Double]`, `[Int]` or a tensor (1-D, or
/// any tensor with one non-trivial axis such as [N, 1]).
func numbers(_ v: Value, what: String = "[Double]") throws -> [Double] {
    if let t = tensorOf(v) {
        guard t.shape.filter({ $0 != 1 }).count <= 1 else {
            throw ScriptError("expected a 1-D tensor or [Double], got a tensor of shape \(shapeText(t.shape))")
        }
        return t.scalars
    }
    do { return try v.asDoubleArray() } catch { throw ScriptError.typeMismatch(expected: what, actual: v) }
}

/// A 2-D grid of numbers: `[[Double]]` or a 2-D tensor.
func grid(_ v: Value) throws -> [[Double]] {
    if let t = tensorOf(v) {
        guard t.rank == 2 else {
            throw ScriptError("expected a 2-D tensor or [[Double]], got a tensor of shape \(shapeText(t.shape))")
        }
        return try translatingErrors { try t.rows() }
    }
    if case .array(let rows) = v, rows.contains(where: { tensorOf($0) != nil }) {
        return try rows.map { try numbers($0) }
    }
    return try v.asDoubleMatrix()
}
