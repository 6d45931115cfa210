// Optimisers and schedules (LANGUAGE.md §3 "Optimisers"): `SGD`, `Adam`, `Adagrad`,
// `RMSprop` with `zeroGrad()`, `step()` and a settable `lr`; `StepLR`.

import Script
import TensorEngine

/// An optimiser as a language value.
final class OptimizerObject: NativeObject {
    let optimizer: Optimizer

    init(_ optimizer: Optimizer, type: NativeType) {
        self.optimizer = optimizer
        super.init(type: type)
    }
}

/// A learning-rate schedule as a language value.
final class StepLRObject: NativeObject {
    let schedule: StepLR

    init(_ schedule: StepLR, type: NativeType) {
        self.schedule = schedule
        super.init(type: type)
    }
}

/// The parameters an optimiser is given: `model.parameters()` or an array of tensors.
private func parameterList(_ v: Value) throws -> [Tensor] {
    try tensorArray(v, what: "[Tensor]")
}

/// A learning rate must be a finite non-negative number.
private func learningRate(_ v: Value, _ type: String) throws -> Double {
    let lr = try v.asDouble()
    guard lr.isFinite, lr >= 0 else { throw ScriptError("\(type): lr must be a finite number >= 0, got \(lr)") }
    return lr
}

extension Prelude {
    func bindOptimizers() {
        let base = library.addType("Optimizer")
        func optimizer(_ v: Value) throws -> Optimizer {
            try v.asNative(OptimizerObject.self, expected: "Optimizer").optimizer
        }
        base.method("step", []) { call in try optimizer(call.receiver).step(); return .void }
        base.method("zeroGrad", []) { call in try optimizer(call.receiver).zeroGrad(); return .void }
        base.property("lr", get: { call in .double(try optimizer(call.receiver).lr) }, set: { call in
            try optimizer(call.receiver).lr = try learningRate(call[0], "lr")
            return .void
        })
        base.property("parameters") { call in self.wrap(try optimizer(call.receiver).parameters) }
        base.describe = { v in
            guard case .native(let n) = v, let o = n as? OptimizerObject else { return "Optimizer()" }
            return "\(n.nativeType.name)(lr: \(o.optimizer.lr))"
        }

        let sgd = library.addType("SGD", superType: base)
        sgd.initializer(["_", "lr", Param("momentum", default: 0.0), Param("weightDecay", default: 0.0)]) { call in
            .native(OptimizerObject(SGD(try parameterList(call[0]), lr: try learningRate(call[1], "SGD"),
                                        momentum: try call.double(2), weightDecay: try call.double(3)), type: sgd))
        }
        let adam = library.addType("Adam", superType: base)
        adam.initializer(["_", Param("lr", default: 0.001), Param("betas", default: .makeTuple([0.9, 0.999])),
                          Param("eps", default: 1e-8), Param("weightDecay", default: 0.0)]) { call in
            let betas = try call[2].asTuple(count: 2)
            return .native(OptimizerObject(Adam(try parameterList(call[0]), lr: try learningRate(call[1], "Adam"),
                                                betas: (try betas[0].asDouble(), try betas[1].asDouble()),
                                                eps: try call.double(3), weightDecay: try call.double(4)), type: adam))
        }
        let adagrad = library.addType("Adagrad", superType: base)
        adagrad.initializer(["_", Param("lr", default: 0.01), Param("eps", default: 1e-10)]) { call in
            .native(OptimizerObject(Adagrad(try parameterList(call[0]), lr: try learningRate(call[1], "Adagrad"),
                                            eps: try call.double(2)), type: adagrad))
        }
        let rmsprop = library.addType("RMSprop", superType: base)
        rmsprop.initializer(["_", Param("lr", default: 0.01), Param("alpha", default: 0.99), Param("eps", default: 1e-8)]) { call in
            .native(OptimizerObject(RMSprop(try parameterList(call[0]), lr: try learningRate(call[1], "RMSprop"),
                                            alpha: try call.double(2), eps: try call.double(3)), type: rmsprop))
        }

        let stepLR = library.addType("StepLR")
        stepLR.initializer(["_", "stepSize", Param("gamma", default: 0.1)]) { call in
            let o = try optimizer(call[0])
            return .native(StepLRObject(try StepLR(o, stepSize: try call.int(1), gamma: try call.double(2)), type: stepLR))
        }
        func schedule(_ v: Value) throws -> StepLR { try v.asNative(StepLRObject.self, expected: "StepLR").schedule }
        stepLR.method("step", []) { call in try schedule(call.receiver).step(); return .void }
        stepLR.property("lr") { call in .double(try schedule(call.receiver).optimizer.lr) }
        stepLR.property("epoch") { call in .int(try schedule(call.receiver).epoch) }
    }
}
