// The native binding API: how Swift code (the Prelude: tensors, layers, charts) puts
// functions and types into the lesson language.
//
//     let lib = NativeLibrary()
//     let tensor = lib.addType("Tensor")
//     tensor.addStaticMethod("zeros", ["_"]) { call in … }            // Tensor.zeros([2, 3])
//     tensor.addStaticMethod("zeros", ["like"]) { call in … }         // Tensor.zeros(like: t)
//     tensor.addMethod("sum", []) { call in … }                       // t.sum()
//     tensor.addMethod("sum", ["axis", Param("keepDims", default: false)]) { call in … }
//     tensor.addProperty("shape") { call in Value(box(call.receiver).shape) }
//     tensor.addOperator("*") { a, b in … }                           // t * 2, 2 * t, t * u
//     tensor.addCompoundAssignment("-=") { lhs, rhs in … }            // w -= lr * w.grad, in place
//     lib.addFunction("noGrad", ["_"]) { call in try call.context.call(call[0], []) }
//     let session = ScriptSession(library: lib, directory: dir)
//
// Calls are matched to overloads by their argument labels when the cell is compiled
// (for free functions and static members) or at the first call of a call site (for
// methods of a value whose type is known only at run time; the choice is cached per
// site and type). When several overloads have the same labels, the `type` of their
// parameters picks one at run time, the most recently added first: that is how the
// Prelude's `exp(_ t: Tensor)` sits beside the built-in `exp(_ x: Double)`.

/// A parameter of a native function: its argument label (nil for `_`), an optional
/// default, whether it is variadic, and optionally the type it accepts.
public struct Param: ExpressibleByStringLiteral {
    /// The argument label callers write; nil for `_` (unlabeled).
    public var label: String?
    /// Used when the caller leaves the argument out.
    public var defaultValue: Value?
    /// `_ layers: Module...`: takes all remaining unlabeled arguments, passed as `.array`.
    public var variadic: Bool
    /// The type the argument must have for this overload to be chosen, as the language
    /// names it (`"Tensor"`, `"Double"`, `"Int"`, `"String"`, `"[Double]"`, a native type
    /// name; subtypes match). nil accepts anything. Only consulted to choose among
    /// overloads with the same labels; a `"Double"` parameter accepts an integer literal.
    public var type: String?

    /// `Param("_")` is unlabeled; `Param("axis", default: -1)` is labeled with a default.
    public init(_ label: String, default defaultValue: Value? = nil, type: String? = nil, variadic: Bool = false) {
        self.label = label == "_" ? nil : label
        self.defaultValue = defaultValue
        self.type = type
        self.variadic = variadic
    }

    /// `"_"` or a label, no default: `["_", "axis"]`.
    public init(stringLiteral label: String) {
        self.init(label)
    }

    /// The label as it appears in a signature: `axis:` or `_:`.
    var signaturePart: String { (label ?? "_") + ":" }
}

/// What a native function receives.
public struct NativeCall {
    /// `self` for methods, properties, subscripts and `callAsFunction`: the native object,
    /// or the lesson's class instance for a method inherited from a native base type.
    /// `.void` for free functions, initialisers and static members.
    public let receiver: Value
    /// The arguments in the order of the declared parameters, defaults filled in, a
    /// variadic parameter's arguments gathered into one `.array`. For a property or
    /// subscript setter, the new value is the last argument.
    public let arguments: [Value]
    /// The running session: random generator, outputs, callbacks into the language.
    public let context: NativeContext
    /// Bit `i` is set when argument `i` was written as an integer literal, which takes the
    /// type its place asks for (`xs.append(1)` into a `[Double]` appends `1.0`).
    public let literalMask: UInt64

    public init(receiver: Value, arguments: [Value], context: NativeContext, literalMask: UInt64 = 0) {
        self.receiver = receiver
        self.arguments = arguments
        self.context = context
        self.literalMask = literalMask
    }

    /// True when argument `i` was written as an integer literal.
    public func isLiteral(_ i: Int) -> Bool { literalMask & (1 << UInt64(min(i, 63))) != 0 }

    /// The argument for parameter `i`.
    public subscript(_ i: Int) -> Value { arguments[i] }
    public var count: Int { arguments.count }

    public func int(_ i: Int) throws -> Int { try arguments[i].asInt() }
    public func double(_ i: Int) throws -> Double { try arguments[i].asDouble() }
    public func bool(_ i: Int) throws -> Bool { try arguments[i].asBool() }
    public func string(_ i: Int) throws -> String { try arguments[i].asString() }
    public func doubleArray(_ i: Int) throws -> [Double] { try arguments[i].asDoubleArray() }
    public func intArray(_ i: Int) throws -> [Int] { try arguments[i].asIntArray() }
    /// nil when the argument is `nil`.
    public func optional(_ i: Int) -> Value? { arguments[i].optional }
}

/// The body of a native function, method, initialiser, property accessor or subscript.
public typealias NativeBody = (NativeCall) throws -> Value

/// The body of a mutating method of a value type (`xs.append(x)`, `s.removeAll()`): the
/// receiver comes in place, not in `call.receiver` (which is `.void`), so that its buffer
/// is uniquely referenced and changes without a copy.
public typealias NativeMutatingBody = (inout Value, NativeCall) throws -> Value

/// A native sequence's iterator: returns the next element, or nil at the end.
public typealias NativeIterator = () throws -> Value?

/// An object of a native type, as the language holds it. Subclass it to hold your own
/// payload, or use `NativeBox<Payload>`.
open class NativeObject {
    /// The registered type: decides methods, operators, printing and display.
    public let nativeType: NativeType

    public init(type: NativeType) {
        self.nativeType = type
    }
}

/// A native object that holds one Swift value (`NativeBox<Tensor>`, `NativeBox<Figure>`).
public final class NativeBox<Payload>: NativeObject {
    public var value: Payload

    public init(_ value: Payload, type: NativeType) {
        self.value = value
        super.init(type: type)
    }
}

/// One overload of a native function or method.
final class NativeOverload {
    let name: String
    let params: [Param]
    let body: NativeBody
    /// Set for a mutating method: called with the receiver in place instead of `body`.
    let mutatingBody: NativeMutatingBody?
    /// `name(a:_:)` as swiftc writes it.
    let signature: String
    /// The parameters as `matchArguments` takes them, worked out once.
    let matchParameters: [(label: String?, hasDefault: Bool, variadic: Bool)]

    init(name: String, params: [Param], body: @escaping NativeBody) {
        self.name = name
        self.params = params
        self.body = body
        self.mutatingBody = nil
        self.signature = name + "(" + params.map(\.signaturePart).joined() + ")"
        self.matchParameters = params.map { ($0.label, $0.defaultValue != nil, $0.variadic) }
    }

    init(name: String, params: [Param], mutating: @escaping NativeMutatingBody) {
        self.name = name
        self.params = params
        self.mutatingBody = mutating
        // Reached only through a reference to the method as a value (`let f = xs.append`).
        self.body = { _ in throw ScriptError("cannot reference 'mutating' method '\(name)' as a function value") }
        self.signature = name + "(" + params.map(\.signaturePart).joined() + ")"
        self.matchParameters = params.map { ($0.label, $0.defaultValue != nil, $0.variadic) }
    }

    var isMutating: Bool { mutatingBody != nil }
}

/// All overloads of one native name (newest first).
final class NativeFunctionSet {
    let name: String
    var overloads: [NativeOverload] = []
    /// The Swift declarations of these overloads, where the host library gave them
    /// (DeclaredSignatures.swift): the checks before a cell runs read their types.
    var declarations: [DeclaredSignature] = []
    init(name: String) { self.name = name }
    func add(_ o: NativeOverload) { overloads.insert(o, at: 0) }
}

/// A property of a native type.
struct NativeProperty {
    let get: NativeBody
    let set: NativeBody?
}

/// A native type registered by name (`Tensor`, `Linear`, `Figure`, `SGD`…).
public final class NativeType {
    public let name: String
    /// The base type whose members this type inherits (`Linear` is a `Module`).
    public let superType: NativeType?

    var initializers = NativeFunctionSet(name: "init")
    var staticMethods: [String: NativeFunctionSet] = [:]
    var staticProperties: [String: NativeBody] = [:]
    var methods: [String: NativeFunctionSet] = [:]
    var properties: [String: NativeProperty] = [:]
    /// Each property's declared Swift type (`shape`: `[Int]`), where the host gave it.
    var propertyTypes: [String: String] = [:]
    var subscriptGet: NativeBody?
    var subscriptSet: NativeBody?
    var binaryOperators: [String: (Value, Value) throws -> Value] = [:]
    var prefixOperators: [String: (Value) throws -> Value] = [:]
    var compoundAssignments: [String: (Value, Value) throws -> Void] = [:]

    /// How `print` and string interpolation show a value of this type. Default: `Name()`.
    public var describe: ((Value) -> String)?
    /// How a cell shows a value of this type as its final value or through `display(_:)`.
    /// Default: `describe`'s text with no grid.
    public var display: ((Value) -> DisplayValue)?
    /// Makes values of this type iterable in `for x in value` (a `DataLoader` yields
    /// `(inputs, labels)` tuples, which `for (x, y) in loader` destructures).
    public var makeIterator: ((Value, NativeContext) throws -> NativeIterator)?

    init(name: String, superType: NativeType?) {
        self.name = name
        self.superType = superType
    }

    /// `Name(…)`: an initialiser. The body returns the new `.native` object.
    /// A lesson's `class Model: Name` calls the initialiser without arguments, when there
    /// is one, to make the instance's `nativeBase`.
    public func addInit(_ params: [Param], _ body: @escaping NativeBody) {
        initializers.add(NativeOverload(name: name, params: params, body: body))
    }

    /// `Name.method(…)`.
    public func addStaticMethod(_ name: String, _ params: [Param], _ body: @escaping NativeBody) {
        let set = staticMethods[name] ?? NativeFunctionSet(name: name)
        set.add(NativeOverload(name: name, params: params, body: body))
        staticMethods[name] = set
    }

    /// `Name.property` (read-only).
    public func addStaticProperty(_ name: String, _ get: @escaping NativeBody) {
        staticProperties[name] = get
    }

    /// `value.method(…)`; `call.receiver` is the value. Overloads by label are allowed.
    /// A method named `callAsFunction` makes values callable: `model(x)`, `criterion(a, b)`.
    public func addMethod(_ name: String, _ params: [Param], _ body: @escaping NativeBody) {
        let set = methods[name] ?? NativeFunctionSet(name: name)
        set.add(NativeOverload(name: name, params: params, body: body))
        methods[name] = set
    }

    /// `value.method(…)` that changes `value` in place: a value type's mutating method
    /// (`xs.append(x)`). Calling it on a `let` constant is an error before the cell runs.
    public func addMutatingMethod(_ name: String, _ params: [Param], _ body: @escaping NativeMutatingBody) {
        let set = methods[name] ?? NativeFunctionSet(name: name)
        set.add(NativeOverload(name: name, params: params, mutating: body))
        methods[name] = set
    }

    /// True when some overload of `name` is a mutating method.
    func hasMutatingMethod(_ name: String) -> Bool {
        findMethod(name)?.overloads.contains { $0.isMutating } ?? false
    }

    /// `value.property`, and `value.property = x` when `set` is given (the new value is
    /// `call[0]`; return `.void`).
    public func addProperty(_ name: String, get: @escaping NativeBody, set: NativeBody? = nil) {
        properties[name] = NativeProperty(get: get, set: set)
    }

    /// `value[i, j…]`. The arguments are the index expressions' values: `Int` (negative
    /// ones as written), `.range` for `0..<2`, `1...`, `..<3`, and a `.range` with both
    /// bounds nil (`isFull`) for a lone `...`. `set`'s last argument is the new value.
    public func addSubscript(get: @escaping NativeBody, set: NativeBody? = nil) {
        subscriptGet = get
        subscriptSet = set
    }

    /// A binary operator (`+ - * / % == != < <= > >= .== .!= .< .<= .> .>=` or any other),
    /// used when either operand is of this type: the other one may be an `Int`, a
    /// `Double` or anything else. Throw a `ScriptError` for operands you do not accept.
    public func addOperator(_ op: String, _ body: @escaping (_ lhs: Value, _ rhs: Value) throws -> Value) {
        binaryOperators[op] = body
    }

    /// A prefix operator (`-t`, `!x`).
    public func addPrefixOperator(_ op: String, _ body: @escaping (Value) throws -> Value) {
        prefixOperators[op] = body
    }

    /// `lhs op= rhs` (`+=`, `-=`, `*=`, `/=`) done in place on the object `lhs` refers to;
    /// the variable keeps pointing at the same object. Without it, `a -= b` means
    /// `a = a - b` through `addOperator("-")`.
    public func addCompoundAssignment(_ op: String, _ body: @escaping (_ lhs: Value, _ rhs: Value) throws -> Void) {
        compoundAssignments[op] = body
    }

    /// True when this type is `other` or inherits from it.
    public func isSubtype(of other: NativeType) -> Bool {
        var t: NativeType? = self
        while let c = t {
            if c === other { return true }
            t = c.superType
        }
        return false
    }

    /// The first answer up the inheritance chain: this type's, else its base type's…
    private func firstUp<T>(_ member: (NativeType) -> T?) -> T? {
        var t: NativeType? = self
        while let c = t {
            if let m = member(c) { return m }
            t = c.superType
        }
        return nil
    }

    func findMethod(_ name: String) -> NativeFunctionSet? { firstUp { $0.methods[name] } }

    func findProperty(_ name: String) -> NativeProperty? { firstUp { $0.properties[name] } }

    func findStaticMethod(_ name: String) -> NativeFunctionSet? { firstUp { $0.staticMethods[name] } }

    func findStaticProperty(_ name: String) -> NativeBody? { firstUp { $0.staticProperties[name] } }

    func findOperator(_ op: String) -> ((Value, Value) throws -> Value)? { firstUp { $0.binaryOperators[op] } }

    func findPrefix(_ op: String) -> ((Value) throws -> Value)? { firstUp { $0.prefixOperators[op] } }

    func findCompound(_ op: String) -> ((Value, Value) throws -> Void)? { firstUp { $0.compoundAssignments[op] } }

    func findSubscript() -> (NativeBody?, NativeBody?) {
        var t: NativeType? = self
        while let c = t {
            if c.subscriptGet != nil { return (c.subscriptGet, c.subscriptSet) }
            t = c.superType
        }
        return (nil, nil)
    }

    func findDescribe() -> ((Value) -> String)? { firstUp { $0.describe } }

    func findDisplay() -> ((Value) -> DisplayValue)? { firstUp { $0.display } }

    func findIterator() -> ((Value, NativeContext) throws -> NativeIterator)? { firstUp { $0.makeIterator } }

    /// Every member name, for "did you mean" suggestions.
    var memberNames: [String] {
        var names: [String] = []
        var t: NativeType? = self
        while let c = t {
            names += Array(c.methods.keys) + Array(c.properties.keys)
            t = c.superType
        }
        return names
    }

    var staticMemberNames: [String] {
        var names: [String] = []
        var t: NativeType? = self
        while let c = t {
            names += Array(c.staticMethods.keys) + Array(c.staticProperties.keys)
            t = c.superType
        }
        return names
    }
}

/// The functions, types and constants a session starts with, on top of Swift's basics
/// (which every session has). Build one, then make sessions from it; a library is not
/// changed by the sessions that use it.
public final class NativeLibrary {
    var functions: [String: NativeFunctionSet] = [:]
    var types: [String: NativeType] = [:]
    var typeOrder: [NativeType] = []
    var constants: [(String, Value)] = []
    /// Called on the cell's thread before each cell of a session is compiled and run:
    /// where a library installs per-thread state, such as the tensor engine's limits.
    public var cellWillRun: ((NativeContext) -> Void)?

    public init() {}

    /// A free function: `name(label: …)`. Adding a name twice with other labels makes
    /// overloads; with the same labels, give the parameters a `type` to choose by.
    public func addFunction(_ name: String, _ params: [Param], _ body: @escaping NativeBody) {
        let set = functions[name] ?? NativeFunctionSet(name: name)
        set.add(NativeOverload(name: name, params: params, body: body))
        functions[name] = set
    }

    /// A native type, optionally inheriting another's members (`Linear: Module`). A
    /// lesson may subclass it: `class Model: Module { … }`.
    @discardableResult
    public func addType(_ name: String, superType: NativeType? = nil) -> NativeType {
        if let t = types[name] { return t }
        let t = NativeType(name: name, superType: superType)
        types[name] = t
        typeOrder.append(t)
        return t
    }

    /// The type registered as `name`.
    public func type(named name: String) -> NativeType? { types[name] }

    /// A global constant visible to every cell.
    public func addConstant(_ name: String, _ value: Value) {
        constants.append((name, value))
    }
}
