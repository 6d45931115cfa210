// Losses (LANGUAGE.md §3 "Losses"): `MSELoss(reduction:)` and friends, called as
// `criterion(prediction, target)`.

import TensorEngine

/// How a loss reduces the per-element losses.
public enum Reduction {
    case mean, sum, none

    var engine: TensorEngine.Reduction {
        switch self {
        case .mean: return .mean
        case .sum: return .sum
        case .none: return .none
        }
    }

    var name: String {
        switch self {
        case .mean: return "mean"
        case .sum: return "sum"
        case .none: return "none"
        }
    }
}

/// A loss: the engine's, reduced as asked.
public class Loss: CustomStringConvertible {
    let compute: (TensorEngine.Tensor, TensorEngine.Tensor) throws -> TensorEngine.Tensor
    let reduction: Reduction

    init(_ reduction: Reduction, _ compute: @escaping (TensorEngine.Tensor, TensorEngine.Tensor) throws -> TensorEngine.Tensor) {
        self.reduction = reduction
        self.compute = compute
    }

    public func callAsFunction(_ prediction: Tensor, _ target: Tensor) -> Tensor {
        Tensor(attempt { try compute(prediction.base, target.base) })
    }

    public var description: String {
        reduction == .mean ? "\(type(of: self))()" : "\(type(of: self))(reduction: .\(reduction.name))"
    }
}

public final class MSELoss: Loss {
    public init(reduction: Reduction = .mean) { super.init(reduction, TensorEngine.MSELoss(reduction: reduction.engine).callAsFunction) }
}

public final class L1Loss: Loss {
    public init(reduction: Reduction = .mean) { super.init(reduction, TensorEngine.L1Loss(reduction: reduction.engine).callAsFunction) }
}

public final class BCELoss: Loss {
    public init(reduction: Reduction = .mean) { super.init(reduction, TensorEngine.BCELoss(reduction: reduction.engine).callAsFunction) }
}

public final class BCEWithLogitsLoss: Loss {
    public init(reduction: Reduction = .mean) { super.init(reduction, TensorEngine.BCEWithLogitsLoss(reduction: reduction.engine).callAsFunction) }
}

/// Logits `[N, C]`, targets class indices `[N]`.
public final class CrossEntropyLoss: Loss {
    public init(reduction: Reduction = .mean) { super.init(reduction, TensorEngine.CrossEntropyLoss(reduction: reduction.engine).callAsFunction) }
}

public final class NLLLoss: Loss {
    public init(reduction: Reduction = .mean) { super.init(reduction, TensorEngine.NLLLoss(reduction: reduction.engine).callAsFunction) }
}

public final class SmoothL1Loss: Loss {
    public init(reduction: Reduction = .mean, beta: Double = 1.0) {
        super.init(reduction, TensorEngine.SmoothL1Loss(reduction: reduction.engine, beta: beta).callAsFunction)
    }
}
