// Optimisers and schedules (LANGUAGE.md §3 "Optimisers"): `SGD`, `Adam`, `Adagrad`,
// `RMSprop` with `zeroGrad()`, `step()` and a settable `lr`; `StepLR`.

import TensorEngine

/// An optimiser: the engine's, over the given parameters.
public class Optimizer: CustomStringConvertible {
    let optimizer: TensorEngine.Optimizer

    init(_ optimizer: TensorEngine.Optimizer) {
        self.optimizer = optimizer
    }

    /// Moves every parameter one step against its gradient.
    public func step() { optimizer.step() }
    /// Forgets the gradient of every parameter.
    public func zeroGrad() { optimizer.zeroGrad() }
    /// The learning rate; a finite number ≥ 0.
    public var lr: Double {
        get { optimizer.lr }
        set { optimizer.lr = learningRate(newValue, "lr") }
    }
    public var parameters: [Tensor] { optimizer.parameters.map(Tensor.init) }
    public var description: String { "\(type(of: self))(lr: \(lr))" }
}

/// A learning rate must be a finite non-negative number.
private func learningRate(_ lr: Double, _ type: String) -> Double {
    guard lr.isFinite, lr >= 0 else { fail("\(type): lr must be a finite number >= 0, got \(lr)") }
    return lr
}

public final class SGD: Optimizer {
    public init(_ parameters: [Tensor], lr: Double, momentum: Double = 0.0, weightDecay: Double = 0.0) {
        super.init(TensorEngine.SGD(parameters.map(\.base), lr: learningRate(lr, "SGD"), momentum: momentum, weightDecay: weightDecay))
    }
}

public final class Adam: Optimizer {
    public init(_ parameters: [Tensor], lr: Double = 0.001, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8, weightDecay: Double = 0.0) {
        super.init(TensorEngine.Adam(parameters.map(\.base), lr: learningRate(lr, "Adam"), betas: betas, eps: eps, weightDecay: weightDecay))
    }
}

public final class Adagrad: Optimizer {
    public init(_ parameters: [Tensor], lr: Double = 0.01, eps: Double = 1e-10) {
        super.init(TensorEngine.Adagrad(parameters.map(\.base), lr: learningRate(lr, "Adagrad"), eps: eps))
    }
}

public final class RMSprop: Optimizer {
    public init(_ parameters: [Tensor], lr: Double = 0.01, alpha: Double = 0.99, eps: Double = 1e-8) {
        super.init(TensorEngine.RMSprop(parameters.map(\.base), lr: learningRate(lr, "RMSprop"), alpha: alpha, eps: eps))
    }
}

/// Multiplies an optimiser's learning rate by `gamma` every `stepSize` calls of `step()`.
public final class StepLR {
    let schedule: TensorEngine.StepLR

    public init(_ optimizer: Optimizer, stepSize: Int, gamma: Double = 0.1) {
        schedule = attempt { try TensorEngine.StepLR(optimizer.optimizer, stepSize: stepSize, gamma: gamma) }
    }

    public func step() { schedule.step() }
    public var lr: Double { schedule.optimizer.lr }
    public var epoch: Int { schedule.epoch }
}
