// Modules (LANGUAGE.md §3 "Layers" and "A model of one's own"): the engine's layers as
// values called like functions, and a lesson's `class Model: Module`.
//
// A layer is a `ModuleObject` around the engine's `Module`. A lesson class that inherits
// `Module` gets one too, as its native base, holding a `LessonModuleBase` that only keeps the
// training flag: the lesson's layers live in the instance's stored properties, which
// `parameters()`, `train()` and `eval()` walk (`lessonParameters`). When a lesson module goes
// inside a native container (`Sequential(Model(), ReLU())`), a `LessonModuleAdapter` stands in
// for it: an engine `Module` whose `forward` calls the lesson's `forward` and whose children
// are the instance's stored layers.

import Script
import TensorEngine

/// A module as a language value.
final class ModuleObject: NativeObject {
    let module: Module

    init(_ module: Module, type: NativeType) {
        self.module = module
        super.init(type: type)
    }
}

/// The native base of a lesson's `class Model: Module`: only the training flag.
final class LessonModuleBase: Module {}

/// A lesson module seen as an engine `Module`, so that it can sit in a `Sequential`.
///
/// Adapters are made afresh for each use and hold their instance strongly (an adapter cached
/// in the instance's base would make a reference cycle). The children an adapter last listed
/// stay alive in `children`, so that no adapter made during one walk of the engine (which
/// tells modules apart by identity) is freed and its address reused before the walk ends.
final class LessonModuleAdapter: Module {
    let instance: Value
    let prelude: Prelude
    /// Weak: the session's context holds the globals that hold this module.
    weak var context: NativeContext?
    /// The lesson instances above this one (and itself): a module that refers back to an
    /// ancestor is not walked again.
    let ancestors: Set<ObjectIdentifier>
    private var listed: [Module] = []

    init(_ instance: ScriptInstance, context: NativeContext, prelude: Prelude, ancestors: Set<ObjectIdentifier> = []) {
        self.instance = .instance(instance)
        self.context = context
        self.prelude = prelude
        self.ancestors = ancestors.union([ObjectIdentifier(instance)])
        super.init()
    }

    /// An adapter for `instance` when it is a lesson module (its class inherits `Module`).
    static func of(_ instance: ScriptInstance, context: NativeContext, prelude: Prelude, ancestors: Set<ObjectIdentifier> = []) -> LessonModuleAdapter? {
        guard (instance.nativeBase as? ModuleObject)?.module is LessonModuleBase else { return nil }
        return LessonModuleAdapter(instance, context: context, prelude: prelude, ancestors: ancestors)
    }

    override func forward(_ input: Tensor) throws -> Tensor {
        guard let context else { throw ScriptError("the lesson's module outlived its session") }
        let out = try context.callMethod(instance, "forward", [prelude.wrap(input)])
        guard let t = tensorOf(out) else {
            throw ScriptError("\(instance.typeName).forward must return a Tensor to be used in a Sequential, not '\(out.typeName)'")
        }
        return t
    }

    override func namedDirectParameters() -> [(name: String, tensor: Tensor)] {
        members().parameters
    }

    override func namedChildren() -> [(name: String, module: Module)] {
        members().modules
    }

    /// The instance's stored tensors that require grad, and its stored modules.
    private func members() -> (parameters: [(name: String, tensor: Tensor)], modules: [(name: String, module: Module)]) {
        var parameters: [(name: String, tensor: Tensor)] = [], modules: [(name: String, module: Module)] = []
        guard let i = instance.scriptInstance, let context else { return ([], []) }
        func visit(_ name: String, _ v: Value) {
            switch v {
            case .native(let n):
                if let t = n as? TensorObject, t.tensor.requiresGrad { parameters.append((name, t.tensor)) }
                if let m = n as? ModuleObject { modules.append((name, m.module)) }
            case .instance(let o), .structValue(let o):
                guard !ancestors.contains(ObjectIdentifier(o)) else { return }
                if let a = LessonModuleAdapter.of(o, context: context, prelude: prelude, ancestors: ancestors) { modules.append((name, a)) }
            case .array(let a):
                for (k, e) in a.enumerated() { visit("\(name).\(k)", e) }
            case .dictionary(let d):
                for (k, e) in zip(d.keys, d.values) { visit("\(name).\(context.describe(k))", e) }
            case .tuple(let t):
                for (k, e) in t.elements.enumerated() { visit("\(name).\(k)", e) }
            default: break
            }
        }
        for (name, v) in i.storedProperties { visit(name, v) }
        listed = modules.map(\.module)
        return (parameters, modules)
    }
}

extension Prelude {
    /// The engine module a value stands for: a layer, or a lesson module (through its adapter).
    func engineModule(_ v: Value, _ context: NativeContext) throws -> Module {
        switch v {
        case .native(let n):
            if let m = n as? ModuleObject { return m.module }
        case .instance(let o):
            if let a = LessonModuleAdapter.of(o, context: context, prelude: self) { return a }
        default: break
        }
        throw ScriptError.typeMismatch(expected: "Module", actual: v)
    }

    /// The parameters of a module value, each once, in declaration order: for a lesson
    /// module, the tensors that require grad in its stored properties and those of the
    /// layers and lesson modules it stores (also inside arrays, dictionaries and tuples).
    func parameters(of v: Value, _ context: NativeContext) throws -> [Tensor] {
        if case .native(let n) = v, let m = n as? ModuleObject { return m.module.parameters() }
        return try engineModule(v, context).parameters()
    }

    /// A fresh generator for a layer's initial weights, drawn from the session's generator
    /// (so `manualSeed` decides every layer's weights).
    func layerRandom(_ context: NativeContext) -> RandomGenerator {
        RandomGenerator(seed: context.random.next())
    }

    func bindModules() {
        let module = moduleType
        let wrap = self.wrap as (Tensor) -> Value

        // `class Model: Module` calls this for its native base.
        module.initializer([]) { _ in .native(ModuleObject(LessonModuleBase(), type: module)) }

        module.method("parameters", []) { call in
            self.wrap(try self.parameters(of: call.receiver, call.context))
        }
        module.method("namedParameters", []) { call in
            .array(try self.engineModule(call.receiver, call.context).namedParameters().map {
                .makeTuple([.string($0.name), wrap($0.tensor)], labels: ["name", "tensor"])
            })
        }
        module.property("parameterCount") { call in
            .int(try self.parameters(of: call.receiver, call.context).reduce(0) { $0 + $1.count })
        }
        module.method("zeroGrad", []) { call in
            for p in try self.parameters(of: call.receiver, call.context) { p.zeroGrad() }
            return .void
        }
        module.method("train", [Param("_", default: true)]) { call in
            try self.setTraining(call.receiver, try call.bool(0), call.context)
            return .void
        }
        module.method("eval", []) { call in
            try self.setTraining(call.receiver, false, call.context)
            return .void
        }
        module.property("isTraining") { call in
            guard let base = call.receiver.nativeObject as? ModuleObject else { throw ScriptError.typeMismatch(expected: "Module", actual: call.receiver) }
            return .bool(base.module.isTraining)
        }
        // model(x), rnn(x, h), lstm(x, (h, c)); a lesson module's call runs its `forward`.
        module.method("callAsFunction", [Param("_", variadic: true)]) { call in
            let args = try call[0].asArray()
            if call.receiver.scriptInstance != nil {
                return try call.context.callMethod(call.receiver, "forward", args)
            }
            let m = try call.receiver.asNative(ModuleObject.self, expected: "Module").module
            return try self.callLayer(m, args)
        }
        module.method("forward", ["_"]) { call in
            let m = try call.receiver.asNative(ModuleObject.self, expected: "Module").module
            return wrap(try m.forward(try tensorLike(call[0])))
        }
        module.describe = { v in
            guard case .native(let n) = v, let m = n as? ModuleObject else { return "Module()" }
            return describeModule(m.module, name: n.nativeType.name)
        }
    }

    /// Sets training mode on a module value and everything it holds, including the flags of
    /// the lesson modules among them (which `isTraining` reads).
    func setTraining(_ v: Value, _ mode: Bool, _ context: NativeContext) throws {
        try engineModule(v, context).train(mode)
        var seen = Set<ObjectIdentifier>()
        func mark(_ v: Value) {
            switch v {
            case .instance(let o), .structValue(let o):
                guard seen.insert(ObjectIdentifier(o)).inserted else { return }
                (o.nativeBase as? ModuleObject)?.module.train(mode)
                for (_, field) in o.storedProperties { mark(field) }
            case .array(let a): a.forEach(mark)
            case .tuple(let t): t.elements.forEach(mark)
            case .dictionary(let d): d.values.forEach(mark)
            default: break
            }
        }
        mark(v)
    }

    /// Calls a layer with the language's arguments: as its declaration says (the recurrent
    /// layers take an input and an optional state), else one tensor in, one out.
    func callLayer(_ m: Module, _ args: [Value]) throws -> Value {
        let call = LayerCall(layer: m, arguments: args)
        return try translatingErrors {
            if let declared = declaration(of: m)?.call { return try declared(m, call) }
            try call.arity(1...1)
            return wrap(try m(try call.tensor(0)))
        }
    }
}

/// The language's name for a layer.
func layerName(_ m: Module) -> String {
    if let adapter = m as? LessonModuleAdapter { return adapter.instance.typeName }
    return Prelude.shared.declaration(of: m)?.name ?? String(describing: type(of: m))
}

/// The text a layer prints as, from its declaration (`Linear(inFeatures: 2, outFeatures: 1,
/// bias: true)`, a Sequential's layers one per line); `name()` for a lesson's own module.
func describeModule(_ m: Module, name: String, indent: String = "") -> String {
    Prelude.shared.declaration(of: m)?.describe(m, indent) ?? "\(name)()"
}
