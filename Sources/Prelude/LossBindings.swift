// Losses (LANGUAGE.md §3 "Losses"): `MSELoss(reduction:)` and friends, called as
// `criterion(prediction, target)`.

import Script
import TensorEngine

/// A loss as a language value: the engine's loss, reduced as asked.
final class LossObject: NativeObject {
    let compute: (Tensor, Tensor) throws -> Tensor
    let reductionName: String

    init(type: NativeType, reduction: String, _ compute: @escaping (Tensor, Tensor) throws -> Tensor) {
        self.compute = compute
        self.reductionName = reduction
        super.init(type: type)
    }
}

extension Prelude {
    func bindLosses() {
        let base = library.addType("Loss")
        let wrap = self.wrap as (Tensor) -> Value
        base.method("callAsFunction", ["_", "_"]) { call in
            let loss = try call.receiver.asNative(LossObject.self, expected: "Loss")
            return wrap(try loss.compute(try tensorLike(call[0]), try tensorLike(call[1])))
        }
        base.describe = { v in
            guard case .native(let n) = v, let loss = n as? LossObject else { return "Loss()" }
            return loss.reductionName == "mean" ? "\(n.nativeType.name)()" : "\(n.nativeType.name)(reduction: .\(loss.reductionName))"
        }

        /// A loss type whose only option is `reduction:`.
        func loss(_ name: String, _ make: @escaping (Reduction) -> (Tensor, Tensor) throws -> Tensor) {
            let type = library.addType(name, superType: base)
            type.initializer([Param("reduction", default: .symbol("mean"))]) { call in
                .native(LossObject(type: type, reduction: try call[0].asSymbol(), make(try reduction(call[0]))))
            }
        }
        loss("MSELoss") { r in MSELoss(reduction: r).callAsFunction }
        loss("L1Loss") { r in L1Loss(reduction: r).callAsFunction }
        loss("BCELoss") { r in BCELoss(reduction: r).callAsFunction }
        loss("BCEWithLogitsLoss") { r in BCEWithLogitsLoss(reduction: r).callAsFunction }
        loss("CrossEntropyLoss") { r in CrossEntropyLoss(reduction: r).callAsFunction }
        loss("NLLLoss") { r in NLLLoss(reduction: r).callAsFunction }

        let smooth = library.addType("SmoothL1Loss", superType: base)
        smooth.initializer([Param("reduction", default: .symbol("mean")), Param("beta", default: 1.0)]) { call in
            let f = SmoothL1Loss(reduction: try reduction(call[0]), beta: try call.double(1))
            return .native(LossObject(type: smooth, reduction: try call[0].asSymbol(), f.callAsFunction))
        }
    }
}
