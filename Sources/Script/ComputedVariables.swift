// Computed variables outside a type: `var area: Double { width * height }` at the top of a
// cell or in a function, with an optional `set { … }`, as Swift allows them.
//
// Each becomes two functions declared beside it, named so no lesson name can clash
// (`get:area`, `set:area`): a read of the name calls the getter, an assignment the setter
// (`area += 1` reads, adds and sets). The name itself is declared with its type and a mark,
// so the checks see a variable of the declared type, get-only unless it has a setter.

extension Compiler {
    static func getterName(_ name: String) -> String { "get:" + name }
    static func setterName(_ name: String) -> String { "set:" + name }

    /// The accessor functions of a computed variable: made once per declaration (hoisting and
    /// compiling must see the same declarations).
    func computedAccessors(_ s: Stmt) -> [FunctionDecl] {
        guard case .computedVar(let name, let type, let getter, let setter, _) = s.kind else { return [] }
        if let made = computedVariableAccessors[s.offset] { return made }
        let get = FunctionDecl(name: Self.getterName(name), params: [], returnType: type, body: getter, offset: s.offset)
        get.nameOffset = s.offset
        var made = [get]
        if let (parameter, body) = setter {
            let value = ParamDecl(label: nil, name: parameter, type: type, defaultValue: nil, variadic: false, isInout: false, offset: s.offset)
            made.append(FunctionDecl(name: Self.setterName(name), params: [value], returnType: nil, body: body, offset: s.offset))
        }
        computedVariableAccessors[s.offset] = made
        return made
    }

    /// Hoisting: the name with its type, and the accessors as functions of the block.
    func hoistComputedVariable(_ s: Stmt) throws {
        guard case .computedVar(let name, let type, _, let setter, let isStatic) = s.kind else { return }
        if isStatic { throw err("static properties may only be declared on a type", s.offset) }
        guard let type else { throw err("computed property must have an explicit type", s.offset) }
        var info = try declare(name, isLet: setter == nil, type: type, offset: s.offset)
        info.isComputed = true
        info.assigned = true
        if atTopLevel { globals.vars[name] = info } else { scope.blocks[scope.blocks.count - 1][name] = info }
        try hoist(computedAccessors(s).map { Stmt(.function($0), $0.offset) })
    }

    /// The declaration's place in the code: its accessors' bodies compiled.
    func computedVariable(_ s: Stmt) throws -> Exec {
        let execs = try computedAccessors(s).map { try stmt(Stmt(.function($0), $0.offset)) }
        return { fp in
            for e in execs { _ = try e(fp) }
            return .next
        }
    }

    /// A read of a computed variable: its getter called.
    func computedRead(_ name: String, _ offset: Int) throws -> Code {
        try call(Expr(.name(Self.getterName(name)), offset), [], offset)
    }

    /// `area = v`, `area += v`: the setter called with the new value.
    func computedAssignment(_ op: String, _ name: String, _ target: Expr, _ value: Expr, _ offset: Int) throws -> Exec {
        guard resolve(Self.setterName(name)) != nil else {
            throw err("cannot assign to value: '\(name)' is a get-only property", target.offset)
        }
        var newValue = value
        if op != "=" { newValue = Expr(.binary(String(op.dropLast()), target, value), value.offset) }
        let c = try call(Expr(.name(Self.setterName(name)), target.offset), [Argument(label: nil, value: newValue)], offset)
        return { fp in _ = try c(fp); return .next }
    }
}
