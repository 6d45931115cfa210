/// Layers as objects holding parameters (LANGUAGE.md §3, PyTorch's `nn.Module`).
///
/// A module's parameters are the tensors it holds plus those of the modules it holds. They are
/// found in two ways, merged:
/// - reflection: every stored property of a subclass (and of its superclasses below `Module`)
///   that is a `Tensor` requiring grad, a `Module`, or an array or optional of these. The walk
///   runs once per instance, at the first call that needs it, and is cached: a property
///   replaced later (`var` reassigned) is not seen again; register such things explicitly.
/// - explicit `register(_:name:)` / `register(module:name:)`, for what reflection cannot see
///   (a host language's objects: override `namedChildren()` / `namedDirectParameters()`).
/// Shared tensors and modules are listed once (by identity), as PyTorch does.
open class Module {
    /// True in training mode (the default); `eval()` turns it off (Dropout then passes through).
    public private(set) var isTraining = true
    private var registeredParameters: [(name: String, tensor: Tensor)] = []
    private var registeredModules: [(name: String, module: Module)] = []
    /// The reflected properties, found on first use.
    private var reflected: (parameters: [(name: String, tensor: Tensor)], modules: [(name: String, module: Module)])?

    public init() {}

    /// The computation; subclasses override it. `module(x)` calls it.
    open func forward(_ input: Tensor) throws -> Tensor {
        throw TensorError(.invalidArgument, "\(type(of: self)): forward(_:) is not implemented; a Module subclass must override it")
    }

    /// Calls `forward(_:)`.
    public func callAsFunction(_ input: Tensor) throws -> Tensor { try forward(input) }

    // MARK: Registration and discovery

    /// Adds `tensor` to this module's own parameters (for tensors reflection cannot see).
    @discardableResult
    public func register(_ tensor: Tensor, name: String? = nil) -> Tensor {
        registeredParameters.append((name ?? "param\(registeredParameters.count)", tensor))
        return tensor
    }

    /// Adds `module` to this module's children (for modules reflection cannot see).
    @discardableResult
    public func register<M: Module>(module: M, name: String? = nil) -> M {
        registeredModules.append((name ?? "module\(registeredModules.count)", module))
        return module
    }

    /// The tensors this module holds itself, with their property names.
    open func namedDirectParameters() -> [(name: String, tensor: Tensor)] {
        registeredParameters.isEmpty ? reflection().parameters : reflection().parameters + registeredParameters
    }

    /// The modules this module holds directly, with their property names.
    open func namedChildren() -> [(name: String, module: Module)] {
        registeredModules.isEmpty ? reflection().modules : reflection().modules + registeredModules
    }

    /// The modules this module holds directly.
    public func children() -> [Module] { namedChildren().map(\.module) }

    /// Every parameter of this module and its descendants, each once, depth first
    /// (own tensors before children's, in declaration order).
    public func parameters() -> [Tensor] {
        // Called every training step (zeroGrad), so no names and no sets: lessons' models hold
        // tens of tensors, where a linear identity search beats hashing.
        var out: [Tensor] = [], modules: [Module] = []
        func walk(_ m: Module) {
            guard !modules.contains(where: { $0 === m }) else { return }
            modules.append(m)
            for (_, t) in m.namedDirectParameters() where !out.contains(where: { $0 === t }) { out.append(t) }
            for (_, child) in m.namedChildren() { walk(child) }
        }
        walk(self)
        return out
    }

    /// `parameters()` with dotted names such as `"l1.weight"` or `"layers.0.bias"`.
    public func namedParameters() -> [(name: String, tensor: Tensor)] {
        var seenTensors = Set<ObjectIdentifier>(), seenModules = Set<ObjectIdentifier>()
        var out: [(name: String, tensor: Tensor)] = []
        func walk(_ m: Module, _ prefix: String) {
            guard seenModules.insert(ObjectIdentifier(m)).inserted else { return }
            for (name, t) in m.namedDirectParameters() where seenTensors.insert(ObjectIdentifier(t)).inserted {
                out.append((prefix + name, t))
            }
            for (name, child) in m.namedChildren() { walk(child, prefix + name + ".") }
        }
        walk(self, "")
        return out
    }

    /// Forgets the gradient of every parameter.
    public func zeroGrad() {
        for p in parameters() { p.zeroGrad() }
    }

    /// Sets training mode (true) or evaluation mode (false) here and in every descendant.
    public func train(_ mode: Bool = true) {
        var seen = Set<ObjectIdentifier>()
        func walk(_ m: Module) {
            guard seen.insert(ObjectIdentifier(m)).inserted else { return }
            m.isTraining = mode
            for child in m.children() { walk(child) }
        }
        walk(self)
    }

    /// Evaluation mode: `train(false)`.
    public func eval() { train(false) }

    /// The number of scalars in all parameters.
    public var parameterCount: Int { parameters().reduce(0) { $0 + $1.count } }

    /// Walks the stored properties of the subclasses once (Mirror is slow; the result is cached).
    private func reflection() -> (parameters: [(name: String, tensor: Tensor)], modules: [(name: String, module: Module)]) {
        if let r = reflected { return r }
        var parameters: [(name: String, tensor: Tensor)] = [], modules: [(name: String, module: Module)] = []
        func visit(_ name: String, _ value: Any) {
            // `as?` unwraps a non-nil Optional and converts [Linear] to [Module].
            if let t = value as? Tensor {
                if t.requiresGrad { parameters.append((name, t)) }
            } else if let m = value as? Module {
                modules.append((name, m))
            } else if let ms = value as? [Module] {
                for (i, m) in ms.enumerated() { modules.append(("\(name).\(i)", m)) }
            } else if let ts = value as? [Tensor] {
                for (i, t) in ts.enumerated() where t.requiresGrad { parameters.append(("\(name).\(i)", t)) }
            }
        }
        // Superclass properties first, so a subclass's come after its base's.
        forEachStoredProperty(of: self, below: Module.self, visit)
        reflected = (parameters, modules)
        return (parameters, modules)
    }
}

/// Modules applied one after another: the output of each is the input of the next.
public final class Sequential: Module {
    /// The layers, in order.
    public let layers: [Module]
    /// The layers named "0", "1", ... as in PyTorch (built once: `parameters()` runs every step).
    private let named: [(name: String, module: Module)]

    /// The layers, applied in array order.
    public init(_ layers: [Module]) {
        self.layers = layers
        named = layers.enumerated().map { (String($0.offset), $0.element) }
        super.init()
    }

    /// The layers, applied in argument order.
    public convenience init(_ layers: Module...) { self.init(layers) }

    public override func forward(_ input: Tensor) throws -> Tensor {
        var x = input
        for layer in layers { x = try layer(x) }
        return x
    }

    /// Children named "0", "1", ... as in PyTorch.
    public override func namedChildren() -> [(name: String, module: Module)] { named }

    /// The number of layers.
    public var count: Int { layers.count }

    /// The layer at `index`.
    public subscript(index: Int) -> Module { layers[index] }
}

extension Tensor {
    /// A parameter (requires grad) of `shape`, uniform in ±bound: PyTorch's default for Linear,
    /// Conv and recurrent layers (kaiming-uniform with a = √5 gives bound 1/√fanIn).
    static func uniformParameter(_ shape: [Int], bound: Double, using rng: RandomGenerator) -> Tensor {
        let t = Tensor(uninitialized: shape)
        for i in 0..<t.count { t.data[i] = Float(-bound + 2 * bound * rng.uniform()) }
        t.requiresGrad = true
        return t
    }
}

/// Checks that a layer's size argument is positive (a zero or negative size is a lesson bug).
func requirePositive(_ value: Int, _ name: String, _ layer: String) throws {
    guard value > 0 else {
        throw TensorError(.invalidArgument, "\(layer): \(name) must be positive, got \(value)")
    }
}

/// Calls `visit` with the name and value of each stored property of `object`, the base
/// classes' first, stopping at (and leaving out) the class `base`; a `lazy var` under its
/// own name. How a module finds its parameters and sub-modules by reflection.
public func forEachStoredProperty(of object: AnyObject, below base: AnyClass, _ visit: (String, Any) -> Void) {
    var mirrors: [Mirror] = []
    var mirror: Mirror? = Mirror(reflecting: object)
    while let m = mirror, m.subjectType != base {
        mirrors.append(m)
        mirror = m.superclassMirror
    }
    for m in mirrors.reversed() {
        for child in m.children {
            guard var label = child.label else { continue }
            if label.hasPrefix("$__lazy_storage_$_") { label.removeFirst("$__lazy_storage_$_".count) }
            visit(label, child.value)
        }
    }
}
