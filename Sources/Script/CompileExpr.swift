// Expressions, calls, closures, functions and types: the expression half of the compiler.

extension Compiler {
    func expr(_ e: Expr) throws -> Code {
        let ctx = self.ctx
        // Compiling is bounded by the cell's timeout too.
        if ctx.stopRequested { throw ScriptError(ctx.stopError().message, at: e.offset) }
        if ctx.nativeStackLow() { throw ScriptError("expression is too long or nested too deeply to compile; split it into several statements", at: e.offset) }
        switch e.kind {
        case .intLiteral(let i): return constant(.int(i))
        case .doubleLiteral(let d): return constant(.double(d))
        case .boolLiteral(let b): return constant(.bool(b))
        case .nilLiteral: return constant(.null)
        case .stringLiteral(let parts): return try stringLiteral(parts)
        case .name(let n), .specializedType(let n): return try nameRead(n, e.offset)
        case .selfRef:
            if scope.cls == nil { throw err("cannot find 'self' in scope", e.offset) }
            return { fp in fp[0] }
        case .superMember(let n): return try superPropertyRead(n, e.offset)
        case .member(let base, let name): return try memberRead(base, name, e.offset)
        case .optionalMember(let base, let name): return try optionalMemberRead(base, name, e.offset)
        case .implicitMember(let n): return try implicitEnumCase(e, context: nil) ?? constant(.symbol(n))
        case .call(let callee, let args, let trailing):
            if case .implicitMember = callee.kind, let c = try implicitEnumCase(e, context: nil) { return c }
            var all = args
            if let trailing { all.append(Argument(label: nil, value: trailing, isTrailingClosure: true)) }
            let outer = callEnd
            callEnd = e.endOffset
            defer { callEnd = outer }
            return try call(callee, all, e.offset)
        case .subscriptAccess(let base, let args): return try subscriptRead(base, args, e.offset)
        case .prefix(let op, let a): return try prefixOperator(op, a, e.offset)
        case .forceUnwrap(let a): return try forceUnwrap(a, e.offset)
        case .binary(let op, let a, let b): return try binary(op, a, b, e.offset)
        case .ternary(let c, let a, let b):
            try checkTernaryBranches(a, b)
            // `r == 0 ? 0 : x / r`: a literal branch takes the other branch's type.
            if a.isIntLiteral != b.isIntLiteral, let t = staticType(of: a.isIntLiteral ? b : a), t.numberName == "Double" {
                return try typed(e, t)
            }
            let cc = try boolCode(c)
            let ac = try expr(a), bc = try expr(b)
            return { fp in try cc(fp) ? try ac(fp) : try bc(fp) }
        case .arrayLiteral(let xs): return try arrayLiteral(xs)
        case .dictionaryLiteral(let pairs): return try dictionaryLiteral(pairs, e.offset)
        case .tuple(let items): return try tupleLiteral(items)
        case .closure(let f): return try compileFunction(f, proto: FunctionProto(name: "closure"), cls: nil)
        case .fullRange: return constant(.range(RangeValue(lower: nil, upper: nil, closed: false)))
        case .prefixRange(let closed, let a):
            let c = try expr(a)
            return { fp in .range(RangeValue(lower: nil, upper: try c(fp), closed: closed)) }
        case .postfixRange(let a):
            let c = try expr(a)
            return { fp in .range(RangeValue(lower: try c(fp), upper: nil, closed: true)) }
        case .operatorRef(let op): return constant(.function(Function(.op(op), name: op)))
        case .emptyCollection(let t):
            if case .dictionary = t { return { _ in .dictionary(DictionaryValue()) } }
            return { _ in .array([]) }
        case .cast(let a, let t, let kind): return try cast(a, to: t, kind, e.offset)
        case .typeCheck(let a, let t):
            let c = try expr(a)
            return { fp in .bool(ctx.typeMatches(try c(fp), t)) }
        case .passthrough(let a):
            return try underTry(e) { try expr(a) }
        case .tryExpr(let kind, let a):
            scope.tryDepth += 1
            defer { scope.tryDepth -= 1 }
            return try tryExpression(kind, a, e.offset)
        }
    }

    /// A value known when compiling.
    @inline(__always)
    func constant(_ v: Value) -> Code { { _ in v } }

    /// `"text \(x) more"`: the parts formatted and joined (optionals as Swift prints them).
    private func stringLiteral(_ parts: [StringPart]) throws -> Code {
        if parts.isEmpty { return constant(.string("")) }
        if parts.count == 1, case .text(let s) = parts[0] { return constant(.string(s)) }
        let codes: [Code] = try parts.map { p in
            switch p {
            case .text(let s): return constant(.string(s))
            case .interpolation(let x): return try optionalDisplayCode(x) ?? expr(x)
            }
        }
        let ctx = self.ctx
        return { fp in
            var s = ""
            for c in codes { s += try formatChecked(try c(fp), ctx) }
            return .string(s)
        }
    }

    /// A name read: a variable, an implicit `self.member`, a type, a library function.
    private func nameRead(_ n: String, _ offset: Int) throws -> Code {
        if let info = resolve(n) {
            if info.isComputed { return try computedRead(n, offset) }
            try checkInitializedBeforeUse(n, info, offset)
            return readVar(info)
        }
        if let cls = scope.cls, !scope.isStaticContext, cls.hasInstanceMember(n) {
            return try expr(Expr(.member(Expr(.selfRef, offset), n), offset))
        }
        // Inside a static method (or a type's static context) a bare name may be a static member.
        if let cls = scope.cls, scope.isStaticContext, cls.hasStaticMember(n) {
            return try expr(Expr(.member(Expr(.name(cls.name), offset), n), offset))
        }
        if let t = typeValue(n) { return constant(.type(t)) }
        if let f = globals.functions[n] { return constant(.function(Function(.native(f, receiver: .void), name: n))) }
        if scope.bodyNames.contains(n) { throw err("use of local variable '\(n)' before its declaration", offset) }
        throw err("cannot find '\(n)' in scope" + suggestion(n, visibleNames()), offset)
    }

    /// `Swift.max`, `Foundation.tanh`: a module's name before one of its functions (unless the
    /// lesson names something so).
    private func isModuleName(_ e: Expr) -> Bool {
        guard case .name(let m) = e.kind, m == "Swift" || m == "Foundation" else { return false }
        return resolve(m) == nil && globals.classes[m] == nil
    }

    /// `base.name`: a static member of a named type, or a property of a value.
    private func memberRead(_ base: Expr, _ name: String, _ offset: Int) throws -> Code {
        let ctx = self.ctx
        // `Swift.max`: the standard library's own name.
        if isModuleName(base) { return try expr(Expr(.name(name), offset)) }
        // `words.map(String.init)`: a type's initialiser as a one-argument function.
        if name == "init", case .name(let tn) = base.kind, resolve(tn) == nil, typeValue(tn) != nil {
            let argument = Expr(.name("$0"), offset)
            let f = FunctionDecl(name: "closure", params: [ParamDecl(label: nil, name: "$0", type: nil, defaultValue: nil, variadic: false, isInout: false, offset: offset)],
                                 returnType: nil, body: [Stmt(.expr(Expr(.call(base, [Argument(label: nil, value: argument)], trailing: nil), offset)), offset)], offset: offset)
            f.isClosure = true
            f.anonymousParams = 1
            return try expr(Expr(.closure(f), offset))
        }
        if case .name(let tn) = base.kind, resolve(tn) == nil, let t = typeValue(tn) {
            // `Config.size` for an instance property.
            if let c = t.scriptClass, !c.hasStaticMember(name), c.fieldIndex[name] != nil || c.findComputed(name) != nil {
                throw err("instance member '\(name)' cannot be used on type '\(tn)'; did you mean to use a value of this type instead?", base.offset)
            }
            // `Activation.softmax`: a lesson type's static members are all known by now.
            if let c = t.scriptClass, c.membersKnown, !c.hasStaticMember(name), name != "self", globals.classes[tn + "." + name] == nil {
                throw err("type '\(tn)' has no member '\(name)'" + suggestion(name, c.enumCases.map(\.name) + Array(c.staticFields.keys)), offset)
            }
            let tv = Value.type(t)
            return { _ in try withOffset(offset) { try ctx.member(of: tv, name) } }
        }
        try checkMember(base, name, offset)
        try checkBasicMember(base, name, offset)
        // A struct's `lazy var` read from a variable: its getter keeps what it computes there.
        if let c = staticClass(of: base), c.isStruct, c.fieldIndex[lazyStorageName(name)] != nil, let blv = try? lvalue(base) {
            return { fp in try withOffset(offset) {
                var result: Value = .void
                try blv.modify(fp) { v in result = try ctx.readLazy(&v, name) }
                return result
            } }
        }
        let b = try expr(base)
        let site = PropertySite(name: name)
        return { fp in try withOffset(offset) {
            let v = try b(fp)
            // A native object's property (`w.grad`): its getter, remembered per type.
            if case .native(let n) = v, let p = site.property(of: n.nativeType) {
                return try p.get(NativeCall(receiver: v, arguments: [], context: ctx))
            }
            return try ctx.member(of: v, name)
        } }
    }

    /// `base?.name`: nil when the base is.
    private func optionalMemberRead(_ base: Expr, _ name: String, _ offset: Int) throws -> Code {
        let ctx = self.ctx
        let b = try expr(base)
        return { fp in try withOffset(offset) {
            let v = try b(fp)
            if case .null = v { return .null }
            return try ctx.member(of: v, name)
        } }
    }

    /// `base[i]` (specialised by the shapes of base and index) or `base[a, b, label: c]`.
    private func subscriptRead(_ base: Expr, _ args: [Argument], _ offset: Int) throws -> Code {
        let ctx = self.ctx
        try checkSubscript(base, args, offset)
        let labels = args.map(\.label)
        if args.count == 1 && labels[0] == nil {
            return buildPair(SubscriptBuilder(offset: offset, ctx: ctx), try operandShape(base), try operandShape(args[0].value))
        }
        let b = try expr(base)
        let idx = try subscriptArguments(base, args)
        return { fp in try withOffset(offset) { try ctx.subscriptGet(try b(fp), try idx.map { try $0(fp) }, labels) } }
    }

    /// A subscript's arguments; `d[k, default: 0]`'s default takes the dictionary's value type.
    func subscriptArguments(_ base: Expr, _ args: [Argument]) throws -> [Code] {
        try args.map { a in
            if a.label == "default", case .dictionary(_, let v)? = staticType(of: base)?.unlabelled { return try typed(a.value, v) }
            return try expr(a.value)
        }
    }

    /// `-x`, `!b`, a negative literal folded.
    private func prefixOperator(_ op: String, _ a: Expr, _ offset: Int) throws -> Code {
        let ctx = self.ctx
        if op == "&" { throw err("'&' may only be used to pass an argument to inout parameter", offset) }
        if op == "-", case .intLiteral(let i) = a.kind { return constant(.int(-i)) }
        if op == "-", case .doubleLiteral(let d) = a.kind { return constant(.double(-d)) }
        let c = try expr(a)
        return { fp in try withOffset(offset) {
            let v = try c(fp)
            if op == "-", case .double(let d) = v { return .double(-d) }
            return try ctx.prefixOperation(op, v)
        } }
    }

    /// `x!`: Swift's trap on nil, as a cell error.
    private func forceUnwrap(_ a: Expr, _ offset: Int) throws -> Code {
        if let t = staticType(of: a)?.unlabelled, t.isConcrete, t.isPlainValueType, !isOptional(t) {
            throw err("cannot force unwrap value of non-optional type '\(t)'", offset)
        }
        let c = try expr(a)
        return { fp in try withOffset(offset) {
            let v = try c(fp)
            if case .null = v { throw ScriptError("unexpectedly found nil while unwrapping an Optional value") }
            return v
        } }
    }

    /// `[a, b]`: integer literals beside a Double literal are Doubles.
    private func arrayLiteral(_ xs: [Expr]) throws -> Code {
        let anyDouble = xs.contains(where: \.isDoubleLiteral)
        // `[Temperature.hot, .freezing]`, `[pos, .zero]`: implicit members take the type another
        // element names or has.
        let context = xs.contains(where: isImplicitMember)
            ? xs.lazy.compactMap { self.namedLessonType($0) ?? self.staticClass(of: $0).map { TypeRef.named($0.name) } }.first : nil
        let codes = try xs.map { x -> CodeRef in
            if anyDouble, let d = x.intLiteralAsDouble { return CodeRef(run: { _ in .double(d) }) }
            if let context, isImplicitMember(x) { return CodeRef(run: try typed(x, context)) }
            return CodeRef(run: try expr(x))
        }
        return { fp in
            var out: [Value] = []
            out.reserveCapacity(codes.count)
            for c in codes { out.append(try c.run(fp)) }
            return .array(out)
        }
    }

    private func dictionaryLiteral(_ pairs: [(Expr, Expr)], _ offset: Int) throws -> Code {
        // `["a": 1, "b": 2.5]` is a [String: Double]: the integer literals beside a
        // floating-point one are Doubles, keys and values each on their own.
        let doubleKeys = pairs.contains { $0.0.isDoubleLiteral }, doubleValues = pairs.contains { $0.1.isDoubleLiteral }
        func code(_ e: Expr, _ asDouble: Bool) throws -> Code {
            if asDouble, let d = e.intLiteralAsDouble { return { _ in .double(d) } }
            return try expr(e)
        }
        let codes = try pairs.map { (try code($0.0, doubleKeys), try code($0.1, doubleValues)) }
        return { fp in try withOffset(offset) {
            let d = DictionaryValue()
            for (k, v) in codes { try d.set(try k(fp), try v(fp)) }
            return .dictionary(d)
        } }
    }

    private func tupleLiteral(_ items: [(label: String?, value: Expr)]) throws -> Code {
        let codes = try items.map { CodeRef(run: try expr($0.value)) }
        let labels: [String?]? = items.contains { $0.label != nil } ? items.map(\.label) : nil
        if codes.isEmpty { return { _ in .void } }
        return { fp in .tuple(TupleValue(try codes.map { try $0.run(fp) }, labels: labels)) }
    }

    /// `x as T`, `x as? T`, `x as! T`.
    private func cast(_ a: Expr, to t: TypeRef, _ kind: String, _ offset: Int) throws -> Code {
        let ctx = self.ctx
        if case .named(let n) = t, n == "Double", let d = a.intLiteralAsDouble { return constant(.double(d)) }
        // `[1, 2] as [Double]`, `("a", 1) as (name: String, n: Double)`: the literal takes the type.
        if kind == "as", t.needsLiteralTyping { return try typed(a, t) }
        let c = try expr(a)
        return { fp in try withOffset(offset) {
            let v = try c(fp)
            if kind == "as" { return v }
            let ok = (try? ctx.coerce(v, to: t, literal: false, context: .declaration)) != nil && ctx.typeMatches(v, t)
            if ok { return v }
            if kind == "as?" { return .null }
            throw ScriptError("could not cast value of type '\(v.typeName)' to '\(t)'")
        } }
    }

    // MARK: Operators

    func binary(_ op: String, _ a: Expr, _ b: Expr, _ offset: Int) throws -> Code {
        let ctx = self.ctx
        // `x * (1 / 2)` with a Double `x`: the literals' arithmetic is Double arithmetic, as in Swift.
        if a.isLiteralArithmetic, !a.isIntLiteral, !b.isLiteralArithmetic, staticType(of: b)?.numberName == "Double" {
            return try binary(op, a.withDoubleLiterals, b, offset)
        }
        if b.isLiteralArithmetic, !b.isIntLiteral, !a.isLiteralArithmetic, staticType(of: a)?.numberName == "Double" {
            return try binary(op, a, b.withDoubleLiterals, offset)
        }
        // A lesson's own operator (`infix operator **`): its global function.
        if globals.customOperators[op] != nil, let info = resolve(op), info.proto != nil {
            return try call(Expr(.name(op), offset), [Argument(label: nil, value: a), Argument(label: nil, value: b)], offset)
        }
        switch op {
        case "&&":
            let x = try boolCode(a), y = try boolCode(b)
            return { fp in .bool(try x(fp) && y(fp)) }
        case "||":
            let x = try boolCode(a), y = try boolCode(b)
            return { fp in .bool(try x(fp) || y(fp)) }
        case "??":
            // `Double(s) ?? 0`: the default takes the type of what the optional wraps.
            return coalescing(try expr(a), try typed(b, coalescedType(a)))
        default: break
        }
        try checkOperands(op, a, b, offset)
        return try operatorCode(op, a, b, offset)
    }

    // MARK: Calls

    /// A call; `ampersandsStripped`: the inout arguments' `&` already taken off (`inoutCall`).
    func call(_ callee: Expr, _ args: [Argument], _ offset: Int, ampersandsStripped: Bool = false) throws -> Code {
        var args = args
        if case .member(let base, let name) = callee.kind { args = try elementTypedArguments(base, name, args) }
        // `type(of: x)` where the code shows x's type better than its value can (`Int?`, `Set<Int>`).
        if case .name("type") = callee.kind, resolve("type") == nil, args.count == 1, args[0].label == "of",
           let t = staticType(of: args[0].value), t.isConcrete {
            switch t {
            case .optional, .named(_) where t.description.hasPrefix("Set<"):
                return constant(.type(TypeValue(name: swiftTypeName(t.description))))
            default: break
            }
        }
        if case .emptyCollection(let t) = callee.kind {
            // `Set<Point>()`: the element type must be Hashable.
            if case .named(let n)? = t.setElement, let c = globals.classes[n], !c.isProtocol,
               !c.conformsTo("Hashable"), !(c.isEnum && c.enumCases.allSatisfy { $0.payloadTypes == nil }) {
                throw err("type '\(c.name)' does not conform to protocol 'Hashable'", callee.offset)
            }
            return try collectionInit(t, args, offset)
        }
        if !ampersandsStripped { try checkInoutArguments(callee, args) }
        // `f(&x)`: the call runs with `x`'s value, then `x` takes the parameter's last value.
        let inouts = args.compactMap { a -> Expr? in if case .prefix("&", let x) = a.value.kind { return x }; return nil }
        if !inouts.isEmpty { return try inoutCall(callee, args, inouts, offset) }
        let labels = args.map(\.label)
        var mask: UInt64 = 0
        for (i, a) in args.enumerated() where (a.value.isIntLiteral || isLiteralArray(a.value)) && i < 64 { mask |= 1 << UInt64(i) }
        let shape = CallShape(args: args, labels: labels, literalMask: mask, offset: offset, calleeOffset: callee.offset)
        // `Account(…)` whose initialiser throws needs `try`, like any throwing call.
        if case .name(let n) = callee.kind, resolve(n) == nil, let c = globals.classes[n],
           let ini = c.initializers.first(where: { $0.labels == labels }) {
            try checkTry(ini, callee.offset)
        }
        if case .name(let n) = callee.kind, resolve(n) == nil, let c = globals.classes[n] {
            typeClosuresByProperties(c, args)
            try checkConstruction(c, args, offset)
        }
        if case .name(let n) = callee.kind, resolve(n) == nil, let c = globals.classes[n], c.isProtocol {
            throw err("'any \(n)' cannot be constructed because it has no accessible initializers", callee.offset)
        }
        if case .name(let n) = callee.kind, let info = resolve(n), info.proto == nil, let t = staticType(of: callee)?.unlabelled, t.isPlainValueType {
            throw err("cannot call value of non-function type '\(t)'", callee.offset)
        }
        if case .name(let n) = callee.kind, let info = resolve(n), let proto = info.proto {
            return try directCall(n, info, proto, shape)
        }
        // `Swift.min(a, b)`: the standard library's function, even where a member is named so.
        if case .member(let base, let name) = callee.kind, isModuleName(base) {
            if let set = globals.functions[name] { return try libraryCall(name, set, callee.offset, shape) }
            return try call(Expr(.name(name), callee.offset), args, offset)
        }
        if case .member(let base, let name) = callee.kind, case .name(let tn) = base.kind, resolve(tn) == nil,
           let c = globals.classes[tn], c.isEnum, let i = c.caseNamed[name] {
            return try enumConstruction(c, i, args, offset)
        }
        if let (set, what) = declaredSet(callee) {
            if what == "initializer" || what.hasPrefix("static") { try checkNativeLabels(set, args, offset) }
            try checkDeclaredCall(set, args, offset, what: what)
        }
        if case .member(let base, let name) = callee.kind { return try methodCall(base, name, callee.offset, shape) }
        // `reduce(0, +)` inside a method: `self.reduce(0, +)`.
        if case .name(let n) = callee.kind, resolve(n) == nil, let cls = scope.cls, !scope.isStaticContext, cls.hasInstanceMember(n),
           cls.fieldIndex[n] == nil, cls.findComputed(n) == nil {
            return try methodCall(Expr(.selfRef, callee.offset), n, callee.offset, shape)
        }
        if case .superMember(let name) = callee.kind, let cls = scope.cls { return try superCall(name, cls, shape) }
        if case .name(let n) = callee.kind, resolve(n) == nil, scope.cls?.hasInstanceMember(n) != true, let set = globals.functions[n] {
            return try libraryCall(n, set, callee.offset, shape)
        }
        let ctx = self.ctx
        let f = try expr(callee)
        let codes = try args.map { CodeRef(run: try expr($0.value)) }
        let literalMask = mask
        return { fp in try withOffset(offset) {
            let fv = try f(fp)
            let vs = try codes.map { try $0.run(fp) }
            return try ctx.callValue(fv, vs, labels, literalMask)
        } }
    }

    /// A call's arguments as the compiler sees them: labels, which are integer literals
    /// (bit i of `literalMask`), and where the call is.
    struct CallShape {
        let args: [Argument]
        let labels: [String?]
        let literalMask: UInt64
        let offset: Int
        /// Where the called name starts (swiftc points there for a missing `try`).
        var calleeOffset: Int = 0
    }

    /// `[Double](repeating: 0, count: 3)`: Array's initialisers, the element type known.
    private func collectionInit(_ t: TypeRef, _ args: [Argument], _ offset: Int) throws -> Code {
        let ctx = self.ctx
        var typedArgs: [Code] = []
        for a in args {
            if case .array(let el) = t, a.label == "repeating" { typedArgs.append(try typed(a.value, el)) } else { typedArgs.append(try expr(a.value)) }
        }
        let tv = Value.type(TypeValue(name: {
            if case .dictionary = t { return "Dictionary" }
            if case .named(let n) = t, n == "Set" || n.hasPrefix("Set<") { return "Set" }
            return "Array"
        }()))
        let labels = args.map(\.label)
        return { fp in try withOffset(offset) {
            try ctx.callValue(tv, try typedArgs.map { try $0(fp) }, labels, 0)
        } }
    }

    private func inoutCall(_ callee: Expr, _ args: [Argument], _ inouts: [Expr], _ offset: Int) throws -> Code {
        let ctx = self.ctx
        let plain = args.map { a -> Argument in
            if case .prefix("&", let x) = a.value.kind { return Argument(label: a.label, value: x) }
            return a
        }
        for a in args {
            guard case .prefix("&", let x) = a.value.kind, case .name(let n) = x.kind, let info = resolve(n), info.isLet, info.initialized else { continue }
            throw err("cannot pass immutable value as inout argument: '\(n)' is a 'let' constant", a.value.offset)
        }
        let run = try call(callee, plain, offset, ampersandsStripped: true)
        let targets = try inouts.map { try lvalue($0) }
        return { fp in
            let r = try run(fp)
            let outs = ctx.inoutResults
            ctx.inoutResults = []
            for (k, t) in targets.enumerated() where k < outs.count { try t.modify(fp) { $0 = outs[k] } }
            return r
        }
    }

    /// A known lesson function: arguments go straight into the callee's frame.
    private func directCall(_ n: String, _ info: VarInfo, _ proto: FunctionProto, _ call: CallShape) throws -> Code {
        let ctx = self.ctx, args = call.args, labels = call.labels, literalMask = call.literalMask, offset = call.offset
        try checkCall(proto, args, offset)
        try checkTry(proto, call.calleeOffset)
        try checkGenericConstraints(proto, args, call.calleeOffset)
        typeClosureArguments(args, proto)
        let shapes = try args.map { try operandShape($0.value) }
        let readF = readVar(info)
        let site = DirectCallSite(proto: proto, labels: labels)
        let argc = shapes.count
        let none = OperandShape.constant(.void)
        let c0 = argc > 0 ? shapes[0] : none, c1 = argc > 1 ? shapes[1] : none, c2 = argc > 2 ? shapes[2] : none
        // Runs the function once its arguments are in the frame at `base`.
        let enterCapturing: (UnsafeMutablePointer<Value>, UnsafeMutablePointer<Value>) throws -> Value = { fp, base in
            guard case .function(let fn) = try readF(fp), case .script(_, let caps, _) = fn.kind else {
                throw ScriptError("cannot call '\(n)'")
            }
            return try ctx.invoke(proto, caps, base)
        }
        @inline(__always) func enter(_ fp: UnsafeMutablePointer<Value>, _ base: UnsafeMutablePointer<Value>) throws -> Value {
            if proto.captureSlots.isEmpty { return try ctx.invoke(proto, [], base) }
            return try enterCapturing(fp, base)
        }
        // Anything but a direct call: labels to match, defaults, variadics.
        let general: Code = { fp in
            let vs = try shapes.map { try $0.get(fp) }
            return try ctx.callValue(try readF(fp), vs, labels, literalMask)
        }
        // Arguments are evaluated before any is stored: they may call functions that
        // use the same stack space. One closure per arity keeps each one small.
        switch argc {
        case 0:
            return { fp in try withOffset(offset) { site.isDirect ? try enter(fp, ctx.sp) : try general(fp) } }
        case 1:
            return { fp in
                try withOffset(offset) {
                    guard site.isDirect else { return try general(fp) }
                    let a0 = try c0.get(fp)
                    let base = ctx.sp
                    base[0] = try site.argument(a0, 0, literalMask, ctx)
                    return try enter(fp, base)
                }
            }
        case 2:
            return { fp in
                try withOffset(offset) {
                    guard site.isDirect else { return try general(fp) }
                    let a0 = try c0.get(fp), a1 = try c1.get(fp)
                    let base = ctx.sp
                    base[0] = try site.argument(a0, 0, literalMask, ctx)
                    base[1] = try site.argument(a1, 1, literalMask, ctx)
                    return try enter(fp, base)
                }
            }
        case 3:
            return { fp in
                try withOffset(offset) {
                    guard site.isDirect else { return try general(fp) }
                    let a0 = try c0.get(fp), a1 = try c1.get(fp), a2 = try c2.get(fp)
                    let base = ctx.sp
                    base[0] = try site.argument(a0, 0, literalMask, ctx)
                    base[1] = try site.argument(a1, 1, literalMask, ctx)
                    base[2] = try site.argument(a2, 2, literalMask, ctx)
                    return try enter(fp, base)
                }
            }
        default:
            return { fp in
                try withOffset(offset) {
                    guard site.isDirect else { return try general(fp) }
                    let vs = try shapes.map { try $0.get(fp) }
                    let base = ctx.sp
                    for i in 0..<argc { base[i] = try site.argument(vs[i], i, literalMask, ctx) }
                    return try enter(fp, base)
                }
            }
        }
    }

    /// `self.init(red: g, green: g, blue: g)` in an initialiser: the value another
    /// initialiser makes becomes `self`.
    private func delegatingInit(_ base: Expr, _ name: String, _ call: CallShape) throws -> Code? {
        guard name == "init", case .selfRef = base.kind, let cls = scope.cls, scope.proto.isInit else { return nil }
        let ctx = self.ctx, labels = call.labels, literalMask = call.literalMask, offset = call.offset
        let codes = try call.args.map { CodeRef(run: try expr($0.value)) }
        return { fp in try withOffset(offset) {
            fp[0] = try ctx.constructScript(cls, args: try codes.map { try $0.run(fp) }, labels: labels, literalMask: literalMask)
            if cls.isStruct { ctx.mutatedSelf = fp[0] }
            return .void
        } }
    }

    /// Through a protocol-typed value, a requirement is the conforming type's witness: a
    /// protocol extension's default stays the witness even where a subclass declares a
    /// method of the same name.
    private func protocolCall(_ base: Expr, _ p: ScriptClass, _ name: String, _ codes: [CodeRef], _ call: CallShape) throws -> Code {
        let ctx = self.ctx, labels = call.labels, literalMask = call.literalMask, offset = call.offset
        let b = try expr(base)
        return { fp in try withOffset(offset) {
            var v = try b(fp)
            let vs = try codes.map { try $0.run(fp) }
            if let witness = ctx.protocolDefaultWitness(v, p, name) {
                return try ctx.invokeMethod(witness, on: v, vs, labels: labels, literalMask: literalMask)
            }
            return try ctx.callMethod(on: &v, name, vs, labels, literalMask)
        } }
    }

    /// `base.name(args)`; mutating methods on arrays and structs change the base in place.
    private func methodCall(_ base: Expr, _ name: String, _ calleeOffset: Int, _ call: CallShape) throws -> Code {
        let ctx = self.ctx, args = call.args, labels = call.labels, literalMask = call.literalMask, offset = call.offset
        if let delegated = try delegatingInit(base, name, call) { return delegated }
        if let mapped = try optionalMap(base, name, call) { return mapped }
        // `reduce(into: acc) { acc, x in … }`: Swift makes the closure's first parameter inout.
        if name == "reduce", labels.first == "into", args.count == 2, case .closure(let f) = args[1].value.kind, !f.params.isEmpty {
            f.params[0].isInout = true
        }
        if !(isTypeName(base)) {
            try checkMember(base, name, calleeOffset)
            try checkBasicMember(base, name, calleeOffset)
            try checkMutatingCall(base, name, calleeOffset)
            if let c = staticClass(of: base), let ms = c.findMethods(name), ms.count == 1 {
                try checkCall(ms[0], args, offset)
                try checkTry(ms[0], calleeOffset)
            }
        }
        let codes = try args.map { CodeRef(run: try expr($0.value)) }
        if case .name(let tn) = base.kind, resolve(tn) == nil, let t = typeValue(tn) {
            let tv = Value.type(t)
            return { fp in try withOffset(offset) {
                let vs = try codes.map { try $0.run(fp) }
                return try ctx.callValue(try ctx.member(of: tv, name), vs, labels, literalMask)
            } }
        }
        if let p = staticClass(of: base), p.isProtocol, p.findMethods(name) != nil { return try protocolCall(base, p, name, codes, call) }
        let site = NativeCallSite(labels: labels, literalMask: literalMask)
        if let blv = try? lvalue(base) {
            return { fp in try withOffset(offset) {
                var vs = site.takeArguments(codes.count)
                for c in codes { vs.append(try c.run(fp)) }
                defer { site.returnArguments(&vs) }
                var current = try blv.get(fp)
                // A native object's method: its type's set, remembered by the site.
                if case .native(let n) = current, let m = site.method(of: n.nativeType, name) {
                    return try site.call(m, receiver: current, args: vs, ctx)
                }
                var result: Value = .void
                // A basic value's method (`xs.append(x)`): its type's set, remembered by the
                // site with whether it mutates, called on the variable itself when it does.
                if let type = basicLibrary.type(of: current), let m = site.method(of: type, name) {
                    guard site.mutates(type, name) else { return try site.callInPlace(m, receiver: &current, args: vs, ctx) }
                    // Let go of the copy first: the variable must hold the only reference
                    // to its buffer, or `append` copies the whole array every time.
                    current = .void
                    try blv.modify(fp) { v in result = try site.callInPlace(m, receiver: &v, args: vs, ctx) }
                    return result
                }
                if ctx.needsInPlace(current, name) {
                    current = .void
                    try blv.modify(fp) { v in result = try ctx.callMethod(on: &v, name, vs, labels, literalMask, site: site) }
                } else {
                    var v = current
                    result = try ctx.callMethod(on: &v, name, vs, labels, literalMask, site: site)
                }
                return result
            } }
        }
        let b = try expr(base)
        return { fp in try withOffset(offset) {
            var v = try b(fp)
            let vs = try codes.map { try $0.run(fp) }
            return try ctx.callMethod(on: &v, name, vs, labels, literalMask, site: site)
        } }
    }

    /// `o.map { … }`, `o.flatMap { … }` on a value whose static type is optional: the closure
    /// runs on the wrapped value, and nil stays nil (values carry no wrapper, so a nil from
    /// `flatMap`'s closure is nil as well).
    private func optionalMap(_ base: Expr, _ name: String, _ call: CallShape) throws -> Code? {
        guard name == "map" || name == "flatMap", call.args.count == 1, call.labels == [nil],
              case .optional? = staticType(of: base) else { return nil }
        let ctx = self.ctx, offset = call.offset
        let b = try expr(base), f = try expr(call.args[0].value)
        return { fp in try withOffset(offset) {
            let v = try b(fp)
            if case .null = v { return .null }
            return try ctx.callValue(try f(fp), [v], [nil], 0)
        } }
    }

    /// `super.summary` in an override: the superclass's computed property run on `self`, or
    /// a stored property (the same instance's).
    private func superPropertyRead(_ name: String, _ offset: Int) throws -> Code {
        guard let cls = scope.cls, let sup = cls.superclass, !scope.isStaticContext else {
            throw err("'super' members cannot be referenced in a root class", offset)
        }
        if let getter = sup.findComputed(name)?.get {
            let ctx = self.ctx
            return { fp in try withOffset(offset) {
                let base = ctx.sp
                base[0] = fp[0]
                return try ctx.invoke(getter, [], base)
            } }
        }
        if sup.fieldIndex[name] != nil { return try expr(Expr(.member(Expr(.selfRef, offset), name), offset)) }
        throw err("value of type '\(sup.name)' has no member '\(name)'", offset)
    }

    /// `super.init(…)`, `super.method(…)`.
    private func superCall(_ name: String, _ cls: ScriptClass, _ call: CallShape) throws -> Code {
        let ctx = self.ctx, labels = call.labels, literalMask = call.literalMask, offset = call.offset
        let codes = try call.args.map { CodeRef(run: try expr($0.value)) }
        return { fp in try withOffset(offset) {
            let vs = try codes.map { try $0.run(fp) }
            if name == "init" {
                if let sup = cls.superclass, case let inits = ctx.allInitializers(sup), !inits.isEmpty {
                    let p = try ctx.pickInitializer(inits, labels: labels, typeName: sup.name)
                    let base = ctx.sp
                    base[0] = fp[0]
                    try ctx.placeArguments(p, vs, labels: labels, literalMask: literalMask, base: base)
                    _ = try ctx.invoke(p, [], base)
                }
                return .void
            }
            if let sup = cls.superclass, let ms = sup.findMethods(name), let p = ms.first {
                let base = ctx.sp
                base[0] = fp[0]
                try ctx.placeArguments(p, vs, labels: labels, literalMask: literalMask, base: base)
                return try ctx.invoke(p, [], base)
            }
            if let nt = cls.nativeSuper, let m = nt.findMethod(name) {
                return try ctx.callNative(m, receiver: fp[0], args: vs, labels: labels, literalMask: literalMask)
            }
            throw ScriptError("superclass has no method '\(name)'")
        } }
    }

    /// A native overload set's labels checked before the run: no overload takes them is an
    /// error in swiftc's words, at the argument or parenthesis swiftc names.
    func checkNativeLabels(_ set: NativeFunctionSet, _ args: [Argument], _ offset: Int) throws {
        let labels = args.map(\.label), trailing = args.last?.isTrailingClosure == true
        guard !set.overloads.contains(where: { o in (try? matchArguments(params: o.matchParameters, labels: labels, name: set.name, positional: false, trailingClosure: trailing)) != nil }) else { return }
        do { _ = try ctx.chooseOverload(set, args: Array(repeating: .void, count: labels.count), labels: labels, literalMask: 0) } catch let x as ScriptError { throw err(x.message, callErrorOffset(x, args, offset)) }
    }

    /// A library or built-in function: its labels checked now, its overload chosen by the site.
    private func libraryCall(_ n: String, _ set: NativeFunctionSet, _ calleeOffset: Int, _ call: CallShape) throws -> Code {
        let ctx = self.ctx, args = call.args, labels = call.labels, literalMask = call.literalMask, offset = call.offset
        if n == "max" || n == "min" { try checkSameNumberType(args, calleeOffset) }
        try checkDeclaredCall(set, args, offset, what: "global function '\(n)'")
        try checkNativeLabels(set, args, offset)
        // `print(x)` shows an optional as Swift does: `Optional(3)`, `nil`.
        let codes = try args.map { a in CodeRef(run: try (n == "print" && a.label == nil ? optionalDisplayCode(a.value) : nil) ?? expr(a.value)) }
        let site = NativeCallSite(labels: labels, literalMask: literalMask)
        return { fp in try withOffset(offset) {
            var vs = site.takeArguments(codes.count)
            for c in codes { vs.append(try c.run(fp)) }
            defer { site.returnArguments(&vs) }
            return try site.call(set, receiver: .void, args: vs, ctx)
        } }
    }

    // MARK: Functions

    /// Compiles a function or closure; returns code that makes its function value
    /// (capturing the enclosing frame's boxes).
    func compileFunction(_ f: FunctionDecl, proto p: FunctionProto, cls: ScriptClass?, isMethod: Bool = false, isStatic: Bool = false) throws -> Code {
        let ctx = self.ctx
        p.labels = f.params.map { f.isClosure ? nil : $0.label }
        if p.decl == nil { p.decl = f }
        p.paramNames = f.params.map(\.name)
        p.paramTypes = f.params.map(\.type)
        p.paramChecks = p.paramTypes.map(TypeCheck.init)
        p.variadicIndex = f.params.firstIndex(where: \.variadic)
        p.returnType = f.returnType
        p.isMutating = f.isMutating || (f.isInit && cls?.isStruct == true)
        p.isInit = f.isInit
        let outer = scope
        // A closure inside a method keeps the method's `self` in its slot 0 (taken when the
        // closure is made), so `self` and bare member names work in it.
        let closureSelf = f.isClosure && outer.cls != nil && !outer.isStaticContext
        p.firstParamSlot = isMethod || closureSelf ? 1 : 0
        let fs = FunctionScope(proto: p, parent: outer, boxLocals: containsClosure(f.body), cls: isMethod ? cls : (f.isClosure ? outer.cls : nil),
                               isStatic: isStatic || (f.isClosure && outer.isStaticContext))
        // A closure may throw whatever its body throws, as Swift infers; a function only if declared so.
        fs.mayThrow = f.isClosure || f.isThrowing
        scope = fs
        defer { scope = outer }
        if isMethod || closureSelf { _ = fs.newSlot() }
        // Defaults are compiled in the function's scope before its parameters exist.
        p.defaults = try f.params.map { prm in try prm.defaultValue.map { try typed($0, prm.type) } }
        for prm in f.params {
            let info = VarInfo(ref: .local(slot: fs.newSlot(), boxed: fs.boxLocals), isLet: !prm.isInout, type: prm.type, initialized: true)
            fs.blocks[0][prm.name] = info
        }
        fs.shadowableParameters = Set(f.params.map(\.name))
        fs.bodyNames = Set(f.body.flatMap { s -> [String] in
            if case .varDecl(_, let p, _, _, _) = s.kind { return p.names.map(\.0) }
            return []
        })
        if fs.boxLocals { p.boxedParamSlots = Array(p.firstParamSlot..<(p.firstParamSlot + f.params.count)) }
        let genericTypes = try bindGenericParameters(f, p)
        p.body = try wrapBody(try functionBody(f), of: f, proto: p)
        if !genericTypes.isEmpty {
            let inner = p.body
            p.body = { fp in
                for g in genericTypes {
                    var v = fp[g.parameterSlot].unboxed
                    if g.fromArray { guard case .array(let a) = v, let first = a.first else { g.store(fp, .void); continue }; v = first }
                    g.store(fp, .type(ctx.typeValue(of: v)))
                }
                return try inner(fp)
            }
        }
        genericNames.subtract(f.genericParams)
        p.captureSlots = fs.captures.map(\.slot)
        // A nested function that names itself (`go(m - 1)`) gets itself in that slot at each
        // call: the box it captured was made before the function existed.
        p.selfCaptureIndex = f.isClosure ? nil : fs.captures.firstIndex { $0.name == f.name && $0.outer.proto === p }
        p.isCompiled = true
        // Where the enclosing function keeps each captured box.
        let outerSlots: [Int] = fs.captures.map { c in
            if case .local(let s, _) = c.outer.ref { return s }
            return 0
        }
        let name = f.name
        if closureSelf {
            return { fp in .function(Function(.script(p, captures: capturedBoxes(fp, outerSlots), selfValue: fp[0]), name: name)) }
        }
        if outerSlots.isEmpty { return constant(.function(Function(.script(p, captures: [], selfValue: nil), name: name))) }
        return { fp in .function(Function(.script(p, captures: capturedBoxes(fp, outerSlots), selfValue: nil), name: name)) }
    }

    /// `func show<U: Unit>(_ u: U)`: inside, `U` names the type of the argument passed for
    /// `u` (`U.symbol` reads its static member), as Swift binds it at the call.
    private func bindGenericParameters(_ f: FunctionDecl, _ p: FunctionProto) throws -> [GenericBinding] {
        var out: [GenericBinding] = []
        for g in f.genericParams {
            // From a parameter of type `T`, else from the first element of one of type `[T]`.
            var fromArray = false
            var i = f.params.firstIndex { if case .named(g)? = $0.type { return true }; return false }
            if i == nil {
                i = f.params.firstIndex { if case .array(.named(g))? = $0.type { return true }; return false }
                fromArray = true
            }
            guard let i else { continue }
            let info = try declare(g, isLet: true, type: nil, offset: f.offset)
            out.append(GenericBinding(parameterSlot: p.firstParamSlot + i, fromArray: fromArray, store: initializer(info)))
        }
        genericNames.formUnion(f.genericParams)
        return out
    }

    /// Where a generic parameter's type is read at each call.
    struct GenericBinding {
        let parameterSlot: Int
        /// `[T]`: the type of its first element.
        let fromArray: Bool
        let store: (UnsafeMutablePointer<Value>, Value) -> Void
    }

    /// A function's body: a single expression is its implicit return value.
    private func functionBody(_ f: FunctionDecl) throws -> Code {
        let ctx = self.ctx
        if f.body.count == 1, case .expr(let e) = f.body[0].kind {
            if f.isClosure, let rt = f.returnType, let have = mismatchedType(e, rt) {
                throw err("cannot convert value of type '\(have)' to closure result type '\(rt)'", e.offset)
            }
            if !f.isClosure, let rt = f.returnType { try checkReturn(e, rt) }
            let body = try typed(e, f.returnType)
            if let rt = f.returnType, rt.hasTupleLabels {  // `-> (lo: Int, hi: Int)` labels the result
                return { fp in try ctx.coerce(try body(fp), to: rt, literal: false, context: .returnValue) }
            }
            return body
        }
        try hoist(f.body)
        let exec = try statementList(f.body)
        return { fp in
            let fl = try exec(fp)
            if fl == .returned {
                let r = ctx.returnValue
                ctx.returnValue = .void
                return r
            }
            return .void
        }
    }

    /// A mutating method hands its changed `self` back; `inout` parameters their last values,
    /// for the caller's `&x` arguments.
    private func wrapBody(_ body: @escaping Code, of f: FunctionDecl, proto p: FunctionProto) throws -> Code {
        let ctx = self.ctx
        var body = body
        if p.isMutating {
            let inner = body
            body = { fp in
                let r = try inner(fp)
                ctx.mutatedSelf = fp[0]
                return r
            }
        }
        let inoutSlots = f.params.indices.filter { f.params[$0].isInout }.map { p.firstParamSlot + $0 }
        if !inoutSlots.isEmpty {
            let inner = body
            body = { fp in
                let r = try inner(fp)
                ctx.inoutResults = inoutSlots.map { s in
                    if case ._box(let b) = fp[s] { return b.value }
                    return fp[s]
                }
                return r
            }
        }
        return body
    }
}

/// The boxes a closure captures from its maker's frame: a captured variable that still
/// sits in its slot moves into a box there, shared from then on.
func capturedBoxes(_ fp: UnsafeMutablePointer<Value>, _ outerSlots: [Int]) -> [VariableBox] {
    var boxes: [VariableBox] = []
    boxes.reserveCapacity(outerSlots.count)
    for s in outerSlots {
        if case ._box(let b) = fp[s] { boxes.append(b) } else {
            let b = VariableBox(fp[s]); fp[s] = ._box(b); boxes.append(b)
        }
    }
    return boxes
}
