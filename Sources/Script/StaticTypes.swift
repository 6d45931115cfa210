// What the compiler knows of types before a cell runs: the class of an expression
// when it is evident, and parameter types that closures take from their context.

extension Compiler {
    /// The lesson class of `e`'s value when it is evident from the code: `self`, a
    /// variable declared as (or initialised with) an instance, `Point(…)`, or a
    /// stored property whose declared type is a lesson class.
    func staticClass(of e: Expr) -> ScriptClass? {
        switch e.kind {
        case .selfRef: return scope.cls
        case .name(let n):
            guard let info = resolve(n), case .named(let t)? = info.type else { return nil }
            return globals.classes[t]
        case .call(let f, _, _):
            guard case .name(let t) = f.kind, resolve(t) == nil else { return nil }
            return globals.classes[t]
        case .member(let base, let name):
            guard let c = staticClass(of: base), let i = c.fieldIndex[name], case .named(let t)? = c.fieldTypes[i] else { return nil }
            return globals.classes[t]
        default: return nil
        }
    }

    /// `let p = Point(…)`: the variable's type is `Point` (so `p.x = 1` on a `let x` is
    /// found before the cell runs).
    func inferredClassType(_ value: Expr) -> TypeRef? {
        guard case .call(let f, _, _) = value.kind, case .name(let t) = f.kind, resolve(t) == nil,
              globals.classes[t] != nil else { return nil }
        return .named(t)
    }

    /// A closure written where a function type is expected takes its parameter and result
    /// types from it (`let f: (Double) -> Double = { $0 + 1 }; f(4)` is 5.0).
    func typeClosure(_ f: FunctionDecl, _ type: TypeRef) {
        guard f.isClosure, case .function(let ps, let r) = type.unlabelled else { return }
        if f.params.count == ps.count {
            for i in f.params.indices where f.params[i].type == nil { f.params[i].type = ps[i] }
        }
        if f.returnType == nil, !(f.body.count != 1 && isVoidType(r)) { f.returnType = r }
    }

    /// Closures passed to a lesson function take the types of its parameters.
    func typeClosureArguments(_ args: [Argument], _ proto: FunctionProto) {
        guard args.count == proto.paramTypes.count else { return }
        for (a, t) in zip(args, proto.paramTypes) {
            if case .closure(let f) = a.value.kind, let t { typeClosure(f, t) }
        }
    }

    func isVoidType(_ t: TypeRef) -> Bool {
        if case .named(let n) = t { return n == "Void" }
        if case .tuple(let ts) = t { return ts.isEmpty }
        return false
    }
}

/// `p.x = …` from outside on a `let` property, found when it runs.
func checkLetProperty(_ base: Value, _ name: String) throws {
    switch base {
    case .instance(let o), .structValue(let o):
        if let i = o.cls.fieldIndex[name], o.cls.fieldIsLet[i] {
            throw ScriptError("cannot assign to property: '\(name)' is a 'let' constant")
        }
    default: break
    }
}
