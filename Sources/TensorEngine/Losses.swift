import Foundation

/// How a loss combines its per-element values.
public enum Reduction: Sendable {
    /// The mean (the default).
    case mean
    /// The sum.
    case sum
    /// No reduction: one value per element (or per sample, for the classification losses).
    case none
}

extension Tensor {
    /// This per-element loss tensor reduced as asked.
    func reduced(_ reduction: Reduction) -> Tensor {
        switch reduction {
        case .mean: return mean()
        case .sum: return sum()
        case .none: return self
        }
    }
}

/// Prediction and target must have one shape: silently broadcasting [N, 1] against [N] to
/// [N, N] is a classic lesson bug, so it is an error here.
private func requireSameShape(_ op: String, _ input: Tensor, _ target: Tensor) throws {
    guard input.shape == target.shape else {
        throw TensorError.shapeMismatch(op, input.shape, target.shape, "prediction and target must have the same shape")
    }
}

/// Mean squared error: (input - target)².
public struct MSELoss {
    public var reduction: Reduction
    public init(reduction: Reduction = .mean) { self.reduction = reduction }
    /// The loss of `input` against `target` (same shape).
    public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
        try requireSameShape("MSELoss", input, target)
        let d = try input - target
        return try (d * d).reduced(reduction)
    }
}

/// Mean absolute error: |input - target|.
public struct L1Loss {
    public var reduction: Reduction
    public init(reduction: Reduction = .mean) { self.reduction = reduction }
    /// The loss of `input` against `target` (same shape).
    public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
        try requireSameShape("L1Loss", input, target)
        return abs(try input - target).reduced(reduction)
    }
}

/// Huber-like loss: 0.5·d²/beta where |d| < beta, else |d| - 0.5·beta (PyTorch's SmoothL1Loss).
public struct SmoothL1Loss {
    public var reduction: Reduction
    public var beta: Double
    public init(reduction: Reduction = .mean, beta: Double = 1) { self.reduction = reduction; self.beta = beta }
    /// The loss of `input` against `target` (same shape).
    public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
        try requireSameShape("SmoothL1Loss", input, target)
        return try (input - target).applying(SmoothL1(beta: Float(beta))).reduced(reduction)
    }
}

/// The per-element SmoothL1 function, as a row of the unary table.
struct SmoothL1: UnaryFunction {
    let beta: Float
    func forward(_ d: Float) -> Float { Swift.abs(d) < beta ? 0.5 * d * d / beta : Swift.abs(d) - 0.5 * beta }
    func derivative(_ d: Float, _ y: Float) -> Float { Swift.abs(d) < beta ? d / beta : (d > 0 ? 1 : -1) }
}

/// Binary cross-entropy of probabilities: -(t·log p + (1-t)·log(1-p)), with each log clamped
/// at -100 as PyTorch does, so p = 0 or 1 gives a large finite loss rather than inf.
public struct BCELoss {
    public var reduction: Reduction
    public init(reduction: Reduction = .mean) { self.reduction = reduction }
    /// The loss of probabilities `input` (in [0, 1]) against targets (same shape).
    public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
        try requireSameShape("BCELoss", input, target)
        let n = input.count
        let out = Tensor(uninitialized: input.shape, count: n)
        let p = input.data, t = target.data
        for i in 0..<n {
            guard p[i] >= 0 && p[i] <= 1 else {
                throw TensorError(.invalidArgument, "BCELoss: the prediction must be a probability in [0, 1], got \(p[i]); apply sigmoid first or use BCEWithLogitsLoss")
            }
            out.data[i] = -(t[i] * Swift.max(logf(p[i]), -100) + (1 - t[i]) * Swift.max(logf(1 - p[i]), -100))
        }
        if Tensor.recording(input, target) {
            out.record([input, target]) { g, _ in
                if input.requiresGrad {
                    // dl/dp = (p - t) / (p(1 - p)), the denominator kept from 0 as in PyTorch.
                    let gp = Tensor(uninitialized: input.shape, count: n)
                    for i in 0..<n { gp.data[i] = g.data[i] * (p[i] - t[i]) / Swift.max(p[i] * (1 - p[i]), 1e-12) }
                    input.addGrad(owned: gp)
                }
                if target.requiresGrad {
                    let gt = Tensor(uninitialized: target.shape, count: n)
                    for i in 0..<n { gt.data[i] = g.data[i] * (Swift.max(logf(1 - p[i]), -100) - Swift.max(logf(p[i]), -100)) }
                    target.addGrad(owned: gt)
                }
            }
        }
        return out.reduced(reduction)
    }
}

/// Binary cross-entropy on logits: sigmoid and BCE fused, stable for any logit:
/// max(x, 0) - x·t + log(1 + e^-|x|).
public struct BCEWithLogitsLoss {
    public var reduction: Reduction
    public init(reduction: Reduction = .mean) { self.reduction = reduction }
    /// The loss of logits `input` against targets in [0, 1] (same shape).
    public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
        try requireSameShape("BCEWithLogitsLoss", input, target)
        let n = input.count
        let out = Tensor(uninitialized: input.shape, count: n)
        let x = input.data, t = target.data
        for i in 0..<n { out.data[i] = Swift.max(x[i], 0) - x[i] * t[i] + log1pf(expf(-Swift.abs(x[i]))) }
        if Tensor.recording(input, target) {
            out.record([input, target]) { g, _ in
                if input.requiresGrad {
                    let gx = Tensor(uninitialized: input.shape, count: n)
                    for i in 0..<n { gx.data[i] = g.data[i] * (SigmoidFunction().forward(x[i]) - t[i]) }
                    input.addGrad(owned: gx)
                }
                if target.requiresGrad {
                    let gt = Tensor(uninitialized: target.shape, count: n)
                    for i in 0..<n { gt.data[i] = -g.data[i] * x[i] }
                    target.addGrad(owned: gt)
                }
            }
        }
        return out.reduced(reduction)
    }
}

/// Negative log-likelihood: for log-probabilities [N, C] and class indices [N], -input[n, target[n]].
public struct NLLLoss {
    public var reduction: Reduction
    public init(reduction: Reduction = .mean) { self.reduction = reduction }
    /// The loss of log-probabilities `input` ([N, C], or [C] for one sample) against class indices.
    public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
        try nllLoss(input, target, op: "NLLLoss").reduced(reduction)
    }
}

/// Cross-entropy of logits [N, C] against class indices [N] (logSoftmax then NLL), or against
/// class probabilities of the logits' shape.
public struct CrossEntropyLoss {
    public var reduction: Reduction
    public init(reduction: Reduction = .mean) { self.reduction = reduction }
    /// The loss of logits `input` against `target`.
    public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
        guard input.rank == 1 || input.rank == 2 else {
            throw TensorError(.invalidShape, "CrossEntropyLoss: logits must be [N, C] (or [C] for one sample), got \(shapeText(input.shape))")
        }
        let logp = try logSoftmax(input, axis: -1)
        if target.shape == input.shape && target.rank == 2 || (input.rank == 1 && target.shape == input.shape) {
            // Probabilities as targets: -Σ_c t_c log p_c per sample.
            let perSample = try (-(try target * logp)).sum(axis: -1)
            return perSample.reduced(reduction)
        }
        return try nllLoss(logp, target, op: "CrossEntropyLoss").reduced(reduction)
    }
}

/// -input[n, target[n]] per sample, for log-probabilities [N, C] (or [C] and a scalar target).
private func nllLoss(_ input: Tensor, _ target: Tensor, op: String) throws -> Tensor {
    let rows: Int, classes: Int
    if input.rank == 2 && target.shape == [input.shape[0]] {
        (rows, classes) = (input.shape[0], input.shape[1])
    } else if input.rank == 1 && target.count == 1 && target.rank <= 1 {
        (rows, classes) = (1, input.shape[0])
    } else {
        throw TensorError.shapeMismatch(op, input.shape, target.shape, "expected input [N, C] and class indices [N]")
    }
    var picked = [Int](repeating: 0, count: rows)
    for n in 0..<rows { picked[n] = try classIndex(target.data[n], classes: classes, op: op) }
    let out = Tensor(uninitialized: input.rank == 2 ? [rows] : [], count: rows)
    for n in 0..<rows { out.data[n] = -input.data[n * classes + picked[n]] }
    if Tensor.recording(input) {
        out.record([input]) { g, _ in
            let gx = Tensor.filled(input.shape, count: input.count, 0)
            for n in 0..<rows { gx.data[n * classes + picked[n]] = -g.data[n] }
            input.addGrad(owned: gx)
        }
    }
    return out
}
