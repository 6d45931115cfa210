// Optionals as Swift prints them: `print(d["a"])` shows `Optional(1)`, `"\(x)"` with
// `x: Int?` shows `Optional(3)`, a nil one shows `nil`.
//
// Values carry no optional wrapper at run time (an optional holding 3 is `.int(3)`,
// so unwrapping costs nothing). Instead, where a value is shown — an argument of
// `print` or a string interpolation — the compiler decides from the code whether Swift
// would have an optional there: `Optional(x)`, `x as? T`, `a?.b`, `first`/`last`,
// `min()`/`max()`, `firstIndex(of:)`, `randomElement()`, `popLast()`,
// `removeValue(forKey:)`, `Int(string)`, a dictionary subscript, a variable, property
// or function result declared `T?`, and a variable initialised with any of these.
// Not covered: optionals inside collections (`[Int?]`), and optionals that only a
// value's run-time type reveals (a subscript result passed through a function).

extension Compiler {
    /// Whether Swift gives `e` an optional type, as far as the code shows.
    func isStaticallyOptional(_ e: Expr) -> Bool {
        switch e.kind {
        case .optionalMember: return true
        case .cast(_, let t, let kind):
            if kind == "as?" { return true }
            if kind == "as", case .optional = t { return true }
            return false
        case .name(let n):
            if let info = resolve(n) { if case .optional? = info.type { return true }; return false }
            if let cls = scope.cls, let i = cls.fieldIndex[n], case .optional? = cls.fieldTypes[i] { return true }
            return false
        case .member(let base, let name):
            if let cls = staticClass(of: base) {
                if let i = cls.fieldIndex[name], case .optional? = cls.fieldTypes[i] { return true }
                if let c = cls.findComputed(name), case .optional? = c.get.returnType { return true }
                return false
            }
            return name == "first" || name == "last"
        case .call(let f, let args, let trailing):
            switch f.kind {
            case .name(let n):
                if let info = resolve(n) {
                    if let p = info.proto, case .optional? = p.returnType { return true }
                    return false
                }
                if n == "Optional" { return true }
                if (n == "Int" || n == "Double"), args.count == 1, args[0].label == nil, isStringExpr(args[0].value) { return true }
                return false
            case .member(let base, let m):
                if let cls = staticClass(of: base) {
                    if let ms = cls.findMethods(m), case .optional? = ms.first?.returnType { return true }
                    return false
                }
                let labels = args.map(\.label) + (trailing == nil ? [] : [nil])
                switch (m, labels) {
                case ("min", []), ("max", []), ("randomElement", []), ("popLast", []), ("firstIndex", ["of"]), ("lastIndex", ["of"]),
                     ("firstIndex", ["where"]), ("lastIndex", ["where"]), ("first", ["where"]), ("last", ["where"]),
                     ("firstIndex", [nil]), ("first", [nil]), ("removeValue", ["forKey"]), ("min", ["by"]), ("max", ["by"]):
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
        if case .dictionaryLiteral(let pairs) = value.kind, !pairs.isEmpty { return .dictionary(.named("Any"), .named("Any")) }
        return isStaticallyOptional(value) ? .optional(.named("Any")) : nil
    }

    /// Code that evaluates `e` for display, turning an optional into what Swift shows
    /// (`Optional(3)`, `Optional("a")`, `nil`); nil when `e` is not an optional. A
    /// subscript shows as optional when its base turns out to be a dictionary.
    func optionalDisplayCode(_ e: Expr) throws -> Code? {
        let ctx = self.ctx
        if case .subscriptAccess(let base, let args) = e.kind, args.count == 1, args[0].label == nil {
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
        guard isStaticallyOptional(e) else { return nil }
        let c = try expr(e)
        return { fp in optionalShown(try c(fp), ctx) }
    }
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
