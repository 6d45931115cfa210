// The compiler: syntax trees to Swift closures over frame pointers. Names are resolved
// (Resolver.swift) while compiling, so no closure looks anything up by string when it
// runs. Int and Double arithmetic is inlined; everything else calls NativeContext.

/// An assignable place: read it, or change it in place (arrays stay uniquely referenced).
struct LValue {
    var get: Code
    var modify: (UnsafeMutablePointer<Value>, (inout Value) throws -> Void) throws -> Void
}

final class Compiler {
    let ctx: NativeContext
    let globals: GlobalScope
    let library: NativeLibrary
    var scope: FunctionScope
    /// Generic parameters of the functions being compiled (`T` in `func sum<T>`).
    var genericNames: Set<String> = []
    /// The accessor functions of each computed variable outside a type, by its offset.
    var computedVariableAccessors: [Int: [FunctionDecl]] = [:]
    /// The closing parenthesis of the call being compiled (0: none).
    var callEnd = 0

    init(ctx: NativeContext, globals: GlobalScope, library: NativeLibrary, cellProto: FunctionProto, boxLocals: Bool) {
        self.ctx = ctx
        self.globals = globals
        self.library = library
        self.scope = FunctionScope(proto: cellProto, parent: nil, boxLocals: boxLocals, cls: nil)
    }

    func err(_ message: String, _ offset: Int) -> ParseError { ParseError(message: message, offset: offset) }

    var atTopLevel: Bool { scope.parent == nil && scope.blocks.count == 1 && scope.cls == nil }

    // MARK: Declarations

    /// Declares a variable in the current scope (a global at the cell's top level).
    func declare(_ name: String, isLet: Bool, type: TypeRef?, initialized: Bool = true, offset: Int) throws -> VarInfo {
        if atTopLevel {
            if let existing = globals.vars[name], case .global(let slot) = existing.ref {
                // Redeclaring in a later cell replaces the old binding (a notebook habit).
                let info = VarInfo(ref: .global(slot: slot), isLet: isLet, type: type, initialized: initialized)
                globals.vars[name] = info
                return info
            }
            guard ctx.globalCount < ctx.globalCapacity else { throw err("too many global variables", offset) }
            let info = VarInfo(ref: .global(slot: ctx.globalCount), isLet: isLet, type: type, initialized: initialized)
            ctx.globalCount += 1
            globals.vars[name] = info
            return info
        }
        let shadowsParameter = scope.blocks.count == 1 && scope.shadowableParameters.remove(name) != nil
        if scope.blocks[scope.blocks.count - 1][name] != nil && name != "_" && !shadowsParameter {
            throw err("invalid redeclaration of '\(name)'", offset)
        }
        let info = VarInfo(ref: .local(slot: scope.newSlot(), boxed: scope.boxLocals), isLet: isLet, type: type, initialized: initialized)
        scope.blocks[scope.blocks.count - 1][name] = info
        return info
    }

    /// Code that stores a new variable's first value.
    func initializer(_ info: VarInfo) -> (UnsafeMutablePointer<Value>, Value) -> Void {
        let g = ctx.globals
        switch info.ref {
        case .global(let s): return { _, v in g[s] = v }
        case .local(let s, let boxed):
            if boxed { return { fp, v in fp[s] = ._box(VariableBox(v)) } }
            return { fp, v in fp[s] = v }
        }
    }

    // MARK: Name lookup

    /// Resolves a variable, capturing it from enclosing functions when needed.
    func resolve(_ name: String) -> VarInfo? {
        resolve(name, in: scope)
    }

    private func resolve(_ name: String, in s: FunctionScope) -> VarInfo? {
        if let v = s.lookupLocal(name) { return v }
        if let c = s.captures.first(where: { $0.name == name }) {
            var v = c.outer
            v.ref = .local(slot: c.slot, boxed: true)
            return v
        }
        if let parent = s.parent, s.cls == nil || s.proto.name == "closure" {
            if let outer = resolve(name, in: parent) {
                if case .global = outer.ref { return outer }
                guard case .local(_, let boxed) = outer.ref, boxed else { return outer }
                let slot = s.newSlot()
                s.captures.append((name, slot, outer))
                var v = outer
                v.ref = .local(slot: slot, boxed: true)
                return v
            }
        }
        // Inside a method (or a closure in one), self's members come before globals.
        if let cls = s.cls, !s.isStaticContext, cls.hasInstanceMember(name) { return nil }
        if s.parent == nil || s.cls != nil, let g = globals.vars[name] { return g }
        return nil
    }

    /// Code that reads a variable.
    func readVar(_ info: VarInfo) -> Code {
        let g = ctx.globals
        switch info.ref {
        case .global(let s): return { _ in g[s] }
        case .local(let s, let boxed):
            if boxed { return { fp in if case ._box(let b) = fp[s] { return b.value }; return fp[s] } }
            return { fp in fp[s] }
        }
    }

    func lvalueVar(_ info: VarInfo) -> LValue {
        let g = ctx.globals
        switch info.ref {
        case .global(let s): return LValue(get: { _ in g[s] }, modify: { _, body in try body(&g[s]) })
        case .local(let s, let boxed):
            if boxed {
                return LValue(get: { fp in if case ._box(let b) = fp[s] { return b.value }; return fp[s] },
                              modify: { fp, body in if case ._box(let b) = fp[s] { try body(&b.value) } else { try body(&fp[s]) } })
            }
            return LValue(get: { fp in fp[s] }, modify: { fp, body in try body(&fp[s]) })
        }
    }

    /// Every name visible here, for suggestions.
    func visibleNames() -> [String] {
        var names: [String] = []
        var s: FunctionScope? = scope
        while let c = s { names += c.allNames; if let k = c.cls { names += k.memberNames }; s = c.parent }
        names += Array(globals.vars.keys) + Array(globals.classes.keys) + Array(library.functions.keys) + Array(library.types.keys)
        names += Array(builtinFunctions.keys) + Array(builtinTypeNames)
        return names
    }

    /// A type known by name: lesson class/struct, native, or built-in.
    func typeValue(_ name: String) -> TypeValue? {
        if name == "Self", let c = scope.cls { return TypeValue(name: c.name, scriptClass: c) }
        if let c = globals.classes[name] { return TypeValue(name: name, scriptClass: c) }
        if let n = library.types[name] { return TypeValue(name: name, native: n) }
        if builtinTypeNames.contains(name) { return TypeValue(name: name) }
        return nil
    }

    // MARK: Cells

    /// Compiles a cell; the last statement's value (if an expression) is kept in `result`.
    func compileCell(_ stmts: [Stmt]) throws -> Code {
        try hoist(stmts)
        var execs: [ExecRef] = []
        var last: Code? = nil
        for (k, s) in stmts.enumerated() {
            if k == stmts.count - 1, case .expr(let e) = s.kind, producesValue(e) {
                // An optional final value displays as Swift shows it: `Optional(1)`, `nil`.
                last = try optionalDisplayCode(e) ?? expr(e)
            } else {
                execs.append(ExecRef(run: try stmt(s)))
            }
        }
        let deferred = scope.deferredBodies
        scope.deferredBodies = []
        for compileBody in deferred { try compileBody() }
        let body = sequence(execs)
        let ctx = self.ctx
        return { fp in
            let f = try body(fp)
            if f == .returned { throw ScriptError("return invalid outside of a func") }
            if let last { return try last(fp) }
            return .void
        }
    }

    /// Calls to `print` and friends are statements, not values to show.
    func producesValue(_ e: Expr) -> Bool {
        if case .call(let f, _, _) = e.kind {
            if case .name(let n) = f.kind, ["print", "display", "table", "markdown", "plot", "show", "assert", "manualSeed", "precondition"].contains(n) { return false }
        }
        if case .call(let f, _, _) = e.kind, case .member(_, let m) = f.kind, ["append", "insert", "removeAll", "sort", "shuffle", "backward", "step", "zeroGrad", "line", "scatter", "bar", "histogram", "contour", "heatmap"].contains(m) { return false }
        return true
    }

    /// Function and type declarations are visible throughout their block.
    func hoist(_ stmts: [Stmt]) throws {
        for s in stmts {
            switch s.kind {
            case .function(let f) where !f.isInit:
                if atTopLevel, let existing = globals.vars[f.name], existing.proto != nil {
                    _ = existing
                }
                var info = try declare(f.name, isLet: true, type: nil, offset: f.offset)
                let p = FunctionProto(name: f.name)
                // The signature is known before the body is compiled (calls check labels).
                p.labels = f.params.map(\.label)
                p.paramNames = f.params.map(\.name)
                p.paramTypes = f.params.map(\.type)
                p.variadicIndex = f.params.firstIndex(where: \.variadic)
                p.returnType = f.returnType
                p.decl = f
                info.proto = p
                if atTopLevel { globals.vars[f.name] = info } else { scope.blocks[scope.blocks.count - 1][f.name] = info }
            case .typeDecl(let t):
                try hoistType(t)
            case .computedVar:
                try hoistComputedVariable(s)
            default: break
            }
        }
    }

    // MARK: Statements

    /// Statements run in order. Takes `ExecRef`s, not `[Exec]`: a closure stored in an
    /// array is re-abstracted, and every call through it would pay for two thunks.
    func sequence(_ execs: [ExecRef]) -> Exec {
        switch execs.count {
        case 0: return { _ in .next }
        case 1: return execs[0].run
        case 2:
            let a = execs[0].run, b = execs[1].run
            return { fp in
                let f = try a(fp)
                if f != .next { return f }
                return try b(fp)
            }
        case 3:
            let a = execs[0].run, b = execs[1].run, c = execs[2].run
            return { fp in
                var f = try a(fp)
                if f != .next { return f }
                f = try b(fp)
                if f != .next { return f }
                return try c(fp)
            }
        default:
            return { fp in
                for e in execs {
                    let f = try e.run(fp)
                    if f != .next { return f }
                }
                return .next
            }
        }
    }

    /// Compiles statements in order.
    func statements(_ stmts: [Stmt]) throws -> [ExecRef] {
        var out: [ExecRef] = []
        out.reserveCapacity(stmts.count)
        for s in stmts { out.append(ExecRef(run: try stmt(s))) }
        return out
    }

    func block(_ stmts: [Stmt]) throws -> Exec {
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        try hoist(stmts)
        return try statementList(stmts)
    }

    /// Wraps a runtime error with the place of the code that raised it.
    func located(_ code: @escaping Code, _ offset: Int) -> Code {
        return { fp in
            do { return try code(fp) } catch var e as ScriptError {
                if e.offset == nil { e.offset = offset }
                throw e
            }
        }
    }

    func stmt(_ s: Stmt) throws -> Exec {
        let ctx = self.ctx
        if ctx.stopRequested { throw ScriptError(ctx.stopError().message, at: s.offset) }
        switch s.kind {
        case .empty: return { _ in .next }
        case .expr(let e):
            let c = try expr(e)
            return { fp in _ = try c(fp); return .next }
        case .varDecl(let isLet, let pat, let type, let value, _):
            return try variableDeclaration(isLet: isLet, pat, type, value)
        case .computedVar:
            return try computedVariable(s)
        case .assign(let op, let target, let value):
            return try assignment(op, target, value, s.offset)
        case .ifStmt(let conds, let body, let elseBody):
            return try ifStatement(conds, body, elseBody)
        case .guardStmt(let conds, let body):
            let els = try block(body)
            if !endsWithExit(body) { throw err("'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope", s.offset) }
            let cond = try conditions(conds)  // bindings stay visible after the guard
            return { fp in try cond(fp) ? .next : try els(fp) }
        case .whileStmt(let conds, let body):
            return try whileLoop(conds, body, s.offset)
        case .repeatWhile(let body, let condition):
            return try repeatWhileLoop(body, condition, s.offset)
        case .forIn(let pat, let seq, let whereClause, let body):
            return try forLoop(pat, seq, whereClause, body, s.offset)
        case .switchStmt(let subject, let cases):
            return try switchStatement(subject, cases, s.offset)
        case .breakStmt: return { _ in .breakLoop }
        case .continueStmt: return { _ in .continueLoop }
        case .labelledJump(let isBreak, let label):
            if !scope.loopLabels.contains(label) { throw err("use of unresolved label '\(label)'", s.offset) }
            let flow: Flow = isBreak ? .breakLabelled : .continueLabelled
            return { _ in ctx.jumpLabel = label; return flow }
        case .labelled(let label, let inner):
            scope.pendingLabel = label
            defer { scope.pendingLabel = nil }
            return try stmt(inner)
        case .returnStmt(let e):
            return try returnStatement(e, s.offset)
        case .function(let f):
            return try localFunction(f, s.offset)
        case .typeDecl(let t):
            try compileType(t)
            return { _ in .next }
        case .block(let b):
            return try block(b)
        case .throwStmt(let e):
            return try throwStatement(e, s.offset)
        case .doCatch(let body, let catches):
            return try doCatch(body, catches)
        case .deferStmt:
            throw err("'defer' at the top level of a cell is not supported; put it in a function or a 'do' block", s.offset)
        case .subscriptDecl:
            throw err("subscripts are only supported inside a type", s.offset)
        case .propertyRequirement:
            throw err("property requirements are only allowed in a protocol", s.offset)
        case .lazyVar:
            throw err("'lazy' is only supported on properties of a class or struct", s.offset)
        case .propertyObservers:
            throw err("'willSet' and 'didSet' are only supported on properties of a class or struct", s.offset)
        }
    }

    /// `let x = v`, `var (a, b): (Int, Int) = …`, `var x: Int` (initialised later).
    private func variableDeclaration(isLet: Bool, _ pat: Pattern, _ type: TypeRef?, _ value: Expr?) throws -> Exec {
        let ctx = self.ctx
        // `var s = Stack()`: nothing says what the generic type's parameter is.
        if type == nil, let value, case .call(let f, let args, nil) = value.kind, args.isEmpty, case .name(let n) = f.kind, resolve(n) == nil,
           let c = globals.classes[n], let g = c.genericParams.first {
            throw err("generic parameter '\(g)' could not be inferred", f.offset)
        }
        guard let value else {
            for (n, o) in pat.names { _ = try declare(n, isLet: isLet, type: type, initialized: false, offset: o) }
            if case .name(let n, _) = pat, let info = resolve(n) {
                let store = initializer(info)
                let empty: Value = isLet ? .void : .null
                return { fp in store(fp, empty); return .next }
            }
            return { _ in .next }
        }
        let inferred = type == nil ? staticType(of: value) : nil
        try checkTuplePatternArity(pat, type ?? inferred, at: conversionOffset(value), inLoop: false)
        // A tuple pattern's names take the parts of a tuple type known in full.
        defer {
            if let inferred {
                if case .name = pat { setInferred(pat, inferred) } else if inferred.isConcrete { setInferred(pat, inferred) }
            }
        }
        if let type { try checkInitialValue(value, type) }
        if type == nil, case .name(let n, let o) = pat, let parts = fusableOperator(value) {
            try checkOperands(parts.op, parts.a, parts.b, value.offset)
            // `let x = a op b`: the operator stores straight into the new variable.
            let shapes = (try operandShape(parts.a), try operandShape(parts.b))
            let info = try declare(n, isLet: isLet, type: nil, offset: o)
            switch info.ref {
            case .local(let slot, false):
                return storeOperator(parts, offset: value.offset, shapes: shapes, into: VariablePlace(slot: slot, cell: nil))
            case .global(let slot):
                return storeOperator(parts, offset: value.offset, shapes: shapes, into: VariablePlace(slot: 0, cell: ctx.globals + slot))
            case .local(let slot, true):
                let mask: UInt64 = (parts.a.isIntLiteral ? 1 : 0) | (parts.b.isIntLiteral ? 2 : 0)
                let c = buildPair(ValueOperatorBuilder(op: parts.op, mask: mask, offset: value.offset, ctx: ctx,
                                                      names: OperandNames(parts.a, parts.b)), shapes.0, shapes.1)
                return { fp in fp[slot] = ._box(VariableBox(try c(fp))); return .next }
            }
        }
        var c = try typed(value, type)
        if let type {
            let lit = value.isIntLiteral || isLiteralArray(value)
            let inner = c
            let check = TypeCheck(type), off = value.offset
            c = { fp in
                let v = try inner(fp)
                if check.passes(v) { return v }
                return try withOffset(off) { try ctx.coerce(v, to: type, literal: lit, context: .declaration) }
            }
        }
        return try bindPattern(pat, isLet: isLet, type: type ?? inferredClassType(value) ?? inferredOptionalType(value) ?? inferredLessonType(value), value: c)
    }

    private func ifStatement(_ conds: [Condition], _ body: [Stmt], _ elseBody: [Stmt]?) throws -> Exec {
        scope.blocks.append([:])
        let cond = try conditions(conds)
        let then = try block(body)
        scope.blocks.removeLast()
        let els = try elseBody.map(block)
        if let els {
            return { fp in try cond(fp) ? try then(fp) : try els(fp) }
        }
        return { fp in try cond(fp) ? try then(fp) : .next }
    }

    private func whileLoop(_ conds: [Condition], _ body: [Stmt], _ offset: Int) throws -> Exec {
        let ctx = self.ctx
        let off = offset  // a timeout names the loop that ran out of time
        let label = takeLoopLabel()
        defer { if label != nil { scope.loopLabels.removeLast() } }
        scope.blocks.append([:])
        let cond = try conditions(conds)
        let b = try block(body)
        scope.blocks.removeLast()
        return { fp in
            loop: while try cond(fp) {
                let f = try b(fp)
                if f != .next {
                    switch ctx.afterLoopBody(f, label: label) {
                    case .nextIteration: break
                    case .leaveLoop: break loop
                    case .passOut: return f
                    }
                }
                try withOffset(off) { try ctx.tick() }
            }
            return .next
        }
    }

    private func repeatWhileLoop(_ body: [Stmt], _ condition: Expr, _ offset: Int) throws -> Exec {
        let ctx = self.ctx
        let off = offset
        let label = takeLoopLabel()
        defer { if label != nil { scope.loopLabels.removeLast() } }
        let b = try block(body)
        let cond = try boolCode(condition)
        return { fp in
            loop: repeat {
                let f = try b(fp)
                if f != .next {
                    switch ctx.afterLoopBody(f, label: label) {
                    case .nextIteration: break
                    case .leaveLoop: break loop
                    case .passOut: return f
                    }
                }
                try withOffset(off) { try ctx.tick() }
            } while try cond(fp)
            return .next
        }
    }

    /// `return e`: literals take the declared return type; basic types are checked.
    private func returnStatement(_ e: Expr?, _ offset: Int) throws -> Exec {
        let ctx = self.ctx
        if scope.parent == nil && scope.cls == nil { throw err("return invalid outside of a func", offset) }
        guard let e else { return { _ in ctx.returnValue = .void; return .returned } }
        if let rt = scope.proto.returnType { try checkReturn(e, rt) }
        if scope.proto.returnType == nil, let f = scope.proto.decl, !f.isClosure, !f.isInit {
            throw err("unexpected non-void return value in void function", e.offset)
        }
        var c = try typed(e, scope.proto.returnType)  // literals take the declared type
        if let rt = scope.proto.returnType {
            if case .named("Double") = rt, let d = e.intLiteralAsDouble { c = { _ in .double(d) } }
            else if isBasic(rt) || rt.hasTupleLabels {
                let inner = c
                let check = TypeCheck(rt), off = e.offset
                c = { fp in
                    let v = try inner(fp)
                    if check.passes(v) { return v }
                    return try withOffset(off) { try ctx.coerce(v, to: rt, literal: false, context: .returnValue) }
                }
            }
        }
        let code = c
        return { fp in ctx.returnValue = try code(fp); return .returned }
    }

    /// A function declared in a cell or a block; a global one's body is compiled last.
    private func localFunction(_ f: FunctionDecl, _ offset: Int) throws -> Exec {
        let ctx = self.ctx
        if f.isInit { throw err("initializers may only be declared within a type", offset) }
        guard let info = resolve(f.name), let proto = info.proto else { throw err("cannot declare '\(f.name)' here", offset) }
        let store = initializer(info)
        if atTopLevel || scope.parent == nil && scope.blocks.count == 1 {
            // Globals are defined before the cell runs so earlier statements can call
            // them; their bodies are compiled last, so they may use later globals.
            scope.deferredBodies.append { [unowned self] in
                let make = try self.compileFunction(f, proto: proto, cls: nil)
                store(ctx.stackBase, try make(ctx.stackBase))
            }
            return { _ in .next }
        }
        let make = try compileFunction(f, proto: proto, cls: nil)
        return { fp in store(fp, try make(fp)); return .next }
    }

    /// The label of the loop being compiled (`outer: for …`), now in scope for its body.
    func takeLoopLabel() -> String? {
        guard let l = scope.pendingLabel else { return nil }
        scope.pendingLabel = nil
        scope.loopLabels.append(l)
        return l
    }

    func isBasic(_ t: TypeRef) -> Bool {
        if case .named(let n) = t { return ["Int", "Double", "String", "Bool"].contains(n) }
        return false
    }

    /// An array or tuple literal made of literals (`[1, 2]`, `(1, "a")`, `[[1], [2]]`): its
    /// integer literals take the element types of the place it goes to, as in Swift.
    func isLiteralArray(_ e: Expr) -> Bool {
        func isLiteral(_ x: Expr) -> Bool {
            if x.isIntLiteral { return true }
            switch x.kind {
            case .intLiteral, .doubleLiteral, .stringLiteral, .boolLiteral: return true
            case .prefix("-", let y): return isLiteral(y)
            default: return isLiteralArray(x)
            }
        }
        if case .arrayLiteral(let xs) = e.kind { return xs.allSatisfy(isLiteral) }
        if case .tuple(let items) = e.kind { return items.allSatisfy { isLiteral($0.value) } }
        // `Array(repeating: 0, count: n)` passed where `[Double]` is expected holds Doubles.
        if case .call(let f, let args, nil) = e.kind, case .name("Array") = f.kind, args.count == 2, args[0].label == "repeating",
           args[0].value.isIntLiteral || isLiteralArray(args[0].value) { return true }
        return false
    }

    func endsWithExit(_ body: [Stmt]) -> Bool {
        guard let last = body.last else { return false }
        switch last.kind {
        case .returnStmt, .breakStmt, .continueStmt, .labelledJump, .throwStmt: return true
        case .expr(let e):
            if case .call(let f, _, _) = e.kind, case .name(let n) = f.kind, n == "fatalError" || n == "preconditionFailure" { return true }
            return false
        default: return false
        }
    }

    /// A collection or tuple literal whose elements take the type's element types
    /// (`let d: [String: Double] = ["a": 1]`, `let t: (Double, Int) = (1, 1)`, a Set's
    /// literal holding each element once); nil for anything else.
    private func typedCollectionLiteral(_ e: Expr, _ type: TypeRef) throws -> Code? {
        if case .array(let el) = type, case .arrayLiteral(let xs) = e.kind, el.needsLiteralTyping {
            let codes = try xs.map { try typed($0, el) }
            return { fp in .array(try codes.map { try $0(fp) }) }
        }
        if case .dictionary(let kt, let vt) = type, case .dictionaryLiteral(let pairs) = e.kind, kt.needsLiteralTyping || vt.needsLiteralTyping {
            let codes = try pairs.map { (try typed($0.0, kt), try typed($0.1, vt)) }
            return located({ fp in
                let d = DictionaryValue()
                for (k, v) in codes { try d.set(try k(fp), try v(fp)) }
                return .dictionary(d)
            }, e.offset)
        }
        if case .tuple(let ts) = type, case .tuple(let items) = e.kind, ts.count == items.count, type.needsLiteralTyping {
            let codes = try zip(items, ts).map { try typed($0.0.value, $0.1) }
            // `let p: (x: Int, y: Int) = (1, 2)`: the type's labels, else the literal's.
            let typeLabels = ts.map { t -> String? in if case .labelled(let l, _) = t { return l }; return nil }
            let labels: [String?]? = type.hasTupleLabels ? typeLabels : items.contains { $0.label != nil } ? items.map(\.label) : nil
            return { fp in .tuple(TupleValue(try codes.map { try $0(fp) }, labels: labels)) }
        }
        // `let s: Set<String> = ["a", "b", "a"]`; `Set<Double>`'s literal takes the element type.
        if case .named(let n) = type, n == "Set" || n.hasPrefix("Set<"), case .arrayLiteral(let xs) = e.kind {
            let element = type.setElement
            let c = element?.needsLiteralTyping == true ? try typed(Expr(.arrayLiteral(xs), e.offset), .array(element!)) : try expr(e)
            return located({ fp in
                guard case .array(let xs) = try c(fp) else { return try c(fp) }
                return .array(try uniqueElements(xs))
            }, e.offset)
        }
        return nil
    }

    /// Compiles an expression with a declared type in view (literals take that type).
    func typed(_ e: Expr, _ type: TypeRef?) throws -> Code {
        guard var type else { return try expr(e) }
        // `var total: T = 0`: the literal takes the type `T` stands for in this call.
        if case .named(let g) = type, genericNames.contains(g), let d = e.intLiteralAsDouble, let info = resolve(g) {
            let read = readVar(info), whole = try expr(e)
            return { fp in
                if case .type(let t) = try read(fp), t.name == "Double" { return .double(d) }
                return try whole(fp)
            }
        }
        type = type.unlabelled
        if case .closure(let f) = e.kind { typeClosure(f, type) }
        if case .named(let n) = type, n == "Double" || n == "Float", let d = e.intLiteralAsDouble { return { _ in .double(d) } }
        if case .named(let n) = type, n == "Double" || n == "Float", e.isLiteralArithmetic { return try expr(e.withDoubleLiterals) }
        // `let letters: [Character] = ["a", "b"]`: a one-character literal is a Character.
        if case .named("Character") = type, let c = e.characterLiteral { return { _ in .character(c) } }
        if let c = try typedCollectionLiteral(e, type) { return c }
        // `v = Array(repeating: 0, count: n)` into a `[Double]`: the repeated value takes the element type.
        if case .array(let el) = type, el.needsLiteralTyping, case .call(let f, var args, let trailing) = e.kind, case .name("Array") = f.kind,
           resolve("Array") == nil, args.count == 2, args[0].label == "repeating" {
            args[0].value = Expr(.cast(args[0].value, el, "as"), args[0].value.offset)
            return try expr(Expr(.call(f, args, trailing: trailing), e.offset))
        }
        if case .optional(let inner) = type { return try typed(e, inner) }
        // `let x: Double = d["a"] ?? 0`: the default takes the expected type.
        if case .binary("??", let a, let b) = e.kind, type.needsLiteralTyping {
            return coalescing(try expr(a), try typed(b, type))
        }
        // `let fs: [(Double) -> Double] = [{ $0 }, { $0 * $0 }]`: each closure takes the element type.
        if case .array(let el) = type, case .function = el.unlabelled, case .arrayLiteral(let xs) = e.kind {
            for x in xs { if case .closure(let f) = x.kind { typeClosure(f, el) } }
        }
        // `.red`, `.circle(radius: 1)` where a lesson enum is expected; `[.red, .blue]`.
        if lessonClass(of: type) != nil, let c = try implicitEnumCase(e, context: type) { return c }
        if case .array(let el) = type, enumClass(of: el) != nil, case .arrayLiteral(let xs) = e.kind {
            let codes = try xs.map { try typed($0, el) }
            return { fp in .array(try codes.map { try $0(fp) }) }
        }
        if case .tryExpr(let kind, let inner) = e.kind, kind == "try!" || kind == "try" {
            return try tryExpression(kind, Expr(.passthrough(inner), inner.offset), e.offset, typedAs: type)
        }
        // `b ? 0 : 1` where a Double is expected: both branches are Doubles.
        if case .ternary(let c, let a, let b) = e.kind, type.needsLiteralTyping {
            let cond = try boolCode(c), x = try typed(a, type), y = try typed(b, type)
            return { fp in try cond(fp) ? try x(fp) : try y(fp) }
        }
        if case .passthrough(let inner) = e.kind { return try underTry(e) { try typed(inner, type) } }
        // `xs.reduce(0) { $0 + $1.amount }` where a Double is expected: the initial
        // literal is that Double, as Swift infers the result type from the context.
        if case .named("Double") = type, case .call(let f, var args, let trailing) = e.kind, case .member(_, "reduce") = f.kind,
           let first = args.first, first.label == nil, let d = first.value.intLiteralAsDouble {
            args[0] = Argument(label: nil, value: Expr(.doubleLiteral(d), first.value.offset))
            return try expr(Expr(.call(f, args, trailing: trailing), e.offset))
        }
        return try expr(e)
    }

    /// `let (a, b) = value` and `let x = value`.
    func bindPattern(_ pat: Pattern, isLet: Bool, type: TypeRef?, value: @escaping Code) throws -> Exec {
        // A single name stores straight into its slot (no store closure per binding).
        if case .name(let n, let o) = pat {
            let info = try declare(n, isLet: isLet, type: type, offset: o)
            switch info.ref {
            case .local(let s, false): return { fp in fp[s] = try value(fp); return .next }
            case .local(let s, true): return { fp in fp[s] = ._box(VariableBox(try value(fp))); return .next }
            case .global(let s):
                let cell = ctx.globals + s
                return { fp in cell.pointee = try value(fp); return .next }
            }
        }
        let store = try patternStore(pat, isLet: isLet, type: type)
        return { fp in try store(fp, try value(fp)); return .next }
    }

    /// Declares the names of a pattern; returns code that destructures a value into them.
    func patternStore(_ pat: Pattern, isLet: Bool, type: TypeRef?) throws -> (UnsafeMutablePointer<Value>, Value) throws -> Void {
        switch pat {
        case .wildcard: return { _, _ in }
        case .name(let n, let o):
            let info = try declare(n, isLet: isLet, type: type, offset: o)
            let store = initializer(info)
            return { fp, v in store(fp, v) }
        case .tuple(let ps):
            let stores = try ps.map { try patternStore($0, isLet: isLet, type: nil) }
            let n = ps.count
            return { fp, v in
                let elements: [Value]
                switch v {
                case .tuple(let t): elements = t.elements
                case .array(let a): elements = a
                default: throw ScriptError("cannot destructure a value of type '\(v.typeName)' into \(n) names")
                }
                guard elements.count == n else { throw ScriptError("tuple has \(elements.count) elements, the pattern expects \(n)") }
                for i in 0..<n { try stores[i](fp, elements[i]) }
            }
        }
    }

    /// `if`/`while`/`guard` conditions; `let` bindings are declared in the current block.
    func conditions(_ conds: [Condition]) throws -> (UnsafeMutablePointer<Value>) throws -> Bool {
        var parts: [(UnsafeMutablePointer<Value>) throws -> Bool] = []
        for c in conds {
            switch c {
            case .expr(let e):
                try checkCondition(e)
                parts.append(try boolCode(e))
            case .bind(let pat, let type, let e, let isVar, let keyword):
                try checkBindingIsOptional(e, type, keyword)
                let v = try typed(e, type)
                let store = try patternStore(pat, isLet: !isVar, type: type)
                parts.append { fp in
                    let x = try v(fp)
                    if case .null = x { return false }
                    try store(fp, x)
                    return true
                }
            case .matches(let pattern, let e):
                let v = try expr(e)
                let m = try patternMatcher(pattern, staticType(of: e))
                parts.append { fp in try m(fp, try v(fp)) }
            }
        }
        if parts.count == 1 { return parts[0] }
        return { fp in
            for p in parts { if try !p(fp) { return false } }
            return true
        }
    }

    /// An expression that must be a Bool.
    func boolCode(_ e: Expr) throws -> (UnsafeMutablePointer<Value>) throws -> Bool {
        // Comparisons and `&&`/`||` give a Bool directly (no `Value` in between).
        if case .binary(let op, let a, let b) = e.kind {
            switch op {
            case "<", "<=", ">", ">=", "==", "!=": return try comparisonCode(op, a, b, e.offset)
            case "&&":
                let x = try boolCode(a), y = try boolCode(b)
                return { fp in try x(fp) && y(fp) }
            case "||":
                let x = try boolCode(a), y = try boolCode(b)
                return { fp in try x(fp) || y(fp) }
            default: break
            }
        }
        let c = try expr(e)
        let off = e.offset
        return { fp in
            let v = try c(fp)
            if case .bool(let b) = v { return b }
            throw ScriptError(notABoolean(v.typeName), at: off)
        }
    }

    // MARK: Loops

    func forLoop(_ pat: Pattern, _ seq: Expr, _ whereClause: Expr?, _ body: [Stmt], _ loopOffset: Int) throws -> Exec {
        let ctx = self.ctx
        let label = takeLoopLabel()
        defer { if label != nil { scope.loopLabels.removeLast() } }
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        // Fast path: `for i in a..<b` / `a...b` counts an Int in a slot.
        if case .binary(let op, let lo, let hi) = seq.kind, op == "..<" || op == "..." {
            let l = try expr(lo), h = try expr(hi)
            let closed = op == "..."
            let store = try patternStore(pat, isLet: true, type: nil)
            if case .name(let n, _) = pat, staticType(of: lo)?.numberName == "Int" || lo.isIntLiteral { setInferred(n, .named("Int")) }
            // The counter goes straight into its slot when it is a plain local (-1: use `store`; -2: `_`).
            var counterSlot = -1
            if case .wildcard = pat { counterSlot = -2 }
            if case .name(let n, _) = pat, case .local(let s, false)? = scope.lookupLocal(n)?.ref { counterSlot = s }
            let slot = counterSlot
            let w = try whereClause.map(boolCode)
            let b = try block(body)
            let off = seq.offset
            return { fp in
                guard case .int(let a) = try l(fp), case .int(var z) = try h(fp) else {
                    throw ScriptError("for-in over a range needs Int bounds", at: off)
                }
                if z < a { throw ScriptError("Range requires lowerBound <= upperBound", at: off) }
                // Counts from `a` to the last element with no `+ 1` past it, so that
                // `a...Int.max` ends without overflowing.
                var more = closed || a < z
                if !closed && more { z -= 1 }
                var i = a
                loop: while more {
                    let current = i
                    if current == z { more = false } else { i = current + 1 }
                    if slot >= 0 { fp[slot] = .int(current) } else if slot == -1 { try store(fp, .int(current)) }
                    if let w, try !w(fp) { continue }
                    let f = try b(fp)
                    if f != .next {
                        switch ctx.afterLoopBody(f, label: label) {
                        case .nextIteration: break
                        case .leaveLoop: break loop
                        case .passOut: return f
                        }
                    }
                    if ctx.stopRequested { throw ScriptError(ctx.stopError().message, at: loopOffset) }
                }
                return .next
            }
        }
        let s = try expr(seq)
        let elementType = iterationElementType(of: seq)
        try checkTuplePatternArity(pat, elementType, at: conversionOffset(seq), inLoop: true)
        let store = try patternStore(pat, isLet: true, type: nil)
        if let elementType { setInferred(pat, elementType) }
        let w = try whereClause.map(boolCode)
        let b = try block(body)
        let off = seq.offset
        return { fp in
            let next = try ctx.makeIterator(try s(fp), at: off)
            loop: while let v = try next() {
                try store(fp, v)
                if let w, try !w(fp) { continue }
                let f = try b(fp)
                if f != .next {
                    switch ctx.afterLoopBody(f, label: label) {
                    case .nextIteration: break
                    case .leaveLoop: break loop
                    case .passOut: return f
                    }
                }
                try withOffset(loopOffset) { try ctx.tick() }
            }
            return .next
        }
    }

    func switchStatement(_ subject: Expr, _ cases: [SwitchCase], _ offset: Int) throws -> Exec {
        let s = try expr(subject)
        let subjectType = staticType(of: subject)
        typealias Clause = (patterns: [PatternMatcher], guardCode: ((UnsafeMutablePointer<Value>) throws -> Bool)?, body: Exec)
        var compiled: [Clause] = []
        for c in cases {
            // A case's bindings live in a scope of their own, seen by its condition and body.
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            let pats = try c.patterns.map { try patternMatcher($0, subjectType) }
            let guardCode = try c.guardExpr.map(boolCode)
            compiled.append((pats, guardCode, try block(c.body)))
        }
        try checkExhaustive(cases, subjectType, offset)
        return { fp in
            let v = try s(fp)
            for c in compiled {
                var match = c.patterns.isEmpty
                for p in c.patterns where !match { match = try p(fp, v) }
                if match, let g = c.guardCode, try !g(fp) { continue }
                if match {
                    let f = try c.body(fp)
                    return f == .breakLoop ? .next : f
                }
            }
            return .next
        }
    }

    /// A `switch` covers every value, as Swift requires: a `default`, an irrefutable
    /// pattern, every case of an enum, or both Bools.
    func checkExhaustive(_ cases: [SwitchCase], _ subjectType: TypeRef?, _ offset: Int) throws {
        var coveredCases: Set<String> = []
        var enumType: ScriptClass? = subjectType.flatMap(enumClass(of:))
        var bools: Set<Bool> = []
        for c in cases where c.guardExpr == nil {
            if c.patterns.isEmpty { return }
            for p in c.patterns {
                if isIrrefutable(p) { return }
                switch p {
                case .enumCase(let typeName, let name, let args, let o):
                    guard args?.allSatisfy({ isIrrefutable($0.pattern) }) ?? true,
                          let (cls, _) = try? enumCase(named: name, in: typeName, context: subjectType, o) else { continue }
                    if enumType == nil { enumType = cls }
                    if cls === enumType { coveredCases.insert(name) }
                case .value(let e):
                    if case .boolLiteral(let b) = e.kind { bools.insert(b) }
                default: continue
                }
            }
        }
        if bools.count == 2 { return }
        if let enumType {
            let missing = enumType.enumCases.map(\.name).filter { !coveredCases.contains($0) }
            if missing.isEmpty { return }
        }
        // swiftc's words; its note names the missing cases or asks for a `default`.
        throw err("switch must be exhaustive", offset)
    }

    // MARK: Assignment

    func assignment(_ op: String, _ target: Expr, _ value: Expr, _ offset: Int) throws -> Exec {
        let ctx = self.ctx
        // `var x: Int` … `x = 5`: from here on (in the code's order) `x` may be read.
        defer { if op == "=", case .name(let n) = target.kind { markInitialized(n) } }
        if case .name("_") = target.kind {
            let v = try expr(value)
            return { fp in _ = try v(fp); return .next }
        }
        if case .tuple(let items) = target.kind, op == "=" { return try tupleAssignment(items, value, offset) }
        if case .name(let n) = target.kind, let info = resolve(n), info.isComputed {
            return try computedAssignment(op, n, target, value, offset)
        }
        // Literal typing: `x = 3` where x is Double.
        // The place's static type: `s.v = [1, 2]` and `d["a"] = 1` take it too.
        let placeType = staticType(of: target)
        var rhsType: TypeRef? = placeType
        if case .name(let n) = target.kind, let info = resolve(n) { rhsType = info.type }
        try checkAssignment(op, target, value, placeType, offset)
        if let fused = try fusedAssignment(op, target, value, rhsType) { return fused }
        let rhs = try typed(value, placeType)
        let lit: UInt64 = value.isIntLiteral ? 2 : 0
        // Fast path: a plain variable.
        if case .name(let n) = target.kind, let info = resolve(n), op == "=" {
            try checkMutable(info, n, target.offset)
            if case .global(let slot) = info.ref {
                let g = ctx.globals
                if let t = rhsType, isBasic(t) {
                    let check = TypeCheck(t)
                    return { fp in
                        let v = try rhs(fp)
                        g[slot] = check.passes(v) ? v : try ctx.coerce(v, to: t, literal: false, context: .declaration)
                        return .next
                    }
                }
                return { fp in g[slot] = try rhs(fp); return .next }
            }
            if case .local(let slot, false) = info.ref {
                return { fp in fp[slot] = try rhs(fp); return .next }
            }
        }
        // A `let` holding a native object may still be updated in place (`w -= …` on a
        // tensor, which is a reference); anything else is the usual error, at run time.
        var letName: String? = nil
        if op != "=", case .name(let n) = target.kind, let info = resolve(n), info.isLet && info.initialized {
            // Only a native object (a tensor) can change under a `let`: anything known not to be one is rejected now.
            if let t = staticType(of: target), t.isPlainValueType || staticClass(of: target)?.isStruct == true {
                throw err("left side of mutating operator isn't mutable: '\(n)' is a 'let' constant", offset)
            }
            letName = n
        }
        let lv = letName != nil ? lvalueVar(resolve(letName!)!) : try lvalue(target)
        if op == "=" {
            let isLit = value.isIntLiteral
            return { fp in
                let v = try rhs(fp)
                // An integer literal takes the type of the place it goes into (`p.x = 5`).
                try lv.modify(fp) { old in
                    if isLit, case .double = old, case .int(let i) = v { old = .double(Double(i)) } else { old = v }
                }
                return .next
            }
        }
        return try compoundAssignment(op, lv, rhs, literalMask: lit, letName: letName, offset)
    }

    /// `(p, q) = (q, p)`: the right side is worked out whole, then stored element by element.
    private func tupleAssignment(_ items: [(label: String?, value: Expr)], _ value: Expr, _ offset: Int) throws -> Exec {
        let v = try expr(value)
        let stores: [LValue?] = try items.map { item in
            if case .name("_") = item.value.kind { return nil }
            if case .name(let n) = item.value.kind, let info = resolve(n) { try checkMutable(info, n, item.value.offset) }
            return try lvalue(item.value)
        }
        let n = items.count
        return { fp in
            guard case .tuple(let t) = try v(fp), t.elements.count == n else {
                throw ScriptError("cannot assign a value that is not a \(n)-tuple to a tuple of \(n) places", at: offset)
            }
            for (s, x) in zip(stores, t.elements) { try s?.modify(fp) { $0 = x } }
            return .next
        }
    }

    /// `x += v`, `t -= lr * g` (a native object updated in place), `s += "…"`.
    private func compoundAssignment(_ op: String, _ lv: LValue, _ rhs: @escaping Code, literalMask lit: UInt64, letName: String?, _ offset: Int) throws -> Exec {
        let ctx = self.ctx
        let bop = String(op.dropLast())
        return { fp in
            let r = try rhs(fp)
            // A native object may update itself in place (`w -= lr * w.grad`).
            var current = try lv.get(fp)
            if case .native(let n) = current, let f = n.nativeType.findCompound(op) {
                try f(current, r)
                return .next
            }
            if case .instance(let i) = current, let n = i.nativeBase, let f = n.nativeType.findCompound(op) {
                try f(current, r)
                return .next
            }
            if let letName { throw ScriptError("left side of mutating operator isn't mutable: '\(letName)' is a 'let' constant", at: offset) }
            do {
                // `s += t` and `a += b` grow the variable's own buffer in place (amortised
                // O(1), as in Swift), once `current` has let go of it.
                if bop == "+", ctx.canAppendInPlace(current, r) {
                    current = .void
                    try lv.modify(fp) { v in try ctx.appendInPlace(&v, r) }
                    return .next
                }
                let nv = try ctx.binaryOperation(bop, current, r, literalMask: lit)
                try lv.modify(fp) { $0 = nv }
            } catch var e as ScriptError {
                if e.offset == nil { e.offset = offset }
                throw e
            }
            return .next
        }
    }

    func checkMutable(_ info: VarInfo, _ name: String, _ offset: Int) throws {
        if info.isLet && info.initialized {
            throw err("cannot assign to value: '\(name)' is a 'let' constant", offset)
        }
    }

    /// A name assigned: a variable, an implicit `self.member`, or in a static method the
    /// type's static property (`count += 1`).
    private func nameLvalue(_ n: String, _ offset: Int) throws -> LValue {
        if let info = resolve(n) {
            if info.isComputed { throw err("'\(n)' is a computed variable: assign it, or pass a stored variable as 'inout'", offset) }
            try checkMutable(info, n, offset)
            return lvalueVar(info)
        }
        if let cls = scope.cls, !scope.isStaticContext, cls.fieldIndex[n] != nil || cls.findComputed(n) != nil {
            return try lvalue(Expr(.member(Expr(.selfRef, offset), n), offset))
        }
        if let cls = scope.cls, scope.isStaticContext, cls.findStaticField(n) != nil || cls.findStaticComputed(n) != nil {
            return try lvalue(Expr(.member(Expr(.name(cls.name), offset), n), offset))
        }
        throw err("cannot find '\(n)' in scope" + suggestion(n, visibleNames()), offset)
    }

    /// The place a member or element is changed through: the base's own place when it has
    /// one (`grid[r][c] = 1` writes into `grid`), else a temporary holding its value.
    private func baseLvalue(_ base: Expr) throws -> LValue {
        if let l = try? lvalue(base) { return l }
        let b = try expr(base)
        return LValue(get: b, modify: { fp, body in var v = try b(fp); try body(&v) })
    }

    /// `xs[i] = v`, `grid[r][c] += 1`, `d[k] = v`: through the base's own place.
    private func subscriptLvalue(_ base: Expr, _ args: [Argument], _ e: Expr) throws -> LValue {
        let ctx = self.ctx
        if let c = staticClass(of: base), c.membersKnown, !c.findSubscripts().isEmpty, c.findSubscripts().allSatisfy({ $0.set == nil }) {
            throw err("cannot assign through subscript: subscript is get-only", e.offset)
        }
        try checkLetSubscriptAssignment(base, e.offset)
        let idx = try subscriptArguments(base, args)
        let labels = args.map(\.label)
        let blv = try baseLvalue(base)
        return LValue(
            get: { fp in try withOffset(e.offset) { try ctx.subscriptGet(try blv.get(fp), try idx.map { try $0(fp) }, labels) } },
            modify: { fp, body in
                let ix = try idx.map { try $0(fp) }
                do {
                    try blv.modify(fp) { baseValue in try ctx.subscriptModify(&baseValue, ix, labels, body) }
                } catch var x as ScriptError {
                    if x.offset == nil { x.offset = e.offset }
                    throw x
                }
            })
    }

    /// `list.first { … }?.done = true`: nothing happens when the base is nil.
    private func optionalMemberLvalue(_ base: Expr, _ name: String, _ offset: Int) throws -> LValue {
        let ctx = self.ctx
        let blv = try baseLvalue(base)
        return LValue(
            get: { fp in try withOffset(offset) {
                let v = try blv.get(fp)
                if case .null = v { return .null }
                return try ctx.member(of: v, name)
            } },
            modify: { fp, body in try withOffset(offset) {
                try blv.modify(fp) { baseValue in
                    if case .null = baseValue { return }
                    try checkLetProperty(baseValue, name)
                    try ctx.modifyMember(&baseValue, name, observe: true, body)
                }
            } })
    }

    /// An assignable expression.
    func lvalue(_ e: Expr) throws -> LValue {
        let ctx = self.ctx
        switch e.kind {
        case .name(let n):
            return try nameLvalue(n, e.offset)
        case .member(let base, let name):
            if case .selfRef = base.kind, let cls = scope.cls, let i = cls.fieldIndex[name], cls.fieldIsLet[i], !scope.proto.isInit {
                throw err("cannot assign to property: '\(name)' is a 'let' constant", e.offset)
            }
            // From outside, a `let` property cannot change: found here when the base's
            // class is known, else when the assignment runs.
            let checkLet: Bool
            if case .selfRef = base.kind { checkLet = false } else { checkLet = true }
            // Swift runs no observers for a type's own properties set in its init, nor for a
            // property set inside its own `willSet`/`didSet`.
            var observe = true
            if case .selfRef = base.kind, scope.proto.isInit || scope.proto.observedProperty == name { observe = false }
            if checkLet, let cls = staticClass(of: base), let i = cls.fieldIndex[name], cls.fieldIsLet[i] {
                throw err("cannot assign to property: '\(name)' is a 'let' constant", e.offset)
            }
            let blv: LValue
            if case .selfRef = base.kind {
                blv = LValue(get: { fp in fp[0] }, modify: { fp, body in try body(&fp[0]) })
            } else {
                blv = try baseLvalue(base)
            }
            return LValue(
                get: { fp in try withOffset(e.offset) { try ctx.member(of: try blv.get(fp), name) } },
                modify: { fp, body in
                    do {
                        try blv.modify(fp) { baseValue in
                            if checkLet { try checkLetProperty(baseValue, name) }
                            try ctx.modifyMember(&baseValue, name, observe: observe, body)
                        }
                    } catch var x as ScriptError {
                        if x.offset == nil { x.offset = e.offset }
                        throw x
                    }
                })
        case .subscriptAccess(let base, let args):
            return try subscriptLvalue(base, args, e)
        case .forceUnwrap(let inner):
            return try lvalue(inner)
        case .optionalMember(let base, let name):
            return try optionalMemberLvalue(base, name, e.offset)
        case .selfRef:
            // `self = .green` outside a mutating method of a value type.
            if let cls = scope.cls, cls.isStruct, !scope.proto.isMutating, !scope.proto.isInit, scope.proto.name != "closure" {
                throw err("cannot assign to value: 'self' is immutable", e.offset)
            }
            return LValue(get: { fp in fp[0] }, modify: { fp, body in try body(&fp[0]) })
        case .call(let f, _, _):
            // `b.size() = 3`
            throw err("expression is not assignable: function call returns immutable value", f.offset)
        default:
            throw err("cannot assign to this expression", e.offset)
        }
    }
}

extension NativeContext {
    /// `a += b` on a String with a String, or an Array with an Array: done in place.
    func canAppendInPlace(_ current: Value, _ r: Value) -> Bool {
        switch (current, r) {
        case (.string, .string), (.array, .array): return true
        default: return false
        }
    }

    /// Appends `r` to the string or array in `v`, growing its own buffer (the caller has let
    /// go of every other reference), within the memory budget.
    func appendInPlace(_ v: inout Value, _ r: Value) throws {
        // `if case`, not `switch (v, r)`: a switch keeps its own copy of `v` through the
        // case, so the buffer would not be uniquely referenced and every append would copy.
        if case .string(var s) = v, case .string(let t) = r {
            let n = s.utf8.count &+ t.utf8.count
            if n > 1 << 20 { try checkAllocation(count: n, itemBytes: 1, what: "String +=") }
            v = .void
            s += t
            v = .string(s)
        } else if case .array(var a) = v, case .array(let b) = r {
            let n = a.count &+ b.count
            if n > 1 << 16 { try checkAllocation(count: n, itemBytes: MemoryLayout<Value>.stride, what: "Array +=") }
            v = .void
            a += b
            v = .array(a)
        }
    }
}
