// Making tensors (LANGUAGE.md §3 "Creating"): `Tensor(_:)`, `Tensor.zeros(_:)` and friends.
// Random tensors draw from the session's one generator (`context.random`), the same one
// `Double.random(in:)` uses, so `manualSeed(_:)` reseeds both.

import Script
import TensorEngine

extension Prelude {
    func bindTensorCreation() {
        let t = tensorType
        let wrap = self.wrap as (Tensor) -> Value

        // Tensor(3.0), Tensor([1, 2, 3]), Tensor([[1, 2], [3, 4]], requiresGrad: true), Tensor(t)
        t.initializer(["_", Param("requiresGrad", default: false)]) { call in
            let source = try tensorLike(call[0])
            let copy = tensorOf(call[0]) != nil ? source.detached() : source
            copy.requiresGrad = try call.bool(1)
            return wrap(copy)
        }
        // Tensor(shape: [2, 3], scalars: [...])
        t.initializer(["shape", "scalars", Param("requiresGrad", default: false)]) { call in
            wrap(try Tensor(shape: try shapeArgument(call[0]), scalars: try call.doubleArray(1), requiresGrad: try call.bool(2)))
        }

        t.staticMethod("zeros", ["_", Param("requiresGrad", default: false)]) { call in
            wrap(try .zeros(try shapeArgument(call[0]), requiresGrad: try call.bool(1)))
        }
        t.staticMethod("zeros", ["like", Param("requiresGrad", default: false)]) { call in
            wrap(.zeros(like: try tensorArgument(call[0]), requiresGrad: try call.bool(1)))
        }
        t.staticMethod("ones", ["_", Param("requiresGrad", default: false)]) { call in
            wrap(try .ones(try shapeArgument(call[0]), requiresGrad: try call.bool(1)))
        }
        t.staticMethod("ones", ["like"]) { call in
            wrap(.ones(like: try tensorArgument(call[0])))
        }
        t.staticMethod("full", ["_", "_", Param("requiresGrad", default: false)]) { call in
            wrap(try .full(try shapeArgument(call[0]), try call.double(1), requiresGrad: try call.bool(2)))
        }
        t.staticMethod("rand", ["_", Param("requiresGrad", default: false)]) { call in
            let shape = try shapeArgument(call[0])
            let rng = call.context.random
            return wrap(try randomTensor(shape, requiresGrad: try call.bool(1), op: "rand") { rng.nextFloat() })
        }
        t.staticMethod("randn", ["_", Param("requiresGrad", default: false)]) { call in
            let shape = try shapeArgument(call[0])
            let rng = call.context.random
            // The pairs nextGaussian() would draw, in its order; the transcendentals in bulk.
            let t = try randomTensor(shape, requiresGrad: try call.bool(1), op: "randn") { values in
                NormalSampling.fillCosine(values) {
                    var u1 = rng.nextDouble()
                    while u1 <= 0 { u1 = rng.nextDouble() }
                    return (u1, rng.nextDouble())
                }
            }
            return wrap(t)
        }
        t.staticMethod("arange", ["_", "_", Param("step", default: 1)]) { call in
            wrap(try .arange(try call.double(0), try call.double(1), step: try call.double(2)))
        }
        t.staticMethod("arange", ["_"]) { call in
            wrap(try .arange(0, try call.double(0)))
        }
        t.staticMethod("linspace", ["_", "_", "count"]) { call in
            wrap(try .linspace(try call.double(0), try call.double(1), count: try call.int(2)))
        }
        t.staticMethod("eye", ["_"]) { call in
            wrap(try .eye(try call.int(0)))
        }
        t.staticMethod("oneHot", ["_", "count"]) { call in
            wrap(try .oneHot(try tensorLike(call[0], op: "oneHot"), count: try call.int(1)))
        }
        // multinomial(probs, samples: 1): indices drawn from the session's generator.
        library.function("multinomial", ["_", "samples", Param("replacement", default: false)]) { call in
            let rng = call.context.random
            return wrap(try multinomial(try tensorLike(call[0], op: "multinomial"), samples: try call.int(1),
                                        replacement: try call.bool(2)) { rng.nextDouble() })
        }
    }
}

/// A tensor of `shape` filled by `draw`, element by element in row-major order.
func randomTensor(_ shape: [Int], requiresGrad: Bool, op: String, _ draw: () -> Float) throws -> Tensor {
    var count = 1
    for n in shape {
        guard n >= 0 else { throw ScriptError("\(op): shape \(shapeText(shape)) has a negative size") }
        let (c, overflow) = count.multipliedReportingOverflow(by: n)
        guard !overflow, c <= Tensor.maxElementCount else {
            throw ScriptError("\(op): shape \(shapeText(shape)) has more than \(Tensor.maxElementCount) elements")
        }
        count = c
    }
    var values = [Float](repeating: 0, count: count)
    for i in 0..<count { values[i] = draw() }
    return try translatingErrors { try Tensor(shape: shape, scalars: values, requiresGrad: requiresGrad) }
}

/// A tensor of `shape` whose values `fill` writes in row-major order (for bulk samplers); the
/// shape is checked as above. The fill happens before anything records the tensor.
func randomTensor(_ shape: [Int], requiresGrad: Bool, op: String, fill: (UnsafeMutableBufferPointer<Float>) -> Void) throws -> Tensor {
    let t = try randomTensor(shape, requiresGrad: requiresGrad, op: op) { 0 }
    t.withUnsafeMutableBufferPointer { fill($0) }
    return t
}
