// Member access and construction on values whose type is known only at run time.

extension NativeContext {
    /// `value.name` as a value: a stored or computed property, or a method bound to `value`.
    func member(of value: Value, _ name: String) throws -> Value {
        switch value {
        case ._box(let b): return try member(of: b.value, name)
        case .instance(let o), .structValue(let o):
            if let i = o.cls.fieldIndex[name] { return o.fields[i] }
            if let c = o.cls.findComputed(name) {
                let r = try invokeMethod(c.get, on: value)
                // A struct's lazy getter changes a copy here: nothing to hand back.
                if c.get.isMutating { mutatedSelf = .void }
                return r
            }
            if let ms = o.cls.findMethods(name), let m = ms.first {
                return .function(Function(.script(m, captures: [], selfValue: value), name: name))
            }
            if let nt = o.cls.nativeSuper {
                if let p = nt.findProperty(name) { return try p.get(NativeCall(receiver: value, arguments: [], context: self)) }
                if let m = nt.findMethod(name) { return .function(Function(.native(m, receiver: value), name: name)) }
            }
            if let v = enumMember(o, name) { return v }
            throw noMember(value, name, o.cls.memberNames)
        case .native(let n):
            if let p = n.nativeType.findProperty(name) { return try p.get(NativeCall(receiver: value, arguments: [], context: self)) }
            if let m = n.nativeType.findMethod(name) { return .function(Function(.native(m, receiver: value), name: name)) }
            if let v = try extensionMember(of: value, name) { return v }
            throw noMember(value, name, n.nativeType.memberNames)
        case .type(let t):
            if let c = t.scriptClass {
                if c.isEnum, let v = enumStaticMember(c, name) { return v }
                if let b = c.findStaticField(name) { return b.value }
                if let g = c.findStaticComputed(name) { return try invokeMethod(g, on: value) }
                if let ms = c.findStaticMethods(name), let m = ms.first {
                    return .function(Function(.script(m, captures: [], selfValue: value), name: name))
                }
                if name == "self" { return value }
                if let inner = lessonType(t.name + "." + name) { return .type(TypeValue(name: inner.name, scriptClass: inner)) }
                throw ScriptError("type '\(t.name)' has no member '\(name)'" + suggestion(name, Array(c.staticFields.keys) + Array(c.staticMethods.keys)))
            }
            if name == "self" { return value }
            if let nt = t.native {
                if let p = nt.findStaticProperty(name) { return try p(NativeCall(receiver: .void, arguments: [], context: self)) }
                if let m = nt.findStaticMethod(name) { return .function(Function(.native(m, receiver: .void), name: name)) }
                throw ScriptError("type '\(t.name)' has no member '\(name)'" + suggestion(name, nt.staticMemberNames))
            }
            if let v = try basicStaticMember(t.name, name) { return v }
            if let e = typeExtensions[NativeContext.extensionKey(forTypeNamed: t.name)] {
                if let b = e.findStaticField(name) { return b.value }
                if let ms = e.findStaticMethods(name), let m = ms.first { return .function(Function(.script(m, captures: [], selfValue: value), name: name)) }
                if let g = e.findStaticComputed(name) { return try invokeMethod(g, on: value) }
            }
            throw ScriptError("type '\(t.name)' has no member '\(name)'" + suggestion(name, basicStaticNames(t.name)))
        case .tuple(let t):
            if let i = Int(name), i >= 0, i < t.elements.count { return t.elements[i] }
            if let labels = t.labels, let i = labels.firstIndex(where: { $0 == name }) { return t.elements[i] }
            throw noMember(value, name, (t.labels ?? []).compactMap { $0 })
        default:
            if let v = try basicProperty(value, name) { return v }
            if let v = try extensionMember(of: value, name) { return v }
            throw noMember(value, name, basicMemberNames(value))
        }
    }

    /// The type of a value, as a value: what a generic parameter names inside its function.
    func typeValue(of v: Value) -> TypeValue {
        switch v {
        case .instance(let o), .structValue(let o): return TypeValue(name: o.cls.name, scriptClass: o.cls)
        case .native(let n): return TypeValue(name: n.nativeType.name, native: n.nativeType)
        default: return TypeValue(name: v.typeName, native: basicLibrary.types[v.typeName])
        }
    }

    /// `r.summary` of a struct's `lazy var`: the getter runs on the variable itself, so the
    /// value it stores stays.
    func readLazy(_ v: inout Value, _ name: String) throws -> Value {
        guard case .structValue(let o) = v, let g = o.cls.findComputed(name)?.get else { return try member(of: v, name) }
        let r = try invokeMethod(g, on: v)
        if case .structValue = mutatedSelf { v = mutatedSelf }
        mutatedSelf = .void
        return r
    }

    /// "value of type 'Tensor' has no member 'shpe'; did you mean 'shape'?"
    func noMember(_ value: Value, _ name: String, _ candidates: [String]) -> ScriptError {
        if case .tuple = value { return ScriptError("value of tuple type '\(value.typeName)' has no member '\(name)'") }
        return ScriptError("value of type '\(value.typeName)' has no member '\(name)'" + suggestion(name, candidates))
    }

    /// Makes an instance: `Point(x: 1, y: 2)`, `Tensor([1, 2])`, `Double(n)`.
    func construct(_ t: TypeValue, args: [Value], labels: [String?], literalMask: UInt64) throws -> Value {
        if let c = t.scriptClass { return try constructScript(c, args: args, labels: labels, literalMask: literalMask) }
        if let nt = t.native {
            if nt.initializers.overloads.isEmpty { throw ScriptError("'\(nt.name)' cannot be constructed because it has no accessible initializers") }
            return try callNative(nt.initializers, receiver: .void, args: args, labels: labels, literalMask: literalMask)
        }
        return try basicConstruct(t.name, args: args, labels: labels, literalMask: literalMask)
    }

    /// A lesson class or struct: stored properties' defaults, then `init` (or the
    /// memberwise initialiser of a struct).
    func constructScript(_ c: ScriptClass, args: [Value], labels: [String?], literalMask: UInt64) throws -> Value {
        if c.isProtocol { throw ScriptError("type 'any \(c.name)' cannot be instantiated") }
        if c.isEnum && allInitializers(c).isEmpty { return try enumFromRawValue(c, args: args, labels: labels) }
        let o = ScriptInstance(cls: c)
        if let nt = c.nativeSuper, let ini = nt.initializers.overloads.first(where: { $0.params.allSatisfy { $0.defaultValue != nil || $0.variadic } }) {
            var noReceiver = Value.void
            if case .native(let n) = try runNative(ini, plan: ini.params.map { $0.variadic ? .variadic([]) : .defaultValue }, receiver: &noReceiver, args: [], literalMask: 0) {
                o.nativeBase = n
            }
        }
        let selfValue: Value = c.isStruct ? .structValue(o) : .instance(o)
        // Defaults run with the new instance as `self` (a property may refer to an earlier one).
        for (i, d) in c.fieldDefaults.enumerated() {
            if let d {
                let base = sp
                base[0] = selfValue
                let v = try d(base)
                base[0] = .void
                o.fields[i] = v
            }
        }
        var inits = allInitializers(c)
        // A struct whose inits all come from extensions keeps its memberwise one too.
        if c.isStruct, !inits.isEmpty, inits.allSatisfy(\.isExtensionInit), (try? pickInitializer(inits, labels: labels, typeName: c.name)) == nil {
            inits = []
        }
        if inits.isEmpty {
            // Memberwise (structs) or none (classes whose properties all have defaults).
            let missing = c.fieldNames.indices.filter { c.fieldDefaults[$0] == nil }
            if !c.isStruct {
                if !args.isEmpty { throw ScriptError("argument passed to call that takes no arguments") }
                if let m = missing.first { throw ScriptError("class '\(c.name)' has no initializers; property '\(c.fieldNames[m])' has no default value") }
                return selfValue
            }
            let params = c.fieldNames.indices.filter { !(c.fieldIsLet[$0] && c.fieldDefaults[$0] != nil) }
            let plan = try matchArguments(params: params.map { (c.fieldNames[$0], c.fieldDefaults[$0] != nil, false) }, labels: labels, name: c.name, positional: false, trailingClosure: endsWithFunction(args))
            for (k, src) in plan.enumerated() {
                if case .argument(let j) = src {
                    let fi = params[k]
                    o.fields[fi] = try coerce(args[j], to: c.fieldTypes[fi] ?? .named("Any"), literal: literalMask & (1 << UInt64(min(j, 63))) != 0, context: .argument)
                }
            }
            return selfValue
        }
        let p = try pickInitializer(inits, labels: labels, typeName: c.name, trailingClosure: endsWithFunction(args))
        let base = sp
        base[0] = selfValue
        try placeArguments(p, args, labels: labels, literalMask: literalMask, base: base)
        _ = try invoke(p, [], base)
        // A struct's init is mutating: assigning `self.x` copies the value, and the
        // initialised copy comes back in `mutatedSelf`.
        if c.isStruct, case .structValue = mutatedSelf {
            let v = mutatedSelf
            mutatedSelf = .void
            return v
        }
        return selfValue
    }

    func allInitializers(_ c: ScriptClass) -> [FunctionProto] {
        var k: ScriptClass? = c
        while let x = k {
            if !x.initializers.isEmpty { return x.initializers }
            k = x.superclass
        }
        return []
    }

    /// The initialiser whose labels fit the call.
    func pickInitializer(_ inits: [FunctionProto], labels: [String?], typeName: String, trailingClosure: Bool = false) throws -> FunctionProto {
        var firstError: Error? = nil
        for p in inits {
            do {
                _ = try matchArguments(params: p.labels.enumerated().map { ($1, p.defaults[$0] != nil, p.variadicIndex == $0) }, labels: labels, name: typeName, positional: false,
                                   trailingClosure: trailingClosure)
                return p
            } catch { if firstError == nil { firstError = error } }
        }
        throw firstError!
    }
}

/// A `value.name` site's property of a native type, found once per type (an identity
/// compare instead of walking the type chain and hashing the name on every read).
/// `member(of:)` looks a native object's properties up first, so a found getter is
/// what it would call; anything else (methods, errors) still goes through it.
final class PropertySite {
    let name: String
    private var type: NativeType?
    private var found: NativeProperty?

    init(name: String) { self.name = name }

    @inline(__always)
    func property(of t: NativeType) -> NativeProperty? {
        if t === type { return found }
        type = t
        found = t.findProperty(name)
        return found
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased()), y = Array(b.lowercased())
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev = Array(0...y.count), cur = prev
    for i in 1...x.count {
        cur[0] = i
        for j in 1...y.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    return prev[y.count]
}

/// "; did you mean 'shape'?" for the nearest candidate, or "".
func suggestion(_ name: String, _ candidates: [String]) -> String {
    var best: (String, Int)? = nil
    for c in Set(candidates) where c != name && !c.hasPrefix("$") {
        let d = editDistance(name, c)
        if d <= max(1, min(3, name.count / 3 + 1)), best == nil || d < best!.1 || (d == best!.1 && c < best!.0) { best = (c, d) }
    }
    return best.map { "\nnote: did you mean '\($0.0)'?" } ?? ""
}
