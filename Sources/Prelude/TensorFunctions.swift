// Free functions on tensors (LANGUAGE.md §3 "Functions" and "Autograd"): the element-wise
// functions, softmax, matmul, concat/stack, pow, noGrad and manualSeed. The element-wise
// names also work on `Double`: Foundation's (`exp`, `tanh`…) are the language's built-ins;
// the activations Foundation lacks (`sigmoid`, `relu`…) get a `Double` overload here.

import Foundation
import Script
import TensorEngine

extension Prelude {
    func bindTensorFunctions() {
        let lib = library
        let wrap = self.wrap as (Tensor) -> Value

        let elementwise: [(String, (Tensor) -> Tensor)] = [
            ("exp", TensorEngine.exp), ("log", TensorEngine.log), ("sqrt", TensorEngine.sqrt),
            ("abs", TensorEngine.abs), ("sin", TensorEngine.sin), ("cos", TensorEngine.cos),
            ("tanh", TensorEngine.tanh), ("atan", TensorEngine.atan), ("sigmoid", TensorEngine.sigmoid),
            ("relu", TensorEngine.relu), ("selu", TensorEngine.selu), ("softplus", TensorEngine.softplus),
        ]
        for (name, f) in elementwise {
            lib.function(name, [.typed("Tensor")]) { call in wrap(f(try tensorArgument(call[0]))) }
        }
        lib.function("elu", [.typed("Tensor"), Param("alpha", default: 1.0)]) { call in
            wrap(TensorEngine.elu(try tensorArgument(call[0]), alpha: try call.double(1)))
        }
        lib.function("leakyRelu", [.typed("Tensor"), Param("slope", default: 0.01)]) { call in
            wrap(TensorEngine.leakyRelu(try tensorArgument(call[0]), slope: try call.double(1)))
        }

        // The activations on Double, as the engine defines them.
        let scalar: [(String, (Double) -> Double)] = [
            ("sigmoid", TensorEngine.sigmoid), ("relu", TensorEngine.relu),
            ("selu", TensorEngine.selu), ("softplus", TensorEngine.softplus),
        ]
        for (name, f) in scalar {
            lib.plainFunction(name, [.typed("Double")]) { call in .double(f(try call.double(0))) }
        }
        lib.plainFunction("elu", [.typed("Double"), Param("alpha", default: 1.0)]) { call in
            .double(TensorEngine.elu(try call.double(0), alpha: try call.double(1)))
        }
        lib.plainFunction("leakyRelu", [.typed("Double"), Param("slope", default: 0.01)]) { call in
            .double(TensorEngine.leakyRelu(try call.double(0), slope: try call.double(1)))
        }

        lib.function("pow", [.typed("Tensor"), "_"]) { call in
            let x = try tensorArgument(call[0])
            if let y = tensorOf(call[1]) { return wrap(try TensorEngine.pow(x, y)) }
            return wrap(TensorEngine.pow(x, try call.double(1)))
        }
        lib.function("softmax", [.typed("Tensor"), Param("axis", default: -1)]) { call in
            wrap(try TensorEngine.softmax(try tensorArgument(call[0]), axis: try call.int(1)))
        }
        lib.function("logSoftmax", [.typed("Tensor"), Param("axis", default: -1)]) { call in
            wrap(try TensorEngine.logSoftmax(try tensorArgument(call[0]), axis: try call.int(1)))
        }
        lib.function("matmul", ["_", "_"]) { call in
            wrap(try TensorEngine.matmul(try tensorLike(call[0], op: "matmul"), try tensorLike(call[1], op: "matmul")))
        }
        lib.function("concat", ["_", Param("axis", default: 0)]) { call in
            wrap(try TensorEngine.concat(try tensorArray(call[0]), axis: try call.int(1)))
        }
        lib.function("stack", ["_", Param("axis", default: 0)]) { call in
            wrap(try TensorEngine.stack(try tensorArray(call[0]), axis: try call.int(1)))
        }
    }

    func bindAutograd() {
        // noGrad { ... } returns what its closure returns.
        library.function("noGrad", ["_"]) { call in
            try TensorEngine.noGrad { try call.context.call(call[0], []) }
        }
        // One generator per session: reseeding it reseeds Double.random, shuffles and tensors.
        library.plainFunction("manualSeed", ["_"]) { call in
            call.context.random.seed(try call.int(0))
            return .void
        }
        library.function("clipGradNorm", ["_", "maxNorm"]) { call in
            .double(TensorEngine.clipGradNorm(try tensorArray(call[0]), maxNorm: try call.double(1)))
        }
    }
}
