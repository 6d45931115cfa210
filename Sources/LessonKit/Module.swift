// `Module` (LANGUAGE.md §3 "Layers" and "A model of one's own"): the base of every layer and
// of a lesson's `class Model: Module`, which overrides `forward(_:)`.
//
// Every module stands for one of the engine's modules, which holds the parameters and the
// training flag and runs the computation: a layer for its engine layer, a lesson's own
// subclass for a `ModelAdapter` that lists the subclass's stored tensors and modules (found
// by reflection, in declaration order, as the interpreter finds them) and calls its
// `forward`. So `parameters()`, `train()` and `Sequential` work the same for both.

import TensorEngine

open class Module: CustomStringConvertible {
    /// The engine module of a lesson's own subclass, made at its first use.
    private var adapter: ModelAdapter?

    public init() {}

    /// The computation; a subclass overrides it. `model(x)` calls it.
    open func forward(_ x: Tensor) -> Tensor {
        fail("\(type(of: self)): forward(_:) is not implemented; a Module subclass must define it")
    }

    /// Calls `forward(_:)`.
    public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }

    /// The engine module this one stands for (layers override it).
    var engine: TensorEngine.Module {
        if let adapter { return adapter }
        let made = ModelAdapter(self)
        adapter = made
        return made
    }

    /// Every parameter, each once: own tensors before those of the modules held, in
    /// declaration order.
    public func parameters() -> [Tensor] { engine.parameters().map(Tensor.init) }

    /// `parameters()` with dotted names such as `"l1.weight"`.
    public func namedParameters() -> [(name: String, tensor: Tensor)] {
        engine.namedParameters().map { (name: $0.name, tensor: Tensor($0.tensor)) }
    }

    /// The number of scalars in all parameters.
    public var parameterCount: Int { engine.parameterCount }

    /// Forgets the gradient of every parameter.
    public func zeroGrad() { engine.zeroGrad() }

    /// Training mode (true, the default) or evaluation mode, here and in every module held.
    public func train(_ mode: Bool = true) { engine.train(mode) }

    /// Evaluation mode: `train(false)`.
    public func eval() { engine.train(false) }

    public var isTraining: Bool { engine.isTraining }

    /// How the interpreter prints a module: a layer with its settings, a lesson's own as `Name()`.
    open var description: String { "\(type(of: self))()" }
}

/// A lesson's own module as an engine module: its children and tensors are the subclass's
/// stored properties (also inside arrays and optionals), its `forward` the subclass's.
final class ModelAdapter: TensorEngine.Module {
    /// Unowned: the lesson's module owns its adapter.
    unowned let owner: Module

    init(_ owner: Module) {
        self.owner = owner
        super.init()
    }

    override func forward(_ input: TensorEngine.Tensor) throws -> TensorEngine.Tensor {
        owner.forward(Tensor(input)).base
    }

    override func namedDirectParameters() -> [(name: String, tensor: TensorEngine.Tensor)] {
        members().parameters
    }

    override func namedChildren() -> [(name: String, module: TensorEngine.Module)] {
        members().modules
    }

    /// The owner's stored tensors that require grad, and its stored modules, superclass
    /// properties first. Read afresh at each walk: a `var` property reassigned is seen.
    private func members() -> (parameters: [(name: String, tensor: TensorEngine.Tensor)], modules: [(name: String, module: TensorEngine.Module)]) {
        var parameters: [(name: String, tensor: TensorEngine.Tensor)] = [], modules: [(name: String, module: TensorEngine.Module)] = []
        func visit(_ name: String, _ value: Any) {
            if let t = value as? Tensor {
                if t.requiresGrad { parameters.append((name, t.base)) }
            } else if let m = value as? Module {
                modules.append((name, m.engine))
            } else if let items = value as? [Any] {
                for (k, e) in items.enumerated() { visit("\(name).\(k)", e) }
            }
        }
        TensorEngine.forEachStoredProperty(of: owner, below: Module.self, visit)
        return (parameters, modules)
    }
}

/// A module made by the engine (a layer): LessonKit's layer classes hold one.
public class Layer<Engine: TensorEngine.Module>: Module {
    let layer: Engine

    init(_ layer: Engine) {
        self.layer = layer
        super.init()
    }

    override var engine: TensorEngine.Module { layer }

    public override func forward(_ x: Tensor) -> Tensor {
        Tensor(attempt { try layer.forward(x.base) })
    }
}

/// Modules applied one after another: the output of each is the input of the next.
public final class Sequential: Layer<TensorEngine.Sequential> {
    /// The layers, in order.
    public let layers: [Module]

    public convenience init(_ layers: Module...) { self.init(layers) }

    public init(_ layers: [Module]) {
        self.layers = layers
        super.init(TensorEngine.Sequential(layers.map(\.engine)))
    }

    public var count: Int { layers.count }

    /// Layer `i` (negative counts from the end).
    public subscript(_ i: Int) -> Module {
        let k = i < 0 ? i + layers.count : i
        guard k >= 0, k < layers.count else { fail("Sequential: index \(i) is out of range for \(layers.count) layers") }
        return layers[k]
    }

    public override var description: String { describe(indent: "") }

    func describe(indent: String) -> String {
        let inner = indent + "  "
        let lines = layers.enumerated().map { i, m in
            "\(inner)(\(i)): " + ((m as? Sequential)?.describe(indent: inner) ?? m.description)
        }
        return "Sequential(\n" + lines.joined(separator: "\n") + "\n\(indent))"
    }
}
