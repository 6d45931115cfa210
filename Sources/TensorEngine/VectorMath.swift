import CSleef

/// Whole-array transcendental kernels: SLEEF's 8-wide AVX2 functions (the library PyTorch
/// vectorises with) where the CPU has AVX2 and FMA, the scalar rows of UnaryFunctions.swift
/// elsewhere. SLEEF's `_u10` functions are accurate to 1 ULP, the same class as glibc's
/// scalar `expf`/`tanhf`; the tests compare both over the whole float range (±inf, NaN,
/// denormals included).
enum VectorMath {
    /// Checked once: CPUID for AVX2 + FMA and the OS saving the ymm registers.
    static let available: Bool = lesson_sleef_available() != 0

    /// Set false (tests only) to force the scalar rows, to compare the two paths.
    nonisolated(unsafe) static var enabled = true

    @inline(__always)
    static var active: Bool { available && enabled }
}

/// A unary function with a whole-array kernel; `applying(_:)` prefers it to the scalar loop.
protocol VectorizedUnaryFunction: UnaryFunction {
    /// y[i] = f(x[i]) for i < n, by SLEEF; call only when `VectorMath.active`.
    func vectorForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int)
}

extension ExpFunction: VectorizedUnaryFunction {
    func vectorForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) { lesson_sleef_exp(x, y, n) }
}
extension LogFunction: VectorizedUnaryFunction {
    func vectorForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) { lesson_sleef_log(x, y, n) }
}
extension TanhFunction: VectorizedUnaryFunction {
    func vectorForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) { lesson_sleef_tanh(x, y, n) }
}
extension SigmoidFunction: VectorizedUnaryFunction {
    func vectorForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) { lesson_sleef_sigmoid(x, y, n) }
}
extension SoftplusFunction: VectorizedUnaryFunction {
    func vectorForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) { lesson_sleef_softplus(x, y, n) }
}
extension EluFunction: VectorizedUnaryFunction {
    func vectorForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        lesson_sleef_expm1(x, y, n)
        for i in 0..<n { y[i] = x[i] > 0 ? x[i] : alpha * y[i] }
    }
}
extension SeluFunction: VectorizedUnaryFunction {
    func vectorForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        lesson_sleef_expm1(x, y, n)
        let s = SeluFunction.scale, sa = SeluFunction.scale * SeluFunction.alpha
        for i in 0..<n { y[i] = x[i] > 0 ? s * x[i] : sa * y[i] }
    }
}

/// The element-wise kernels of a unary function over arrays: the vector path when there is
/// one, else the scalar row.
enum UnaryKernels {
    @inline(__always)
    static func forward<F: UnaryFunction>(_ f: F, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        if n >= 8, VectorMath.active, let v = f as? any VectorizedUnaryFunction {
            ParallelKernels.forEachRange(n) { r in v.vectorForward(x + r.lowerBound, y + r.lowerBound, r.count) }
            return
        }
        ParallelKernels.forEachRange(n) { r in for i in r { y[i] = f.forward(x[i]) } }
    }

    /// gx[i] = g[i] · f'(x[i]) (softplus: g·sigmoid(x) in one SLEEF pass).
    @inline(__always)
    static func backward<F: UnaryFunction>(_ f: F, _ g: UnsafePointer<Float>, _ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>,
                                           _ gx: UnsafeMutablePointer<Float>, _ n: Int) {
        if F.self == SoftplusFunction.self, n >= 8, VectorMath.active {
            ParallelKernels.forEachRange(n) { r in
                let o = r.lowerBound
                lesson_sleef_sigmoid_mul(x + o, g + o, gx + o, r.count)
            }
            return
        }
        ParallelKernels.forEachRange(n) { r in for i in r { gx[i] = g[i] * f.derivative(x[i], y[i]) } }
    }
}
