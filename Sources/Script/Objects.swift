// Functions, lesson classes and their instances: the heap objects of the language.

/// A compiled function: its parameters, frame layout and body.
///
/// Calling convention: a call writes its arguments into the session's value stack at the
/// callee's frame base (slot 0 is `self` for methods, then the parameters in order), sets
/// the stack top past the callee's frame, and runs `body`, which reads and writes locals
/// as `fp[slot]`; no dictionary, no allocation per call. Variables that closures capture
/// live in `VariableBox`es whose slots hold `._box`.
final class FunctionProto {
    let name: String
    /// One per parameter: the argument label (nil for `_`).
    var labels: [String?] = []
    var paramNames: [String] = []
    /// Default values, evaluated at each call where the argument is left out.
    var defaults: [Code?] = []
    /// Declared parameter types (for literal conversion and checks).
    var paramTypes: [TypeRef?] = []
    /// `paramTypes` as checks decided once (see `TypeCheck`).
    var paramChecks: [TypeCheck] = []
    var variadicIndex: Int? = nil
    /// Slot of the first parameter: 1 when slot 0 holds `self`.
    var firstParamSlot = 0
    var frameSize = 0
    /// Parameters captured by inner closures: boxed when the call starts.
    var boxedParamSlots: [Int] = [] { didSet { hasBoxedParams = !boxedParamSlots.isEmpty } }
    /// `!boxedParamSlots.isEmpty`, kept as a flag so a call does not touch the array.
    private(set) var hasBoxedParams = false
    /// Where the captured variables' boxes go in the frame, in `captures` order.
    var captureSlots: [Int] = []
    /// The capture that is this function itself (a nested function calling itself).
    var selfCaptureIndex: Int? = nil
    var returnType: TypeRef? = nil
    var isMutating = false
    var isInit = false
    /// An `init` declared in an extension: a struct keeps its memberwise initialiser beside it.
    var isExtensionInit = false
    /// The stored property whose `willSet`/`didSet` this is: inside, assigning it stores
    /// without observing again, as in Swift.
    var observedProperty: String? = nil
    /// The declaration, when the function is written in the lesson (calls are checked
    /// against its parameters before the cell runs).
    var decl: FunctionDecl? = nil
    /// The body: returns the function's result.
    var body: Code = { _ in .void }
    /// Set once the body is compiled; call sites decide their fast path only after it.
    var isCompiled = false

    init(name: String) { self.name = name }

    /// `name(a:_:)`, as swiftc writes a function's full name.
    var signature: String { name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")" }
}

/// A function value: a lesson function or closure (with its captured variables and, for a
/// method taken from an instance, its `self`), a native function, or an operator.
public final class Function {
    enum Kind {
        case script(FunctionProto, captures: [VariableBox], selfValue: Value?)
        case native(NativeFunctionSet, receiver: Value)
        /// `+`, `<`… passed as a function (`reduce(0, +)`, `sorted(by: >)`).
        case op(String)
        /// A lesson struct or class used as a function (`map(Point.init)` is not in the subset,
        /// but `Type(args)` calls go through this when the type is held in a variable).
        case construct(TypeValue)
        /// A lesson enum's case with associated values: `Shape.circle` makes one.
        case enumCase(ScriptClass, Int)
    }
    let kind: Kind
    /// The function's name, for messages.
    public let name: String

    init(_ kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    var typeDescription: String {
        switch kind {
        case .script(let p, _, _):
            let params = p.paramTypes.map { $0?.description ?? "Any" }.joined(separator: ", ")
            return "(\(params)) -> \(p.returnType?.description ?? "()")"
        default: return "(Function)"
        }
    }
}

/// A class or struct declared in a lesson.
final class ScriptClass {
    let name: String
    let isStruct: Bool
    var superclass: ScriptClass?
    /// The native base (`Module`) of this class or of its nearest ancestor.
    var nativeSuper: NativeType?
    /// Stored properties in layout order (the superclass's first).
    var fieldNames: [String] = []
    var fieldTypes: [TypeRef?] = []
    var fieldIsLet: [Bool] = []
    var fieldIndex: [String: Int] = [:]
    /// Initial values of stored properties (nil: none; must be set in `init`).
    var fieldDefaults: [Code?] = []
    var methods: [String: [FunctionProto]] = [:]
    var computed: [String: (get: FunctionProto, set: FunctionProto?)] = [:]
    /// Stored properties' `willSet`/`didSet`, by property name.
    var observers: [String: PropertyObservers] = [:]
    /// This class or a superclass has observers: a member write tests this flag only.
    var hasObservers = false
    var initializers: [FunctionProto] = []
    var staticFields: [String: VariableBox] = [:]
    var staticMethods: [String: [FunctionProto]] = [:]
    /// `static var name: T { … }`: read by calling.
    var staticComputed: [String: FunctionProto] = [:]
    /// Set once every member is registered: only then is a missing member an error.
    var membersKnown = false
    /// `subscript(…)`s declared in the type (overloaded by labels and index types).
    var subscripts: [(get: FunctionProto, set: FunctionProto?)] = []
    /// Names of the protocols it declares (`: Equatable, Shape`), its own and its extensions'.
    var conformances: Set<String> = []
    /// The lesson protocols among them, whose extensions supply default members.
    var protocols: [ScriptClass] = []

    /// Members declared `private` (by the type or its extensions).
    var privateMembers: Set<String> = []
    /// `struct Stack<Element>`: the generic parameters' names.
    var genericParams: [String] = []

    // Enums (see Enums.swift).
    var isEnum = false
    var enumCases: [EnumCaseInfo] = []
    var caseNamed: [String: Int] = [:]
    var rawType: String?

    // Protocols: a protocol is a class-like holder of its requirements and of the default
    // implementations its extensions give.
    var isProtocol = false
    var requiredMethods: [String] = []
    var requiredProperties: [String] = []

    init(name: String, isStruct: Bool) {
        self.name = name
        self.isStruct = isStruct
    }

    /// The first answer up the class chain (this class's, else its superclass's…), else
    /// from a protocol it conforms to (a default implementation).
    private func firstUp<T>(_ member: (ScriptClass) -> T?) -> T? {
        var c: ScriptClass? = self
        while let k = c {
            if let m = member(k) { return m }
            c = k.superclass
        }
        c = self
        while let k = c {
            for p in k.protocols where p !== self { if let m = p.firstUp(member) { return m } }
            c = k.superclass
        }
        return nil
    }

    /// True when a value of this class is a `name`: the class, a superclass, or a protocol
    /// it conforms to.
    func isKind(of name: String) -> Bool {
        var c: ScriptClass? = self
        while let k = c {
            if k.name == name || k.conformances.contains(name) { return true }
            if k.protocols.contains(where: { $0 !== self && $0.isKind(of: name) }) { return true }
            c = k.superclass
        }
        return false
    }

    func findMethods(_ name: String) -> [FunctionProto]? { firstUp { $0.methods[name] } }

    func findComputed(_ name: String) -> (get: FunctionProto, set: FunctionProto?)? { firstUp { $0.computed[name] } }

    /// A stored property's observers, also one a superclass declares.
    func findObservers(_ name: String) -> PropertyObservers? {
        guard hasObservers else { return nil }
        var c: ScriptClass? = self
        while let k = c {
            if !k.observers.isEmpty, let o = k.observers[name] { return o }
            c = k.superclass
        }
        return nil
    }

    func findStaticField(_ name: String) -> VariableBox? { firstUp { $0.staticFields[name] } }

    func findStaticMethods(_ name: String) -> [FunctionProto]? { firstUp { $0.staticMethods[name] } }

    func findStaticComputed(_ name: String) -> FunctionProto? { firstUp { $0.staticComputed[name] } }

    func findSubscripts() -> [(get: FunctionProto, set: FunctionProto?)] { firstUp { $0.subscripts.isEmpty ? nil : $0.subscripts } ?? [] }

    /// True when `name` is a stored or computed property or a method of an instance
    /// (inherited ones and the native base's included): inside a method, a bare name
    /// means this member before any global of the same name, as in Swift.
    func hasInstanceMember(_ name: String) -> Bool {
        fieldIndex[name] != nil || findMethods(name) != nil || findComputed(name) != nil
            || nativeSuper?.findMethod(name) != nil || nativeSuper?.findProperty(name) != nil
            || isRequired(name) || (name == "rawValue" && rawType != nil)
    }

    /// A protocol's requirement, of this protocol or one it refines or a type adopts.
    private func isRequired(_ name: String) -> Bool {
        if requiredMethods.contains(name) || requiredProperties.contains(name) { return true }
        return protocols.contains { $0 !== self && $0.isRequired(name) }
    }

    /// A static property or method, or an enum's case or `allCases`.
    func hasStaticMember(_ name: String) -> Bool {
        findStaticField(name) != nil || findStaticComputed(name) != nil || findStaticMethods(name) != nil
            || (isEnum && (caseNamed[name] != nil || (name == "allCases" && conformsTo("CaseIterable"))))
    }

    /// Every member name, for "did you mean" suggestions.
    var memberNames: [String] {
        var names = fieldNames
        var c: ScriptClass? = self
        while let k = c {
            names += Array(k.methods.keys) + Array(k.computed.keys)
            c = k.superclass
        }
        names += nativeSuper?.memberNames ?? []
        for p in protocols where p !== self { names += p.memberNames }
        return names
    }
}

/// An instance of a lesson's class or struct. Natives see it when a method inherited
/// from a native base type (`Module.parameters()`) is called on it.
public final class ScriptInstance {
    let cls: ScriptClass
    /// Stored property values, in `cls.fieldNames` order.
    var fields: [Value]
    /// An enum value's case (an index into `cls.enumCases`); its `fields` are the case's
    /// associated values. -1 for class and struct instances.
    var caseIndex = -1
    /// The native base object, when the class inherits a native type that has an
    /// initialiser taking no arguments (`class Model: Module`).
    public internal(set) var nativeBase: NativeObject?

    init(cls: ScriptClass) {
        self.cls = cls
        self.fields = Array(repeating: .void, count: cls.fieldNames.count)
    }

    /// Releases what this instance held without recursing: a linked list of three million
    /// nodes, each holding the next, would otherwise be released one nested `deinit` per
    /// node and overflow the stack. Instances only this one holds are taken out of their
    /// fields onto a work list and emptied the same way, so each is freed with nothing left
    /// to free below it.
    deinit {
        var work: [ScriptInstance] = []
        ScriptInstance.detachSoleChildren(&fields, into: &work)
        while let o = work.popLast() {
            ScriptInstance.detachSoleChildren(&o.fields, into: &work)
        }
    }

    /// Moves the instances that `fields` alone holds onto `work` (and drops the others,
    /// which only loses a reference).
    private static func detachSoleChildren(_ fields: inout [Value], into work: inout [ScriptInstance]) {
        // `if case`, not `switch`: a switch would hold its own reference through the case.
        for i in fields.indices {
            if case .instance(var o) = fields[i] {
                fields[i] = .void
                if isKnownUniquelyReferenced(&o) { work.append(o) }
            } else if case .structValue(var o) = fields[i] {
                fields[i] = .void
                if isKnownUniquelyReferenced(&o) { work.append(o) }
            }
        }
    }

    /// The class's name as the lesson wrote it.
    public var className: String { cls.name }

    /// The native type this class inherits (`Module`), if any.
    public var nativeSuperType: NativeType? { cls.nativeSuper }

    /// The stored properties in declaration order (inherited ones first).
    public var storedProperties: [(name: String, value: Value)] {
        Array(zip(cls.fieldNames, fields)).map { (name: $0.0, value: $0.1) }
    }

    /// A stored property's value.
    public func property(_ name: String) -> Value? {
        cls.fieldIndex[name].map { fields[$0] }
    }

    /// Sets a stored property; false when there is none of that name.
    @discardableResult
    public func setProperty(_ name: String, _ value: Value) -> Bool {
        guard let i = cls.fieldIndex[name] else { return false }
        fields[i] = value
        return true
    }

    /// A copy, for struct value semantics.
    func copy() -> ScriptInstance {
        let c = ScriptInstance(cls: cls)
        c.fields = fields
        c.caseIndex = caseIndex
        c.nativeBase = nativeBase
        return c
    }
}

/// `willSet` and `didSet` of one stored property: methods taking the new value and the
/// old one (a struct's are mutating).
struct PropertyObservers {
    var willSet: FunctionProto?
    var didSet: FunctionProto?
}
