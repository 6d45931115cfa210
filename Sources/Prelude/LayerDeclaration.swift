// How a layer is declared (LANGUAGE.md §3 "Layers"): once, with its parameters (names,
// labels, defaults), how it is made, how a call runs it, how it prints and the properties
// lessons read. `LayerCatalog.swift` holds the declarations; `Prelude.declare` binds one.

import Script
import TensorEngine

/// One parameter of a layer's initialiser: the name its declaration reads it by, and how
/// a caller writes it (labelled or not, with a default or not).
struct LayerParameter {
    let name: String
    let param: Param

    /// `Linear(2, 1)`: written without a label, read as `name`.
    static func unlabeled(_ name: String, default value: Value? = nil, variadic: Bool = false) -> LayerParameter {
        LayerParameter(name: name, param: Param("_", default: value, variadic: variadic))
    }

    /// `LeakyReLU(slope: 0.2)`: written and read as `name`.
    static func labeled(_ name: String, default value: Value? = nil) -> LayerParameter {
        LayerParameter(name: name, param: Param(name, default: value))
    }
}

/// A layer initialiser's arguments, read by parameter name (never by position).
struct LayerArguments {
    let call: NativeCall
    let names: [String]
    let prelude: Prelude

    func value(_ name: String) -> Value {
        guard let i = names.firstIndex(of: name) else {
            preconditionFailure("a layer declaration reads '\(name)', which it does not declare")
        }
        return call[i]
    }
    func int(_ name: String) throws -> Int { try value(name).asInt() }
    func double(_ name: String) throws -> Double { try value(name).asDouble() }
    func bool(_ name: String) throws -> Bool { try value(name).asBool() }
    func optional(_ name: String) -> Value? { value(name).optional }
    /// A fresh generator for the layer's initial weights, drawn from the session's.
    var random: RandomGenerator { prelude.layerRandom(call.context) }
}

/// The arguments of a call to a layer value (`layer(x)`, `rnn(x, h)`).
struct LayerCall {
    let layer: Module
    let arguments: [Value]

    /// Throws, naming the layer, unless the call passed an allowed number of arguments.
    func arity(_ allowed: ClosedRange<Int>) throws {
        guard allowed.contains(arguments.count) else {
            let expected = allowed.lowerBound == allowed.upperBound
                ? "\(allowed.lowerBound) argument" + (allowed.lowerBound == 1 ? "" : "s")
                : "\(allowed.lowerBound) or \(allowed.upperBound) arguments"
            throw ScriptError("\(layerName(layer)) takes \(expected), got \(arguments.count)")
        }
    }
    func tensor(_ i: Int) throws -> Tensor { try tensorLike(arguments[i]) }
    func optionalTensor(_ i: Int) throws -> Tensor? {
        guard i < arguments.count, let v = arguments[i].optional else { return nil }
        return try tensorLike(v)
    }
    /// An LSTM's `(h, c)` state, or nil when left out or `nil`.
    func optionalPair(_ i: Int) throws -> (h: Tensor, c: Tensor)? {
        guard i < arguments.count, let v = arguments[i].optional else { return nil }
        let pair = try v.asTuple(count: 2)
        return (try tensorArgument(pair[0]), try tensorArgument(pair[1]))
    }
}

/// Everything the language knows of one layer, declared in one place.
struct LayerDeclaration {
    /// The language's name for the layer: its type, and the head of its description.
    let name: String
    /// The engine class its values wrap.
    let engineClass: ObjectIdentifier
    let parameters: [LayerParameter]
    let make: (LayerArguments) throws -> Module
    /// A call to a layer value; nil for the usual one tensor in, one tensor out.
    let call: ((Module, LayerCall) throws -> Value)?
    /// The text a layer prints as (`Linear(inFeatures: 2, …)`); `indent` is the depth of
    /// the line it starts on, for layers that hold others.
    let describe: (Module, _ indent: String) -> String
    /// Read-only properties (`weight`, `hiddenSize`…).
    let properties: [(name: String, get: (Module) -> Value)]
    /// Members beyond these (a subscript, a call with labels), bound on the layer's type.
    let bindExtras: ((NativeType) -> Void)?

    init<M: Module>(_ name: String, _ engineClass: M.Type, _ parameters: [LayerParameter],
                    make: @escaping (LayerArguments) throws -> M,
                    describe: @escaping (M, _ indent: String) -> String,
                    call: ((M, LayerCall) throws -> Value)? = nil,
                    properties: [(String, (M) -> Value)] = [],
                    bindExtras: ((NativeType) -> Void)? = nil) {
        self.name = name
        self.engineClass = ObjectIdentifier(engineClass)
        self.parameters = parameters
        self.make = make
        self.call = call.map { call in { m, c in try call(m as! M, c) } }
        self.describe = { m, indent in describe(m as! M, indent) }
        self.properties = properties.map { property in (property.0, { m in property.1(m as! M) }) }
        self.bindExtras = bindExtras
    }
}

extension Prelude {
    /// Binds a declared layer: its type (a subtype of `Module`), initialiser and properties.
    func declare(_ layer: LayerDeclaration) {
        let type = library.addType(layer.name, superType: moduleType)
        layerTypes[layer.engineClass] = type
        layerDeclarations[layer.engineClass] = layer
        let names = layer.parameters.map(\.name)
        type.initializer(layer.parameters.map(\.param)) { call in
            .native(ModuleObject(try layer.make(LayerArguments(call: call, names: names, prelude: self)), type: type))
        }
        for property in layer.properties {
            type.property(property.name) { call in
                guard let m = (call.receiver.nativeObject as? ModuleObject)?.module,
                      ObjectIdentifier(Swift.type(of: m)) == layer.engineClass else {
                    throw ScriptError.typeMismatch(expected: layer.name, actual: call.receiver)
                }
                return property.get(m)
            }
        }
        layer.bindExtras?(type)
    }

    /// An engine module as a language value: a lesson module's instance, or a layer of its type.
    func moduleValue(_ m: Module) -> Value {
        if let a = m as? LessonModuleAdapter { return a.instance }
        let type = layerTypes[ObjectIdentifier(Swift.type(of: m))] ?? moduleType
        return .native(ModuleObject(m, type: type))
    }

    /// The declaration of the layer `m` is, if it is one.
    func declaration(of m: Module) -> LayerDeclaration? {
        layerDeclarations[ObjectIdentifier(type(of: m))]
    }
}
