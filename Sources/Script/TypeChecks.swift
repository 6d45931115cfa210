// Type errors found before a cell runs, in swiftc's words. Each check fires only when
// `staticType(of:)` knows every type involved, so a program is never rejected on a guess:
// an optional used as its value, Int and Double mixed in one operator, a `let` struct
// mutated, a call's labels that do not match its function, an unknown member of a lesson
// type, a returned value of the wrong type.

extension Compiler {
    /// swiftc's error for an optional used as its value, with its two fix-its as notes.
    func unwrapError(_ optional: TypeRef, to wrapped: TypeRef, _ offset: Int, value: Expr? = nil) -> ParseError {
        var have = "'\(optional)'", want = "'\(wrapped)'"
        // A string's `first` and `last` are its Collection's `Element?`, as swiftc names them.
        if let value, case .member(let b, let m) = value.kind, m == "first" || m == "last", case .named("String")? = staticType(of: b) {
            have = "'String.Element?' (aka 'Optional<Character>')"
            want = "'String.Element' (aka 'Character')"
        }
        return err("value of optional type \(have) must be unwrapped to a value of type \(want)"
            + "\nnote: coalesce using '??' to provide a default when the optional value contains 'nil'"
            + "\nnote: force-unwrap using '!' to abort execution if the optional value contains 'nil'", offset)
    }

    /// `value of optional type 'Int?' must be unwrapped to a value of type 'Int'`.
    func optionalValueError(_ e: Expr) -> ParseError? {
        guard case .optional(let t)? = staticType(of: e), t.isConcrete else { return nil }
        return unwrapError(.optional(t), to: t, e.offset, value: e)
    }

    /// Operands of `+ - * / %` and of `< <= > >=` must be values (not optionals) of one
    /// number type; an integer literal takes the other side's type.
    func checkOperands(_ op: String, _ a: Expr, _ b: Expr, _ offset: Int) throws {
        switch op {
        case "+", "-", "*", "/", "%", "<", "<=", ">", ">=": break
        case "==", "!=":
            try checkEquatable(op, a, b, offset)
            try checkOperandTypesAgree(op, a, b, offset)
            return
        default: return
        }
        if let e = optionalValueError(a) ?? optionalValueError(b) { throw e }
        try checkOperandTypesAgree(op, a, b, offset)
        guard !a.isIntLiteral, !b.isIntLiteral,
              let x = staticType(of: a)?.numberName, let y = staticType(of: b)?.numberName, x != y else { return }
        // The project's fix-it, as the run-time message gives it: which Int to convert.
        let intSide = x == "Int" ? a : b
        var name = "…"
        if case .name(let n) = intSide.kind { name = n }
        throw err("binary operator '\(op)' cannot be applied to operands of type '\(x)' and '\(y)'\nnote: convert the Int with Double(\(name))", offset)
    }

    /// `count = count + 0.5` into an Int: the place makes the operator Int's, so swiftc
    /// names the Double literal as the argument that does not fit, at the literal.
    func checkLiteralInIntPlace(_ a: Expr, _ b: Expr, place: TypeRef?) throws {
        guard place?.numberName == "Int" else { return }
        for (literal, other) in [(b, a), (a, b)] {
            if case .doubleLiteral = literal.kind, !other.isLiteralArithmetic, staticType(of: other)?.numberName == "Int" {
                throw err("cannot convert value of type 'Double' to expected argument type 'Int'", literal.offset)
            }
        }
    }

    /// `let z: Double = a / n` with `n` an Int: the place's type makes the operator that
    /// type's, so swiftc names the operand that does not convert, at that operand (an
    /// all-Int operand such as `n * 2` at its operator), rather than the operator.
    func checkArithmeticInPlace(_ value: Expr, _ place: TypeRef?) throws {
        guard let want = place?.numberName, want == "Int" || want == "Double",
              let (have, offset) = operandNotConverting(value, to: want) else { return }
        throw err("cannot convert value of type '\(have)' to expected argument type '\(want)'", offset)
    }

    /// In an arithmetic expression that mixes Int and Double operands, the first operand
    /// (left to right, through mixed sub-expressions) whose type is not `want`.
    private func operandNotConverting(_ e: Expr, to want: String) -> (String, Int)? {
        guard case .binary(let op, let a, let b) = e.kind, ["+", "-", "*", "/", "%"].contains(op),
              operandNumberTypes(e).count == 2 else { return nil }
        for side in [a, b] where !side.isLiteralArithmetic {
            if let found = operandNotConverting(side, to: want) { return found }
            if let have = staticType(of: side)?.numberName, have == "Int" || have == "Double", have != want {
                return (have, side.offset)
            }
        }
        return nil
    }

    /// The number types of an arithmetic expression's non-literal operands.
    private func operandNumberTypes(_ e: Expr) -> Set<String> {
        if e.isLiteralArithmetic { return [] }
        if case .binary(let op, let a, let b) = e.kind, ["+", "-", "*", "/", "%"].contains(op) {
            return operandNumberTypes(a).union(operandNumberTypes(b))
        }
        guard let n = staticType(of: e)?.numberName, n == "Int" || n == "Double" else { return [] }
        return [n]
    }

    /// `"count: " + n`, `input == 3` with `input` a String: operands of two value types
    /// that neither converts to (Int and Double mixed are checked above, with a fix-it).
    private func checkOperandTypesAgree(_ op: String, _ a: Expr, _ b: Expr, _ offset: Int) throws {
        guard let ta = staticType(of: a)?.unlabelled, let tb = staticType(of: b)?.unlabelled,
              ta.numberName == nil || tb.numberName == nil,
              mismatchedType(b, ta) != nil, mismatchedType(a, tb) != nil else { return }
        throw err("binary operator '\(op)' cannot be applied to operands of type '\(ta)' and '\(tb)'", offset)
    }

    /// `a == b` on a lesson struct or enum that is not `Equatable` (declared, synthesised
    /// for an enum without associated values, or through a `static func ==`).
    private func checkEquatable(_ op: String, _ a: Expr, _ b: Expr, _ offset: Int) throws {
        guard let c = staticClass(of: a), c.isStruct, staticClass(of: b) === c,
              !["Equatable", "Hashable", "Comparable"].contains(where: c.isKind(of:)), c.findStaticMethods("==") == nil,
              !(c.isEnum && c.enumCases.allSatisfy { $0.payloadTypes == nil }) else { return }
        throw err("binary operator '\(op)' cannot be applied to two '\(c.name)' operands", offset)
    }

    /// `name.count` on a `String?`, and `p.y` for a lesson type without a `y`.
    func checkMember(_ base: Expr, _ name: String, _ offset: Int) throws {
        if case .optional(let t)? = staticType(of: base), t.isConcrete {
            throw err("value of optional type '\(TypeRef.optional(t))' must be unwrapped to refer to member '\(name)' of wrapped base type '\(t)'"
                      + "\nnote: chain the optional using '?' to access member '\(name)' only for non-'nil' base values"
                      + "\nnote: force-unwrap using '!' to abort execution if the optional value contains 'nil'", base.offset)
        }
        if let c = staticClass(of: base), c.privateMembers.contains(name), scope.cls !== c {
            throw err("'\(name)' is inaccessible due to 'private' protection level", offset)
        }
        if let c = staticClass(of: base), !c.hasInstanceMember(name), c.findStaticField(name) != nil || c.findStaticComputed(name) != nil {
            throw err("static member '\(name)' cannot be used on instance of type '\(c.name)'", startOffset(base))
        }
        if let c = staticClass(of: base), c.membersKnown, c.nativeSuper == nil, !c.hasInstanceMember(name),
           c.staticFields[name] == nil, c.staticMethods[name] == nil {
            throw err("value of type '\(c.isProtocol ? "any " : "")\(c.name)' has no member '\(name)'", offset)
        }
    }

    /// `xs.length` on an `[Int]`, `t.2` on an `(Int, Int)`: a property a basic value or a
    /// tuple does not have. Left to run time where the lesson extends the type.
    func checkBasicMember(_ base: Expr, _ name: String, _ offset: Int) throws {
        // An operator's result type is a guess where one side's type is unknown (`2.0 * v`
        // may be a lesson type's operator): only a named value's type is trusted here.
        switch base.kind {
        case .binary, .prefix, .ternary: return
        default: break
        }
        guard let t = staticType(of: base)?.unlabelled, t.isConcrete else { return }
        if case .tuple(let ts) = t {
            let labels = ts.compactMap { e -> String? in if case .labelled(let l, _) = e { return l }; return nil }
            if let i = Int(name), i >= 0, i < ts.count { return }
            if labels.contains(name) { return }
            throw err("value of tuple type '\(t)' has no member '\(name)'", offset)
        }
        // A Set is held as an array at run time: the array members a Set lacks are named here.
        if t.setElement != nil, ["append", "last", "popLast", "removeLast", "sort", "swapAt", "reverse", "shuffle"].contains(name) {
            throw err("value of type '\(t)' has no member '\(name)'", offset)
        }
        guard t.isPlainValueType, !isOptional(t) else { return }
        let native: NativeType
        switch t {
        case .array: native = basicLibrary.array
        case .dictionary: native = basicLibrary.dictionary
        case .named(let n): guard let nt = basicLibrary.types[n] else { return }; native = nt
        default: return
        }
        guard ctx.typeExtensions[native.name] == nil, !native.memberNames.contains(name), name != "self" else { return }
        throw err("value of type '\(t)' has no member '\(name)'" + suggestion(name, native.memberNames), offset)
    }

    /// A call of a function written in the lesson: its labels, in swiftc's words, and no
    /// optional passed where a value is expected.
    func checkCall(_ proto: FunctionProto, _ args: [Argument], _ offset: Int) throws {
        guard let f = proto.decl else { return }
        let params = f.params.map { (label: $0.label, hasDefault: $0.defaultValue != nil, variadic: $0.variadic) }
        let plan: [ArgumentSource]
        do {
            plan = try matchArguments(params: params, labels: args.map(\.label), name: f.name, positional: false,
                                      trailingClosure: args.last?.isTrailingClosure == true)
        } catch let x as ScriptError {
            throw err(x.message, callErrorOffset(x, args, offset))
        }
        for (i, source) in plan.enumerated() {
            guard case .argument(let j) = source, let pt = f.params[i].type else { continue }
            if f.params[i].isInout || f.params[i].variadic { continue }
            if case .nilLiteral = args[j].value.kind, pt.isPlainValueType, !isOptional(pt) {
                throw err("'nil' is not compatible with expected argument type '\(pt)'", args[j].value.offset)
            }
            try checkArithmeticInPlace(args[j].value, pt)
            if let have = mismatchedType(args[j].value, pt) {
                throw err("cannot convert value of type '\(have)' to expected argument type '\(pt)'", args[j].value.offset)
            }
            if case .optional = pt { continue }
            if case .named("Any") = pt { continue }
            if let e = optionalValueError(args[j].value) { throw e }
        }
    }

    /// `Layer(4)` for `init(size:)`, `Point(1, 2)` for a memberwise `Point`: a lesson type's
    /// initialiser labels, checked before the cell runs as `constructScript` checks them.
    func checkConstruction(_ c: ScriptClass, _ args: [Argument], _ offset: Int) throws {
        guard c.membersKnown, !c.isProtocol, !c.isEnum, c.nativeSuper == nil else { return }
        let labels = args.map(\.label)
        let inits = ctx.allInitializers(c)
        guard inits.allSatisfy({ $0.isCompiled && !$0.isExtensionInit }) else { return }
        do {
            if inits.isEmpty {
                guard c.isStruct else { return }
                let params = c.fieldNames.indices.filter { !(c.fieldIsLet[$0] && c.fieldDefaults[$0] != nil) }
                _ = try matchArguments(params: params.map { (c.fieldNames[$0], c.fieldDefaults[$0] != nil, false) }, labels: labels, name: c.name, positional: false,
                                   trailingClosure: args.last?.isTrailingClosure == true)
            } else {
                _ = try ctx.pickInitializer(inits, labels: labels, typeName: c.name, trailingClosure: args.last?.isTrailingClosure == true)
            }
        } catch let x as ScriptError {
            throw err(x.message, callErrorOffset(x, args, offset))
        }
    }

    /// `largest([Run(…), Run(…)])` for `func largest<T: Comparable>(_ items: [T])` where
    /// `Run` is a lesson type that does not conform.
    func checkGenericConstraints(_ proto: FunctionProto, _ args: [Argument], _ offset: Int) throws {
        guard let f = proto.decl, !f.genericConstraints.isEmpty else { return }
        for (i, prm) in f.params.enumerated() where i < args.count {
            var generic: String? = nil, argType = staticType(of: args[i].value)
            switch prm.type {
            case .named(let g)?: generic = g
            case .array(.named(let g))?:
                generic = g
                if case .array(let e)? = argType { argType = e } else if case .arrayLiteral(let xs) = args[i].value.kind { argType = elementType(xs) } else { argType = nil }
            default: break
            }
            guard let g = generic, let p = f.genericConstraints[g], case .named(let n)? = argType, let c = globals.classes[n], !c.isProtocol else { continue }
            if !satisfies(c, p) { throw err("global function '\(f.name)' requires that '\(n)' conform to '\(p)'", offset) }
        }
    }

    /// A lesson type meets a constraint: declared, or synthesised as Swift synthesises it.
    private func satisfies(_ c: ScriptClass, _ p: String) -> Bool {
        if c.isKind(of: p) { return true }
        let plainEnum = c.isEnum && c.enumCases.allSatisfy { $0.payloadTypes == nil }
        switch p {
        case "Equatable": return plainEnum || c.isKind(of: "Hashable") || c.isKind(of: "Comparable") || c.findStaticMethods("==") != nil
        case "Hashable": return plainEnum
        case "Comparable": return c.findStaticMethods("<") != nil && c.isKind(of: "Comparable")
        default: return !["CustomStringConvertible", "Numeric", "BinaryFloatingPoint", "FloatingPoint", "BinaryInteger"].contains(p) && globals.classes[p] == nil
        }
    }

    /// `losses.append(x)` where `losses` is a `let` array or dictionary, `c.increment()`
    /// where `c` is a `let` struct.
    func checkMutatingCall(_ base: Expr, _ name: String, _ offset: Int) throws {
        guard let root = letConstantRoot(of: base), let t = staticType(of: base)?.unlabelled else { return }
        let mutating: Bool
        switch t {
        case .array, .dictionary: mutating = basicLibrary.mutatingMethodNames.contains(name)
        case .named(let n): mutating = globals.classes[n]?.findMethods(name)?.first?.isMutating == true
        default: mutating = false
        }
        guard mutating else { return }
        throw err("cannot use mutating member on immutable value: '\(root)' is a 'let' constant", offset)
    }

    /// `xs[i]` with `i` an `Int?`.
    func checkSubscript(_ base: Expr, _ args: [Argument], _ offset: Int) throws {
        if args.count == 1, args[0].label == nil, case .named("String")? = staticType(of: base), case .named("Int")? = staticType(of: args[0].value) {
            throw err("'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.", startOffset(base))
        }
        guard args.count == 1, args[0].label == nil, case .array? = staticType(of: base)?.unlabelled else { return }
        if let x = optionalValueError(args[0].value) { throw x }
        // `xs[1.0]`: an array's index is an Int (or a range of them).
        if let t = staticType(of: args[0].value)?.unlabelled, t.isPlainValueType, !isOptional(t), t.numberName != "Int" {
            throw err("no exact matches in call to subscript", offset)
        }
    }

    /// `a.x = 5`, `ps[0].x = 3`, `p.arr[0] = 1`, `d["a"]! += 2`: a place reached from a `let`
    /// constant through value-type steps is part of the constant. Reported in swiftc's words
    /// for the last step, at its place (a compound operator at the operator).
    func checkLetPlace(_ target: Expr, op: String = "=", offset: Int = 0) throws {
        if case .name = target.kind { return }   // the variable itself: `checkMutable`
        guard let root = letConstantRoot(of: target) else { return }
        if op != "=" {
            // A tensor property may still update itself in place (`w -= lr * w.grad`).
            guard let t = staticType(of: target), t.isPlainValueType else { return }
            throw err("left side of mutating operator isn't mutable: '\(root)' is a 'let' constant", offset)
        }
        switch target.kind {
        case .subscriptAccess: throw err("cannot assign through subscript: '\(root)' is a 'let' constant", target.offset)
        case .forceUnwrap: throw err("cannot assign through '!': '\(root)' is a 'let' constant", target.offset)
        default: throw err("cannot assign to property: '\(root)' is a 'let' constant", target.offset)
        }
    }

    /// The `let` constant a place belongs to: the place is the constant itself or is reached
    /// from it through members and elements of values (structs, tuples, arrays,
    /// dictionaries) and `!`. Nil when a step goes through a class instance, whose
    /// properties stay mutable, or the root is a variable, `self` or not known.
    func letConstantRoot(of place: Expr) -> String? {
        switch place.kind {
        case .name(let n):
            guard let info = resolve(n), info.isLet, info.initialized, !info.isComputed, isValueTyped(place) else { return nil }
            return n
        case .member(let base, _), .subscriptAccess(let base, _):
            return isValueTyped(base) ? letConstantRoot(of: base) : nil
        case .forceUnwrap(let inner):
            return letConstantRoot(of: inner)
        default:
            return nil
        }
    }

    /// Whether a value of the expression's static type is copied on assignment (a struct, an
    /// enum, a tuple, an array, a dictionary, a basic value), so changing part of it changes it.
    private func isValueTyped(_ e: Expr) -> Bool {
        guard let t = staticType(of: e), t.isConcrete else { return false }
        return isValueType(t)
    }

    private func isValueType(_ t: TypeRef) -> Bool {
        switch t.unlabelled {
        case .array, .dictionary, .tuple: return true
        case .optional(let wrapped): return isValueType(wrapped)
        case .named(let n):
            if let c = globals.classes[n] { return c.isStruct || c.isEnum }
            return isBasic(t)
        case .function, .labelled: return false
        }
    }

    /// `n += 1` or `self.n = 1` in a struct's method not marked `mutating`: `self` is immutable there.
    func checkSelfMutation(_ op: String, _ target: Expr, _ offset: Int) throws {
        guard let c = scope.cls, c.isStruct, !scope.isStaticContext, !scope.proto.isMutating, !scope.proto.isInit,
              let f = scope.proto.decl, !f.isClosure else { return }
        let name: String
        switch target.kind {
        case .member(let base, let n):
            guard case .selfRef = base.kind else { return }
            name = n
        case .name(let n):
            guard resolve(n) == nil else { return }
            name = n
        default: return
        }
        guard let i = c.fieldIndex[name] else { return }
        if op == "=" { throw err("cannot assign to property: 'self' is immutable", target.offset) }
        // A tensor property may still update itself in place (`w -= lr * w.grad`).
        guard c.fieldTypes[i]?.isPlainValueType == true else { return }
        throw err("left side of mutating operator isn't mutable: 'self' is immutable", offset)
    }

    /// `inc(a)` for `func inc(_ n: inout Int)`: an inout argument is passed with `&`.
    func checkInoutArguments(_ callee: Expr, _ args: [Argument]) throws {
        guard case .name(let n) = callee.kind, let f = resolve(n)?.proto?.decl, f.params.contains(where: \.isInout),
              let plan = try? matchArguments(params: f.params.map { ($0.label, $0.defaultValue != nil, $0.variadic) },
                                             labels: args.map(\.label), name: f.name, positional: false,
                                             trailingClosure: args.last?.isTrailingClosure == true) else { return }
        for (i, source) in plan.enumerated() where f.params[i].isInout {
            guard case .argument(let j) = source else { continue }
            if case .prefix("&", _) = args[j].value.kind { continue }
            let t = staticType(of: args[j].value).map { "of type '\($0)' " } ?? ""
            throw err("passing value \(t)to an inout parameter requires explicit '&'", args[j].value.offset)
        }
    }

    /// `ok ? 1 : "no"`: the branches of `? :` must have one type.
    func checkTernaryBranches(_ a: Expr, _ b: Expr) throws {
        guard let ta = staticType(of: a)?.unlabelled, let tb = staticType(of: b)?.unlabelled,
              mismatchedType(b, ta) != nil, mismatchedType(a, tb) != nil else { return }
        throw err("result values in '? :' expression have mismatching types '\(ta)' and '\(tb)'", a.offset)
    }

    /// `if n { … }` with `n` an Int: a condition must be a Bool.
    func checkCondition(_ e: Expr) throws {
        guard let t = staticType(of: e)?.unlabelled, t.isConcrete, t.isPlainValueType || isOptional(t) else { return }
        if case .named("Bool") = t { return }
        throw err(notABoolean(t.description), e.offset)
    }

    /// `if let y = x` with `x` an Int: a binding's value must be optional.
    func checkBindingIsOptional(_ e: Expr, _ declared: TypeRef?, _ keyword: Int) throws {
        guard declared == nil, let t = staticType(of: e)?.unlabelled, t.isConcrete, t.isPlainValueType, !isOptional(t) else { return }
        throw err("initializer for conditional binding must have Optional type, not '\(t)'", keyword)
    }

    /// `var x: Int` then `print(x)`: read, in the code's order, before anything is assigned
    /// (in the function or cell that declares it; a closure or function may run later).
    func checkInitializedBeforeUse(_ n: String, _ info: VarInfo, _ offset: Int) throws {
        guard !info.initialized, !info.assigned else { return }
        let here = scope.lookupLocal(n) != nil || (scope.parent == nil && globals.vars[n] != nil)
        guard here else { return }
        throw err("\(info.isLet ? "constant" : "variable") '\(n)' used before being initialized", offset)
    }

    /// The variable `n` has a value from here on (see `checkInitializedBeforeUse`).
    func markInitialized(_ n: String) {
        for b in scope.blocks.indices.reversed() where scope.blocks[b][n] != nil {
            scope.blocks[b][n]!.assigned = true
            return
        }
        if globals.vars[n] != nil { globals.vars[n]!.assigned = true }
    }

    /// `weights[0] = 0.5` where `weights` is a `let` array or dictionary.
    func checkLetSubscriptAssignment(_ base: Expr, _ offset: Int) throws {
        guard case .name(let n) = base.kind, let info = resolve(n), info.isLet, info.initialized,
              let t = staticType(of: base), t.isPlainValueType else { return }
        throw err("cannot assign through subscript: '\(n)' is a 'let' constant", offset)
    }

    /// Where swiftc points at an expression: a call at its callee (`Planet(rawValue: 3)` at
    /// `P`, not at the parenthesis), a subscript at its `[`.
    func startOffset(_ e: Expr) -> Int {
        if case .call(let f, _, _) = e.kind { return min(e.offset, startOffset(f)) }
        return e.offset
    }

    /// `return "s"` from a function declared `-> Int`.
    func checkReturn(_ e: Expr, _ type: TypeRef) throws {
        try checkArithmeticInPlace(e, type)
        guard let t = staticType(of: e), t.isConcrete, type.isConcrete else { return }
        if t.description == type.description { return }
        if case .optional(let inner) = type, inner.description == t.description { return }
        if e.isLiteralArithmetic, type.numberName == "Double" { return }
        if case .named(let n) = type, globals.classes[n] != nil || library.types[n] != nil || n == "Float" { return }
        if case .named(let n) = t, globals.classes[n] != nil || library.types[n] != nil { return }
        if case .optional(let inner) = t, inner.description == type.description {
            throw unwrapError(t, to: type, e.offset, value: e)
        }
        guard isBasic(type) || isBasic(t) else { return }
        throw err("cannot convert return expression of type '\(t)' to return type '\(type)'", e.offset)
    }
}

extension Compiler {
    /// `let s: Set<Int> = ["a"]`, `let d: [String: Int] = ["a": 1.5]`: each element of a
    /// collection literal must be of the declared element type.
    func checkLiteralElements(_ value: Expr, _ type: TypeRef) throws {
        var element: TypeRef? = nil
        switch type.unlabelled {
        case .array(let e): element = e
        case let t where t.setElement != nil: element = t.setElement
        case .dictionary(let k, let v):
            guard case .dictionaryLiteral(let pairs) = value.kind else { return }
            for (a, b) in pairs {
                if let have = mismatchedType(a, k) { throw err("cannot convert value of type '\(have)' to expected dictionary key type '\(k)'", a.offset) }
                if let have = mismatchedType(b, v) { throw err("cannot convert value of type '\(have)' to expected dictionary value type '\(v)'", b.offset) }
            }
            return
        default: return
        }
        guard let element, case .arrayLiteral(let xs) = value.kind else { return }
        for x in xs {
            if let have = mismatchedType(x, element) { throw err("cannot convert value of type '\(have)' to expected element type '\(element)'", x.offset) }
            try checkLiteralElements(x, element)
        }
    }

    /// The type of `value` when Swift cannot store it into a place of type `place`: both
    /// fully known and built of the basic types, arrays and dictionaries, and not a literal
    /// that takes the place's type (`1` into a Double, `"a"` into a Character, `[1, 2]`).
    /// An optional into a non-optional place is left to the optional checks.
    func mismatchedType(_ value: Expr, _ place: TypeRef) -> TypeRef? {
        guard place.isConcrete, let t = staticType(of: value)?.unlabelled, t.isConcrete else { return nil }
        // A value goes into an optional place of as many `?` as it has, or more.
        var want = place.unlabelled
        while want.optionalDepth > t.optionalDepth, case .optional(let w) = want { want = w }
        guard want.isPlainValueType, t.isPlainValueType, !(isOptional(t) && !isOptional(want)) else { return nil }
        if t.description == want.description { return nil }
        if value.isLiteralArithmetic, want.numberName == "Double" { return nil }
        if value.characterLiteral != nil, case .named("Character") = want { return nil }
        switch value.kind {
        case .arrayLiteral, .dictionaryLiteral, .tuple, .closure, .nilLiteral: return nil
        default: return t
        }
    }
}

extension Compiler {
    /// `let x: Int = 2.5`, `let y: Int = d["a"]`.
    func checkInitialValue(_ value: Expr, _ type: TypeRef) throws {
        try checkArithmeticInPlace(value, type)
        try checkLiteralElements(value, type)
        if case .nilLiteral = value.kind, type.isPlainValueType, !isOptional(type) {
            throw err("'nil' cannot initialize specified type '\(type)'", value.offset)
        }
        guard type.isConcrete, let t = staticType(of: value), t.isConcrete else { return }
        if case .optional(let inner) = t, type.isConcrete, !isOptional(type), inner.description == type.description || isBasic(type) {
            // An optional of another type (`let n: Int = names.first`) is a plain mismatch to swiftc.
            if inner.description != type.description, isBasic(inner), !value.isLiteralArithmetic {
                throw err("cannot convert value of type '\(t)' to specified type '\(type)'", value.offset)
            }
            throw unwrapError(t, to: inner, startOffset(value), value: value)
        }
        if let have = mismatchedType(value, type) {
            throw err("cannot convert value of type '\(have)' to specified type '\(type)'", conversionOffset(value))
        }
    }

    /// `x = 2.5` for an Int `x`, `x += v` with `v` a Double, `a.x = 5` on a `let` struct.
    func checkAssignment(_ op: String, _ target: Expr, _ value: Expr, _ placeType: TypeRef?, _ offset: Int) throws {
        if case .member(let base, let name) = target.kind, !isTypeName(base) { try checkMember(base, name, target.offset) }
        try checkLetPlace(target, op: op, offset: offset)
        try checkSelfMutation(op, target, offset)
        if case .member(let base, let name) = target.kind, let c = staticClass(of: base), c.membersKnown,
           c.fieldIndex[name] == nil, let p = c.findComputed(name), p.set == nil {
            throw err("cannot assign to property: '\(name)' is a get-only property", target.offset)
        }
        if ["=", "+=", "-=", "*=", "/="].contains(op) { try checkArithmeticInPlace(value, placeType) }
        guard let place = placeType, place.isConcrete, let t = staticType(of: value), t.isConcrete else { return }
        if op == "=" {
            if case .optional(let inner) = t, !isOptional(place), inner.description == place.description {
                throw unwrapError(t, to: inner, value.offset, value: value)
            }
            if let have = mismatchedType(value, place) {
                // `d["a"] = 1.5` into a `[String: Int]`, `xs[0] = "x"` into an `[Int]`: the
                // subscript's type is the value or element type.
                if case .subscriptAccess(let base, _) = target.kind, let b = staticType(of: base)?.unlabelled {
                    switch b {
                    case .dictionary(_, let v): throw err("cannot assign value of type '\(have)' to subscript of type '\(v)'", value.offset)
                    case .array: throw err("cannot assign value of type '\(have)' to subscript of type '\(place)'", value.offset)
                    default: break
                    }
                }
                throw err("cannot assign value of type '\(have)' to type '\(place)'", conversionOffset(value))
            }
        } else if ["+=", "-=", "*=", "/="].contains(op) {
            if let e = optionalValueError(value) { throw e }
            if let want = place.numberName, let have = t.numberName, want != have, !value.isIntLiteral {
                throw err("cannot convert value of type '\(have)' to expected argument type '\(want)'", value.offset)
            }
            // `xs += 1` on an `[Int]`, `s += 1` on a String: the operator takes the place's type.
            var want = place.description
            switch place.unlabelled {
            case .array(let e): want = "Array<\(e)>"
            case .named("String"), .named("Int"), .named("Double"): break
            default: return
            }
            if op == "+=" || place.numberName != nil, let have = mismatchedType(value, place), !have.description.hasPrefix("[") {
                throw err("cannot convert value of type '\(have)' to expected argument type '\(want)'", value.offset)
            }
        }
    }

    /// Where swiftc points at a value that does not convert: a call at its callee (`g()` at
    /// `g`, `xs.reduce(0, +)` at `reduce`), anything else where it is.
    func conversionOffset(_ value: Expr) -> Int {
        if case .call(let f, _, _) = value.kind { return f.offset }
        return value.offset
    }

    func isOptional(_ t: TypeRef) -> Bool {
        if case .optional = t { return true }
        return false
    }

    /// `Point.origin`, `Double.pi`: a type named as the base of a member.
    func isTypeName(_ e: Expr) -> Bool {
        if case .name(let n) = e.kind, resolve(n) == nil, typeValue(n) != nil { return true }
        return false
    }

    /// `for (name, v) in pairs`: each name of a pattern takes its part of the value's type.
    /// `for (k, v, w) in dict`, `let (a, b, c) = pair`: a tuple pattern of another size than
    /// the tuples it takes apart, in swiftc's words (which differ for a loop and a binding).
    func checkTuplePatternArity(_ pat: Pattern, _ type: TypeRef?, at offset: Int, inLoop: Bool) throws {
        guard case .tuple(let ps) = pat, let type, case .tuple(let ts) = type.unlabelled, type.isConcrete, ps.count != ts.count else { return }
        if inLoop { throw err("pattern cannot match values of type '\(type)'", offset) }
        let want = ps.indices.map { $0 < ts.count ? ts[$0].unlabelled.description : "_" }
        throw err("'\(type)' is not convertible to '(\(want.joined(separator: ", ")))', tuples have a different number of elements", offset)
    }

    /// The type of the elements a `for` loop takes from a sequence, where it is evident: an
    /// array's element, a dictionary's `(key: K, value: V)`.
    func iterationElementType(of seq: Expr) -> TypeRef? {
        switch staticType(of: seq)?.unlabelled {
        case .array(let el)? where el.isConcrete: return el
        case .dictionary(let k, let v)? where k.isConcrete && v.isConcrete: return .tuple([.labelled("key", k), .labelled("value", v)])
        default: return nil
        }
    }

    func setInferred(_ pat: Pattern, _ type: TypeRef) {
        switch (pat, type.unlabelled) {
        case (.name(let n, _), let t): setInferred(n, t)
        case (.tuple(let ps), .tuple(let ts)) where ps.count == ts.count:
            for (p, t) in zip(ps, ts) { setInferred(p, t) }
        default: break
        }
    }

    /// Remembers the type inferred for a new variable (see `VarInfo.inferred`).
    func setInferred(_ name: String, _ type: TypeRef) {
        let last = scope.blocks.count - 1
        if scope.blocks[last][name] != nil {
            scope.blocks[last][name]!.inferred = type
        } else if atTopLevel, globals.vars[name] != nil {
            globals.vars[name]!.inferred = type
        }
    }
}

extension Compiler {
    /// `max(a, b)` with an Int `a` and a Double `b`: Swift's generic `T` cannot be both.
    func checkSameNumberType(_ args: [Argument], _ offset: Int) throws {
        var first: String? = nil
        for a in args where !a.value.isIntLiteral {
            guard let n = staticType(of: a.value)?.numberName else { continue }
            if let f = first, f != n { throw err("conflicting arguments to generic parameter 'T' ('\(f)' vs. '\(n)')", offset) }
            first = n
        }
    }
}

/// What swiftc says of a condition that is not a Bool, by the condition's type.
func notABoolean(_ typeName: String) -> String {
    if typeName == "Int" { return "type 'Int' cannot be used as a boolean; test for '!= 0' instead" }
    if typeName.hasSuffix("?") { return "optional type '\(typeName)' cannot be used as a boolean; test for '!= nil' instead" }
    return "cannot convert value of type '\(typeName)' to expected condition type 'Bool'"
}

extension Compiler {
    /// Where swiftc points for an argument-matching error at a call: the argument it names,
    /// the closing parenthesis for a missing argument, else the call.
    func callErrorOffset(_ x: ScriptError, _ args: [Argument], _ offset: Int) -> Int {
        if let at = argumentOffset(x, args) { return at }
        if x.message.hasPrefix("missing argument for parameter"), callEnd > 0 { return callEnd }
        return offset
    }
}

/// Where swiftc points for an argument-matching error naming argument `x.argument`: the
/// label of a misplaced argument ("argument 'a' must precede argument 'b'"), else its value.
func argumentOffset(_ x: ScriptError, _ args: [Argument]) -> Int? {
    guard let i = x.argument, i < args.count else { return nil }
    if x.message.hasPrefix("argument '"), let label = args[i].labelOffset { return label }
    return args[i].value.offset
}
