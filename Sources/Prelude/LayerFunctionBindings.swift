// Convolution, pooling, normalisation and attention as functions (LANGUAGE.md §3): `conv1d`,
// `conv2d`, `maxPool2d`, `layerNorm`, `scaledDotProductAttention`. Their layers are declared
// in LayerCatalog.swift.

import Script
import TensorEngine

extension Prelude {
    /// The functional forms of the layers: `conv1d`, `conv2d`, `maxPool2d`, `layerNorm`,
    /// `scaledDotProductAttention`.
    func bindLayerFunctions() {
        let lib = library
        let wrap = self.wrap as (Tensor) -> Value
        func optionalTensor(_ v: Value) throws -> Tensor? { try v.optional.map { try tensorLike($0) } }

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
        lib.function("scaledDotProductAttention", ["_", "_", "_", Param("mask", default: Value.null),
                                                   Param("additiveMask", default: Value.null)]) { call in
            wrap(try scaledDotProductAttention(try tensorLike(call[0]), try tensorLike(call[1]), try tensorLike(call[2]),
                                               mask: try optionalTensor(call[3]), additiveMask: try optionalTensor(call[4])))
        }
    }
}
