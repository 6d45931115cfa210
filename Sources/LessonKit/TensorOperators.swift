// Operators on tensors (LANGUAGE.md §3 "Arithmetic", "Indexing", "Autograd"): `+ - * /`
// with a tensor or a `Double` on either side, unary `-`, the pointwise comparisons
// `.== .!= .< .<= .> .>=` (declared by the standard library for SIMD types), compound
// assignment in place (also on a `let`: a tensor is a reference), and subscripts.

import TensorEngine

extension Tensor {
    public static func + (a: Tensor, b: Tensor) -> Tensor { Tensor(attempt { try a.base + b.base }) }
    public static func - (a: Tensor, b: Tensor) -> Tensor { Tensor(attempt { try a.base - b.base }) }
    public static func * (a: Tensor, b: Tensor) -> Tensor { Tensor(attempt { try a.base * b.base }) }
    public static func / (a: Tensor, b: Tensor) -> Tensor { Tensor(attempt { try a.base / b.base }) }
    public static func + (a: Tensor, s: Double) -> Tensor { Tensor(a.base + s) }
    public static func - (a: Tensor, s: Double) -> Tensor { Tensor(a.base - s) }
    public static func * (a: Tensor, s: Double) -> Tensor { Tensor(a.base * s) }
    public static func / (a: Tensor, s: Double) -> Tensor { Tensor(a.base / s) }
    public static func + (s: Double, a: Tensor) -> Tensor { Tensor(s + a.base) }
    public static func - (s: Double, a: Tensor) -> Tensor { Tensor(s - a.base) }
    public static func * (s: Double, a: Tensor) -> Tensor { Tensor(s * a.base) }
    public static func / (s: Double, a: Tensor) -> Tensor { Tensor(s / a.base) }
    public static prefix func - (a: Tensor) -> Tensor { Tensor(-a.base) }

    public static func .== (a: Tensor, b: Tensor) -> Tensor { Tensor(attempt { try a.base .== b.base }) }
    public static func .!= (a: Tensor, b: Tensor) -> Tensor { Tensor(attempt { try a.base .!= b.base }) }
    public static func .< (a: Tensor, b: Tensor) -> Tensor { Tensor(attempt { try a.base .< b.base }) }
    public static func .<= (a: Tensor, b: Tensor) -> Tensor { Tensor(attempt { try a.base .<= b.base }) }
    public static func .> (a: Tensor, b: Tensor) -> Tensor { Tensor(attempt { try a.base .> b.base }) }
    public static func .>= (a: Tensor, b: Tensor) -> Tensor { Tensor(attempt { try a.base .>= b.base }) }
    public static func .== (a: Tensor, s: Double) -> Tensor { Tensor(a.base .== s) }
    public static func .!= (a: Tensor, s: Double) -> Tensor { Tensor(a.base .!= s) }
    public static func .< (a: Tensor, s: Double) -> Tensor { Tensor(a.base .< s) }
    public static func .<= (a: Tensor, s: Double) -> Tensor { Tensor(a.base .<= s) }
    public static func .> (a: Tensor, s: Double) -> Tensor { Tensor(a.base .> s) }
    public static func .>= (a: Tensor, s: Double) -> Tensor { Tensor(a.base .>= s) }
    public static func .== (s: Double, a: Tensor) -> Tensor { Tensor(s .== a.base) }
    public static func .!= (s: Double, a: Tensor) -> Tensor { Tensor(s .!= a.base) }
    public static func .< (s: Double, a: Tensor) -> Tensor { Tensor(s .< a.base) }
    public static func .<= (s: Double, a: Tensor) -> Tensor { Tensor(s .<= a.base) }
    public static func .> (s: Double, a: Tensor) -> Tensor { Tensor(s .> a.base) }
    public static func .>= (s: Double, a: Tensor) -> Tensor { Tensor(s .>= a.base) }

    // `w -= lr * w.grad`: in place, the tensor keeps its identity (the engine refuses it on a
    // tensor that requires grad outside `noGrad`, with a message that says so).
    public static func += (a: Tensor, b: Tensor) { attempt { try a.base += b.base } }
    public static func -= (a: Tensor, b: Tensor) { attempt { try a.base -= b.base } }
    public static func *= (a: Tensor, b: Tensor) { attempt { try a.base *= b.base } }
    public static func /= (a: Tensor, b: Tensor) { attempt { try a.base /= b.base } }
    public static func += (a: Tensor, s: Double) { attempt { try a.base += s } }
    public static func -= (a: Tensor, s: Double) { attempt { try a.base -= s } }
    public static func *= (a: Tensor, s: Double) { attempt { try a.base *= s } }
    public static func /= (a: Tensor, s: Double) { attempt { try a.base /= s } }

    /// `t[i]`, `t[i, j]`, `t[0..<2]`, `t[1...]`, `t[..<3]`; negative indices count from the
    /// end. Assigning writes in place.
    public subscript(_ indices: TensorSubscript...) -> Tensor {
        get { Tensor(attempt { try base.indexed(indices.map(\.tensorIndex)) }) }
        set { attempt { try base.setIndexed(indices.map(\.tensorIndex), to: newValue.base) } }
    }

    /// `t[..., 0]`, `xy[..., 0..<8]`: `...` is all of the first axis.
    public subscript(_ all: UnboundedRange, _ rest: TensorSubscript...) -> Tensor {
        get { Tensor(attempt { try base.indexed([.all] + rest.map(\.tensorIndex)) }) }
        set { attempt { try base.setIndexed([.all] + rest.map(\.tensorIndex), to: newValue.base) } }
    }
}

/// What may stand in a tensor subscript: an `Int` or a range of `Int`s.
public protocol TensorSubscript {
    /// The engine's form of this index.
    var tensorIndex: TensorIndex { get }
}

extension Int: TensorSubscript {
    public var tensorIndex: TensorIndex { .index(self) }
}

extension Range: TensorSubscript where Bound == Int {
    public var tensorIndex: TensorIndex { .range(lower: lowerBound, upper: upperBound, closed: false) }
}

extension ClosedRange: TensorSubscript where Bound == Int {
    public var tensorIndex: TensorIndex { .range(lower: lowerBound, upper: upperBound, closed: true) }
}

extension PartialRangeFrom: TensorSubscript where Bound == Int {
    public var tensorIndex: TensorIndex { .range(lower: lowerBound, upper: nil, closed: false) }
}

extension PartialRangeUpTo: TensorSubscript where Bound == Int {
    public var tensorIndex: TensorIndex { .range(lower: nil, upper: upperBound, closed: false) }
}

extension PartialRangeThrough: TensorSubscript where Bound == Int {
    public var tensorIndex: TensorIndex { .range(lower: nil, upper: upperBound, closed: true) }
}
