import Foundation

/// `+ - * /` with broadcasting (tensor with tensor, or with a number on either side), unary
/// minus, `pow`, the 0/1 comparisons, and the in-place updates; each forward beside its backward.
extension Tensor {
    // MARK: Tensor with tensor

    /// Element-wise sum with broadcasting.
    public static func + (a: Tensor, b: Tensor) throws -> Tensor {
        let out = try elementwise(a, b, AddKernel(), op: "+")
        if recording(a, b) { out.record([a, b]) { g, _ in a.addGrad(g); b.addGrad(g) } }
        return out
    }

    /// Element-wise difference with broadcasting.
    public static func - (a: Tensor, b: Tensor) throws -> Tensor {
        let out = try elementwise(a, b, SubKernel(), op: "-")
        if recording(a, b) { out.record([a, b]) { g, _ in a.addGrad(g); b.addGrad(owned: -g) } }
        return out
    }

    /// Element-wise product with broadcasting.
    public static func * (a: Tensor, b: Tensor) throws -> Tensor {
        let out = try elementwise(a, b, MulKernel(), op: "*")
        if recording(a, b) {
            out.record([a, b]) { g, _ in
                if a.requiresGrad { a.addGrad(owned: try g * b) }
                if b.requiresGrad { b.addGrad(owned: try g * a) }
            }
        }
        return out
    }

    /// Element-wise quotient with broadcasting (0/0 is NaN, x/0 is ±inf, as IEEE says).
    public static func / (a: Tensor, b: Tensor) throws -> Tensor {
        let out = try elementwise(a, b, DivKernel(), op: "/")
        if recording(a, b) {
            out.record([a, b]) { g, out in
                if a.requiresGrad { a.addGrad(owned: try g / b) }            // d(a/b)/da = 1/b
                if b.requiresGrad { b.addGrad(owned: try -(g * out) / b) }   // d(a/b)/db = -(a/b)/b
            }
        }
        return out
    }

    // MARK: Tensor with number

    /// Adds a number to every element.
    public static func + (a: Tensor, s: Double) -> Tensor {
        let out = elementwise(a, scalar: Float(s), AddKernel())
        if recording(a) { out.record([a]) { g, _ in a.addGrad(g) } }
        return out
    }

    /// Adds a number to every element.
    public static func + (s: Double, a: Tensor) -> Tensor { a + s }

    /// Subtracts a number from every element.
    public static func - (a: Tensor, s: Double) -> Tensor { a + (-s) }

    /// A number minus every element.
    public static func - (s: Double, a: Tensor) -> Tensor {
        let out = elementwise(scalar: Float(s), a, SubKernel())
        if recording(a) { out.record([a]) { g, _ in a.addGrad(owned: -g) } }
        return out
    }

    /// Multiplies every element by a number.
    public static func * (a: Tensor, s: Double) -> Tensor {
        let out = elementwise(a, scalar: Float(s), MulKernel())
        if recording(a) { out.record([a]) { g, _ in a.addGrad(owned: g * s) } }
        return out
    }

    /// Multiplies every element by a number.
    public static func * (s: Double, a: Tensor) -> Tensor { a * s }

    /// Divides every element by a number.
    public static func / (a: Tensor, s: Double) -> Tensor {
        let out = elementwise(a, scalar: Float(s), DivKernel())
        if recording(a) { out.record([a]) { g, _ in a.addGrad(owned: g / s) } }
        return out
    }

    /// A number divided by every element.
    public static func / (s: Double, a: Tensor) -> Tensor {
        let out = elementwise(scalar: Float(s), a, DivKernel())
        // d(s/a)/da = -s/a² = -out/a
        if recording(a) { out.record([a]) { g, out in a.addGrad(owned: try -(g * out) / a) } }
        return out
    }

    /// Every element negated.
    public static prefix func - (a: Tensor) -> Tensor {
        let out = elementwise(a, scalar: -1, MulKernel())
        if recording(a) { out.record([a]) { g, _ in a.addGrad(owned: -g) } }
        return out
    }

    // MARK: In-place updates

    /// Refuses an in-place update that would silently corrupt autograd (LANGUAGE.md §3);
    /// otherwise readies the buffer for the write (a view's shared buffer is copied first).
    private func checkInPlace(_ op: String) throws {
        if requiresGrad && GradMode.isEnabled {
            throw TensorError(.inPlaceOnRequiresGrad, "\(op): cannot update a tensor that requires grad in place while gradients are recorded; do it inside noGrad { ... } (for example noGrad { w -= lr * w.grad })")
        }
        makeStorageUnique()
    }

    /// Updates `a` in place with `k(a, b)`; `b` must broadcast to `a`'s shape.
    private static func update<K: BinaryKernel>(_ a: Tensor, _ b: Tensor, _ k: K, op: String) throws {
        try a.checkInPlace(op)
        let shape = try broadcastShapes(a.shape, b.shape, op: op)
        guard shape == a.shape else {
            throw TensorError.shapeMismatch(op, a.shape, b.shape, "an in-place update cannot change the left operand's shape")
        }
        _ = try elementwise(a, b, k, op: op, into: a)
    }

    /// In-place `a = a + b` (on a tensor that requires grad: only inside `noGrad`).
    public static func += (a: Tensor, b: Tensor) throws { try update(a, b, AddKernel(), op: "+=") }
    /// In-place `a = a - b` (on a tensor that requires grad: only inside `noGrad`).
    public static func -= (a: Tensor, b: Tensor) throws { try update(a, b, SubKernel(), op: "-=") }
    /// In-place `a = a * b` (on a tensor that requires grad: only inside `noGrad`).
    public static func *= (a: Tensor, b: Tensor) throws { try update(a, b, MulKernel(), op: "*=") }
    /// In-place `a = a / b` (on a tensor that requires grad: only inside `noGrad`).
    public static func /= (a: Tensor, b: Tensor) throws { try update(a, b, DivKernel(), op: "/=") }

    /// In-place `a = a + s`.
    public static func += (a: Tensor, s: Double) throws { try a.checkInPlace("+="); _ = elementwise(a, scalar: Float(s), AddKernel(), into: a) }
    /// In-place `a = a - s`.
    public static func -= (a: Tensor, s: Double) throws { try a.checkInPlace("-="); _ = elementwise(a, scalar: Float(s), SubKernel(), into: a) }
    /// In-place `a = a * s`.
    public static func *= (a: Tensor, s: Double) throws { try a.checkInPlace("*="); _ = elementwise(a, scalar: Float(s), MulKernel(), into: a) }
    /// In-place `a = a / s`.
    public static func /= (a: Tensor, s: Double) throws { try a.checkInPlace("/="); _ = elementwise(a, scalar: Float(s), DivKernel(), into: a) }

    /// Overwrites every element with `b`'s (broadcast to this shape), under the in-place rule.
    public func assign(_ b: Tensor) throws { try Tensor.update(self, b, SecondKernel(), op: "assign") }
}

// MARK: Powers

/// `t` raised to the power `p`, element-wise.
public func pow(_ t: Tensor, _ p: Double) -> Tensor {
    t.applying(PowScalarFunction(p: Float(p)))
}

/// `a` raised to the power `b`, element-wise with broadcasting.
public func pow(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let out = try Tensor.elementwise(a, b, PowKernel(), op: "pow")
    if Tensor.recording(a, b) {
        out.record([a, b]) { g, out in
            if a.requiresGrad { a.addGrad(owned: try g * b * pow(a, try b - 1)) }  // b·a^(b-1)
            if b.requiresGrad { b.addGrad(owned: try g * out * log(a)) }           // a^b·ln a
        }
    }
    return out
}

struct PowKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { powf(a, b) } }

// MARK: Comparisons (0/1 tensors, no gradient)

struct EqualKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a == b ? 1 : 0 } }
struct NotEqualKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a != b ? 1 : 0 } }
struct LessKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a < b ? 1 : 0 } }
struct LessEqualKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a <= b ? 1 : 0 } }
struct GreaterKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a > b ? 1 : 0 } }
struct GreaterEqualKernel: BinaryKernel { @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a >= b ? 1 : 0 } }

extension Tensor {
    /// 1 where the elements are equal, else 0 (broadcasting).
    public static func .== (a: Tensor, b: Tensor) throws -> Tensor { try elementwise(a, b, EqualKernel(), op: ".==") }
    /// 1 where the elements differ, else 0 (broadcasting).
    public static func .!= (a: Tensor, b: Tensor) throws -> Tensor { try elementwise(a, b, NotEqualKernel(), op: ".!=") }
    /// 1 where `a < b`, else 0 (broadcasting).
    public static func .< (a: Tensor, b: Tensor) throws -> Tensor { try elementwise(a, b, LessKernel(), op: ".<") }
    /// 1 where `a <= b`, else 0 (broadcasting).
    public static func .<= (a: Tensor, b: Tensor) throws -> Tensor { try elementwise(a, b, LessEqualKernel(), op: ".<=") }
    /// 1 where `a > b`, else 0 (broadcasting).
    public static func .> (a: Tensor, b: Tensor) throws -> Tensor { try elementwise(a, b, GreaterKernel(), op: ".>") }
    /// 1 where `a >= b`, else 0 (broadcasting).
    public static func .>= (a: Tensor, b: Tensor) throws -> Tensor { try elementwise(a, b, GreaterEqualKernel(), op: ".>=") }

    /// 1 where the element equals `s`, else 0.
    public static func .== (a: Tensor, s: Double) -> Tensor { elementwise(a, scalar: Float(s), EqualKernel()) }
    /// 1 where the element differs from `s`, else 0.
    public static func .!= (a: Tensor, s: Double) -> Tensor { elementwise(a, scalar: Float(s), NotEqualKernel()) }
    /// 1 where the element is below `s`, else 0.
    public static func .< (a: Tensor, s: Double) -> Tensor { elementwise(a, scalar: Float(s), LessKernel()) }
    /// 1 where the element is at most `s`, else 0.
    public static func .<= (a: Tensor, s: Double) -> Tensor { elementwise(a, scalar: Float(s), LessEqualKernel()) }
    /// 1 where the element is above `s`, else 0.
    public static func .> (a: Tensor, s: Double) -> Tensor { elementwise(a, scalar: Float(s), GreaterKernel()) }
    /// 1 where the element is at least `s`, else 0.
    public static func .>= (a: Tensor, s: Double) -> Tensor { elementwise(a, scalar: Float(s), GreaterEqualKernel()) }

    /// 1 where `s` equals the element, else 0.
    public static func .== (s: Double, a: Tensor) -> Tensor { a .== s }
    /// 1 where `s` differs from the element, else 0.
    public static func .!= (s: Double, a: Tensor) -> Tensor { a .!= s }
    /// 1 where `s` is below the element, else 0.
    public static func .< (s: Double, a: Tensor) -> Tensor { a .> s }
    /// 1 where `s` is at most the element, else 0.
    public static func .<= (s: Double, a: Tensor) -> Tensor { a .>= s }
    /// 1 where `s` is above the element, else 0.
    public static func .> (s: Double, a: Tensor) -> Tensor { a .< s }
    /// 1 where `s` is at least the element, else 0.
    public static func .>= (s: Double, a: Tensor) -> Tensor { a .<= s }
}
