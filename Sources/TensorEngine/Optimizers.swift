import Foundation

/// An optimiser: updates its parameters from their gradients. `step()` skips a parameter
/// that has no gradient yet; updates bypass the in-place rule (as inside `noGrad`).
public protocol Optimizer: AnyObject {
    /// The tensors it updates.
    var parameters: [Tensor] { get }
    /// The learning rate (settable, for schedules).
    var lr: Double { get set }
    /// One update of every parameter from its gradient.
    func step()
    /// Forgets every parameter's gradient.
    func zeroGrad()
}

extension Optimizer {
    public func zeroGrad() { for p in parameters { p.zeroGrad() } }
}

/// Per-parameter state buffers (momentum, moments), one per parameter, zero at first.
private func stateBuffers(_ parameters: [Tensor]) -> [[Float]] {
    parameters.map { [Float](repeating: 0, count: $0.count) }
}

/// Stochastic gradient descent with optional momentum and weight decay (PyTorch's update:
/// g += wd·p; buf = momentum·buf + g; p -= lr·buf).
public final class SGD: Optimizer {
    public let parameters: [Tensor]
    public var lr: Double
    public var momentum: Double
    public var weightDecay: Double
    private var velocity: [[Float]]
    private var started = false

    public init(_ parameters: [Tensor], lr: Double, momentum: Double = 0, weightDecay: Double = 0) {
        self.parameters = parameters
        self.lr = lr
        self.momentum = momentum
        self.weightDecay = weightDecay
        self.velocity = momentum != 0 ? stateBuffers(parameters) : []
    }

    public func step() {
        let lr = Float(self.lr), mu = Float(momentum), wd = Float(weightDecay)
        if mu != 0 && velocity.isEmpty { velocity = stateBuffers(parameters) }
        for (k, p) in parameters.enumerated() {
            guard let g = p.storedGrad else { continue }
            p.makeStorageUnique()   // a parameter that shares its buffer with a view gets its own first
            let w = p.data, gd = g.data
            if mu == 0 && wd == 0 {
                // PyTorch adds wd·p only when wd is set; so does this (no 0·p pass per step).
                for i in 0..<p.count { w[i] -= lr * gd[i] }
            } else if mu == 0 {
                for i in 0..<p.count { w[i] -= lr * (gd[i] + wd * w[i]) }
            } else {
                let first = !started
                velocity[k].withUnsafeMutableBufferPointer { v in
                    for i in 0..<p.count {
                        let gi = gd[i] + wd * w[i]
                        v[i] = first ? gi : mu * v[i] + gi   // the first step starts the buffer at g
                        w[i] -= lr * v[i]
                    }
                }
            }
        }
        started = true
    }
}

/// Adam (Kingma & Ba 2015), with bias correction, as in PyTorch.
public final class Adam: Optimizer {
    public let parameters: [Tensor]
    public var lr: Double
    public var betas: (Double, Double)
    public var eps: Double
    public var weightDecay: Double
    private var m: [[Float]], v: [[Float]]
    private var t = 0

    public init(_ parameters: [Tensor], lr: Double = 0.001, betas: (Double, Double) = (0.9, 0.999),
                eps: Double = 1e-8, weightDecay: Double = 0) {
        self.parameters = parameters
        self.lr = lr
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.m = stateBuffers(parameters)
        self.v = stateBuffers(parameters)
    }

    public func step() {
        t += 1
        let b1 = Float(betas.0), b2 = Float(betas.1), wd = Float(weightDecay), eps = Float(self.eps)
        // Bias corrections in Double: 1 - β^t is tiny at first and loses digits in Float.
        let c1 = Float(1 - Foundation.pow(betas.0, Double(t))), c2 = Float(1 - Foundation.pow(betas.1, Double(t)))
        let stepSize = Float(lr) / c1
        let rootC2 = c2.squareRoot()
        for (k, p) in parameters.enumerated() {
            guard let g = p.storedGrad else { continue }
            p.makeStorageUnique()   // a parameter that shares its buffer with a view gets its own first
            let w = p.data, gd = g.data
            m[k].withUnsafeMutableBufferPointer { m in
                v[k].withUnsafeMutableBufferPointer { v in
                    // p -= lr · m̂ / (√v̂ + eps), with m̂ = m/c1, v̂ = v/c2 (PyTorch's arrangement).
                    // Eight lanes at a time (the compiler cannot prove that the four buffers do
                    // not overlap, so it would not vectorise the scalar loop): the same
                    // operations in the same order per element, so the same floats.
                    let n = p.count, lanes = 8, full = n - n % lanes
                    let vb1 = SIMD8<Float>(repeating: b1), vb2 = SIMD8<Float>(repeating: b2)
                    let va1 = SIMD8<Float>(repeating: 1 - b1), va2 = SIMD8<Float>(repeating: 1 - b2)
                    let vwd = SIMD8<Float>(repeating: wd), vstep = SIMD8<Float>(repeating: stepSize)
                    let vroot = SIMD8<Float>(repeating: rootC2), veps = SIMD8<Float>(repeating: eps)
                    let pm = m.baseAddress!, pv = v.baseAddress!
                    var i = 0
                    while i < full {
                        let wi = UnsafeRawPointer(w + i).loadUnaligned(as: SIMD8<Float>.self)
                        let gi = UnsafeRawPointer(gd + i).loadUnaligned(as: SIMD8<Float>.self) + vwd * wi
                        let mi = vb1 * UnsafeRawPointer(pm + i).loadUnaligned(as: SIMD8<Float>.self) + va1 * gi
                        let vi = vb2 * UnsafeRawPointer(pv + i).loadUnaligned(as: SIMD8<Float>.self) + va2 * gi * gi
                        UnsafeMutableRawPointer(pm + i).storeBytes(of: mi, as: SIMD8<Float>.self)
                        UnsafeMutableRawPointer(pv + i).storeBytes(of: vi, as: SIMD8<Float>.self)
                        UnsafeMutableRawPointer(w + i).storeBytes(of: wi - vstep * mi / (vi.squareRoot() / vroot + veps), as: SIMD8<Float>.self)
                        i += lanes
                    }
                    for i in full..<n {
                        let gi = gd[i] + wd * w[i]
                        m[i] = b1 * m[i] + (1 - b1) * gi
                        v[i] = b2 * v[i] + (1 - b2) * gi * gi
                        w[i] -= stepSize * m[i] / (v[i].squareRoot() / rootC2 + eps)
                    }
                }
            }
        }
    }
}

/// Adagrad: each weight's step shrinks with the sum of its squared gradients.
public final class Adagrad: Optimizer {
    public let parameters: [Tensor]
    public var lr: Double
    public var eps: Double
    private var sums: [[Float]]

    public init(_ parameters: [Tensor], lr: Double = 0.01, eps: Double = 1e-10) {
        self.parameters = parameters
        self.lr = lr
        self.eps = eps
        self.sums = stateBuffers(parameters)
    }

    public func step() {
        let lr = Float(self.lr), eps = Float(self.eps)
        for (k, p) in parameters.enumerated() {
            guard let g = p.storedGrad else { continue }
            p.makeStorageUnique()   // a parameter that shares its buffer with a view gets its own first
            let w = p.data, gd = g.data
            sums[k].withUnsafeMutableBufferPointer { s in
                for i in 0..<p.count {
                    s[i] += gd[i] * gd[i]
                    w[i] -= lr * gd[i] / (s[i].squareRoot() + eps)
                }
            }
        }
    }
}

/// RMSprop: steps divided by a running root-mean-square of the gradients (decay `alpha`).
public final class RMSprop: Optimizer {
    public let parameters: [Tensor]
    public var lr: Double
    public var alpha: Double
    public var eps: Double
    private var squares: [[Float]]

    public init(_ parameters: [Tensor], lr: Double = 0.01, alpha: Double = 0.99, eps: Double = 1e-8) {
        self.parameters = parameters
        self.lr = lr
        self.alpha = alpha
        self.eps = eps
        self.squares = stateBuffers(parameters)
    }

    public func step() {
        let lr = Float(self.lr), a = Float(alpha), eps = Float(self.eps)
        for (k, p) in parameters.enumerated() {
            guard let g = p.storedGrad else { continue }
            p.makeStorageUnique()   // a parameter that shares its buffer with a view gets its own first
            let w = p.data, gd = g.data
            squares[k].withUnsafeMutableBufferPointer { s in
                for i in 0..<p.count {
                    s[i] = a * s[i] + (1 - a) * gd[i] * gd[i]
                    w[i] -= lr * gd[i] / (s[i].squareRoot() + eps)
                }
            }
        }
    }
}

/// Multiplies an optimiser's learning rate by `gamma` every `stepSize` calls of `step()`.
public final class StepLR {
    public let optimizer: Optimizer
    public let stepSize: Int
    public let gamma: Double
    /// How many times `step()` has been called.
    public private(set) var epoch = 0

    public init(_ optimizer: Optimizer, stepSize: Int, gamma: Double = 0.1) throws {
        guard stepSize > 0 else { throw TensorError(.invalidArgument, "StepLR: stepSize must be positive, got \(stepSize)") }
        self.optimizer = optimizer
        self.stepSize = stepSize
        self.gamma = gamma
    }

    /// Counts one epoch; every `stepSize` epochs, lr *= gamma.
    public func step() {
        epoch += 1
        if epoch % stepSize == 0 { optimizer.lr *= gamma }
    }
}

/// Scales the parameters' gradients so that their joint norm is at most `maxNorm`; returns the
/// norm before clipping.
@discardableResult
public func clipGradNorm(_ parameters: [Tensor], maxNorm: Double) -> Double {
    var total: Double = 0
    for p in parameters {
        guard let g = p.storedGrad else { continue }
        for i in 0..<g.count { total += Double(g.data[i]) * Double(g.data[i]) }
    }
    let norm = total.squareRoot()
    if norm > maxNorm {
        let scale = Float(maxNorm / (norm + 1e-6))   // PyTorch's epsilon
        for p in parameters {
            guard let g = p.storedGrad else { continue }
            g.makeStorageUnique()
            for i in 0..<g.count { g.data[i] *= scale }
        }
    }
    return norm
}
