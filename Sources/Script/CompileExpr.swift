// Expressions, calls, closures, functions and types: the expression half of the compiler.

extension Compiler {
    func expr(_ e: Expr) throws -> Code {
        let ctx = self.ctx
        // Compiling is bounded by the cell's timeout too.
        if ctx.stopRequested { throw ScriptError(ctx.stopError().message, at: e.offset) }
        if ctx.nativeStackLow() { throw ScriptError("expression is too long or nested too deeply to compile; split it into several statements", at: e.offset) }
        switch e.kind {
        case .intLiteral(let i): let v = Value.int(i); return { _ in v }
        case .doubleLiteral(let d): let v = Value.double(d); return { _ in v }
        case .boolLiteral(let b): let v = Value.bool(b); return { _ in v }
        case .nilLiteral: return { _ in .null }
        case .stringLiteral(let parts):
            if parts.isEmpty { return { _ in .string("") } }
            if parts.count == 1, case .text(let s) = parts[0] { let v = Value.string(s); return { _ in v } }
            let codes: [Code] = try parts.map { p in
                switch p {
                case .text(let s): let v = Value.string(s); return { _ in v }
                case .interpolation(let x): return try optionalDisplayCode(x) ?? expr(x)
                }
            }
            return { fp in
                var s = ""
                for c in codes { s += try formatChecked(try c(fp), ctx) }
                return .string(s)
            }
        case .name(let n):
            if let info = resolve(n) {
                if !info.initialized && info.isLet { }
                return readVar(info)
            }
            if let cls = scope.cls, !scope.isStaticContext, cls.hasInstanceMember(n) {
                return try expr(Expr(.member(Expr(.selfRef, e.offset), n), e.offset))
            }
            if let t = typeValue(n) { let v = Value.type(t); return { _ in v } }
            if let f = globals.functions[n] { let v = Value.function(Function(.native(f, receiver: .void), name: n)); return { _ in v } }
            throw err("cannot find '\(n)' in scope" + suggestion(n, visibleNames()), e.offset)
        case .selfRef:
            if scope.cls == nil { throw err("cannot find 'self' in scope", e.offset) }
            return { fp in fp[0] }
        case .superMember(let n):
            throw err("'super.\(n)' is only supported as a call inside a method", e.offset)
        case .member(let base, let name):
            if case .name(let tn) = base.kind, resolve(tn) == nil, let t = typeValue(tn) {
                let tv = Value.type(t)
                return { _ in try withOffset(e.offset) { try ctx.member(of: tv, name) } }
            }
            let b = try expr(base)
            let site = PropertySite(name: name)
            return { fp in try withOffset(e.offset) {
                let v = try b(fp)
                // A native object's property (`w.grad`): its getter, remembered per type.
                if case .native(let n) = v, let p = site.property(of: n.nativeType) {
                    return try p.get(NativeCall(receiver: v, arguments: [], context: ctx))
                }
                return try ctx.member(of: v, name)
            } }
        case .optionalMember(let base, let name):
            let b = try expr(base)
            return { fp in try withOffset(e.offset) {
                let v = try b(fp)
                if case .null = v { return .null }
                return try ctx.member(of: v, name)
            } }
        case .implicitMember(let n):
            let v = Value.symbol(n)
            return { _ in v }
        case .call(let callee, let args, let trailing):
            var all = args
            if let trailing { all.append(Argument(label: nil, value: trailing)) }
            return try call(callee, all, e.offset)
        case .subscriptAccess(let base, let args):
            let labels = args.map(\.label)
            if args.count == 1 && labels[0] == nil {
                return buildPair(SubscriptBuilder(offset: e.offset, ctx: ctx), try operandShape(base), try operandShape(args[0].value))
            }
            let b = try expr(base)
            let idx = try args.map { try expr($0.value) }
            return { fp in try withOffset(e.offset) { try ctx.subscriptGet(try b(fp), try idx.map { try $0(fp) }, labels) } }
        case .prefix(let op, let a):
            if op == "-", let d = e.intLiteralAsDouble, case .intLiteral = a.kind { let v = Value.int(Int(-d)); _ = v }
            if op == "-", case .intLiteral(let i) = a.kind { let v = Value.int(-i); return { _ in v } }
            if op == "-", case .doubleLiteral(let d) = a.kind { let v = Value.double(-d); return { _ in v } }
            let c = try expr(a)
            return { fp in try withOffset(e.offset) {
                let v = try c(fp)
                if op == "-", case .double(let d) = v { return .double(-d) }
                return try ctx.prefixOperation(op, v)
            } }
        case .forceUnwrap(let a):
            let c = try expr(a)
            return { fp in try withOffset(e.offset) {
                let v = try c(fp)
                if case .null = v { throw ScriptError("unexpectedly found nil while unwrapping an Optional value") }
                return v
            } }
        case .binary(let op, let a, let b):
            return try binary(op, a, b, e.offset)
        case .ternary(let c, let a, let b):
            let cc = try boolCode(c)
            let ac = try expr(a), bc = try expr(b)
            return { fp in try cc(fp) ? try ac(fp) : try bc(fp) }
        case .arrayLiteral(let xs):
            let anyDouble = xs.contains { if case .doubleLiteral = $0.kind { return true }; return false }
            let codes = try xs.map { x -> CodeRef in
                if anyDouble, let d = x.intLiteralAsDouble { return CodeRef(run: { _ in .double(d) }) }
                return CodeRef(run: try expr(x))
            }
            return { fp in
                var out: [Value] = []
                out.reserveCapacity(codes.count)
                for c in codes { out.append(try c.run(fp)) }
                return .array(out)
            }
        case .dictionaryLiteral(let pairs):
            let codes = try pairs.map { (try expr($0.0), try expr($0.1)) }
            return { fp in try withOffset(e.offset) {
                let d = DictionaryValue()
                for (k, v) in codes { try d.set(try k(fp), try v(fp)) }
                return .dictionary(d)
            } }
        case .tuple(let items):
            let codes = try items.map { CodeRef(run: try expr($0.value)) }
            let labels: [String?]? = items.contains { $0.label != nil } ? items.map(\.label) : nil
            if codes.isEmpty { return { _ in .void } }
            return { fp in .tuple(TupleValue(try codes.map { try $0.run(fp) }, labels: labels)) }
        case .closure(let f):
            let p = FunctionProto(name: "closure")
            return try compileFunction(f, proto: p, cls: nil)
        case .fullRange:
            let v = Value.range(RangeValue(lower: nil, upper: nil, closed: false))
            return { _ in v }
        case .prefixRange(let closed, let a):
            let c = try expr(a)
            return { fp in .range(RangeValue(lower: nil, upper: try c(fp), closed: closed)) }
        case .postfixRange(let a):
            let c = try expr(a)
            return { fp in .range(RangeValue(lower: try c(fp), upper: nil, closed: true)) }
        case .operatorRef(let op):
            let v = Value.function(Function(.op(op), name: op))
            return { _ in v }
        case .emptyCollection(let t):
            if case .dictionary = t { return { _ in .dictionary(DictionaryValue()) } }
            return { _ in .array([]) }
        case .cast(let a, let t, let kind):
            if case .named(let n) = t, n == "Double", let d = a.intLiteralAsDouble { return { _ in .double(d) } }
            let c = try expr(a)
            return { fp in try withOffset(e.offset) {
                let v = try c(fp)
                if kind == "as" { return v }
                let ok = (try? ctx.coerce(v, to: t, literal: false, context: .declaration)) != nil && ctx.typeMatches(v, t)
                if ok { return v }
                if kind == "as?" { return .null }
                throw ScriptError("could not cast value of type '\(v.typeName)' to '\(t)'")
            } }
        case .typeCheck(let a, let t):
            let c = try expr(a)
            return { fp in .bool(ctx.typeMatches(try c(fp), t)) }
        case .passthrough(let a):
            return try expr(a)
        }
    }

    // MARK: Operators

    func binary(_ op: String, _ a: Expr, _ b: Expr, _ offset: Int) throws -> Code {
        let ctx = self.ctx
        switch op {
        case "&&":
            let x = try boolCode(a), y = try boolCode(b)
            return { fp in .bool(try x(fp) && y(fp)) }
        case "||":
            let x = try boolCode(a), y = try boolCode(b)
            return { fp in .bool(try x(fp) || y(fp)) }
        case "??":
            let x = try expr(a), y = try expr(b)
            return { fp in
                let v = try x(fp)
                if case .null = v { return try y(fp) }
                return v
            }
        default: break
        }
        return try operatorCode(op, a, b, offset)
    }

    // MARK: Calls

    func call(_ callee: Expr, _ args: [Argument], _ offset: Int) throws -> Code {
        let ctx = self.ctx
        let labels = args.map(\.label)
        var mask: UInt64 = 0
        for (i, a) in args.enumerated() where (a.value.isIntLiteral || isLiteralArray(a.value)) && i < 64 { mask |= 1 << UInt64(i) }
        let literalMask = mask
        // A known lesson function: arguments go straight into the callee's frame.
        if case .name(let n) = callee.kind, let info = resolve(n), let proto = info.proto {
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
        // Methods: `base.name(args)`; mutating methods on arrays and structs change the base in place.
        if case .member(let base, let name) = callee.kind {
            let codes = try args.map { CodeRef(run: try expr($0.value)) }
            if case .name(let tn) = base.kind, resolve(tn) == nil, let t = typeValue(tn) {
                let tv = Value.type(t)
                return { fp in try withOffset(offset) {
                    let vs = try codes.map { try $0.run(fp) }
                    return try ctx.callValue(try ctx.member(of: tv, name), vs, labels, literalMask)
                } }
            }
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
                    if ctx.needsInPlace(current, name) {
                        // Let go of the copy first: the variable must hold the only reference
                        // to its buffer, or `append` copies the whole array every time.
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
        if case .superMember(let name) = callee.kind, let cls = scope.cls {
            let codes = try args.map { CodeRef(run: try expr($0.value)) }
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
        // Static checks of native and built-in functions' labels at compile time.
        if case .name(let n) = callee.kind, resolve(n) == nil, scope.cls?.hasInstanceMember(n) != true {
            if let set = globals.functions[n] {
                if !set.overloads.contains(where: { o in (try? matchArguments(params: o.params.map { ($0.label, $0.defaultValue != nil, $0.variadic) }, labels: labels, name: n, positional: false)) != nil }) {
                    _ = try? ctx.chooseOverload(set, args: [], labels: labels, literalMask: 0)
                    do { _ = try ctx.chooseOverload(set, args: Array(repeating: .void, count: labels.count), labels: labels, literalMask: 0) } catch let x as ScriptError { throw err(x.message, offset) }
                }
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
        }
        let f = try expr(callee)
        let codes = try args.map { CodeRef(run: try expr($0.value)) }
        return { fp in try withOffset(offset) {
            let fv = try f(fp)
            let vs = try codes.map { try $0.run(fp) }
            return try ctx.callValue(fv, vs, labels, literalMask)
        } }
    }

    // MARK: Functions

    /// Compiles a function or closure; returns code that makes its function value
    /// (capturing the enclosing frame's boxes).
    func compileFunction(_ f: FunctionDecl, proto p: FunctionProto, cls: ScriptClass?, isMethod: Bool = false, isStatic: Bool = false) throws -> Code {
        let ctx = self.ctx
        p.labels = f.params.map { f.isClosure ? nil : $0.label }
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
        scope = fs
        defer { scope = outer }
        if isMethod || closureSelf { _ = fs.newSlot() }
        // Defaults are compiled in the function's scope before its parameters exist.
        p.defaults = try f.params.map { prm in try prm.defaultValue.map { try typed($0, prm.type) } }
        for prm in f.params {
            let info = VarInfo(ref: .local(slot: fs.newSlot(), boxed: fs.boxLocals), isLet: !prm.isInout, type: prm.type, initialized: true)
            fs.blocks[0][prm.name] = info
        }
        if fs.boxLocals { p.boxedParamSlots = Array(p.firstParamSlot..<(p.firstParamSlot + f.params.count)) }
        // Implicit return of a single expression.
        var body: Code
        if f.body.count == 1, case .expr(let e) = f.body[0].kind {
            body = try typed(e, f.returnType)
            if let rt = f.returnType, rt.hasTupleLabels {  // `-> (lo: Int, hi: Int)` labels the result
                let inner = body
                body = { fp in try ctx.coerce(try inner(fp), to: rt, literal: false, context: .returnValue) }
            }
        } else {
            try hoist(f.body)
            let exec = sequence(try statements(f.body))
            body = { fp in
                let fl = try exec(fp)
                if fl == .returned {
                    let r = ctx.returnValue
                    ctx.returnValue = .void
                    return r
                }
                return .void
            }
        }
        if p.isMutating {
            let inner = body
            body = { fp in
                let r = try inner(fp)
                ctx.mutatedSelf = fp[0]
                return r
            }
        }
        p.body = body
        p.captureSlots = fs.captures.map(\.slot)
        p.isCompiled = true
        // Where the enclosing function keeps each captured box.
        let outerSlots: [Int] = fs.captures.map { c in
            if case .local(let s, _) = c.outer.ref { return s }
            return 0
        }
        let name = f.name
        if closureSelf {
            return { fp in
                var boxes: [VariableBox] = []
                boxes.reserveCapacity(outerSlots.count)
                for s in outerSlots {
                    if case ._box(let b) = fp[s] { boxes.append(b) } else {
                        let b = VariableBox(fp[s]); fp[s] = ._box(b); boxes.append(b)
                    }
                }
                return .function(Function(.script(p, captures: boxes, selfValue: fp[0]), name: name))
            }
        }
        if outerSlots.isEmpty {
            let v = Value.function(Function(.script(p, captures: [], selfValue: nil), name: name))
            return { _ in v }
        }
        return { fp in
            var boxes: [VariableBox] = []
            boxes.reserveCapacity(outerSlots.count)
            for s in outerSlots {
                if case ._box(let b) = fp[s] { boxes.append(b) } else {
                    let b = VariableBox(fp[s]); fp[s] = ._box(b); boxes.append(b)
                }
            }
            return .function(Function(.script(p, captures: boxes, selfValue: nil), name: name))
        }
    }

    // MARK: Types

    func compileType(_ t: TypeDecl) throws {
        let ctx = self.ctx
        let c = globals.classes[t.name] ?? ScriptClass(name: t.name, isStruct: t.isStruct)
        globals.classes[t.name] = c
        if let s = t.superName {
            if let sc = globals.classes[s], sc !== c {
                if t.isStruct { throw err("inheritance from non-protocol type '\(s)'", t.offset) }
                c.superclass = sc
                c.nativeSuper = sc.nativeSuper
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
        // Stored properties first (methods may use any of them).
        let classScope = FunctionProto(name: "\(t.name).init")
        for m in t.members {
            if case .varDecl(let isLet, let pat, let type, let value, let isStatic) = m.kind {
                guard case .name(let n, _) = pat else { throw err("only simple names may be stored properties", m.offset) }
                if isStatic {
                    let v = try value.map { try typed($0, type) }
                    c.staticFields[n] = VariableBox(try v?(ctx.sp) ?? .null)
                    continue
                }
                c.fieldIndex[n] = c.fieldNames.count
                c.fieldNames.append(n)
                c.fieldTypes.append(type)
                c.fieldIsLet.append(isLet)
                // A `var` of optional type starts as nil, as in Swift.
                if !isLet, case .optional? = type { c.fieldDefaults.append({ _ in .null }) } else { c.fieldDefaults.append(nil) }
            }
        }
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
        // Every method and computed property is registered before any body is compiled,
        // so a method may use members declared after it.
        var methodProtos: [ObjectIdentifier: FunctionProto] = [:]
        for m in t.members {
            switch m.kind {
            case .function(let f):
                let p = FunctionProto(name: f.name)
                if f.isInit { c.initializers.append(p) }
                else if f.isStatic { c.staticMethods[f.name, default: []].append(p) }
                else { c.methods[f.name, default: []].append(p) }
                methodProtos[ObjectIdentifier(f)] = p
            case .computedVar(let name, _, _, _, _):
                c.computed[name] = (FunctionProto(name: name), nil)
            default: break
            }
        }
        for m in t.members {
            switch m.kind {
            case .function(let f):
                let p = methodProtos[ObjectIdentifier(f)]!
                _ = try compileFunction(f, proto: p, cls: c, isMethod: true, isStatic: f.isStatic)
            case .computedVar(let name, let type, let getter, let setter, _):
                let g = c.computed[name]!.get
                let gd = FunctionDecl(name: name, params: [], returnType: type, body: getter, offset: m.offset)
                _ = try compileFunction(gd, proto: g, cls: c, isMethod: true)
                var sp: FunctionProto? = nil
                if let (nv, body) = setter {
                    let s = FunctionProto(name: name)
                    let sd = FunctionDecl(name: name, params: [ParamDecl(label: nil, name: nv, type: type, defaultValue: nil, variadic: false, isInout: false, offset: m.offset)], returnType: nil, body: body, offset: m.offset)
                    sd.isMutating = c.isStruct
                    _ = try compileFunction(sd, proto: s, cls: c, isMethod: true)
                    sp = s
                }
                c.computed[name] = (g, sp)
            default: break
            }
        }
    }
}
