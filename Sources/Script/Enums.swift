// Enums declared in a lesson: `enum Color: Int, CaseIterable { case red, green }`,
// `enum Shape { case circle(radius: Double), rect(Double, Double) }`.
//
// An enum is a `ScriptClass` with cases and no stored properties, so its methods,
// computed properties, static members and extensions work as a struct's do. A value is a
// `.structValue` instance whose `caseIndex` names the case and whose `fields` hold the
// associated values: copied on assignment like any struct, compared case and payload.

/// One `case` of a lesson enum.
struct EnumCaseInfo {
    let name: String
    /// Labels of the associated values (nil where unlabelled).
    let labels: [String?]
    /// Types of the associated values; nil for a case without any.
    let payloadTypes: [TypeRef]?
    /// `case red = 1`, or the implicit raw value (the previous plus one, the case's name).
    let rawValue: Value?
}

/// A `case` as declared: `circle(radius: Double)`, `red = 1`.
struct EnumCaseDecl {
    var name: String
    var payload: [(label: String?, type: TypeRef)]?
    var rawValue: Expr?
    var offset: Int
}

extension Compiler {
    /// Registers an enum's cases (hoisted: a function above the declaration may use them).
    func declareEnumCases(_ c: ScriptClass, _ t: TypeDecl) throws {
        c.isEnum = true
        c.enumCases = []
        c.caseNamed = [:]
        let rawType = t.inherited.first.flatMap { ["Int", "String", "Double", "Character"].contains($0) ? $0 : nil }
        c.rawType = rawType
        var nextInt = 0
        for d in t.cases {
            if c.caseNamed[d.name] != nil { throw err("invalid redeclaration of '\(d.name)'", d.offset) }
            var raw: Value? = nil
            if let rawType {
                if d.payload != nil { throw err("enum with raw type cannot have cases with arguments", d.offset) }
                raw = try rawValue(d, rawType, next: nextInt)
                if case .int(let i)? = raw { nextInt = i + 1 }
            } else if d.rawValue != nil {
                throw err("enum case cannot have a raw value if the enum does not have a raw type", d.offset)
            }
            c.caseNamed[d.name] = c.enumCases.count
            c.enumCases.append(EnumCaseInfo(name: d.name, labels: d.payload?.map(\.label) ?? [],
                                            payloadTypes: d.payload?.map(\.type), rawValue: raw))
        }
        c.conformances.formUnion(t.inherited)
    }

    /// A case's raw value: written (a literal) or implicit.
    private func rawValue(_ d: EnumCaseDecl, _ rawType: String, next: Int) throws -> Value {
        guard let e = d.rawValue else {
            switch rawType {
            case "Int": return .int(next)
            case "String": return .string(d.name)
            default: throw err("enum cases require explicit raw values when the raw type is not expressible by integer or string literal", d.offset)
            }
        }
        switch (rawType, e.kind) {
        case ("Int", _) where e.isIntLiteral:
            guard case .int(let i) = try expr(e)(ctx.sp) else { break }
            return .int(i)
        case ("Double", _) where e.isIntLiteral: return .double(e.intLiteralAsDouble ?? 0)
        case ("Double", .doubleLiteral(let x)): return .double(x)
        case ("Double", .prefix("-", let inner)):
            if case .doubleLiteral(let x) = inner.kind { return .double(-x) }
        case ("String", .stringLiteral(let parts)):
            if parts.isEmpty { return .string("") }
            if parts.count == 1, case .text(let s) = parts[0] { return .string(s) }
        case ("Character", .stringLiteral(let parts)):
            if parts.count == 1, case .text(let s) = parts[0], s.count == 1 { return .character(Character(s)) }
        default: break
        }
        let written: String
        switch e.kind {
        case .stringLiteral: written = "String"
        case .doubleLiteral: written = "Double"
        case .boolLiteral: written = "Bool"
        default: written = e.isIntLiteral ? "Int" : "expression"
        }
        throw err("cannot convert value of type '\(written)' to raw type '\(rawType)'", e.offset)
    }

    /// The lesson enum a type names (`Color`, `Color?`).
    func enumClass(of t: TypeRef) -> ScriptClass? {
        lessonClass(of: t).flatMap { $0.isEnum ? $0 : nil }
    }

    /// The enum case a pattern or an implicit member names: of the written type, of the
    /// context's type, or the one lesson enum that has a case of that name. Nil when no
    /// lesson enum has it (`.mean` is then a native symbol).
    func enumCase(named name: String, in typeName: String?, context: TypeRef?, _ offset: Int) throws -> (ScriptClass, Int)? {
        if let typeName {
            guard let c = globals.classes[typeName], c.isEnum else { return nil }
            guard let i = c.caseNamed[name] else {
                throw err("type '\(typeName)' has no member '\(name)'" + suggestion(name, c.enumCases.map(\.name)), offset)
            }
            return (c, i)
        }
        if let context, let c = enumClass(of: context) {
            guard let i = c.caseNamed[name] else {
                throw err("type '\(c.name)' has no member '\(name)'" + suggestion(name, c.enumCases.map(\.name)), offset)
            }
            return (c, i)
        }
        var owners: [ScriptClass] = []
        // A nested enum is known by two names: count each once.
        for c in globals.classes.values where c.isEnum && c.caseNamed[name] != nil && !owners.contains(where: { $0 === c }) { owners.append(c) }
        if owners.count == 1, let c = owners.first { return (c, c.caseNamed[name]!) }
        if owners.count > 1 { throw err("ambiguous use of '\(name)': \(owners.map { "\($0.name).\(name)" }.sorted().joined(separator: ", "))", offset) }
        return nil
    }

    /// `.red`, `.circle(radius: 2)` where an enum is expected or the case is unique.
    func implicitEnumCase(_ e: Expr, context: TypeRef?) throws -> Code? {
        // Where a lesson type is expected, `.origin` is its static member if not a case.
        if let context, let c = lessonClass(of: context), isImplicitMember(e), !(c.isEnum && c.caseNamed[memberName(e)] != nil) {
            let typeName = Expr(.name(c.name), e.offset)
            switch e.kind {
            case .implicitMember(let n): return try expr(Expr(.member(typeName, n), e.offset))
            case .call(let f, let args, let trailing):
                if case .implicitMember(let n) = f.kind { return try expr(Expr(.call(Expr(.member(typeName, n), f.offset), args, trailing: trailing), e.offset)) }
            default: break
            }
        }
        switch e.kind {
        case .implicitMember(let n):
            guard let (c, i) = try enumCase(named: n, in: nil, context: context, e.offset) else { return nil }
            if let payload = c.enumCases[i].payloadTypes {
                // `let s: Shape = .circle`: a case with associated values used as a value.
                if context.flatMap(enumClass(of:)) === c {
                    let labels = c.enumCases[i].labels
                    let type = payload.count == 1 && labels[0] == nil ? payload[0].description
                        : "(" + zip(labels, payload).map { ($0.0.map { "\($0): " } ?? "") + $0.1.description }.joined(separator: ", ") + ")"
                    throw err("member '\(n)' expects argument of type '\(type)'", e.offset)
                }
                return constant(.function(Function(.enumCase(c, i), name: n)))
            }
            let v = NativeContext.enumValue(c, i, [])
            return constant(v)
        case .call(let callee, let args, let trailing):
            guard case .implicitMember(let n) = callee.kind, trailing == nil,
                  let (c, i) = try enumCase(named: n, in: nil, context: context, e.offset) else { return nil }
            return try enumConstruction(c, i, args, e.offset)
        default: return nil
        }
    }

    /// The lesson class, struct or enum a type names (`Point`, `Color?`).
    func lessonClass(of t: TypeRef) -> ScriptClass? {
        switch t {
        case .named(let n): return globals.classes[n].flatMap { $0.isProtocol ? nil : $0 }
        case .optional(let inner), .labelled(_, let inner): return lessonClass(of: inner)
        default: return nil
        }
    }

    private func memberName(_ e: Expr) -> String {
        if case .implicitMember(let n) = e.kind { return n }
        if case .call(let f, _, _) = e.kind, case .implicitMember(let n) = f.kind { return n }
        return ""
    }

    /// `.red` or `.circle(radius: 1)`: a member whose type comes from its context.
    func isImplicitMember(_ e: Expr) -> Bool {
        if case .implicitMember = e.kind { return true }
        if case .call(let f, _, _) = e.kind, case .implicitMember = f.kind { return true }
        return false
    }

    /// The lesson type an expression names outright: `Shape.circle(…)`, `Color.red`, `Point(…)`.
    func namedLessonType(_ e: Expr) -> TypeRef? {
        var head = e
        if case .call(let f, _, _) = e.kind { head = f }
        switch head.kind {
        case .name(let t) where resolve(t) == nil && globals.classes[t] != nil: return .named(t)
        case .specializedType(let t) where globals.classes[t] != nil: return .named(t)
        case .member(let b, _):
            if case .name(let t) = b.kind, resolve(t) == nil, globals.classes[t] != nil { return .named(t) }
            return nil
        default: return nil
        }
    }

    /// `Shape.circle(radius: 2)`: the arguments typed by the case's payload.
    func enumConstruction(_ c: ScriptClass, _ i: Int, _ args: [Argument], _ offset: Int) throws -> Code {
        let info = c.enumCases[i]
        guard let types = info.payloadTypes else { throw err("enum case '\(info.name)' has no associated values", offset) }
        guard args.count == types.count else {
            throw err(args.count > types.count ? "extra argument in call" : "missing argument for parameter #\(args.count + 1) in call", offset)
        }
        for (k, a) in args.enumerated() where a.label != info.labels[k] {
            if let l = info.labels[k] {
                throw err(a.label == nil ? "missing argument label '\(l):' in call" : "incorrect argument label in call (have '\(a.label!):', expected '\(l):')", a.value.offset)
            }
            throw err("extraneous argument label '\(a.label!):' in call", a.value.offset)
        }
        let codes = try zip(args, types).map { try typed($0.0.value, $0.1) }
        return { fp in NativeContext.enumValue(c, i, try codes.map { try $0(fp) }) }
    }
}

extension NativeContext {
    /// A value of an enum case.
    static func enumValue(_ c: ScriptClass, _ i: Int, _ payload: [Value]) -> Value {
        let o = ScriptInstance(cls: c)
        o.caseIndex = i
        o.fields = payload
        return .structValue(o)
    }

    /// `Color.red`, `Shape.circle` (a function making the case), `Color.allCases`,
    /// `Color(rawValue:)`'s cases: an enum type's own static members.
    func enumStaticMember(_ c: ScriptClass, _ name: String) -> Value? {
        if let i = c.caseNamed[name] {
            if c.enumCases[i].payloadTypes != nil { return .function(Function(.enumCase(c, i), name: name)) }
            return NativeContext.enumValue(c, i, [])
        }
        if name == "allCases", c.conformances.contains("CaseIterable") {
            return .array(c.enumCases.indices.map { NativeContext.enumValue(c, $0, []) })
        }
        return nil
    }

    /// `.name` of a lesson type where that type is expected: an enum case without
    /// associated values, a static property.
    func staticMemberValue(_ c: ScriptClass, _ name: String) throws -> Value {
        if c.isEnum, let i = c.caseNamed[name], c.enumCases[i].payloadTypes == nil { return NativeContext.enumValue(c, i, []) }
        return try member(of: .type(TypeValue(name: c.name, scriptClass: c)), name)
    }

    /// `.rawValue` of a case (nil when the member is not an enum's own).
    func enumMember(_ o: ScriptInstance, _ name: String) -> Value? {
        guard o.cls.isEnum, name == "rawValue", o.cls.rawType != nil else { return nil }
        return o.cls.enumCases[o.caseIndex].rawValue
    }

    /// `Color(rawValue: 1)`: the case with that raw value, or nil.
    func enumFromRawValue(_ c: ScriptClass, args: [Value], labels: [String?]) throws -> Value {
        guard c.rawType != nil else { throw ScriptError("'\(c.name)' cannot be constructed because it has no accessible initializers") }
        guard args.count == 1, labels == ["rawValue"] else {
            throw ScriptError(args.count == 1 ? "missing argument label 'rawValue:' in call" : "'\(c.name)' initializer takes one argument 'rawValue:'")
        }
        let raw = args[0].unboxed
        for (i, k) in c.enumCases.enumerated() {
            guard let r = k.rawValue else { continue }
            var same = valuesEqual(r, raw) == true
            // `Level(rawValue: 1)` for a Double raw type: the literal is a Double.
            if case .double(let d) = r, case .int(let i) = raw { same = d == Double(i) }
            if same {
                return NativeContext.enumValue(c, i, [])
            }
        }
        return .null
    }

    /// Calls a case with associated values as a function: `Shape.circle(radius: 1)`.
    func makeEnumCase(_ c: ScriptClass, _ i: Int, args: [Value], labels: [String?]?, literalMask: UInt64 = 0) throws -> Value {
        let info = c.enumCases[i]
        let types = info.payloadTypes ?? []
        guard args.count == types.count else {
            throw ScriptError(args.count > types.count ? "extra argument in call" : "missing argument for parameter #\(args.count + 1) in call")
        }
        if let labels, labels != info.labels {
            throw ScriptError("incorrect argument labels in call (have '\(labels.map { ($0 ?? "_") + ":" }.joined())', expected '\(info.labels.map { ($0 ?? "_") + ":" }.joined())')")
        }
        let payload = try zip(args, types).enumerated().map { k, pair in
            try coerce(pair.0, to: pair.1, literal: k < 64 && literalMask & (1 << UInt64(k)) != 0, context: .argument)
        }
        return NativeContext.enumValue(c, i, payload)
    }
}
