// The layers (LANGUAGE.md §3 "Layers"): initialisers with the contract's labels, and the
// properties lessons read (`weight`, `bias`…). Weights are drawn from the session's generator.

import Script
import TensorEngine

extension Prelude {
    func bindLayers() {
        let lib = library
        let module = moduleType
        let wrap = self.wrap as (Tensor) -> Value

        /// A layer type whose instances wrap engine modules of class `M`.
        @discardableResult
        func layer<M: Module>(_ name: String, _ cls: M.Type, _ params: [Param], _ make: @escaping (NativeCall) throws -> M) -> NativeType {
            let type = lib.addType(name, superType: module)
            layerTypes[ObjectIdentifier(cls)] = type
            type.initializer(params) { call in .native(ModuleObject(try make(call), type: type)) }
            return type
        }
        /// A read-only property of layers of class `M`.
        func property<M: Module>(_ type: NativeType, _ name: String, _ cls: M.Type, _ get: @escaping (M) -> Value) {
            type.property(name) { call in
                guard let m = (call.receiver.nativeObject as? ModuleObject)?.module as? M else {
                    throw ScriptError.typeMismatch(expected: type.name, actual: call.receiver)
                }
                return get(m)
            }
        }

        let linear = layer("Linear", Linear.self, ["_", "_", Param("bias", default: true)]) { call in
            try Linear(try call.int(0), try call.int(1), bias: try call.bool(2), using: self.layerRandom(call.context))
        }
        property(linear, "weight", Linear.self) { wrap($0.weight) }
        property(linear, "bias", Linear.self) { m in m.bias.map { wrap($0) } ?? .null }
        property(linear, "inFeatures", Linear.self) { .int($0.inFeatures) }
        property(linear, "outFeatures", Linear.self) { .int($0.outFeatures) }

        let sequential = layer("Sequential", Sequential.self, [Param("_", variadic: true)]) { call in
            var items = try call[0].asArray()
            // Sequential([a, b]) as well as Sequential(a, b).
            if items.count == 1, case .array(let inner) = items[0] { items = inner }
            return Sequential(try items.map { try self.engineModule($0, call.context) })
        }
        property(sequential, "count", Sequential.self) { .int($0.count) }
        property(sequential, "layers", Sequential.self) { s in .array(s.layers.map { self.moduleValue($0) }) }
        sequential.addSubscript(get: guarded { call in
            guard let s = (call.receiver.nativeObject as? ModuleObject)?.module as? Sequential else {
                throw ScriptError.typeMismatch(expected: "Sequential", actual: call.receiver)
            }
            let i = try call.int(0)
            let k = i < 0 ? i + s.count : i
            guard k >= 0, k < s.count else { throw ScriptError("Sequential: index \(i) is out of range for \(s.count) layers") }
            return self.moduleValue(s.layers[k])
        })

        layer("Sigmoid", Sigmoid.self, []) { _ in Sigmoid() }
        layer("Tanh", Tanh.self, []) { _ in Tanh() }
        layer("ReLU", ReLU.self, []) { _ in ReLU() }
        layer("LeakyReLU", LeakyReLU.self, [Param("slope", default: 0.01)]) { call in LeakyReLU(slope: try call.double(0)) }
        layer("SELU", SELU.self, []) { _ in SELU() }
        layer("ELU", ELU.self, [Param("alpha", default: 1.0)]) { call in ELU(alpha: try call.double(0)) }
        layer("Softmax", Softmax.self, [Param("axis", default: -1)]) { call in Softmax(axis: try call.int(0)) }
        layer("LogSoftmax", LogSoftmax.self, [Param("axis", default: -1)]) { call in LogSoftmax(axis: try call.int(0)) }
        layer("Flatten", Flatten.self, [Param("startAxis", default: 1), Param("endAxis", default: -1)]) { call in
            Flatten(startAxis: try call.int(0), endAxis: try call.int(1))
        }
        let dropout = layer("Dropout", Dropout.self, [Param("_", default: 0.5)]) { call in
            try Dropout(try call.double(0), using: self.layerRandom(call.context))
        }
        property(dropout, "p", Dropout.self) { .double($0.p) }
        let embedding = layer("Embedding", Embedding.self, ["_", "_"]) { call in
            try Embedding(try call.int(0), try call.int(1), using: self.layerRandom(call.context))
        }
        property(embedding, "weight", Embedding.self) { wrap($0.weight) }

        let recurrentParams: [Param] = ["inputSize", "hiddenSize", Param("layers", default: 1), Param("bias", default: true), Param("batchFirst", default: false)]
        let rnn = layer("RNN", RNN.self, recurrentParams + [Param("nonlinearity", default: .symbol("tanh"))]) { call in
            try RNN(inputSize: try call.int(0), hiddenSize: try call.int(1), layers: try call.int(2),
                    nonlinearity: try nonlinearity(call[5]), bias: try call.bool(3), batchFirst: try call.bool(4),
                    using: self.layerRandom(call.context))
        }
        let lstm = layer("LSTM", LSTM.self, recurrentParams) { call in
            try LSTM(inputSize: try call.int(0), hiddenSize: try call.int(1), layers: try call.int(2),
                     bias: try call.bool(3), batchFirst: try call.bool(4), using: self.layerRandom(call.context))
        }
        let gru = layer("GRU", GRU.self, recurrentParams) { call in
            try GRU(inputSize: try call.int(0), hiddenSize: try call.int(1), layers: try call.int(2),
                    bias: try call.bool(3), batchFirst: try call.bool(4), using: self.layerRandom(call.context))
        }
        for type in [rnn, lstm, gru] {
            property(type, "inputSize", RecurrentLayer.self) { .int($0.inputSize) }
            property(type, "hiddenSize", RecurrentLayer.self) { .int($0.hiddenSize) }
            property(type, "layers", RecurrentLayer.self) { .int($0.layers) }
            property(type, "batchFirst", RecurrentLayer.self) { .bool($0.batchFirst) }
        }

        let cellParams: [Param] = ["inputSize", "hiddenSize", Param("bias", default: true)]
        let rnnCell = layer("RNNCell", RNNCell.self, cellParams + [Param("nonlinearity", default: .symbol("tanh"))]) { call in
            try RNNCell(inputSize: try call.int(0), hiddenSize: try call.int(1), bias: try call.bool(2),
                        nonlinearity: try nonlinearity(call[3]), using: self.layerRandom(call.context))
        }
        let lstmCell = layer("LSTMCell", LSTMCell.self, cellParams) { call in
            try LSTMCell(inputSize: try call.int(0), hiddenSize: try call.int(1), bias: try call.bool(2), using: self.layerRandom(call.context))
        }
        let gruCell = layer("GRUCell", GRUCell.self, cellParams) { call in
            try GRUCell(inputSize: try call.int(0), hiddenSize: try call.int(1), bias: try call.bool(2), using: self.layerRandom(call.context))
        }
        for type in [rnnCell, lstmCell, gruCell] {
            property(type, "inputSize", RecurrentCell.self) { .int($0.inputSize) }
            property(type, "hiddenSize", RecurrentCell.self) { .int($0.hiddenSize) }
            property(type, "weightIH", RecurrentCell.self) { wrap($0.weightIH) }
            property(type, "weightHH", RecurrentCell.self) { wrap($0.weightHH) }
            property(type, "biasIH", RecurrentCell.self) { m in m.biasIH.map { wrap($0) } ?? .null }
            property(type, "biasHH", RecurrentCell.self) { m in m.biasHH.map { wrap($0) } ?? .null }
        }

        bindExtraLayers()
    }

    /// An engine module as a language value: a lesson module's instance, or a layer of its type.
    func moduleValue(_ m: Module) -> Value {
        if let a = m as? LessonModuleAdapter { return a.instance }
        let type = layerTypes[ObjectIdentifier(Swift.type(of: m))] ?? moduleType
        return .native(ModuleObject(m, type: type))
    }
}

/// `.tanh` or `.relu` for an RNN's nonlinearity.
private func nonlinearity(_ v: Value) throws -> RNNCell.Nonlinearity {
    switch try v.asSymbol() {
    case "tanh": return .tanh
    case "relu": return .relu
    case let other: throw ScriptError("nonlinearity must be .tanh or .relu, not .\(other)")
    }
}
