// Calls into the host library checked against its Swift declarations before the cell runs
// (DeclaredSignatures.swift), and the types those declarations give the calls' results and
// the library's properties, so that `let t = Tensor.ones([2])` is known to be a Tensor and
// `t.sum(axis: "a")` is an error at once, as swiftc makes it.
//
// The checks reject only what is certain: an argument whose type the compiler knows, against
// a parameter of a plain type (a basic value, an array of them, a library type), where no
// declaration that takes the call's labels accepts it. Generic, optional and closure
// parameters, and library overloads without a declaration, are left to the run.

extension Compiler {
    /// Checks a call to `set` (a library function, initialiser, static or instance method)
    /// against its declarations. `what` names it as swiftc does: "initializer",
    /// "static method 'zeros'", "instance method 'sum'", "global function 'exp'".
    func checkDeclaredCall(_ set: NativeFunctionSet, _ args: [Argument], _ offset: Int, what: String) throws {
        guard let fitting = fittingDeclarations(set, args) else { return }
        var mismatches: [(declaration: DeclaredSignature, argument: Int, have: String, want: String)] = []
        for (d, p) in fitting {
            var mismatch: (Int, String, String)?
            for (i, source) in p.enumerated() where mismatch == nil {
                let want = d.types[i].hasSuffix("...") ? String(d.types[i].dropLast(3)) : d.types[i]
                let js: [Int]
                switch source {
                case .argument(let j): js = [j]
                case .variadic(let many): js = many
                case .defaultValue: js = []
                }
                for j in js where mismatch == nil {
                    if let have = declaredTypeRejects(want, args[j].value) { mismatch = (j, have, want) }
                }
            }
            guard let (j, have, want) = mismatch else { return }   // this declaration takes the call
            mismatches.append((d, j, have, want))
        }
        if mismatches.count == 1, let m = mismatches.first {
            // An Int where a Double is wanted: Swift converts nothing by itself, so say how.
            var help = ""
            if m.have == "Int", m.want == "Double" {
                let source = args[m.argument].value
                if case .name(let n) = source.kind { help = "\nnote: convert the Int with Double(\(n))" } else { help = "\nnote: convert the Int with Double(…)" }
            }
            throw err("cannot convert value of type '\(m.have)' to expected argument type '\(m.want)'\nnote: declared as \(m.declaration.text)" + help,
                      args[m.argument].value.offset)
        }
        let notes = mismatches.map { "\nnote: candidate expects value of type '\($0.want)' for parameter #\($0.argument + 1) (got '\($0.have)'): \($0.declaration.text)" }
        throw err("no exact matches in call to \(what)" + notes.joined(), offset)
    }

    /// The declarations of `set` that take the call's labels, each with its argument plan;
    /// nil when there is none, or when an overload those labels reach has no declaration
    /// (then the declarations do not describe the call, and the run decides).
    private func fittingDeclarations(_ set: NativeFunctionSet, _ args: [Argument]) -> [(declaration: DeclaredSignature, plan: [ArgumentSource])]? {
        guard !set.declarations.isEmpty else { return nil }
        let labels = args.map(\.label), trailing = args.last?.isTrailingClosure == true
        func plan(_ params: [(label: String?, hasDefault: Bool, variadic: Bool)]) -> [ArgumentSource]? {
            try? matchArguments(params: params, labels: labels, name: set.name, positional: false, trailingClosure: trailing)
        }
        let fitting = set.declarations.compactMap { d in plan(d.parameters).map { (declaration: d, plan: $0) } }
        let reached = set.overloads.filter { plan($0.matchParameters) != nil }
        guard !fitting.isEmpty, reached.allSatisfy({ o in fitting.contains { $0.declaration.labels == o.params.map(\.label) } }) else { return nil }
        return fitting
    }

    /// The argument's type when a parameter declared `want` certainly does not take it; nil
    /// when it does or when that cannot be known before the run.
    func declaredTypeRejects(_ want: String, _ e: Expr) -> String? {
        guard let wanted = Self.plainType(want), isCheckable(wanted) else { return nil }
        let literal: String?
        switch e.kind {
        case .intLiteral: literal = "Int"
        case .doubleLiteral: literal = "Double"
        case .stringLiteral: literal = "String"
        case .boolLiteral: literal = "Bool"
        case .prefix("-", let x) where x.isIntLiteral: literal = "Int"
        default: literal = nil
        }
        if let literal {
            // A literal takes any type its literal protocol names: 2 is a Double where one is wanted.
            switch (literal, want) {
            case ("Int", "Int"), ("Int", "Double"), ("Int", "Float"), ("Double", "Double"), ("Double", "Float"),
                 ("String", "String"), ("String", "Character"), ("Bool", "Bool"): return nil
            default: return literal
            }
        }
        guard !e.isLiteralArithmetic, let have = staticType(of: e)?.unlabelled, have.isConcrete, isCheckable(have) else { return nil }
        if have.description == wanted.description || isNativeSubtype(have, of: wanted) { return nil }
        // Integer-literal arithmetic and array literals take their place's type; their static type is only a guess.
        if case .arrayLiteral = e.kind { return nil }
        return have.description
    }

    /// A basic value, an array of them, a library type or an array of those: the types whose
    /// mismatch is certain (no literal protocol, no generic, no optional, no subclass of the lesson's).
    private func isCheckable(_ t: TypeRef) -> Bool {
        switch t {
        case .named(let n): return ["Int", "Double", "Float", "String", "Bool", "Character"].contains(n) || (library.types[n] != nil && globals.classes[n] == nil)
        case .array(let el): return isCheckable(el)
        default: return false
        }
    }

    /// `Linear` where a `Module` is wanted.
    private func isNativeSubtype(_ have: TypeRef, of want: TypeRef) -> Bool {
        guard case .named(let h) = have, case .named(let w) = want else { return false }
        var t = library.types[h]
        while let c = t { if c.name == w { return true }; t = c.superType }
        return false
    }

    /// A declared type as the compiler's TypeRef, for the plain ones: a name without generic
    /// arguments, `[T]`, `T?`. nil for closures, tuples, generics, `some`/`any` and `T!`.
    static func plainType(_ text: String) -> TypeRef? {
        let s = text.trimmingCharacters(in: .whitespaces)
        if s.hasSuffix("?"), let inner = plainType(String(s.dropLast())) { return .optional(inner) }
        if s.hasPrefix("["), s.hasSuffix("]") {
            let inner = String(s.dropFirst().dropLast())
            if inner.contains(":") { return nil }
            return plainType(inner).map { .array($0) }
        }
        guard let first = s.first, first.isUppercase, s.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        return .named(s)
    }

    /// The native function set a call reaches, when the compiler can tell: a library type's
    /// initialiser (`Linear(2, 3)`), static method (`Tensor.zeros`), or a method of a value
    /// whose static type is a library type (`t.sum(axis: 0)`), with swiftc's word for it.
    func declaredSet(_ callee: Expr) -> (set: NativeFunctionSet, what: String)? {
        switch callee.kind {
        case .name(let n):
            guard resolve(n) == nil, globals.classes[n] == nil, let t = library.types[n] else { return nil }
            return (t.initializers, "initializer")
        case .member(let base, let name):
            if case .name(let tn) = base.kind, resolve(tn) == nil, globals.classes[tn] == nil, let t = library.types[tn] {
                return t.findStaticMethod(name).map { ($0, "static method '\(name)'") }
            }
            guard case .named(let tn)? = staticType(of: base)?.unlabelled, globals.classes[tn] == nil, let t = library.types[tn] else { return nil }
            return t.findMethod(name).map { ($0, "instance method '\(name)'") }
        default:
            return nil
        }
    }

    /// The declared result of a library call, when every declaration that takes its labels
    /// agrees on a plain type (`Tensor.ones([2])` is a Tensor; `exp(x)` has a Double and a
    /// Tensor overload, so nothing is known).
    func declaredResultType(_ callee: Expr, _ args: [Argument]) -> TypeRef? {
        var set: NativeFunctionSet?
        if case .name(let n) = callee.kind, resolve(n) == nil, globals.classes[n] == nil {
            if let t = library.types[n] { return .named(t.name) }
            set = globals.functions[n]
        } else {
            set = declaredSet(callee)?.set
        }
        guard let set, let fitting = fittingDeclarations(set, args) else { return nil }
        let results = Set(fitting.map { $0.declaration.returnType ?? "()" })
        guard results.count == 1, let only = results.first, let t = Self.plainType(only) else { return nil }
        return t
    }

    /// A library type's property as declared (`t.shape` is `[Int]`, `t.item` a `Double`).
    func declaredPropertyType(_ base: Expr, _ name: String) -> TypeRef? {
        guard case .named(let tn)? = staticType(of: base)?.unlabelled, globals.classes[tn] == nil else { return nil }
        var t = library.types[tn]
        while let c = t {
            if let declared = c.propertyTypes[name] { return Self.plainType(declared) }
            t = c.superType
        }
        return nil
    }
}

extension DeclaredSignature {
    /// The parameters as `matchArguments` takes them.
    var parameters: [(label: String?, hasDefault: Bool, variadic: Bool)] {
        labels.indices.map { (labels[$0], hasDefault[$0], types[$0].hasSuffix("...")) }
    }
}
