// Free functions on tensors (LANGUAGE.md §3 "Functions" and "Autograd"). The element-wise
// names also work on `Double`: Foundation has `exp`, `tanh`…; the activations it lacks
// (`sigmoid`, `relu`…) get a `Double` overload here, as the engine defines them.

import TensorEngine

public func exp(_ x: Tensor) -> Tensor { Tensor(TensorEngine.exp(x.base)) }
public func log(_ x: Tensor) -> Tensor { Tensor(TensorEngine.log(x.base)) }
public func sqrt(_ x: Tensor) -> Tensor { Tensor(TensorEngine.sqrt(x.base)) }
public func abs(_ x: Tensor) -> Tensor { Tensor(TensorEngine.abs(x.base)) }
public func sin(_ x: Tensor) -> Tensor { Tensor(TensorEngine.sin(x.base)) }
public func cos(_ x: Tensor) -> Tensor { Tensor(TensorEngine.cos(x.base)) }
public func tanh(_ x: Tensor) -> Tensor { Tensor(TensorEngine.tanh(x.base)) }
public func atan(_ x: Tensor) -> Tensor { Tensor(TensorEngine.atan(x.base)) }
public func sigmoid(_ x: Tensor) -> Tensor { Tensor(TensorEngine.sigmoid(x.base)) }
public func relu(_ x: Tensor) -> Tensor { Tensor(TensorEngine.relu(x.base)) }
public func selu(_ x: Tensor) -> Tensor { Tensor(TensorEngine.selu(x.base)) }
public func softplus(_ x: Tensor) -> Tensor { Tensor(TensorEngine.softplus(x.base)) }
public func elu(_ x: Tensor, alpha: Double = 1.0) -> Tensor { Tensor(TensorEngine.elu(x.base, alpha: alpha)) }
public func leakyRelu(_ x: Tensor, slope: Double = 0.01) -> Tensor { Tensor(TensorEngine.leakyRelu(x.base, slope: slope)) }

public func sigmoid(_ x: Double) -> Double { TensorEngine.sigmoid(x) }
public func relu(_ x: Double) -> Double { TensorEngine.relu(x) }
public func selu(_ x: Double) -> Double { TensorEngine.selu(x) }
public func softplus(_ x: Double) -> Double { TensorEngine.softplus(x) }
public func elu(_ x: Double, alpha: Double = 1.0) -> Double { TensorEngine.elu(x, alpha: alpha) }
public func leakyRelu(_ x: Double, slope: Double = 0.01) -> Double { TensorEngine.leakyRelu(x, slope: slope) }

public func pow(_ x: Tensor, _ p: Double) -> Tensor { Tensor(TensorEngine.pow(x.base, p)) }
public func pow(_ x: Tensor, _ p: Tensor) -> Tensor { Tensor(attempt { try TensorEngine.pow(x.base, p.base) }) }
public func softmax(_ x: Tensor, axis: Int = -1) -> Tensor { Tensor(attempt { try TensorEngine.softmax(x.base, axis: axis) }) }
public func logSoftmax(_ x: Tensor, axis: Int = -1) -> Tensor { Tensor(attempt { try TensorEngine.logSoftmax(x.base, axis: axis) }) }
public func matmul(_ a: Tensor, _ b: Tensor) -> Tensor { Tensor(attempt { try TensorEngine.matmul(a.base, b.base) }) }
public func concat(_ tensors: [Tensor], axis: Int = 0) -> Tensor { Tensor(attempt { try TensorEngine.concat(tensors.map(\.base), axis: axis) }) }
public func stack(_ tensors: [Tensor], axis: Int = 0) -> Tensor { Tensor(attempt { try TensorEngine.stack(tensors.map(\.base), axis: axis) }) }

/// Runs `body` without recording for autograd and returns what it returns.
public func noGrad<T>(_ body: () throws -> T) rethrows -> T { try TensorEngine.noGrad(body) }

/// Scales the gradients of `parameters` down to a total norm of `maxNorm` at most; returns the
/// norm before clipping.
@discardableResult
public func clipGradNorm(_ parameters: [Tensor], maxNorm: Double) -> Double {
    TensorEngine.clipGradNorm(parameters.map(\.base), maxNorm: maxNorm)
}

// The functional forms of the layers (input `[N, C, H, W]` for 2-D, `[N, C, L]` for 1-D).

public func conv2d(_ input: Tensor, _ weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) -> Tensor {
    Tensor(attempt { try TensorEngine.conv2d(input.base, weight.base, bias: bias?.base, stride: stride, padding: padding) })
}

public func conv1d(_ input: Tensor, _ weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) -> Tensor {
    Tensor(attempt { try TensorEngine.conv1d(input.base, weight.base, bias: bias?.base, stride: stride, padding: padding) })
}

public func maxPool2d(_ input: Tensor, kernelSize: Int, stride: Int? = nil) -> Tensor {
    Tensor(attempt { try TensorEngine.maxPool2d(input.base, kernelSize: kernelSize, stride: stride) })
}

public func layerNorm(_ input: Tensor, normalizedShape: [Int], weight: Tensor? = nil, bias: Tensor? = nil, eps: Double = 1e-5) -> Tensor {
    Tensor(attempt { try TensorEngine.layerNorm(input.base, normalizedShape: normalizedShape, weight: weight?.base, bias: bias?.base, eps: eps) })
}

public func scaledDotProductAttention(_ q: Tensor, _ k: Tensor, _ v: Tensor, mask: Tensor? = nil, additiveMask: Tensor? = nil) -> Tensor {
    Tensor(attempt { try TensorEngine.scaledDotProductAttention(q.base, k.base, v.base, mask: mask?.base, additiveMask: additiveMask?.base) })
}
