// Convolution, pooling, normalisation and attention (LANGUAGE.md §3): the layers `Conv1d`,
// `Conv2d`, `MaxPool2d`, `LayerNorm`, `MultiheadAttention` and the functional forms
// `conv1d`, `conv2d`, `maxPool2d`, `layerNorm`, `scaledDotProductAttention`.

import Script
import TensorEngine

extension Prelude {
    func bindExtraLayers() {
        let lib = library
        let module = moduleType
        let wrap = self.wrap as (Tensor) -> Value
        func layerType<M: Module>(_ name: String, _ cls: M.Type) -> NativeType {
            let type = lib.addType(name, superType: module)
            layerTypes[ObjectIdentifier(cls)] = type
            return type
        }
        func optionalTensor(_ v: Value) throws -> Tensor? { try v.optional.map { try tensorLike($0) } }

        let convParams: [Param] = ["_", "_", "kernelSize", Param("stride", default: 1), Param("padding", default: 0), Param("bias", default: true)]
        let conv2dType = layerType("Conv2d", Conv2d.self)
        conv2dType.initializer(convParams) { call in
            .native(ModuleObject(try Conv2d(try call.int(0), try call.int(1), kernelSize: try call.int(2), stride: try call.int(3),
                                            padding: try call.int(4), bias: try call.bool(5), using: self.layerRandom(call.context)), type: conv2dType))
        }
        let conv1dType = layerType("Conv1d", Conv1d.self)
        conv1dType.initializer(convParams) { call in
            .native(ModuleObject(try Conv1d(try call.int(0), try call.int(1), kernelSize: try call.int(2), stride: try call.int(3),
                                            padding: try call.int(4), bias: try call.bool(5), using: self.layerRandom(call.context)), type: conv1dType))
        }
        for type in [conv2dType, conv1dType] {
            type.property("weight") { call in
                let m = (call.receiver.nativeObject as? ModuleObject)?.module
                if let c = m as? Conv2d { return wrap(c.weight) }
                if let c = m as? Conv1d { return wrap(c.weight) }
                throw ScriptError.typeMismatch(expected: type.name, actual: call.receiver)
            }
            type.property("bias") { call in
                let m = (call.receiver.nativeObject as? ModuleObject)?.module
                if let c = m as? Conv2d { return c.bias.map { wrap($0) } ?? .null }
                if let c = m as? Conv1d { return c.bias.map { wrap($0) } ?? .null }
                throw ScriptError.typeMismatch(expected: type.name, actual: call.receiver)
            }
        }

        let pool = layerType("MaxPool2d", MaxPool2d.self)
        pool.initializer(["kernelSize", Param("stride", default: Value.null)]) { call in
            .native(ModuleObject(try MaxPool2d(kernelSize: try call.int(0), stride: try call.optional(1)?.asInt()), type: pool))
        }

        let norm = layerType("LayerNorm", LayerNorm.self)
        norm.initializer(["_", Param("eps", default: 1e-5), Param("affine", default: true)]) { call in
            let m: LayerNorm
            if case .array = call[0] {
                m = try LayerNorm(try call.intArray(0), eps: try call.double(1), affine: try call.bool(2))
            } else {
                m = try LayerNorm(try call.int(0), eps: try call.double(1), affine: try call.bool(2))
            }
            return .native(ModuleObject(m, type: norm))
        }
        norm.property("weight") { call in ((call.receiver.nativeObject as? ModuleObject)?.module as? LayerNorm)?.weight.map { wrap($0) } ?? .null }
        norm.property("bias") { call in ((call.receiver.nativeObject as? ModuleObject)?.module as? LayerNorm)?.bias.map { wrap($0) } ?? .null }

        let attention = layerType("MultiheadAttention", MultiheadAttention.self)
        attention.initializer(["embedDim", "heads", Param("bias", default: true), Param("batchFirst", default: false)]) { call in
            .native(ModuleObject(try MultiheadAttention(embedDim: try call.int(0), heads: try call.int(1), bias: try call.bool(2),
                                                        batchFirst: try call.bool(3), using: self.layerRandom(call.context)), type: attention))
        }
        // attention(q, k, v, mask: m) returns (output, weights).
        attention.method("callAsFunction", ["_", "_", "_", Param("mask", default: Value.null)]) { call in
            guard let m = (call.receiver.nativeObject as? ModuleObject)?.module as? MultiheadAttention else {
                throw ScriptError.typeMismatch(expected: "MultiheadAttention", actual: call.receiver)
            }
            let r = try m(try tensorLike(call[0]), try tensorLike(call[1]), try tensorLike(call[2]), mask: try optionalTensor(call[3]))
            return .makeTuple([wrap(r.output), wrap(r.weights)])
        }

        lib.function("conv2d", ["_", "_", Param("bias", default: Value.null), Param("stride", default: 1), Param("padding", default: 0)]) { call in
            wrap(try conv2d(try tensorLike(call[0]), try tensorLike(call[1]), bias: try optionalTensor(call[2]),
                            stride: try call.int(3), padding: try call.int(4)))
        }
        lib.function("conv1d", ["_", "_", Param("bias", default: Value.null), Param("stride", default: 1), Param("padding", default: 0)]) { call in
            wrap(try conv1d(try tensorLike(call[0]), try tensorLike(call[1]), bias: try optionalTensor(call[2]),
                            stride: try call.int(3), padding: try call.int(4)))
        }
        lib.function("maxPool2d", ["_", "kernelSize", Param("stride", default: Value.null)]) { call in
            wrap(try maxPool2d(try tensorLike(call[0]), kernelSize: try call.int(1), stride: try call.optional(2)?.asInt()))
        }
        lib.function("layerNorm", ["_", "normalizedShape", Param("weight", default: Value.null), Param("bias", default: Value.null), Param("eps", default: 1e-5)]) { call in
            wrap(try layerNorm(try tensorLike(call[0]), normalizedShape: try shapeArgument(call[1]), weight: try optionalTensor(call[2]),
                               bias: try optionalTensor(call[3]), eps: try call.double(4)))
        }
        lib.function("scaledDotProductAttention", ["_", "_", "_", Param("mask", default: Value.null)]) { call in
            wrap(try scaledDotProductAttention(try tensorLike(call[0]), try tensorLike(call[1]), try tensorLike(call[2]), mask: try optionalTensor(call[3])))
        }
    }

    /// Calls a layer whose call takes other arguments than one tensor; nil for the others.
    func callExtraLayer(_ m: Module, _ args: [Value]) throws -> Value? {
        guard let a = m as? MultiheadAttention, args.count >= 3 else { return nil }
        guard args.count == 3 else { throw ScriptError("MultiheadAttention takes query, key, value and mask: (labeled), got \(args.count) arguments") }
        let r = try a(try tensorLike(args[0]), try tensorLike(args[1]), try tensorLike(args[2]))
        return .makeTuple([wrap(r.output), wrap(r.weights)])
    }
}

/// The text of a layer bound in this file; nil for the others.
func describeExtraModule(_ m: Module) -> String? {
    switch m {
    case let c as Conv2d:
        return "Conv2d(\(c.weight.shape[1]), \(c.weight.shape[0]), kernelSize: \(c.weight.shape[2]), stride: \(c.stride.0), padding: \(c.padding.0))"
    case let c as Conv1d:
        return "Conv1d(\(c.weight.shape[1]), \(c.weight.shape[0]), kernelSize: \(c.weight.shape[2]), stride: \(c.stride), padding: \(c.padding))"
    case let p as MaxPool2d:
        return "MaxPool2d(kernelSize: \(p.kernelSize.0), stride: \(p.stride.0))"
    case let n as LayerNorm:
        return "LayerNorm(\(n.normalizedShape.count == 1 ? String(n.normalizedShape[0]) : shapeText(n.normalizedShape)))"
    case let a as MultiheadAttention:
        return "MultiheadAttention(embedDim: \(a.embedDim), heads: \(a.heads))"
    default:
        return nil
    }
}
