// Methods of a tensor (LANGUAGE.md §3 "Methods" and "Autograd"): shape changes,
// reductions, `abs()`, `matmul`, `backward`, `zeroGrad`.

import Script
import TensorEngine

extension Prelude {
    func bindTensorMethods() {
        let t = tensorType
        let wrap = self.wrap as (Tensor) -> Value
        /// A method `name(...)` of the receiver that returns a tensor.
        func unary(_ name: String, _ params: [Param] = [], _ body: @escaping (Tensor, NativeCall) throws -> Tensor) {
            t.method(name, params) { call in wrap(try body(try tensorArgument(call.receiver), call)) }
        }

        unary("transposed") { x, _ in try x.T }
        unary("transposed", ["_", "_"]) { x, c in try x.transposed(try c.int(0), try c.int(1)) }
        // reshaped([2, 3]) and reshaped(2, 3)
        unary("reshaped", [Param("_", variadic: true)]) { x, c in
            let dims = try c[0].asArray()
            if dims.count == 1, case .array = dims[0] { return try x.reshaped(try shapeArgument(dims[0])) }
            return try x.reshaped(try c[0].asIntArray())
        }
        unary("permuted", ["_"]) { x, c in try x.permuted(try c.intArray(0)) }
        unary("flattened") { x, _ in x.flattened() }
        unary("squeezed") { x, _ in x.squeezed() }
        unary("squeezed", ["axis"]) { x, c in try x.squeezed(axis: try c.int(0)) }
        unary("unsqueezed", ["axis"]) { x, c in try x.unsqueezed(axis: try c.int(0)) }
        unary("detached") { x, _ in x.detached() }
        unary("norm") { x, _ in x.norm() }
        unary("abs") { x, _ in TensorEngine.abs(x) }
        unary("matmul", ["_"]) { x, c in try x.matmul(try tensorLike(c[0], op: "matmul")) }
        unary("clamped", [Param("min", default: Value.null), Param("max", default: Value.null)]) { x, c in
            x.clamped(min: try c.optional(0)?.asDouble(), max: try c.optional(1)?.asDouble())
        }

        unary("sum") { x, _ in x.sum() }
        unary("sum", ["axis", Param("keepDims", default: false)]) { x, c in try x.sum(axis: try c.int(0), keepDims: try c.bool(1)) }
        unary("mean") { x, _ in x.mean() }
        unary("mean", ["axis", Param("keepDims", default: false)]) { x, c in try x.mean(axis: try c.int(0), keepDims: try c.bool(1)) }
        unary("max") { x, _ in try x.max() }
        unary("max", ["axis", Param("keepDims", default: false)]) { x, c in try x.max(axis: try c.int(0), keepDims: try c.bool(1)) }
        unary("min") { x, _ in try x.min() }
        unary("min", ["axis", Param("keepDims", default: false)]) { x, c in try x.min(axis: try c.int(0), keepDims: try c.bool(1)) }
        unary("argmax") { x, _ in try x.argmax() }
        unary("argmax", ["axis", Param("keepDims", default: false)]) { x, c in try x.argmax(axis: try c.int(0), keepDims: try c.bool(1)) }
        unary("argmin") { x, _ in try x.argmin() }
        unary("argmin", ["axis", Param("keepDims", default: false)]) { x, c in try x.argmin(axis: try c.int(0), keepDims: try c.bool(1)) }

        t.method("backward", []) { call in
            try tensorArgument(call.receiver).backward()
            return .void
        }
        t.method("backward", ["gradient"]) { call in
            try tensorArgument(call.receiver).backward(gradient: try tensorLike(call[0]))
            return .void
        }
        t.method("zeroGrad", []) { call in
            try tensorArgument(call.receiver).zeroGrad()
            return .void
        }
    }
}
