// The layers of LANGUAGE.md §3, each declared once (`LayerDeclaration`): parameters with
// the contract's labels and defaults, how it is made (weights drawn from the session's
// generator), how a call runs it, how it prints, the properties lessons read. Adding a
// layer is one declaration here plus the engine's class.

import Script
import TensorEngine

extension Prelude {
    func bindLayers() {
        for layer in coreLayers() + activationLayers() + recurrentLayers() + recurrentCells() + convolutionLayers() {
            declare(layer)
        }
        bindLayerFunctions()
    }

    private func coreLayers() -> [LayerDeclaration] {
        let wrap = self.wrap as (Tensor) -> Value
        return [
            LayerDeclaration(
                "Linear", Linear.self, [.unlabeled("inFeatures"), .unlabeled("outFeatures"), .labeled("bias", default: true)],
                make: { a in try Linear(try a.int("inFeatures"), try a.int("outFeatures"), bias: try a.bool("bias"), using: a.random) },
                describe: { l, _ in "Linear(inFeatures: \(l.inFeatures), outFeatures: \(l.outFeatures), bias: \(l.bias != nil))" },
                properties: [("weight", { wrap($0.weight) }), ("bias", { m in m.bias.map { wrap($0) } ?? .null }),
                             ("inFeatures", { .int($0.inFeatures) }), ("outFeatures", { .int($0.outFeatures) })]),
            LayerDeclaration(
                "Sequential", Sequential.self, [.unlabeled("layers", variadic: true)],
                make: { a in
                    var items = try a.value("layers").asArray()
                    // Sequential([a, b]) as well as Sequential(a, b).
                    if items.count == 1, case .array(let inner) = items[0] { items = inner }
                    return Sequential(try items.map { try self.engineModule($0, a.call.context) })
                },
                describe: { s, indent in
                    let inner = indent + "  "
                    let lines = s.layers.enumerated().map {
                        "\(inner)(\($0.offset)): " + describeModule($0.element, name: layerName($0.element), indent: inner)
                    }
                    return "Sequential(\n" + lines.joined(separator: "\n") + "\n\(indent))"
                },
                properties: [("count", { .int($0.count) }), ("layers", { s in .array(s.layers.map { self.moduleValue($0) }) })],
                bindExtras: { type in
                    type.subscripts(get: guarded { call in
                        guard let s = (call.receiver.nativeObject as? ModuleObject)?.module as? Sequential else {
                            throw ScriptError.typeMismatch(expected: "Sequential", actual: call.receiver)
                        }
                        let i = try call.int(0)
                        let k = i < 0 ? i + s.count : i
                        guard k >= 0, k < s.count else { throw ScriptError("Sequential: index \(i) is out of range for \(s.count) layers") }
                        return self.moduleValue(s.layers[k])
                    })
                }),
            LayerDeclaration(
                "Dropout", Dropout.self, [.unlabeled("p", default: 0.5)],
                make: { a in try Dropout(try a.double("p"), using: a.random) },
                describe: { d, _ in "Dropout(p: \(d.p))" },
                properties: [("p", { .double($0.p) })]),
            LayerDeclaration(
                "Embedding", Embedding.self, [.unlabeled("count"), .unlabeled("dim")],
                make: { a in try Embedding(try a.int("count"), try a.int("dim"), using: a.random) },
                describe: { e, _ in "Embedding(\(e.count), \(e.dim))" },
                properties: [("weight", { wrap($0.weight) })]),
            LayerDeclaration(
                "EmbeddingBag", EmbeddingBag.self, [.unlabeled("count"), .unlabeled("dim"), .labeled("mode", default: .symbol("mean"))],
                make: { a in try EmbeddingBag(try a.int("count"), try a.int("dim"), mode: try bagMode(a.value("mode")), using: a.random) },
                describe: { e, _ in "EmbeddingBag(\(e.count), \(e.dim), mode: .\(e.mode.rawValue))" },
                properties: [("weight", { wrap($0.weight) })],
                bindExtras: { type in
                    // bag(indices, offsets: o), on the type itself so that the label is known.
                    type.method("callAsFunction", ["_", Param("offsets", default: Value.null)]) { call in
                        guard let m = (call.receiver.nativeObject as? ModuleObject)?.module as? EmbeddingBag else {
                            throw ScriptError.typeMismatch(expected: "EmbeddingBag", actual: call.receiver)
                        }
                        return wrap(try m(try tensorLike(call[0]), offsets: try call.optional(1).map { try tensorLike($0) }))
                    }
                }),
        ]
    }

    private func activationLayers() -> [LayerDeclaration] {
        [
            LayerDeclaration("Sigmoid", Sigmoid.self, [], make: { _ in Sigmoid() }, describe: { _, _ in "Sigmoid()" }),
            LayerDeclaration("Tanh", Tanh.self, [], make: { _ in Tanh() }, describe: { _, _ in "Tanh()" }),
            LayerDeclaration("ReLU", ReLU.self, [], make: { _ in ReLU() }, describe: { _, _ in "ReLU()" }),
            LayerDeclaration("LeakyReLU", LeakyReLU.self, [.labeled("slope", default: 0.01)],
                             make: { a in LeakyReLU(slope: try a.double("slope")) }, describe: { l, _ in "LeakyReLU(slope: \(l.slope))" }),
            LayerDeclaration("Softplus", Softplus.self, [], make: { _ in Softplus() }, describe: { _, _ in "Softplus()" }),
            LayerDeclaration("SELU", SELU.self, [], make: { _ in SELU() }, describe: { _, _ in "SELU()" }),
            LayerDeclaration("ELU", ELU.self, [.labeled("alpha", default: 1.0)],
                             make: { a in ELU(alpha: try a.double("alpha")) }, describe: { _, _ in "ELU()" }),
            LayerDeclaration("Softmax", Softmax.self, [.labeled("axis", default: -1)],
                             make: { a in Softmax(axis: try a.int("axis")) }, describe: { s, _ in "Softmax(axis: \(s.axis))" }),
            LayerDeclaration("LogSoftmax", LogSoftmax.self, [.labeled("axis", default: -1)],
                             make: { a in LogSoftmax(axis: try a.int("axis")) }, describe: { s, _ in "LogSoftmax(axis: \(s.axis))" }),
            LayerDeclaration("Flatten", Flatten.self, [.labeled("startAxis", default: 1), .labeled("endAxis", default: -1)],
                             make: { a in Flatten(startAxis: try a.int("startAxis"), endAxis: try a.int("endAxis")) },
                             describe: { _, _ in "Flatten()" }),
        ]
    }

    private func recurrentLayers() -> [LayerDeclaration] {
        let wrap = self.wrap as (Tensor) -> Value
        let parameters: [LayerParameter] = [
            .labeled("inputSize"), .labeled("hiddenSize"), .labeled("layers", default: 1),
            .labeled("bias", default: true), .labeled("batchFirst", default: false), .labeled("bidirectional", default: false),
        ]
        func describe(_ name: String) -> (RecurrentLayer, String) -> String {
            { r, _ in
                "\(name)(inputSize: \(r.inputSize), hiddenSize: \(r.hiddenSize), layers: \(r.layers), batchFirst: \(r.batchFirst)"
                    + (r.bidirectional ? ", bidirectional: true)" : ")")
            }
        }
        func properties<M: RecurrentLayer>(_: M.Type) -> [(String, (M) -> Value)] {
            [("inputSize", { .int($0.inputSize) }), ("hiddenSize", { .int($0.hiddenSize) }),
             ("layers", { .int($0.layers) }), ("batchFirst", { .bool($0.batchFirst) }),
             ("bidirectional", { .bool($0.bidirectional) })]
        }
        // rnn(x), rnn(x, h) and gru(…) return (output, hidden); lstm(x, (h, c)) returns (output, (h, c)).
        func outputAndHidden(_ r: (output: Tensor, hidden: Tensor)) -> Value { .makeTuple([wrap(r.output), wrap(r.hidden)]) }
        return [
            LayerDeclaration(
                "RNN", RNN.self, parameters + [.labeled("nonlinearity", default: .symbol("tanh"))],
                make: { a in
                    try RNN(inputSize: try a.int("inputSize"), hiddenSize: try a.int("hiddenSize"), layers: try a.int("layers"),
                            nonlinearity: try nonlinearity(a.value("nonlinearity")), bias: try a.bool("bias"),
                            batchFirst: try a.bool("batchFirst"), bidirectional: try a.bool("bidirectional"), using: a.random)
                },
                describe: describe("RNN"),
                call: { m, c in try c.arity(1...2); return outputAndHidden(try m(try c.tensor(0), try c.optionalTensor(1))) },
                properties: properties(RNN.self)),
            LayerDeclaration(
                "LSTM", LSTM.self, parameters,
                make: { a in
                    try LSTM(inputSize: try a.int("inputSize"), hiddenSize: try a.int("hiddenSize"), layers: try a.int("layers"),
                             bias: try a.bool("bias"), batchFirst: try a.bool("batchFirst"), bidirectional: try a.bool("bidirectional"),
                             using: a.random)
                },
                describe: describe("LSTM"),
                call: { m, c in
                    try c.arity(1...2)
                    let r = try m(try c.tensor(0), try c.optionalPair(1))
                    return .makeTuple([wrap(r.output), .makeTuple([wrap(r.hidden.h), wrap(r.hidden.c)])])
                },
                properties: properties(LSTM.self)),
            LayerDeclaration(
                "GRU", GRU.self, parameters,
                make: { a in
                    try GRU(inputSize: try a.int("inputSize"), hiddenSize: try a.int("hiddenSize"), layers: try a.int("layers"),
                            bias: try a.bool("bias"), batchFirst: try a.bool("batchFirst"), bidirectional: try a.bool("bidirectional"),
                            using: a.random)
                },
                describe: describe("GRU"),
                call: { m, c in try c.arity(1...2); return outputAndHidden(try m(try c.tensor(0), try c.optionalTensor(1))) },
                properties: properties(GRU.self)),
        ]
    }

    private func recurrentCells() -> [LayerDeclaration] {
        let wrap = self.wrap as (Tensor) -> Value
        let parameters: [LayerParameter] = [.labeled("inputSize"), .labeled("hiddenSize"), .labeled("bias", default: true)]
        func describe(_ name: String) -> (RecurrentCell, String) -> String {
            { c, _ in "\(name)(inputSize: \(c.inputSize), hiddenSize: \(c.hiddenSize))" }
        }
        func properties<M: RecurrentCell>(_: M.Type) -> [(String, (M) -> Value)] {
            [("inputSize", { .int($0.inputSize) }), ("hiddenSize", { .int($0.hiddenSize) }),
             ("weightIH", { wrap($0.weightIH) }), ("weightHH", { wrap($0.weightHH) }),
             ("biasIH", { m in m.biasIH.map { wrap($0) } ?? .null }), ("biasHH", { m in m.biasHH.map { wrap($0) } ?? .null })]
        }
        return [
            LayerDeclaration(
                "RNNCell", RNNCell.self, parameters + [.labeled("nonlinearity", default: .symbol("tanh"))],
                make: { a in
                    try RNNCell(inputSize: try a.int("inputSize"), hiddenSize: try a.int("hiddenSize"), bias: try a.bool("bias"),
                                nonlinearity: try nonlinearity(a.value("nonlinearity")), using: a.random)
                },
                describe: describe("RNNCell"),
                call: { m, c in try c.arity(1...2); return wrap(try m(try c.tensor(0), try c.optionalTensor(1))) },
                properties: properties(RNNCell.self)),
            LayerDeclaration(
                "LSTMCell", LSTMCell.self, parameters,
                make: { a in try LSTMCell(inputSize: try a.int("inputSize"), hiddenSize: try a.int("hiddenSize"), bias: try a.bool("bias"), using: a.random) },
                describe: describe("LSTMCell"),
                call: { m, c in
                    try c.arity(1...2)
                    let r = try m(try c.tensor(0), try c.optionalPair(1))
                    return .makeTuple([wrap(r.h), wrap(r.c)])
                },
                properties: properties(LSTMCell.self)),
            LayerDeclaration(
                "GRUCell", GRUCell.self, parameters,
                make: { a in try GRUCell(inputSize: try a.int("inputSize"), hiddenSize: try a.int("hiddenSize"), bias: try a.bool("bias"), using: a.random) },
                describe: describe("GRUCell"),
                call: { m, c in try c.arity(1...2); return wrap(try m(try c.tensor(0), try c.optionalTensor(1))) },
                properties: properties(GRUCell.self)),
        ]
    }
}

/// `.mean`, `.sum` or `.max` for an EmbeddingBag.
private func bagMode(_ v: Value) throws -> EmbeddingBag.Mode {
    let name = try v.asSymbol()
    guard let mode = EmbeddingBag.Mode(rawValue: name) else { throw ScriptError("EmbeddingBag: mode must be .mean, .sum or .max, not .\(name)") }
    return mode
}

/// `.tanh` or `.relu` for an RNN's nonlinearity.
private func nonlinearity(_ v: Value) throws -> RNNCell.Nonlinearity {
    switch try v.asSymbol() {
    case "tanh": return .tanh
    case "relu": return .relu
    case let other: throw ScriptError("nonlinearity must be .tanh or .relu, not .\(other)")
    }
}

extension Prelude {
    fileprivate func convolutionLayers() -> [LayerDeclaration] {
        let wrap = self.wrap as (Tensor) -> Value
        let convolution: [LayerParameter] = [
            .unlabeled("inChannels"), .unlabeled("outChannels"), .labeled("kernelSize"),
            .labeled("stride", default: 1), .labeled("padding", default: 0), .labeled("bias", default: true),
        ]
        return [
            LayerDeclaration(
                "Conv2d", Conv2d.self, convolution,
                make: { a in
                    try Conv2d(try a.int("inChannels"), try a.int("outChannels"), kernelSize: try a.int("kernelSize"),
                               stride: try a.int("stride"), padding: try a.int("padding"), bias: try a.bool("bias"), using: a.random)
                },
                describe: { c, _ in
                    "Conv2d(\(c.weight.shape[1]), \(c.weight.shape[0]), kernelSize: \(c.weight.shape[2]), stride: \(c.stride.0), padding: \(c.padding.0))"
                },
                properties: [("weight", { wrap($0.weight) }), ("bias", { m in m.bias.map { wrap($0) } ?? .null })]),
            LayerDeclaration(
                "Conv1d", Conv1d.self, convolution,
                make: { a in
                    try Conv1d(try a.int("inChannels"), try a.int("outChannels"), kernelSize: try a.int("kernelSize"),
                               stride: try a.int("stride"), padding: try a.int("padding"), bias: try a.bool("bias"), using: a.random)
                },
                describe: { c, _ in
                    "Conv1d(\(c.weight.shape[1]), \(c.weight.shape[0]), kernelSize: \(c.weight.shape[2]), stride: \(c.stride), padding: \(c.padding))"
                },
                properties: [("weight", { wrap($0.weight) }), ("bias", { m in m.bias.map { wrap($0) } ?? .null })]),
            LayerDeclaration(
                "MaxPool2d", MaxPool2d.self, [.labeled("kernelSize"), .labeled("stride", default: Value.null)],
                make: { a in try MaxPool2d(kernelSize: try a.int("kernelSize"), stride: try a.optional("stride")?.asInt()) },
                describe: { p, _ in "MaxPool2d(kernelSize: \(p.kernelSize.0), stride: \(p.stride.0))" }),
            LayerDeclaration(
                "LayerNorm", LayerNorm.self,
                [.unlabeled("normalizedShape"), .labeled("eps", default: 1e-5), .labeled("affine", default: true)],
                make: { a in
                    if case .array = a.value("normalizedShape") {
                        return try LayerNorm(try a.value("normalizedShape").asIntArray(), eps: try a.double("eps"), affine: try a.bool("affine"))
                    }
                    return try LayerNorm(try a.int("normalizedShape"), eps: try a.double("eps"), affine: try a.bool("affine"))
                },
                describe: { n, _ in
                    "LayerNorm(\(n.normalizedShape.count == 1 ? String(n.normalizedShape[0]) : shapeText(n.normalizedShape)))"
                },
                properties: [("weight", { m in m.weight.map { wrap($0) } ?? .null }), ("bias", { m in m.bias.map { wrap($0) } ?? .null })]),
            attentionLayer(),
        ]
    }

    /// `MultiheadAttention`: called with query, key and value (and a labelled mask), it
    /// returns `(output, weights)`.
    private func attentionLayer() -> LayerDeclaration {
        let wrap = self.wrap as (Tensor) -> Value
        func attend(_ m: MultiheadAttention, _ q: Value, _ k: Value, _ v: Value, mask: Tensor?, additiveMask: Tensor? = nil) throws -> Value {
            let r = try m(try tensorLike(q), try tensorLike(k), try tensorLike(v), mask: mask, additiveMask: additiveMask)
            return .makeTuple([wrap(r.output), wrap(r.weights)])
        }
        return LayerDeclaration(
            "MultiheadAttention", MultiheadAttention.self,
            [.labeled("embedDim"), .labeled("heads"), .labeled("bias", default: true), .labeled("batchFirst", default: false)],
            make: { a in
                try MultiheadAttention(embedDim: try a.int("embedDim"), heads: try a.int("heads"), bias: try a.bool("bias"),
                                       batchFirst: try a.bool("batchFirst"), using: a.random)
            },
            describe: { a, _ in "MultiheadAttention(embedDim: \(a.embedDim), heads: \(a.heads))" },
            call: { m, c in
                guard c.arguments.count >= 3 else { try c.arity(1...1); return wrap(try m(try c.tensor(0))) }
                guard c.arguments.count == 3 else {
                    throw ScriptError("MultiheadAttention takes query, key, value, and mask: or additiveMask: (labeled), got \(c.arguments.count) arguments")
                }
                return try attend(m, c.arguments[0], c.arguments[1], c.arguments[2], mask: nil)
            },
            bindExtras: { type in
                // attention(q, k, v, mask: m), on the type itself so that the label is known.
                type.method("callAsFunction", ["_", "_", "_", Param("mask", default: Value.null),
                                               Param("additiveMask", default: Value.null)]) { call in
                    guard let m = (call.receiver.nativeObject as? ModuleObject)?.module as? MultiheadAttention else {
                        throw ScriptError.typeMismatch(expected: "MultiheadAttention", actual: call.receiver)
                    }
                    return try attend(m, call[0], call[1], call[2], mask: try call.optional(3).map { try tensorLike($0) },
                                      additiveMask: try call.optional(4).map { try tensorLike($0) })
                }
            })
    }
}
