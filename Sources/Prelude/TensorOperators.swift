// Operators on tensors (LANGUAGE.md §3 "Arithmetic", "Indexing", "Autograd"): `+ - * /`
// with a tensor or a number on either side, unary `-`, the pointwise comparisons
// `.== .!= .< .<= .> .>=`, compound assignment in place, and subscripts.

import Script
import TensorEngine

/// One binary operator in its three forms: tensor⊗tensor, tensor⊗number, number⊗tensor.
private struct TensorOperator {
    let tensorTensor: (Tensor, Tensor) throws -> Tensor
    let tensorNumber: (Tensor, Double) -> Tensor
    let numberTensor: (Double, Tensor) -> Tensor
}

/// The number a value holds (`Int` or `Double`), if it is one.
@inline(__always)
private func numberOf(_ v: Value) -> Double? {
    switch v {
    case .double(let d): return d
    case .int(let i): return Double(i)
    default: return nil
    }
}

extension Prelude {
    func bindTensorOperators() {
        let t = tensorType
        let wrap = self.wrap as (Tensor) -> Value

        let table: [(String, TensorOperator)] = [
            ("+", TensorOperator(tensorTensor: { try $0 + $1 }, tensorNumber: { $0 + $1 }, numberTensor: { $0 + $1 })),
            ("-", TensorOperator(tensorTensor: { try $0 - $1 }, tensorNumber: { $0 - $1 }, numberTensor: { $0 - $1 })),
            ("*", TensorOperator(tensorTensor: { try $0 * $1 }, tensorNumber: { $0 * $1 }, numberTensor: { $0 * $1 })),
            ("/", TensorOperator(tensorTensor: { try $0 / $1 }, tensorNumber: { $0 / $1 }, numberTensor: { $0 / $1 })),
            (".==", TensorOperator(tensorTensor: { try $0 .== $1 }, tensorNumber: { $0 .== $1 }, numberTensor: { $0 .== $1 })),
            (".!=", TensorOperator(tensorTensor: { try $0 .!= $1 }, tensorNumber: { $0 .!= $1 }, numberTensor: { $0 .!= $1 })),
            (".<", TensorOperator(tensorTensor: { try $0 .< $1 }, tensorNumber: { $0 .< $1 }, numberTensor: { $0 .< $1 })),
            (".<=", TensorOperator(tensorTensor: { try $0 .<= $1 }, tensorNumber: { $0 .<= $1 }, numberTensor: { $0 .<= $1 })),
            (".>", TensorOperator(tensorTensor: { try $0 .> $1 }, tensorNumber: { $0 .> $1 }, numberTensor: { $0 .> $1 })),
            (".>=", TensorOperator(tensorTensor: { try $0 .>= $1 }, tensorNumber: { $0 .>= $1 }, numberTensor: { $0 .>= $1 })),
        ]
        for (name, op) in table {
            t.binaryOperator(name) { a, b in
                if let x = tensorOf(a) {
                    if let y = tensorOf(b) { return wrap(try translatingErrors { try op.tensorTensor(x, y) }) }
                    if let s = numberOf(b) { return wrap(op.tensorNumber(x, s)) }
                    if case .array = b { return wrap(try translatingErrors { try op.tensorTensor(x, try tensorFromNested(b)) }) }
                } else if let y = tensorOf(b) {
                    if let s = numberOf(a) { return wrap(op.numberTensor(s, y)) }
                    if case .array = a { return wrap(try translatingErrors { try op.tensorTensor(try tensorFromNested(a), y) }) }
                }
                throw operandError(name, a, b)
            }
        }
        t.prefixOperator("-") { a in wrap(-(try tensorArgument(a))) }

        // `w -= lr * w.grad`: in place, the variable keeps its tensor (the engine refuses it on
        // a tensor that requires grad outside `noGrad`, with a message that says so).
        let compound: [(String, (Tensor, Tensor) throws -> Void, (Tensor, Double) throws -> Void)] = [
            ("+=", { try $0 += $1 }, { try $0 += $1 }),
            ("-=", { try $0 -= $1 }, { try $0 -= $1 }),
            ("*=", { try $0 *= $1 }, { try $0 *= $1 }),
            ("/=", { try $0 /= $1 }, { try $0 /= $1 }),
        ]
        for (name, withTensor, withNumber) in compound {
            t.compoundAssignment(name) { a, b in
                let x = try tensorArgument(a)
                try translatingErrors {
                    if let s = numberOf(b) { try withNumber(x, s) } else { try withTensor(x, try tensorLike(b)) }
                }
            }
        }

        // t[i], t[i, j], t[0..<2], t[1...], t[..<3], t[..., 0]; assignment in place.
        t.subscripts(get: guarded { call in
            let x = try tensorArgument(call.receiver)
            return wrap(try x.indexed(try call.arguments.map(tensorIndex)))
        }, set: guarded { call in
            let x = try tensorArgument(call.receiver)
            let indices = try call.arguments.dropLast().map(tensorIndex)
            try x.setIndexed(indices, to: try tensorLike(call.arguments[call.count - 1]))
            return .void
        })
    }
}

/// One subscript argument as the engine's index: `2`, `-1`, `0..<2`, `1...`, `..<3`, `...`.
func tensorIndex(_ v: Value) throws -> TensorIndex {
    switch v {
    case .int(let i): return .index(i)
    case .range(let r):
        if r.isFull { return .all }
        func bound(_ b: Value?) throws -> Int? {
            guard let b else { return nil }
            guard case .int(let i) = b else { throw ScriptError("a tensor subscript's range bounds must be Int, not '\(b.typeName)'") }
            return i
        }
        return .range(lower: try bound(r.lower), upper: try bound(r.upper), closed: r.closed)
    default:
        throw ScriptError("cannot subscript a tensor with a value of type '\(v.typeName)'; use an Int, a range or ...")
    }
}

/// swiftc's wording for an operator whose operands do not fit.
private func operandError(_ op: String, _ a: Value, _ b: Value) -> ScriptError {
    ScriptError("binary operator '\(op)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
}
