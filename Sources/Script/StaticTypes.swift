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
            guard let info = resolve(n), case .named(let t)? = info.type ?? info.inferred else { return nil }
            return globals.classes[t]
        case .call(let f, _, _):
            guard case .name(let t) = f.kind, resolve(t) == nil else { return nil }
            return globals.classes[t]
        case .member(let base, let name):
            if case .named(let t)? = memberType(base, name), let c = globals.classes[t], c.isEnum { return c }
            guard let c = staticClass(of: base), let i = c.fieldIndex[name], case .named(let t)? = c.fieldTypes[i] else { return nil }
            return globals.classes[t]
        case .subscriptAccess:   // `ps[0]` of a `[Point]`
            guard case .named(let t)? = staticType(of: e) else { return nil }
            return globals.classes[t]
        default: return nil
        }
    }

    /// `let p = Point(…)`: the variable's type is `Point` (so `p.x = 1` on a `let x` is
    /// found before the cell runs).
    func inferredClassType(_ value: Expr) -> TypeRef? {
        // `Direction.north`, `Shape.circle(radius: 1)`: a value of the enum.
        if let t = namedLessonType(value), case .named(let n) = t, let c = globals.classes[n], c.isEnum,
           !isImplicitMember(value), case .member = (value.kind.callee ?? value).kind { return t }
        if case .call(let f, _, _) = value.kind, case .specializedType(let t) = f.kind, globals.classes[t] != nil { return .named(t) }
        guard case .call(let f, _, _) = value.kind, case .name(let t) = f.kind, resolve(t) == nil,
              let c = globals.classes[t] else { return nil }
        // `Color(rawValue: 1)` may fail: an optional.
        if c.isEnum && c.initializers.isEmpty { return .optional(.named(t)) }
        return .named(t)
    }

    /// `let q = p.swapped()`: a lesson type that a method or function is declared to return.
    func inferredLessonType(_ value: Expr) -> TypeRef? {
        guard case .call = value.kind, let t = staticType(of: value), case .named(let n) = t, globals.classes[n] != nil || n.hasPrefix("Set<") else { return nil }
        return t
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

    /// A method's arguments as a typed array's (or Set's) signature makes them: an element
    /// of the wrong type rejected, literals and closures typed by the element type.
    func elementTypedArguments(_ base: Expr, _ name: String, _ args: [Argument]) throws -> [Argument] {
        try checkBasicMethodArguments(base, name, args)
        let typed = argumentsTypedByElement(base, name, args)
        try typeElementClosures(base, name, typed)
        return typed
    }

    /// `xs.append(1)`, `xs.insert(1, at: 0)`, `xs.firstIndex(of: 2)` on a `[Double]`: a literal
    /// argument takes the element type, as the method's signature gives it in Swift.
    private func argumentsTypedByElement(_ base: Expr, _ name: String, _ args: [Argument]) -> [Argument] {
        guard let first = args.first, first.value.isIntLiteral || isLiteralArray(first.value) || first.value.characterLiteral != nil else { return args }
        let element: TypeRef
        switch staticType(of: base)?.unlabelled {
        case .array(let el)?: element = el
        case let t?: guard let el = t.setElement else { return args }; element = el
        default: return args
        }
        let place: TypeRef
        switch (name, first.label) {
        case ("append", nil), ("insert", nil), ("contains", nil), ("firstIndex", "of"), ("lastIndex", "of"), ("remove", nil):
            place = element
        case ("append", "contentsOf"): place = .array(element)
        default: return args
        }
        guard place.needsLiteralTyping else { return args }
        var out = args
        out[0] = Argument(label: first.label, value: Expr(.cast(first.value, place, "as"), first.value.offset))
        return out
    }

    /// `xs.map { $0 * 2 }` on a `[Double]`: the closure's parameters are elements, as the
    /// method's signature gives them in Swift (`sorted(by:)`'s two of them).
    func typeElementClosures(_ base: Expr, _ name: String, _ args: [Argument]) throws {
        let one: Set<String> = ["map", "compactMap", "flatMap", "filter", "forEach", "contains", "first", "last", "allSatisfy",
                                "firstIndex", "lastIndex", "removeAll", "drop", "prefix"]
        let two: Set<String> = ["sorted", "sort", "min", "max"]
        guard one.contains(name) || two.contains(name), case .array(let el)? = staticType(of: base)?.unlabelled, el.isConcrete else { return }
        let count = two.contains(name) ? 2 : 1
        for a in args {
            guard case .closure(let f) = a.value.kind else { continue }
            guard f.params.count == count else {
                // `pairs.map { name, n in … }` takes a tuple element apart, as Swift allows.
                if case .tuple(let ts) = el.unlabelled, ts.count == f.params.count * count { continue }
                try checkClosureParameterCount(f, name, el, count)
                continue
            }
            for i in f.params.indices where f.params[i].type == nil { f.params[i].type = el }
        }
    }

    /// `xs.map { a, b in a + b }`: a closure naming more (or fewer) parameters than the
    /// method passes it, in swiftc's words with the closure type it expected.
    private func checkClosureParameterCount(_ f: FunctionDecl, _ method: String, _ el: TypeRef, _ count: Int) throws {
        guard f.anonymousParams == 0, let first = f.params.first else { return }
        let expected: String
        switch method {
        case "map", "compactMap", "flatMap":
            guard let r = closureResultType(f, el) else { return }
            expected = "(\(el)) -> \(r)"
        case "forEach": expected = "(\(el)) throws -> Void"
        default: expected = count == 2 ? "(\(el), \(el)) throws -> Bool" : "(\(el)) throws -> Bool"
        }
        let used = f.params.count
        throw err("contextual closure type '\(expected)' expects \(count) argument\(count == 1 ? "" : "s"), but \(used) \(used == 1 ? "was" : "were") used in closure body", first.offset)
    }

    /// The type of a single-expression closure's body with every parameter of type `el`.
    private func closureResultType(_ f: FunctionDecl, _ el: TypeRef) -> TypeRef? {
        guard f.body.count == 1, case .expr(let e) = f.body[0].kind else { return nil }
        let fs = FunctionScope(proto: FunctionProto(name: "closure"), parent: scope, boxLocals: false, cls: scope.cls, isStatic: scope.isStaticContext)
        for p in f.params { fs.blocks[0][p.name] = VarInfo(ref: .local(slot: fs.newSlot(), boxed: false), isLet: true, type: el, initialized: true) }
        let outer = scope
        scope = fs
        defer { scope = outer }
        return staticType(of: e)
    }

    /// `Rule(apply: { … })` for a struct's memberwise initialiser, or an `init` of its own: a
    /// closure takes the type of the property or parameter it is passed for.
    func typeClosuresByProperties(_ c: ScriptClass, _ args: [Argument]) {
        guard c.membersKnown, args.contains(where: { if case .closure = $0.value.kind { return true }; return false }) else { return }
        let inits = ctx.allInitializers(c)
        if inits.count == 1, let d = inits[0].decl {
            for a in args {
                guard case .closure(let f) = a.value.kind, let p = d.params.first(where: { $0.label == a.label }), let t = p.type else { continue }
                typeClosure(f, t)
            }
            return
        }
        guard inits.isEmpty, c.isStruct else { return }
        for a in args {
            guard case .closure(let f) = a.value.kind, let l = a.label, let i = c.fieldIndex[l], let t = c.fieldTypes[i] else { continue }
            typeClosure(f, t)
        }
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

extension Compiler {
    /// The static type of `e` where the code makes it evident (declared variables,
    /// stored properties of lesson types, elements of typed collections, results of
    /// lesson functions and methods, literals); nil when it is not known before running.
    /// Places use it so that a literal stored into them takes their type, as in Swift
    /// (`s.v = [1, 2]` into a `[Double]` property is `[1.0, 2.0]`).
    func staticType(of e: Expr) -> TypeRef? {
        switch e.kind {
        case .intLiteral: return .named("Int")
        case .doubleLiteral: return .named("Double")
        case .boolLiteral: return .named("Bool")
        case .stringLiteral: return .named("String")
        case .selfRef: return scope.cls.map { .named($0.name) }
        case .name(let n):
            if let info = resolve(n) {
                if let t = info.type, t.isConcrete { return t }
                return info.inferred ?? info.type
            }
            if let c = scope.cls, let i = c.fieldIndex[n] { return c.fieldTypes[i] }
            return nil
        case .member(let base, let name): return memberType(base, name)
        case .subscriptAccess(let base, let args):
            // `d[k, default: []]` is the value type itself.
            if args.count == 2, args[1].label == "default", case .dictionary(_, let v)? = staticType(of: base)?.unlabelled { return v }
            guard args.count == 1, args[0].label == nil else { return nil }
            switch staticType(of: base)?.unlabelled {
            case .array(let el)?:
                if case .binary(let op, _, _) = args[0].value.kind, op == "..<" || op == "..." { return nil }
                return el
            case .dictionary(_, let v)?: return .optional(v)
            default: return nil
            }
        case .call(let f, _, _): return callResultType(f, e)
        case .binary(let op, let a, let b):
            switch op {
            case "<", "<=", ">", ">=", "==", "!=", "&&", "||": return .named("Bool")
            case "??":
                if case .optional(let t)? = staticType(of: a) { return t }
                return nil
            case "+", "-", "*", "/", "%":
                // An integer literal takes the other side's type (`x * 2` for a Double x).
                let ta = a.isIntLiteral ? nil : staticType(of: a), tb = b.isIntLiteral ? nil : staticType(of: b)
                if a.isIntLiteral && b.isIntLiteral { return .named("Int") }
                // A side of unknown type may be a tensor or a lesson type with its own operator.
                guard a.isIntLiteral || ta != nil, b.isIntLiteral || tb != nil else { return nil }
                guard let t = ta ?? tb, ta == nil || tb == nil || ta!.description == tb!.description else { return nil }
                if case .named(let n) = t, ["Int", "Double", "String"].contains(n) { return t }
                return nil
            default: return nil
            }
        case .ternary(_, let a, let b):
            // A literal branch takes the other branch's type (or the context's).
            if a.isIntLiteral && b.isIntLiteral { return nil }
            if a.isIntLiteral { return staticType(of: b) }
            if b.isIntLiteral { return staticType(of: a) }
            guard let ta = staticType(of: a), let tb = staticType(of: b), ta.description == tb.description else { return nil }
            return ta
        case .prefix("-", let a):
            return a.isIntLiteral ? .named("Int") : staticType(of: a).flatMap { $0.numberName != nil ? $0 : nil }
        case .prefix("!", _): return .named("Bool")
        case .dictionaryLiteral(let pairs):
            guard !pairs.isEmpty, let k = elementType(pairs.map(\.0)), let v = elementType(pairs.map(\.1)) else { return nil }
            return .dictionary(k, v)
        case .arrayLiteral(let xs):
            return elementType(xs).map { .array($0) }
        case .emptyCollection(let t):
            return t
        case .tuple(let items):
            var ts: [TypeRef] = []
            for item in items {
                guard let t = item.value.isIntLiteral ? TypeRef.named("Int") : staticType(of: item.value) else { return nil }
                ts.append(item.label.map { .labelled($0, t) } ?? t)
            }
            return .tuple(ts)
        case .forceUnwrap(let a):
            if case .optional(let t)? = staticType(of: a) { return t }
            return nil
        case .passthrough(let a): return staticType(of: a)
        default: return nil
        }
    }
    /// `base.name`: a lesson type's stored or computed property, or a basic one.
    private func memberType(_ base: Expr, _ name: String) -> TypeRef? {
        // `Direction.north`: a case of a lesson enum is a value of the enum.
        if case .name(let t) = base.kind, resolve(t) == nil, let c = globals.classes[t], c.isEnum, c.caseNamed[name] != nil {
            return .named(t)
        }
        // `Vec.zero`: a lesson type's static property holds a value of a lesson type (set when
        // the type was compiled; its type does not change).
        if case .name(let t) = base.kind, resolve(t) == nil, let c = globals.classes[t], let box = c.findStaticField(name) {
            switch box.value {
            case .structValue(let o), .instance(let o): return .named(o.cls.name)
            default: return nil
            }
        }
        if let c = staticClass(of: base) {
            if let i = c.fieldIndex[name] { return c.fieldTypes[i] }
            if let g = c.findComputed(name) { return g.get.returnType }
            return nil
        }
        // `Double.infinity`, `Int.max`: a number type's static properties are of that type.
        if case .name(let t) = base.kind, t == "Double" || t == "Int", resolve(t) == nil, globals.classes[t] == nil,
           basicLibrary.types[t]?.findStaticProperty(name) != nil {
            return .named(t)
        }
        switch (staticType(of: base)?.unlabelled, name) {
        case (.array?, "count"), (.dictionary?, "count"), (.named("String")?, "count"): return .named("Int")
        case (.array?, "isEmpty"), (.dictionary?, "isEmpty"), (.named("String")?, "isEmpty"): return .named("Bool")
        case (.array(let el)?, "first"), (.array(let el)?, "last"): return .optional(el)
        case (.named("String")?, "first"), (.named("String")?, "last"): return .optional(.named("Character"))
        case (.tuple(let items)?, _):
            // `pair.score` of a labelled tuple, `pair.0` of any.
            for (i, item) in items.enumerated() {
                if case .labelled(let l, let t) = item, l == name { return t }
                if String(i) == name { return item.unlabelled }
            }
            return nil
        default: return declaredPropertyType(base, name)
        }
    }

    /// The result type of a call of a lesson function or method, or of a conversion.
    /// `largest([Double]())` for `func largest<T>(_ xs: [T]) -> T?`: the result with each
    /// generic parameter the type its argument shows (`Double?`); nil where one stays unknown.
    private func genericResultType(_ d: FunctionDecl, _ args: [Argument]) -> TypeRef? {
        var bound: [String: TypeRef] = [:]
        func bind(_ p: TypeRef, _ a: TypeRef) {
            switch (p, a.unlabelled) {
            case (.named(let g), let t) where d.genericParams.contains(g): if bound[g] == nil { bound[g] = t }
            case (.array(let pe), .array(let ae)), (.optional(let pe), .optional(let ae)): bind(pe, ae)
            default: break
            }
        }
        for (p, a) in zip(d.params, args) {
            guard let pt = p.type, let at = staticType(of: a.value), at.isConcrete else { continue }
            bind(pt, at)
        }
        func substitute(_ t: TypeRef) -> TypeRef? {
            switch t {
            case .named(let g) where d.genericParams.contains(g): return bound[g]
            case .array(let e): return substitute(e).map { .array($0) }
            case .optional(let e): return substitute(e).map { .optional($0) }
            case .dictionary(let k, let v):
                guard let k = substitute(k), let v = substitute(v) else { return nil }
                return .dictionary(k, v)
            default:
                // A tuple or function of generic parameters: not worked out here.
                let words = t.description.split { !$0.isLetter && !$0.isNumber && $0 != "_" }.map(String.init)
                return words.contains(where: d.genericParams.contains) ? nil : t
            }
        }
        return substitute(d.returnType ?? .tuple([]))
    }

    private func callResultType(_ f: Expr, _ e: Expr) -> TypeRef? {
        // `[Character](repeating: ".", count: 5)`, `[Int]()`: the collection type written.
        if case .emptyCollection(let t) = f.kind { return t }
        // `Array(repeating: row, count: n)`: an array of the repeated variable's type (a
        // literal there takes its type from the place, so it says nothing yet).
        if case .name("Array") = f.kind, resolve("Array") == nil, case .call(_, let args, nil) = e.kind, args.count == 2,
           args[0].label == "repeating", let t = staticType(of: args[0].value), t.isConcrete {
            switch args[0].value.kind {
            case .name, .member: return .array(t)
            case .call(let g, _, _): if case .emptyCollection = g.kind { return .array(t) }
            default: break
            }
        }
        // `Set(xs)` and a Set's `filter`/`union`/…: a Set of the same elements.
        if case .name("Set") = f.kind, resolve("Set") == nil, case .call(_, let args, nil) = e.kind, args.count == 1, args[0].label == nil {
            var element: TypeRef? = nil
            if case .arrayLiteral(let xs) = args[0].value.kind { element = elementType(xs) }
            else if case .array(let el)? = staticType(of: args[0].value) { element = el }
            return element.map { .named("Set<\($0)>") }
        }
        if case .member(let base, let m) = f.kind, ["filter", "union", "intersection", "subtracting", "symmetricDifference"].contains(m),
           case .named(let n)? = staticType(of: base), n.hasPrefix("Set<") {
            return .named(n)
        }
        if case .name(let n) = f.kind {
            if let info = resolve(n), let d = info.proto?.decl, !d.genericParams.isEmpty, case .call(_, let args, _) = e.kind {
                return genericResultType(d, args)
            }
            if let info = resolve(n) { return info.proto?.returnType ?? (info.proto != nil ? .tuple([]) : nil) }
            if let c = globals.classes[n] {
                // `Planet(rawValue: 3)`: a failable initialiser.
                if c.isEnum, c.initializers.isEmpty { return .optional(.named(n)) }
                return .named(n)
            }
            if n == "String" { return .named("String") }
            // `Double("2.5")`, `Int(s)`: a conversion from a String may fail.
            if n == "Double" || n == "Int", case .call(_, let args, nil) = e.kind, args.count == 1, args[0].label == nil,
               case .named("String")? = staticType(of: args[0].value) {
                return .optional(.named(n))
            }
            if n == "Double" || n == "Int", case .call(_, let args, nil) = e.kind, args.count == 1, args[0].label == nil,
               let at = staticType(of: args[0].value), case .named(let an) = at, an == "Int" || an == "Double" {
                return .named(n)
            }
        }
        if case .member(let base, let m) = f.kind, case .array(let el)? = staticType(of: base)?.unlabelled {
            switch m {
            case "min", "max", "randomElement", "popLast", "first", "last": return .optional(el)
            case "sorted", "filter", "shuffled": return .array(el)
            case "removeLast", "removeFirst": return el
            case "reduce":
                // `xs.reduce(0, +)`: an operator takes two values of one number type, so the
                // result is the elements' (a closure could convert; it is not guessed).
                if case .call(_, let args, nil) = e.kind, args.count == 2, args[0].label == nil,
                   case .operatorRef(let op) = args[1].value.kind, ["+", "-", "*"].contains(op), el.numberName != nil,
                   args[0].value.isIntLiteral || staticType(of: args[0].value)?.description == el.description {
                    return el
                }
            default: break
            }
        }
        if case .member(let base, let m) = f.kind, let c = staticClass(of: base), let ps = c.findMethods(m), ps.count == 1 {
            return ps[0].returnType ?? .tuple([])
        }
        if case .call(_, let args, _) = e.kind { return declaredResultType(f, args) }
        return nil
    }
}

extension Compiler {
    /// `a ?? b`: the value `a` is, or else `b`.
    func coalescing(_ a: @escaping Code, _ b: @escaping Code) -> Code {
        { fp in
            let v = try a(fp)
            if case .null = v { return try b(fp) }
            return v
        }
    }

    /// The type an optional `a` wraps, which `a ?? b`'s default takes: its static type
    /// unwrapped, or the type a conversion like `Double(s)` makes whatever its argument.
    func coalescedType(_ a: Expr) -> TypeRef? {
        if let t = staticType(of: a) {
            if case .optional(let w) = t { return w }
            return t
        }
        if case .call(let f, let args, nil) = a.kind, args.count == 1, args[0].label == nil, case .name(let n) = f.kind,
           resolve(n) == nil, ["Double", "Float", "Int"].contains(n) {
            return .named(n)
        }
        return nil
    }
}

extension TypeRef {
    /// True when every part of the type is known (no `Any` stands in for a part the
    /// compiler did not see).
    var isConcrete: Bool {
        switch self {
        case .named(let n): return n != "Any"
        case .array(let e), .optional(let e), .labelled(_, let e): return e.isConcrete
        case .dictionary(let k, let v): return k.isConcrete && v.isConcrete
        case .tuple(let ts): return ts.allSatisfy(\.isConcrete)
        case .function(let ps, let r): return ps.allSatisfy(\.isConcrete) && r.isConcrete
        }
    }

    /// `Set<Double>`'s element type, `Double` (a Set type is written as a name).
    var setElement: TypeRef? {
        guard case .named(let n) = self, n.hasPrefix("Set<"), n.hasSuffix(">") else { return nil }
        return .named(String(n.dropFirst(4).dropLast()))
    }

    /// How many `?` wrap the type (`Int??`: 2).
    var optionalDepth: Int {
        if case .optional(let w) = self { return 1 + w.optionalDepth }
        return 0
    }

    /// Built of the basic value types, arrays, dictionaries and optionals only: a type
    /// whose values convert to no other type implicitly.
    var isPlainValueType: Bool {
        switch self {
        case .named(let n): return ["Int", "Double", "String", "Bool", "Character"].contains(n)
        case .array(let e), .optional(let e): return e.isPlainValueType
        case .dictionary(let k, let v): return k.isPlainValueType && v.isPlainValueType
        default: return false
        }
    }

    /// `Int` and `Double`, the number types whose mixing Swift rejects.
    var numberName: String? {
        if case .named(let n) = self, n == "Int" || n == "Double" { return n }
        return nil
    }
}

extension Compiler {
    /// The one type of the elements of a collection literal (integer literals among
    /// Doubles are Doubles); nil when empty, unknown or mixed.
    func elementType(_ xs: [Expr]) -> TypeRef? {
        guard let first = xs.first else { return nil }
        if xs.allSatisfy(\.isIntLiteral) { return .named("Int") }
        if xs.allSatisfy({ $0.isDoubleLiteral || $0.isIntLiteral }) { return .named("Double") }
        guard let t = staticType(of: first), t.isConcrete else { return nil }
        for x in xs.dropFirst() { guard let u = staticType(of: x), u.description == t.description else { return nil } }
        return t
    }
}
