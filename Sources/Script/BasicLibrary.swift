// Swift's basic value types — Array, String, Dictionary, ranges, Double, Int, Character,
// Bool — declared through the same `NativeType` API as the prelude's Tensor: a member is
// one `addMethod`/`addMutatingMethod`/`addProperty`/`addInit` declaration (name, labels,
// implementation), found by name and chosen by labels the same way for `xs.append(x)` as
// for `t.sum(axis: 0)`. Each type's members live in a file of their own (ArrayMembers.swift,
// StringMembers.swift…); the Sequence algorithms they share in SequenceAlgorithms.swift.

/// The basic types, made once per process; sessions never change them.
final class BasicLibrary {
    let array: NativeType
    let string: NativeType
    let dictionary: NativeType
    let range: NativeType
    let double: NativeType
    let int: NativeType
    let character: NativeType
    let bool: NativeType
    /// Every basic type by the name a lesson writes (`Float` is `Double`, `Set` an array).
    let types: [String: NativeType]
    /// Names of mutating methods on any basic type: calling one on a `let` is an error.
    let mutatingMethodNames: Set<String>

    init() {
        let lib = NativeLibrary()
        array = lib.addType("Array")
        string = lib.addType("String")
        dictionary = lib.addType("Dictionary")
        range = lib.addType("Range")
        double = lib.addType("Double")
        int = lib.addType("Int")
        character = lib.addType("Character")
        bool = lib.addType("Bool")
        let set = lib.addType("Set"), optional = lib.addType("Optional")
        // `CustomStringConvertible`'s `description`, which every basic value has.
        for t in [array, string, dictionary, range, double, int, character, bool] {
            t.addProperty("description") { c in .string(formatValue(c.receiver, c.context)) }
        }

        declareArrayMembers(array)
        declareStringMembers(string)
        declareDictionaryMembers(dictionary)
        declareRangeMembers(range)
        declareDoubleMembers(double)
        declareIntMembers(int)
        declareCharacterMembers(character)
        declareCharacterSet(lib.addType("CharacterSet"))
        declareUnicodeScalar(lib.addType("UnicodeScalar"), string: string, character: character)

        declareArrayInitializers(array)
        declareSetInitializers(set)
        declareStringInitializers(string)
        declareDoubleInitializers(double)
        declareIntInitializers(int)
        declareScalarInitializers(optional: optional, bool: bool, character: character)

        var types = lib.types
        types["Float"] = double
        self.types = types
        mutatingMethodNames = Set(lib.typeOrder.flatMap { t in t.methods.values.filter { $0.overloads.contains(where: \.isMutating) }.map(\.name) })
    }

    /// The basic type of a value, nil for lesson and native objects, tuples, functions.
    @inline(__always)
    func type(of v: Value) -> NativeType? {
        switch v {
        case .array: return array
        case .string: return string
        case .dictionary: return dictionary
        case .range: return range
        case .double: return double
        case .int: return int
        case .character: return character
        case .bool: return bool
        default: return nil
        }
    }
}

let basicLibrary = BasicLibrary()

/// The basic types' names (`Int`, `Double`, `String`, `Array`…), all of them known to every cell.
let builtinTypeNames: Set<String> = Set(basicLibrary.types.keys)

extension NativeContext {
    /// `value.name(args)` on a basic value; mutating methods change `v` in place. With a
    /// `site`, the overload is chosen through the site's cache.
    func callBasicMethod(_ v: inout Value, _ name: String, _ args: [Value], _ labels: [String?], _ mask: UInt64, site: NativeCallSite?) throws -> Value {
        if case ._box(let b) = v {
            // Take the value out of the box so that its buffer stays uniquely referenced.
            var inner = b.value
            b.value = .void
            defer { b.value = inner }
            return try callBasicMethod(&inner, name, args, labels, mask, site: site)
        }
        guard let type = basicLibrary.type(of: v) else { throw noMember(v, name, []) }
        if let set = site?.method(of: type, name) ?? type.findMethod(name) {
            if let site { return try site.callInPlace(set, receiver: &v, args: args, self) }
            return try callNativeInPlace(set, receiver: &v, args: args, labels: labels, literalMask: mask)
        }
        if let p = type.findProperty(name) {
            return try callValue(try p.get(NativeCall(receiver: v, arguments: [], context: self)), args, labels, mask)
        }
        throw noMember(v, name, type.memberNames)
    }

    /// `value.name` on a basic value; nil when its type has no such property.
    func basicProperty(_ v: Value, _ name: String) throws -> Value? {
        guard let p = basicLibrary.type(of: v)?.findProperty(name) else { return nil }
        return try p.get(NativeCall(receiver: v, arguments: [], context: self))
    }

    /// `Double.pi`, `Int.random`: a basic type's static property or method as a value.
    func basicStaticMember(_ typeName: String, _ name: String) throws -> Value? {
        guard let t = basicLibrary.types[typeName] else { return nil }
        if let p = t.findStaticProperty(name) { return try p(NativeCall(receiver: .void, arguments: [], context: self)) }
        if let m = t.findStaticMethod(name) { return .function(Function(.native(m, receiver: .void), name: name)) }
        return nil
    }

    /// `Double(n)`, `String(repeating:count:)`, `Set(xs)`.
    func basicConstruct(_ typeName: String, args: [Value], labels: [String?], literalMask: UInt64) throws -> Value {
        guard let t = basicLibrary.types[typeName], !t.initializers.overloads.isEmpty else {
            throw ScriptError("no exact matches in call to initializer of '\(typeName)' with arguments (\(labels.map { ($0 ?? "_") + ":" }.joined()))")
        }
        return try callNative(t.initializers, receiver: .void, args: args, labels: labels, literalMask: literalMask)
    }

    /// Member names of a basic value, for "did you mean" suggestions.
    func basicMemberNames(_ v: Value) -> [String] { basicLibrary.type(of: v)?.memberNames ?? [] }

    /// Static member names of a basic type, for suggestions.
    func basicStaticNames(_ typeName: String) -> [String] { basicLibrary.types[typeName]?.staticMemberNames ?? [] }
}
