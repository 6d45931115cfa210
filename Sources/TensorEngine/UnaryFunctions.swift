import Foundation

/// The element-wise functions, as one table of (forward, derivative) in the spirit of PyTorch's
/// derivatives.yaml: each row is a small struct, and `applying(_:)` turns any row into a tensor
/// op with its backward. Generic specialisation compiles each row to its own tight loop.
protocol UnaryFunction {
    /// y = f(x).
    func forward(_ x: Float) -> Float
    /// dy/dx, given x and y = f(x) (whichever is cheaper to use).
    func derivative(_ x: Float, _ y: Float) -> Float
}

// MARK: The table

struct ExpFunction: UnaryFunction {
    func forward(_ x: Float) -> Float { expf(x) }
    func derivative(_ x: Float, _ y: Float) -> Float { y }
}
struct LogFunction: UnaryFunction {
    func forward(_ x: Float) -> Float { logf(x) }                 // log(0) = -inf, log(<0) = NaN
    func derivative(_ x: Float, _ y: Float) -> Float { 1 / x }
}
struct SqrtFunction: UnaryFunction {
    func forward(_ x: Float) -> Float { x.squareRoot() }
    func derivative(_ x: Float, _ y: Float) -> Float { 0.5 / y }
}
struct AbsFunction: UnaryFunction {
    func forward(_ x: Float) -> Float { Swift.abs(x) }
    func derivative(_ x: Float, _ y: Float) -> Float { x > 0 ? 1 : (x < 0 ? -1 : 0) }
}
struct SinFunction: UnaryFunction {
    func forward(_ x: Float) -> Float { sinf(x) }
    func derivative(_ x: Float, _ y: Float) -> Float { cosf(x) }
}
struct CosFunction: UnaryFunction {
    func forward(_ x: Float) -> Float { cosf(x) }
    func derivative(_ x: Float, _ y: Float) -> Float { -sinf(x) }
}
struct TanhFunction: UnaryFunction {
    func forward(_ x: Float) -> Float { tanhf(x) }
    func derivative(_ x: Float, _ y: Float) -> Float { 1 - y * y }
}
struct AtanFunction: UnaryFunction {
    func forward(_ x: Float) -> Float { atanf(x) }
    func derivative(_ x: Float, _ y: Float) -> Float { 1 / (1 + x * x) }
}
struct SigmoidFunction: UnaryFunction {
    // exp of a non-positive number only, so neither side overflows.
    func forward(_ x: Float) -> Float { x >= 0 ? 1 / (1 + expf(-x)) : { let e = expf(x); return e / (1 + e) }() }
    func derivative(_ x: Float, _ y: Float) -> Float { y * (1 - y) }
}
struct ReluFunction: UnaryFunction {
    func forward(_ x: Float) -> Float { x > 0 ? x : 0 }
    func derivative(_ x: Float, _ y: Float) -> Float { x > 0 ? 1 : 0 }
}
struct LeakyReluFunction: UnaryFunction {
    let slope: Float
    func forward(_ x: Float) -> Float { x > 0 ? x : slope * x }
    func derivative(_ x: Float, _ y: Float) -> Float { x > 0 ? 1 : slope }
}
struct EluFunction: UnaryFunction {
    let alpha: Float
    func forward(_ x: Float) -> Float { x > 0 ? x : alpha * expm1f(x) }
    func derivative(_ x: Float, _ y: Float) -> Float { x > 0 ? 1 : y + alpha }
}
/// SELU's constants from Klambauer et al. 2017 (as in PyTorch).
struct SeluFunction: UnaryFunction {
    static let alpha: Float = 1.6732632423543772848170429916717
    static let scale: Float = 1.0507009873554804934193349852946
    func forward(_ x: Float) -> Float { x > 0 ? SeluFunction.scale * x : SeluFunction.scale * SeluFunction.alpha * expm1f(x) }
    func derivative(_ x: Float, _ y: Float) -> Float { x > 0 ? SeluFunction.scale : y + SeluFunction.scale * SeluFunction.alpha }
}
struct SoftplusFunction: UnaryFunction {
    // log(1 + e^x) = max(x, 0) + log1p(e^-|x|): no overflow for large |x|.
    func forward(_ x: Float) -> Float { Swift.max(x, 0) + log1pf(expf(-Swift.abs(x))) }
    func derivative(_ x: Float, _ y: Float) -> Float { SigmoidFunction().forward(x) }
}
struct ClampFunction: UnaryFunction {
    let low: Float, high: Float
    func forward(_ x: Float) -> Float { x < low ? low : (x > high ? high : x) }
    func derivative(_ x: Float, _ y: Float) -> Float { x >= low && x <= high ? 1 : 0 }
}
struct PowScalarFunction: UnaryFunction {
    let p: Float
    func forward(_ x: Float) -> Float { p == 2 ? x * x : powf(x, p) }
    func derivative(_ x: Float, _ y: Float) -> Float { p == 2 ? 2 * x : p * powf(x, p - 1) }
}

extension Tensor {
    /// Applies one row of the table element-wise, recording its derivative for backward.
    @inline(__always)
    func applying<F: UnaryFunction>(_ f: F) -> Tensor {
        let out = Tensor(uninitialized: shape, count: count)
        UnaryKernels.forward(f, data, out.data, count)  // SLEEF when the row has a vector kernel
        if Tensor.recording(self) {
            out.record([self]) { g, out in
                let gx = Tensor(uninitialized: self.shape, count: self.count)
                UnaryKernels.backward(f, g.data, self.data, out.data, gx.data, self.count)
                self.addGrad(owned: gx)
            }
        }
        return out
    }

    /// Elements limited to `[min, max]` (either bound optional); the gradient is 1 inside.
    public func clamped(min: Double? = nil, max: Double? = nil) -> Tensor {
        applying(ClampFunction(low: min.map { Float($0) } ?? -.infinity, high: max.map { Float($0) } ?? .infinity))
    }
}

/// e^x, element-wise.
public func exp(_ x: Tensor) -> Tensor { x.applying(ExpFunction()) }
/// Natural logarithm, element-wise (log 0 = -inf).
public func log(_ x: Tensor) -> Tensor { x.applying(LogFunction()) }
/// Square root, element-wise.
public func sqrt(_ x: Tensor) -> Tensor { x.applying(SqrtFunction()) }
/// Absolute value, element-wise.
public func abs(_ x: Tensor) -> Tensor { x.applying(AbsFunction()) }
/// Sine, element-wise.
public func sin(_ x: Tensor) -> Tensor { x.applying(SinFunction()) }
/// Cosine, element-wise.
public func cos(_ x: Tensor) -> Tensor { x.applying(CosFunction()) }
/// Hyperbolic tangent, element-wise.
public func tanh(_ x: Tensor) -> Tensor { x.applying(TanhFunction()) }
/// Arc tangent, element-wise.
public func atan(_ x: Tensor) -> Tensor { x.applying(AtanFunction()) }
/// The logistic function 1 / (1 + e^-x), element-wise.
public func sigmoid(_ x: Tensor) -> Tensor { x.applying(SigmoidFunction()) }
/// max(x, 0), element-wise.
public func relu(_ x: Tensor) -> Tensor { x.applying(ReluFunction()) }
/// x for x > 0, else slope·x.
public func leakyRelu(_ x: Tensor, slope: Double = 0.01) -> Tensor { x.applying(LeakyReluFunction(slope: Float(slope))) }
/// x for x > 0, else alpha·(e^x - 1).
public func elu(_ x: Tensor, alpha: Double = 1) -> Tensor { x.applying(EluFunction(alpha: Float(alpha))) }
/// Scaled ELU with the self-normalising constants.
public func selu(_ x: Tensor) -> Tensor { x.applying(SeluFunction()) }
/// log(1 + e^x), element-wise.
public func softplus(_ x: Tensor) -> Tensor { x.applying(SoftplusFunction()) }

/// The logistic function on a number.
public func sigmoid(_ x: Double) -> Double { x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x)) }
/// max(x, 0) on a number.
public func relu(_ x: Double) -> Double { Swift.max(x, 0) }
/// Leaky ReLU on a number.
public func leakyRelu(_ x: Double, slope: Double = 0.01) -> Double { x > 0 ? x : slope * x }
/// ELU on a number.
public func elu(_ x: Double, alpha: Double = 1) -> Double { x > 0 ? x : alpha * Foundation.expm1(x) }
/// SELU on a number.
public func selu(_ x: Double) -> Double {
    Double(SeluFunction.scale) * (x > 0 ? x : Double(SeluFunction.alpha) * Foundation.expm1(x))
}
/// log(1 + e^x) on a number.
public func softplus(_ x: Double) -> Double { Swift.max(x, 0) + Foundation.log1p(Foundation.exp(-Swift.abs(x))) }
