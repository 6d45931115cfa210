// Type declarations: classes, structs, enums, protocols and extensions.
//
// Every kind becomes a `ScriptClass`: a class or struct holds stored properties, an enum
// its cases (Enums.swift), a protocol its requirements and the default members its
// extensions give. An extension adds members to a lesson type, to a protocol (defaults
// for every conforming type), or to a basic or library type (`extension Double`,
// `extension Tensor`), whose extension members the session keeps apart from the shared
// library so that one lesson's extensions never reach another's.

extension Compiler {
    /// A type is known, with its cases, from the top of its block: a function above the
    /// declaration may use it.
    /// Nested types (`struct Layer { enum Kind … }`) are known by their own name and by
    /// the qualified one (`Layer.Kind`).
    func hoistType(_ t: TypeDecl, in outer: String? = nil) throws {
        switch t.kind {
        case .extensionType: return
        case .classType, .structType, .enumType, .protocolType:
            let c = ScriptClass(name: t.name, isStruct: t.kind == .structType || t.kind == .enumType)
            c.isProtocol = t.kind == .protocolType
            c.genericParams = t.genericParams
            globals.classes[t.name] = c
            if let outer { globals.classes[outer + "." + t.name] = c }
            if t.kind == .enumType { try declareEnumCases(c, t) }
        }
        for m in t.members {
            if case .typeDecl(let inner) = m.kind { try hoistType(inner, in: outer.map { $0 + "." + t.name } ?? t.name) }
        }
    }

    func compileType(_ t: TypeDecl) throws {
        t.members = expandLazyProperties(t.members)
        if t.kind == .extensionType { return try compileExtension(t) }
        if globals.classes[t.name] == nil { try hoistType(t) }
        let c = globals.classes[t.name]!
        for m in t.members {
            if case .typeDecl(let inner) = m.kind { try compileType(inner) }
        }
        if t.kind == .protocolType { return try compileProtocol(c, t) }
        if t.kind == .enumType {
            if c.enumCases.isEmpty && !t.cases.isEmpty { try declareEnumCases(c, t) }
        } else {
            try inherit(c, t)
        }
        try adopt(c, t.inherited, t.offset)
        c.privateMembers.formUnion(t.privateMembers)
        try declareStoredProperties(c, t)
        try compilePropertyDefaults(c, t)
        let methodProtos = registerMembers(c, t.members)
        c.membersKnown = true
        try checkInitializersExist(c, t)
        try checkInitializersSetEveryProperty(c, t)
        try checkOverrides(c, t)
        try compileMembers(c, t.members, methodProtos)
        try checkConformance(c, t.nameOffset)
    }

    /// `class Model { var weight: Double }` with no `init`: nothing could set `weight`.
    private func checkInitializersExist(_ c: ScriptClass, _ t: TypeDecl) throws {
        guard t.kind == .classType, c.initializers.isEmpty else { return }
        let own = (c.superclass?.fieldNames.count ?? 0)..<c.fieldNames.count
        guard own.contains(where: { c.fieldDefaults[$0] == nil }) else { return }
        throw err("class '\(c.name)' has no initializers", t.nameOffset)
    }

    /// `init(weight:)` that never sets `bias`: every stored property without a default is
    /// assigned somewhere in each initialiser that does not hand over to another (`self.init`).
    private func checkInitializersSetEveryProperty(_ c: ScriptClass, _ t: TypeDecl) throws {
        guard t.kind == .classType || t.kind == .structType else { return }
        let own = (c.superclass?.fieldNames.count ?? 0)..<c.fieldNames.count
        let unset = own.filter { c.fieldDefaults[$0] == nil }.map { c.fieldNames[$0] }
        guard !unset.isEmpty else { return }
        for m in t.members {
            guard case .function(let f) = m.kind, f.isInit, f.endOffset > 0, !delegates(f.body) else { continue }
            if unset.contains(where: { !assigns(f.body, $0) }) {
                throw err("return from initializer without initializing all stored properties", f.endOffset)
            }
        }
    }

    /// Whether `stmts` assign the property `name` (`self.name = …`, `name = …`), at any depth.
    private func assigns(_ stmts: [Stmt], _ name: String) -> Bool {
        func isTarget(_ e: Expr) -> Bool {
            switch e.kind {
            case .name(let n): return n == name
            case .member(let b, let n): if case .selfRef = b.kind { return n == name }; return false
            case .tuple(let items): return items.contains { isTarget($0.value) }
            default: return false
            }
        }
        // Through ASTWalk: a statement at any depth that assigns it, or `reset(&self.x)`
        // anywhere (another call cannot: Swift lets no method run on a `self` not yet
        // initialised).
        return ASTWalk.statements(stmts, intoDeclarations: false, enter: { s in
            if case .assign(_, let target, _) = s.kind { return isTarget(target) }
            return false
        }, visit: { e in
            guard case .call(_, let args, _) = e.kind else { return false }
            return args.contains { if case .prefix("&", let x) = $0.value.kind { return isTarget(x) }; return false }
        })
    }

    /// `self.init(…)` anywhere in an initialiser: another initialiser sets the properties.
    private func delegates(_ stmts: [Stmt]) -> Bool {
        stmts.contains { s in
            if case .expr(let e) = s.kind, case .call(let f, _, _) = e.kind, case .member(let b, "init") = f.kind, case .selfRef = b.kind { return true }
            return false
        }
    }

    /// A subclass's method of a superclass method's name and labels is declared `override`,
    /// and only such a method is.
    private func checkOverrides(_ c: ScriptClass, _ t: TypeDecl) throws {
        guard t.kind == .classType else { return }
        // A native base type's methods (`Module.forward`) are overridden as the lesson pleases
        // (`nativeSuper` is the nearest ancestor's too).
        let hasNativeBase = c.nativeSuper != nil
        for m in t.members {
            guard case .function(let f) = m.kind, !f.isInit, !f.isStatic else { continue }
            let labels = f.params.map(\.label)
            // A superclass's own method (a protocol extension's default is not overridden).
            var overridden = false
            var k = c.superclass
            while let x = k, !overridden {
                overridden = x.methods[f.name]?.contains { $0.labels == labels } ?? false
                k = x.superclass
            }
            if overridden && !f.isOverride {
                throw err("overriding declaration requires an 'override' keyword", f.nameOffset)
            }
            if !overridden && f.isOverride && !hasNativeBase {
                throw err("method does not override any method from its superclass", f.nameOffset)
            }
        }
    }

    /// `class B: A` takes A's stored properties; `class M: Module` a native base type.
    private func inherit(_ c: ScriptClass, _ t: TypeDecl) throws {
        guard let s = t.superName else { return }
        // A lesson's own protocol of a library type's name (`protocol Optimizer`) is the one meant.
        if let sc = globals.classes[s], sc !== c, sc.isProtocol { return }
        if let sc = globals.classes[s], sc !== c, !sc.isProtocol {
            if t.isStruct { throw err("inheritance from non-protocol type '\(s)'", t.offset) }
            c.superclass = sc
            c.nativeSuper = sc.nativeSuper
            c.hasObservers = sc.hasObservers
            c.fieldNames = sc.fieldNames
            c.fieldTypes = sc.fieldTypes
            c.fieldIsLet = sc.fieldIsLet
            c.fieldIndex = sc.fieldIndex
            c.fieldDefaults = sc.fieldDefaults
        } else if let nt = library.types[s] {
            if t.isStruct { throw err("inheritance from non-protocol type '\(s)'", t.offset) }
            c.nativeSuper = nt
        }
    }

    /// Records the protocols a type declares; the lesson's own protocols supply defaults.
    private func adopt(_ c: ScriptClass, _ names: [String], _ offset: Int) throws {
        c.conformances.formUnion(names)
        for n in names {
            guard let p = globals.classes[n], p.isProtocol, p !== c, !c.protocols.contains(where: { $0 === p }) else { continue }
            c.protocols.append(p)
        }
    }

    /// Every requirement of the lesson protocols a type adopts is met, by the type, its
    /// superclasses or a protocol extension's default.
    func checkConformance(_ c: ScriptClass, _ offset: Int) throws {
        for p in allProtocols(of: c) {
            for m in p.requiredMethods where c.findMethods(m) == nil && c.findStaticMethods(m) == nil {
                throw err("type '\(c.name)' does not conform to protocol '\(p.name)'", offset)
            }
            for prop in p.requiredProperties where c.fieldIndex[prop] == nil && c.findComputed(prop) == nil
                && c.findStaticField(prop) == nil && c.findStaticComputed(prop) == nil {
                throw err("type '\(c.name)' does not conform to protocol '\(p.name)'", offset)
            }
        }
    }

    /// The protocols a type conforms to, with the protocols they refine.
    private func allProtocols(of c: ScriptClass) -> [ScriptClass] {
        var out: [ScriptClass] = []
        var work = c.protocols
        while let p = work.popLast() {
            if out.contains(where: { $0 === p }) { continue }
            out.append(p)
            work += p.protocols
        }
        return out
    }

    /// `protocol Shape { var area: Double { get }; func describe() -> String }`.
    private func compileProtocol(_ c: ScriptClass, _ t: TypeDecl) throws {
        try adopt(c, t.inherited, t.offset)
        for m in t.members {
            switch m.kind {
            case .function(let f) where !f.isInit: c.requiredMethods.append(f.name)
            case .propertyRequirement(let name, _, _, _): c.requiredProperties.append(name)
            default: break
            }
        }
        c.membersKnown = true
    }

    /// The hidden stored property of `lazy var name`: the name Swift gives it (a printed
    /// struct shows it).
    func lazyStorageName(_ name: String) -> String { "$__lazy_storage_$_" + name }

    /// `lazy var x: T = value` as Swift means it: a hidden stored optional, and a computed
    /// `x` that fills it on the first read.
    func expandLazyProperties(_ members: [Stmt]) -> [Stmt] {
        members.flatMap { m -> [Stmt] in
            guard case .lazyVar(let name, let type, let value) = m.kind else { return [m] }
            let o = m.offset
            let backing = lazyStorageName(name)
            let stored = Expr(.member(Expr(.selfRef, o), backing), o)
            let v = Expr(.name("value"), o)
            let getter = [
                Stmt(.ifStmt([.bind(.name("value", offset: o), nil, stored, isVar: false, at: o)], [Stmt(.returnStmt(v), o)], elseBody: nil), o),
                Stmt(.varDecl(isLet: true, .name("value", offset: o), type, value, isStatic: false), o),
                Stmt(.assign("=", stored, v), o),
                Stmt(.returnStmt(v), o),
            ]
            let setter = ("newValue", [Stmt(.assign("=", stored, Expr(.name("newValue"), o)), o)])
            return [Stmt(.varDecl(isLet: false, .name(backing, offset: o), .optional(type ?? .named("Any")), nil, isStatic: false), o),
                    Stmt(.computedVar(name: name, type, getter: getter, setter: setter, isStatic: false), o)]
        }
    }

    /// Stored properties first (methods may use any of them); static ones get their value now.
    private func declareStoredProperties(_ c: ScriptClass, _ t: TypeDecl) throws {
        let ctx = self.ctx
        for m in t.members {
            if case .varDecl(let isLet, let pat, let type, let value, let isStatic) = m.kind {
                guard case .name(let n, let nameOffset) = pat else { throw err("only simple names may be stored properties", m.offset) }
                if isStatic {
                    let v = try value.map { try typed($0, type) }
                    c.staticFields[n] = VariableBox(try v?(ctx.sp) ?? .null)
                    continue
                }
                if t.kind == .enumType { throw err("enums must not contain stored properties", nameOffset) }
                if t.kind == .extensionType { throw err("extensions must not contain stored properties", nameOffset) }
                c.fieldIndex[n] = c.fieldNames.count
                c.fieldNames.append(n)
                // `var x = 0.0`: the literal gives the type, so `V(x: 3)` stores 3.0.
                c.fieldTypes.append(type ?? value.flatMap(literalType))
                c.fieldIsLet.append(isLet)
                // A `var` of optional type starts as nil, as in Swift.
                if !isLet, case .optional? = type { c.fieldDefaults.append({ _ in .null }) } else { c.fieldDefaults.append(nil) }
            }
        }
    }

    /// The type a literal has on its own (`0.0`, `-1`, `"a"`, `true`), or a lesson type's
    /// initialiser gives (`Point()`): what a stored property declared without a type takes
    /// from its default value.
    private func literalType(_ e: Expr) -> TypeRef? {
        switch e.kind {
        case .intLiteral, .doubleLiteral, .boolLiteral, .stringLiteral: return staticType(of: e)
        case .prefix("-", let x): return literalType(x).flatMap { $0.numberName != nil ? $0 : nil }
        case .emptyCollection(let t): return t   // `var losses = [Double]()`
        case .arrayLiteral, .dictionaryLiteral:   // `var counts = [0, 0]`
            guard let t = staticType(of: e), t.isConcrete else { return nil }
            return t
        // `var origin = Point()`: a lesson type's initialiser gives the type.
        case .call(let f, _, _):
            guard case .name(let n) = f.kind, resolve(n) == nil, globals.classes[n] != nil else { return nil }
            return .named(n)
        default: return nil
        }
    }

    /// Stored properties' default values, compiled in the type's scope.
    private func compilePropertyDefaults(_ c: ScriptClass, _ t: TypeDecl) throws {
        let classScope = FunctionProto(name: "\(t.name).init")
        for m in t.members {
            if case .varDecl(_, .name(let n, _), let type, let value, false) = m.kind, let value {
                let outer = scope
                scope = FunctionScope(proto: classScope, parent: outer, boxLocals: false, cls: c)
                _ = scope.newSlot()
                let code = try typed(value, type)
                scope = outer
                c.fieldDefaults[c.fieldIndex[n]!] = code
            }
        }
    }

    /// Every method, computed property and subscript is registered before any body is
    /// compiled, so a method may use members declared after it.
    private func registerMembers(_ c: ScriptClass, _ members: [Stmt]) -> [ObjectIdentifier: FunctionProto] {
        var methodProtos: [ObjectIdentifier: FunctionProto] = [:]
        for m in members {
            switch m.kind {
            case .function(let f):
                let p = FunctionProto(name: f.name)
                // The signature is known before any body is compiled (calls are checked).
                p.labels = f.params.map(\.label)
                p.paramTypes = f.params.map(\.type)
                p.returnType = f.returnType
                p.isMutating = f.isMutating
                p.decl = f
                if f.isInit { c.initializers.append(p) }
                else if f.isStatic { c.staticMethods[f.name, default: []].append(p) }
                else { c.methods[f.name, default: []].append(p) }
                methodProtos[ObjectIdentifier(f)] = p
            case .computedVar(let name, let type, _, let setter, let isStatic):
                let g = FunctionProto(name: name)
                g.returnType = type
                if isStatic { continue }
                c.computed[name] = (g, setter == nil ? nil : FunctionProto(name: name))
            case .subscriptDecl(let f, let setter):
                let g = FunctionProto(name: "subscript")
                g.labels = f.params.map(\.label)
                g.paramTypes = f.params.map(\.type)
                g.returnType = f.returnType
                g.decl = f
                c.subscripts.append((g, setter == nil ? nil : FunctionProto(name: "subscript")))
            default: break
            }
        }
        return methodProtos
    }

    private func compileMembers(_ c: ScriptClass, _ members: [Stmt], _ methodProtos: [ObjectIdentifier: FunctionProto]) throws {
        for m in members {
            switch m.kind {
            case .function(let f):
                let p = methodProtos[ObjectIdentifier(f)]!
                _ = try compileFunction(f, proto: p, cls: c, isMethod: true, isStatic: f.isStatic)
            case .computedVar(let name, let type, let getter, let setter, let isStatic):
                if isStatic {
                    try compileStaticComputed(c, name, type, getter, m.offset)
                    continue
                }
                let g = c.computed[name]!.get
                let gd = FunctionDecl(name: name, params: [], returnType: type, body: getter, offset: m.offset)
                // A struct's lazy getter stores its value: it is mutating, as in Swift.
                gd.isMutating = c.isStruct && c.fieldIndex[lazyStorageName(name)] != nil
                _ = try compileFunction(gd, proto: g, cls: c, isMethod: true)
                var sp: FunctionProto? = nil
                if let (nv, body) = setter {
                    let s = c.computed[name]?.set ?? FunctionProto(name: name)
                    let sd = FunctionDecl(name: name, params: [ParamDecl(label: nil, name: nv, type: type, defaultValue: nil, variadic: false, isInout: false, offset: m.offset)], returnType: nil, body: body, offset: m.offset)
                    sd.isMutating = c.isStruct
                    _ = try compileFunction(sd, proto: s, cls: c, isMethod: true)
                    sp = s
                }
                c.computed[name] = (g, sp)
            case .subscriptDecl(let f, let setter):
                try compileSubscript(c, f, setter)
            case .propertyObservers(let name, let type, let willSet, let didSet):
                try compileObservers(c, name, type, willSet, didSet, m.offset)
            default: break
            }
        }
    }

    /// `var value = 0.0 { willSet { … } didSet { … } }`: each observer a method of the type
    /// taking the new value (`newValue`) or the old one (`oldValue`), or the name it gives.
    private func compileObservers(_ c: ScriptClass, _ name: String, _ type: TypeRef?, _ willSet: (String, [Stmt])?,
                                  _ didSet: (String, [Stmt])?, _ offset: Int) throws {
        guard let i = c.fieldIndex[name] else { throw err("'willSet' and 'didSet' need a stored property", offset) }
        let valueType = type ?? c.fieldTypes[i]
        func observer(_ which: String, _ parts: (String, [Stmt])?) throws -> FunctionProto? {
            guard let (parameter, body) = parts else { return nil }
            let d = FunctionDecl(name: which, params: [ParamDecl(label: nil, name: parameter, type: valueType, defaultValue: nil, variadic: false, isInout: false, offset: offset)],
                                 returnType: nil, body: body, offset: offset)
            d.isMutating = c.isStruct
            let p = FunctionProto(name: which)
            p.observedProperty = name
            _ = try compileFunction(d, proto: p, cls: c, isMethod: true)
            return p
        }
        c.observers[name] = PropertyObservers(willSet: try observer("willSet", willSet), didSet: try observer("didSet", didSet))
        c.hasObservers = true
    }

    /// `subscript(i: Int) -> T { get set }`: the getter takes the indices, the setter the
    /// indices and the new value.
    private func compileSubscript(_ c: ScriptClass, _ f: FunctionDecl, _ setter: (String, [Stmt])?) throws {
        guard let accessors = c.subscripts.first(where: { $0.get.decl === f }) else { return }
        _ = try compileFunction(f, proto: accessors.get, cls: c, isMethod: true)
        guard let (nv, body) = setter, let s = accessors.set else { return }
        let value = ParamDecl(label: nil, name: nv, type: f.returnType, defaultValue: nil, variadic: false, isInout: false, offset: f.offset)
        let sd = FunctionDecl(name: "subscript", params: f.params + [value], returnType: nil, body: body, offset: f.offset)
        sd.isMutating = c.isStruct
        s.labels = sd.params.map(\.label)
        _ = try compileFunction(sd, proto: s, cls: c, isMethod: true)
    }

    /// `static var shared: T { … }`: a static method without arguments, read as a property.
    private func compileStaticComputed(_ c: ScriptClass, _ name: String, _ type: TypeRef?, _ getter: [Stmt], _ offset: Int) throws {
        let p = FunctionProto(name: name)
        p.returnType = type
        let gd = FunctionDecl(name: name, params: [], returnType: type, body: getter, offset: offset)
        gd.isStatic = true
        _ = try compileFunction(gd, proto: p, cls: c, isMethod: true, isStatic: true)
        c.staticComputed[name] = p
    }

    /// `extension Name: Protocols { members }`.
    private func compileExtension(_ t: TypeDecl) throws {
        let target: ScriptClass
        if let c = globals.classes[t.name] {
            target = c
        } else if let host = extensionHost(t.name) {
            target = host
        } else {
            throw err("cannot find type '\(t.name)' in scope", t.offset)
        }
        try adopt(target, t.inherited, t.offset)
        target.privateMembers.formUnion(t.privateMembers)
        for m in t.members {
            guard case .typeDecl(let inner) = m.kind else { continue }
            try hoistType(inner, in: t.name)
            try compileType(inner)
        }
        try declareStoredProperties(target, t)
        let methodProtos = registerMembers(target, t.members)
        for p in methodProtos.values where p.decl?.isInit == true { p.isExtensionInit = true }
        try compileMembers(target, t.members, methodProtos)
        if !target.isProtocol { try checkConformance(target, t.nameOffset) }
    }

    /// The session's holder of extension members for a basic or library type
    /// (`Double`, `[Double]`'s `Array`, `Tensor`); nil when no such type exists.
    private func extensionHost(_ name: String) -> ScriptClass? {
        let key = NativeContext.extensionKey(forTypeNamed: name)
        if let existing = ctx.typeExtensions[key] { return existing }
        guard let native = basicLibrary.types[key] ?? library.types[key] else { return nil }
        let c = ScriptClass(name: key, isStruct: library.types[key] == nil)
        c.nativeSuper = native
        c.membersKnown = true
        ctx.typeExtensions[key] = c
        return c
    }
}

extension NativeContext {
    /// The key under which extensions of a type are kept: `Array` for `[T]`,
    /// `Collection` and `Sequence`; `Double` for `Float`.
    static func extensionKey(forTypeNamed name: String) -> String {
        switch name {
        case "Collection", "Sequence", "RandomAccessCollection", "BidirectionalCollection", "MutableCollection": return "Array"
        case "Float", "BinaryFloatingPoint", "FloatingPoint": return "Double"
        case "BinaryInteger", "FixedWidthInteger": return "Int"
        case "StringProtocol": return "String"
        default: return name
        }
    }

    /// The extension members the lesson gave a basic or library value's type.
    func extensionClass(for v: Value) -> ScriptClass? {
        guard !typeExtensions.isEmpty else { return nil }
        switch v {
        case .array: return typeExtensions["Array"]
        case .dictionary: return typeExtensions["Dictionary"]
        case .string: return typeExtensions["String"]
        case .int: return typeExtensions["Int"]
        case .double: return typeExtensions["Double"]
        case .bool: return typeExtensions["Bool"]
        case .character: return typeExtensions["Character"]
        case .range: return typeExtensions["Range"] ?? typeExtensions["ClosedRange"]
        case .native(let n):
            var t: NativeType? = n.nativeType
            while let c = t {
                if let e = typeExtensions[c.name] { return e }
                t = c.superType
            }
            return nil
        case ._box(let b): return extensionClass(for: b.value)
        default: return nil
        }
    }

    /// `value.name(args)` for a method an extension gave the value's type; nil when none did.
    func callExtensionMethod(on v: inout Value, _ name: String, _ args: [Value], _ labels: [String?], _ mask: UInt64) throws -> Value? {
        // An extension's `rounded(to:)` leaves the library's `rounded()` in place.
        guard let c = extensionClass(for: v), let ms = c.findMethods(name),
              let p = try? pickInitializer(ms, labels: labels, typeName: name) else { return nil }
        let r = try invokeMethod(p, on: v, args, labels: labels, literalMask: mask)
        if p.isMutating { v = mutatedSelf; mutatedSelf = .void }
        return r
    }

    /// `value.name` for a computed property (or a method, as a value) an extension gave
    /// the value's type; nil when none did.
    func extensionMember(of v: Value, _ name: String) throws -> Value? {
        guard let c = extensionClass(for: v) else { return nil }
        if let g = c.findComputed(name) { return try invokeMethod(g.get, on: v) }
        if let ms = c.findMethods(name), let m = ms.first {
            return .function(Function(.script(m, captures: [], selfValue: v), name: name))
        }
        return nil
    }
}
