// Optionals as Swift prints them: `print(d["a"])` shows `Optional(1)`, `"\(x)"` with
// `x: Int?` shows `Optional(3)`, a nil one shows `nil`, `[1, nil]` shows
// `[Optional(1), nil]`, and a cell ending in `d["a"]` displays `Optional(1)`.
//
// Values carry no optional wrapper at run time (an optional holding 3 is `.int(3)`,
// so unwrapping costs nothing). Instead, where a value is shown — an argument of
// `print`, a string interpolation, a cell's final value — the compiler decides from the
// code whether Swift would have an optional there: `Optional(x)`, `x as? T`, `a?.b`,
// `first`/`last`, `asciiValue`/`wholeNumberValue`, `min()`/`max()`, `firstIndex(of:)`, `randomElement()`, `popLast()`,
// `removeValue(forKey:)`, `Int(string)`, a dictionary subscript, a variable, property
// or function result declared `T?`, and a variable initialised with any of these. Where
// optionals sit inside a value (`[Int?]`, `[String: Int?]`, `(Int?, Int)`), the
// expression's static type (`shownType`) says which parts print as `Optional(…)`.
// Not covered: optionals that only a value's run-time type reveals (an optional passed
// through a generic function or a closure whose result type is inferred).

extension Compiler {
    /// The basic types' properties that Swift declares optional, with the type they wrap
    /// (nil: the collection's element type).
    static let optionalBasicProperties: [String: TypeRef?] = [
        "first": nil, "last": nil, "asciiValue": .named("Int"), "wholeNumberValue": .named("Int"),
    ]

    /// Whether Swift gives `e` an optional type, as far as the code shows.
    func isStaticallyOptional(_ e: Expr) -> Bool {
        switch e.kind {
        case .optionalMember: return true
        case .cast(let x, let t, let kind):
            if kind == "as?" { return true }
            if kind == "as", case .optional = t { return true }
            // `opt as Any` keeps the optional (print shows `Optional(…)`).
            if kind == "as", case .named("Any") = t { return isStaticallyOptional(x) }
            return false
        case .tryExpr(let kind, let x): return kind == "try?" || isStaticallyOptional(x)
        case .name(let n):
            if let info = resolve(n) { if case .optional? = info.type ?? info.inferred { return true }; return false }
            if let cls = scope.cls, let i = cls.fieldIndex[n], case .optional? = cls.fieldTypes[i] { return true }
            return false
        case .member(let base, let name):
            if let cls = staticClass(of: base) {
                if let i = cls.fieldIndex[name], case .optional? = cls.fieldTypes[i] { return true }
                if let c = cls.findComputed(name), case .optional? = c.get.returnType { return true }
                return false
            }
            return Compiler.optionalBasicProperties[name] != nil
        case .call(let f, let args, let trailing):
            switch f.kind {
            case .name(let n):
                if let info = resolve(n) {
                    if let p = info.proto, case .optional? = p.returnType { return true }
                    // `let f = { d["a"] }; f()`: a closure's result, declared or inferred.
                    if case .function(_, .optional)? = info.type?.unlabelled { return true }
                    return false
                }
                if n == "Optional" { return true }
                // `Color(rawValue: 1)`: a lesson enum's failable initialiser.
                if let c = globals.classes[n], c.isEnum, args.count == 1, args[0].label == "rawValue" { return true }
                if (n == "Int" || n == "Double"), args.count == 1, args[0].label == nil, isStringExpr(args[0].value) { return true }
                if n == "Int", args.count == 2, args[1].label == "radix" { return true }
                return false
            case .member(let base, let m):
                // `o.map { … }` of an optional is optional.
                if m == "map" || m == "flatMap", case .optional? = staticType(of: base) { return true }
                if let cls = staticClass(of: base) {
                    if let ms = cls.findMethods(m), case .optional? = ms.first?.returnType { return true }
                    return false
                }
                let labels = args.map(\.label) + (trailing == nil ? [] : [nil])
                switch (m, labels) {
                case ("min", []), ("max", []), ("randomElement", []), ("popLast", []), ("firstIndex", ["of"]), ("lastIndex", ["of"]),
                     ("firstIndex", ["where"]), ("lastIndex", ["where"]), ("first", ["where"]), ("last", ["where"]),
                     ("firstIndex", [nil]), ("first", [nil]), ("removeValue", ["forKey"]), ("updateValue", [nil, "forKey"]),
                     ("min", ["by"]), ("max", ["by"]):
                    return true
                default: return false
                }
            default: return false
            }
        case .subscriptAccess(let base, let args):
            return args.count == 1 && args[0].label == nil && isDictionaryExpr(base)
        case .passthrough(let x): return isStaticallyOptional(x)
        default: return false
        }
    }

    private func isStringExpr(_ e: Expr) -> Bool {
        switch e.kind {
        case .stringLiteral: return true
        case .name(let n): if case .named("String")? = resolve(n)?.type { return true }; return false
        default: return false
        }
    }

    private func isDictionaryExpr(_ e: Expr) -> Bool {
        switch e.kind {
        case .dictionaryLiteral: return true
        case .name(let n):
            if let info = resolve(n) { if case .dictionary? = info.type { return true }; return false }
            if let cls = scope.cls, let i = cls.fieldIndex[n], case .dictionary? = cls.fieldTypes[i] { return true }
            return false
        case .member(let base, let name):
            if let cls = staticClass(of: base), let i = cls.fieldIndex[name], case .dictionary? = cls.fieldTypes[i] { return true }
            return false
        default: return false
        }
    }

    /// `let y = d["a"]` makes `y` an optional (and `let d = ["a": 1]` a dictionary), so
    /// printing `y` later shows `Optional(…)`.
    func inferredOptionalType(_ value: Expr) -> TypeRef? {
        // `let f = { d["a"] }`: a closure of no parameters whose one expression is optional.
        if case .closure(let f) = value.kind, f.returnType == nil, f.params.isEmpty, f.body.count == 1,
           case .expr(let e) = f.body[0].kind, isStaticallyOptional(e) {
            return .function([], .optional(.named("Any")))
        }
        if case .dictionaryLiteral(let pairs) = value.kind, !pairs.isEmpty { return shownType(value) ?? .dictionary(.named("Any"), .named("Any")) }
        if isStaticallyOptional(value) { return .optional(.named("Any")) }
        return shownType(value)
    }

    /// The static type of `e` as far as it places optionals, when `e` is or holds one:
    /// `[Int?]` for `[1, nil]` or a variable declared so, `Int?` for `a[0]` of it;
    /// nil when nothing in `e` is optional. Unknown parts are `Any`.
    func shownType(_ e: Expr) -> TypeRef? {
        let any = TypeRef.named("Any")
        switch e.kind {
        case .name(let n):
            if let info = resolve(n) { return (info.type ?? info.inferred).flatMap(holdingOptional) }
            if let cls = scope.cls, let i = cls.fieldIndex[n] { return cls.fieldTypes[i].flatMap(holdingOptional) }
            return nil
        case .member(let base, let name):
            if let cls = staticClass(of: base) {
                if let i = cls.fieldIndex[name] { return cls.fieldTypes[i].flatMap(holdingOptional) }
                if let c = cls.findComputed(name) { return c.get.returnType.flatMap(holdingOptional) }
                return nil
            }
            guard let wrapped = Compiler.optionalBasicProperties[name] else { return nil }
            if wrapped == nil, case .array(let t)? = shownType(base) { return .optional(t) }   // `first`, `last`
            return .optional(wrapped ?? any)
        case .call(let f, _, _):
            if case .name(let n) = f.kind, let info = resolve(n), let p = info.proto { return p.returnType.flatMap(holdingOptional) }
            if case .member(let base, let m) = f.kind, let cls = staticClass(of: base) {
                return cls.findMethods(m)?.first?.returnType.flatMap(holdingOptional)
            }
            return isStaticallyOptional(e) ? .optional(any) : nil
        case .subscriptAccess(let base, let args):
            guard args.count == 1, args[0].label == nil else { return nil }
            switch shownType(base) {
            case .array(let t)?: return isRange(args[0].value) ? .array(t) : holdingOptional(t)
            case .dictionary(_, let v)?: return .optional(v)
            default: return isStaticallyOptional(e) ? .optional(any) : nil
            }
        case .forceUnwrap(let x):
            if case .optional(let t)? = shownType(x) { return holdingOptional(t) }
            return nil
        case .arrayLiteral(let items):
            var element: TypeRef? = nil
            for x in items {
                if case .nilLiteral = x.kind { element = element ?? .optional(any) } else if let t = shownType(x) { element = t; break }
            }
            return element.map { .array($0) }
        case .dictionaryLiteral(let pairs):
            var value: TypeRef? = nil
            for (_, x) in pairs {
                if case .nilLiteral = x.kind { value = value ?? .optional(any) } else if let t = shownType(x) { value = t; break }
            }
            return value.map { .dictionary(any, $0) }
        case .tuple(let items):
            let ts = items.map { shownType($0.value) }
            return ts.contains { $0 != nil } ? .tuple(ts.map { $0 ?? any }) : nil
        case .ternary(_, let a, let b):
            if case .nilLiteral = a.kind { return .optional(shownType(b) ?? any) }
            if case .nilLiteral = b.kind { return .optional(shownType(a) ?? any) }
            return shownType(a) ?? shownType(b)
        case .passthrough(let x): return shownType(x)
        case .cast(let x, .named("Any"), "as"): return shownType(x)
        case .tryExpr("try?", let x): return .optional(shownType(x) ?? any)
        default:
            return isStaticallyOptional(e) ? .optional(any) : nil
        }
    }

    /// `t` when an optional appears in it, else nil.
    private func holdingOptional(_ t: TypeRef) -> TypeRef? {
        switch t {
        case .optional: return t
        case .array(let e): return holdingOptional(e) == nil ? nil : t
        case .dictionary(let k, let v): return holdingOptional(k) == nil && holdingOptional(v) == nil ? nil : t
        case .tuple(let ts): return ts.contains { holdingOptional($0) != nil } ? t : nil
        case .labelled(_, let e): return holdingOptional(e) == nil ? nil : t
        case .named, .function: return nil
        }
    }

    private func isRange(_ e: Expr) -> Bool {
        switch e.kind {
        case .binary(let op, _, _): return op == "..<" || op == "..."
        case .prefixRange, .postfixRange, .fullRange: return true
        default: return false
        }
    }

    /// Code that evaluates `e` for display, turning an optional (or a value holding
    /// optionals) into what Swift shows (`Optional(3)`, `Optional("a")`, `nil`,
    /// `[Optional(1), nil]`); nil when nothing in `e` is optional. A subscript of
    /// unknown base shows as optional when the base turns out to be a dictionary.
    func optionalDisplayCode(_ e: Expr) throws -> Code? {
        let ctx = self.ctx
        if let t = shownType(e) {
            let c = try expr(e)
            if case .optional(.named("Any")) = t { return { fp in optionalShown(try c(fp), ctx) } }
            return { fp in shownValue(try c(fp), as: t, ctx) }
        }
        if case .subscriptAccess(let base, let args) = e.kind, args.count == 1, args[0].label == nil {
            try checkSubscript(base, args, e.offset)
            let b = try expr(base), i = try expr(args[0].value)
            let off = e.offset
            return { fp in
                let bv = try b(fp)
                let iv = try i(fp)
                do {
                    let v = try ctx.subscriptGet(bv, [iv], [nil])
                    if case .dictionary = bv { return optionalShown(v, ctx) }
                    return v
                } catch var x as ScriptError {
                    if x.offset == nil { x.offset = off }
                    throw x
                }
            }
        }
        return nil
    }
}

/// `v`, of static type `t` (which holds an optional), as the text Swift shows; a
/// tensor or instance in an optional is left as it is (displayed as itself).
func shownValue(_ v: Value, as t: TypeRef, _ ctx: NativeContext) -> Value {
    if case .optional = t { switch v { case .native, .instance, .void: return v; default: break } }
    return .string(formatShown(v, as: t, ctx, top: true))
}

/// What Swift prints for an optional holding `v`: `nil`, or `Optional(…)` around the
/// value's debug form. A tensor (`t.max()`, which is not optional) is left as it is.
func optionalShown(_ v: Value, _ ctx: NativeContext) -> Value {
    switch v {
    case .null: return .string("nil")
    case .native, .instance, .void: return v
    default: return .string("Optional(" + formatNested(v, ctx) + ")")
    }
}
