// Methods of a tensor (LANGUAGE.md §3 "Methods" and "Autograd"): shape changes,
// reductions, `abs()`, `matmul`, `backward`, `zeroGrad`.

import TensorEngine

extension Tensor {
    public func transposed() -> Tensor { T }
    public func transposed(_ a: Int, _ b: Int) -> Tensor { Tensor(attempt { try base.transposed(a, b) }) }
    /// `reshaped([2, 3])`; one axis may be `-1`.
    public func reshaped(_ shape: [Int]) -> Tensor { Tensor(attempt { try base.reshaped(shape) }) }
    /// `reshaped(2, 3)`.
    public func reshaped(_ shape: Int...) -> Tensor { reshaped(shape) }
    public func permuted(_ order: [Int]) -> Tensor { Tensor(attempt { try base.permuted(order) }) }
    public func flattened() -> Tensor { Tensor(base.flattened()) }
    public func squeezed() -> Tensor { Tensor(base.squeezed()) }
    public func squeezed(axis: Int) -> Tensor { Tensor(attempt { try base.squeezed(axis: axis) }) }
    public func unsqueezed(axis: Int) -> Tensor { Tensor(attempt { try base.unsqueezed(axis: axis) }) }
    /// The same values, cut off from the recorded computation.
    public func detached() -> Tensor { Tensor(base.detached()) }
    public func norm() -> Tensor { Tensor(base.norm()) }
    /// `abs(t)` as a method.
    public func abs() -> Tensor { Tensor(TensorEngine.abs(base)) }
    public func matmul(_ other: Tensor) -> Tensor { Tensor(attempt { try base.matmul(other.base) }) }
    public func clamped(min: Double? = nil, max: Double? = nil) -> Tensor { Tensor(base.clamped(min: min, max: max)) }

    public func sum() -> Tensor { Tensor(base.sum()) }
    public func sum(axis: Int, keepDims: Bool = false) -> Tensor { Tensor(attempt { try base.sum(axis: axis, keepDims: keepDims) }) }
    public func mean() -> Tensor { Tensor(base.mean()) }
    public func mean(axis: Int, keepDims: Bool = false) -> Tensor { Tensor(attempt { try base.mean(axis: axis, keepDims: keepDims) }) }
    public func max() -> Tensor { Tensor(attempt { try base.max() }) }
    public func max(axis: Int, keepDims: Bool = false) -> Tensor { Tensor(attempt { try base.max(axis: axis, keepDims: keepDims) }) }
    public func min() -> Tensor { Tensor(attempt { try base.min() }) }
    public func min(axis: Int, keepDims: Bool = false) -> Tensor { Tensor(attempt { try base.min(axis: axis, keepDims: keepDims) }) }
    public func argmax() -> Tensor { Tensor(attempt { try base.argmax() }) }
    public func argmax(axis: Int, keepDims: Bool = false) -> Tensor { Tensor(attempt { try base.argmax(axis: axis, keepDims: keepDims) }) }
    public func argmin() -> Tensor { Tensor(attempt { try base.argmin() }) }
    public func argmin(axis: Int, keepDims: Bool = false) -> Tensor { Tensor(attempt { try base.argmin(axis: axis, keepDims: keepDims) }) }

    /// Fills `grad` of every tensor with `requiresGrad` that this one depends on, adding to
    /// what is there.
    public func backward() { attempt { try base.backward() } }
    public func backward(gradient: Tensor) { attempt { try base.backward(gradient: gradient.base) } }
    public func zeroGrad() { base.zeroGrad() }
}
