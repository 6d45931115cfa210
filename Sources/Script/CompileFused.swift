// Fused forms of the statements and operands a numeric loop is made of, each compiled into
// one closure instead of two or three:
// - `xs[i]` with both a variable: an operand read inline by the operator that uses it;
// - `x = a op b`, `let x = a op b`: the operator stores its result itself;
// - `x op= b` on a plain variable: Int and Double inline, anything else as before.
// Each closure call costs ~20-30 instructions of its own (thunk, prologue, the `Value` it
// returns), about as much as the arithmetic; a loop body of 12 calls becomes one of 7.

/// Where a plain variable lives: a slot of the frame or a fixed cell of the globals.
struct VariablePlace {
    let slot: Int
    let cell: UnsafeMutablePointer<Value>?

    @inline(__always) func pointer(_ fp: UnsafeMutablePointer<Value>) -> UnsafeMutablePointer<Value> {
        cell ?? fp + slot
    }
}

/// `array[index]` where both are plain variables: the element is read in place, with the
/// same errors (and place) as any subscript.
struct ElementOperand: Operand {
    let array: VariablePlace
    let index: VariablePlace
    let offset: Int
    let ctx: NativeContext

    @inline(__always) func get(_ fp: UnsafeMutablePointer<Value>) throws -> Value {
        // Matched in place: binding the slots' values to locals would copy and destroy them.
        let p = array.pointer(fp), ip = index.pointer(fp)
        if case .int(let k) = ip.pointee, case .array(let arr) = p.pointee, k >= 0 && k < arr.count { return arr[k] }
        return try ctx.subscriptSlow(p.pointee, ip.pointee, offset)
    }
}

/// Makes a statement from a pair of operands (see `CodePairBuilder`).
protocol ExecPairBuilder {
    func make<A: Operand, B: Operand>(_ a: A, _ b: B) -> Exec
}

/// `target = a op b` for `+ - * /`: the value `ValueOperatorBuilder` would give, stored.
/// `check` (a global's declared basic type) is applied as the plain assignment applies it.
struct StoreOperatorBuilder: ExecPairBuilder {
    let op: String
    let mask: UInt64
    let offset: Int
    let ctx: NativeContext
    let target: VariablePlace
    let check: (TypeCheck, TypeRef)?
    /// The operands' names, for an Int/Double mix's hint.
    var names = OperandNames.unknown

    @inline(__always)
    func make<A: Operand, B: Operand>(_ a: A, _ b: B) -> Exec {
        let op = self.op, mask = self.mask, offset = self.offset, ctx = self.ctx, target = self.target
        let site = OperatorSite(op: op, mask: mask, offset: offset, names: names)
        if let (check, t) = check {
            // Rare (a global declared `var x: Double`); one closure for every operator.
            return { fp in
                let v = try ctx.binaryFast(site, try a.get(fp), try b.get(fp))
                target.pointer(fp).pointee = check.passes(v) ? v : try ctx.coerce(v, to: t, literal: false, context: .declaration)
                return .next
            }
        }
        switch op {
        case "+":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                let p = target.pointer(fp)
                // Both Doubles, matched directly: the compiler then knows there is nothing to destroy.
                if case .double(let x) = l, case .double(let y) = r { p.pointee = .double(x + y); return .next }
                let v: Value
                if let (x, y) = doublePair(l, r, mask) { v = .double(x + y) }
                else if case .int(let x) = l, case .int(let y) = r, case (let s, false) = x.addingReportingOverflow(y) { v = .int(s) }
                else { v = try site.slow(l, r, ctx) }
                p.pointee = v
                return .next
            }
        case "-":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                let p = target.pointer(fp)
                // Both Doubles, matched directly: the compiler then knows there is nothing to destroy.
                if case .double(let x) = l, case .double(let y) = r { p.pointee = .double(x - y); return .next }
                let v: Value
                if let (x, y) = doublePair(l, r, mask) { v = .double(x - y) }
                else if case .int(let x) = l, case .int(let y) = r, case (let s, false) = x.subtractingReportingOverflow(y) { v = .int(s) }
                else { v = try site.slow(l, r, ctx) }
                p.pointee = v
                return .next
            }
        case "*":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                let p = target.pointer(fp)
                // Both Doubles, matched directly: the compiler then knows there is nothing to destroy.
                if case .double(let x) = l, case .double(let y) = r { p.pointee = .double(x * y); return .next }
                let v: Value
                if let (x, y) = doublePair(l, r, mask) { v = .double(x * y) }
                else if case .int(let x) = l, case .int(let y) = r, case (let s, false) = x.multipliedReportingOverflow(by: y) { v = .int(s) }
                else { v = try site.slow(l, r, ctx) }
                p.pointee = v
                return .next
            }
        default:
            return { fp in
                let v = try ctx.binaryFast(site, try a.get(fp), try b.get(fp))
                target.pointer(fp).pointee = v
                return .next
            }
        }
    }
}

/// `target op= b` on a plain variable (`op` is `+`, `-`, `*` or `/`): Int and Double
/// inline; anything else (a tensor updating itself in place, strings, arrays) as the
/// general compound assignment does it. The right side is evaluated first, as there.
struct CompoundAssignBuilder: ExecPairBuilder {
    let op: String
    let mask: UInt64
    let ctx: NativeContext
    let target: VariablePlace
    /// Where errors of the slow path point (the assignment's target).
    var offset = 0

    @inline(__always)
    func make<A: Operand, B: Operand>(_ a: A, _ b: B) -> Exec {
        let op = self.op, mask = self.mask, ctx = self.ctx, target = self.target, offset = self.offset
        switch op {
        case "+":
            return { fp in
                let r = try b.get(fp)
                let p = target.pointer(fp)
                var l = p.pointee
                if let (x, y) = doublePair(l, r, mask) { p.pointee = .double(x + y); return .next }
                if case .int(let x) = l, case .int(let y) = r, case (let s, false) = x.addingReportingOverflow(y) { p.pointee = .int(s); return .next }
                l = .void  // let go, so that a string or array grows in place
                try ctx.compoundSlow(op, p, r, mask, offset: offset)
                return .next
            }
        case "-":
            return { fp in
                let r = try b.get(fp)
                let p = target.pointer(fp)
                let l = p.pointee
                if let (x, y) = doublePair(l, r, mask) { p.pointee = .double(x - y); return .next }
                if case .int(let x) = l, case .int(let y) = r, case (let s, false) = x.subtractingReportingOverflow(y) { p.pointee = .int(s); return .next }
                try ctx.compoundSlow(op, p, r, mask, offset: offset)
                return .next
            }
        case "*":
            return { fp in
                let r = try b.get(fp)
                let p = target.pointer(fp)
                let l = p.pointee
                if let (x, y) = doublePair(l, r, mask) { p.pointee = .double(x * y); return .next }
                if case .int(let x) = l, case .int(let y) = r, case (let s, false) = x.multipliedReportingOverflow(by: y) { p.pointee = .int(s); return .next }
                try ctx.compoundSlow(op, p, r, mask, offset: offset)
                return .next
            }
        default:
            return { fp in
                let r = try b.get(fp)
                let p = target.pointer(fp)
                if op == "/", let (x, y) = doublePair(p.pointee, r, mask) { p.pointee = .double(x / y); return .next }
                try ctx.compoundSlow(op, p, r, mask, offset: offset)
                return .next
            }
        }
    }
}

extension NativeContext {
    /// `l op r` for `+ - * /`: Double inline, else the site's slow path.
    @inline(__always)
    func binaryFast(_ site: OperatorSite, _ l: Value, _ r: Value) throws -> Value {
        if let (x, y) = doublePair(l, r, site.mask) {
            switch site.op {
            case "+": return .double(x + y)
            case "-": return .double(x - y)
            case "*": return .double(x * y)
            case "/": return .double(x / y)
            default: break
            }
        }
        return try site.slow(l, r, self)
    }

    /// `x op= r` the general way (the rest of `Compiler.assignment`'s compound path for a
    /// plain variable): a native object updates itself, else `x = x op r`.
    @inline(never)
    func compoundSlow(_ op: String, _ p: UnsafeMutablePointer<Value>, _ r: Value, _ mask: UInt64, offset: Int) throws {
        do { try compoundSlow(op, p, r, mask) } catch var e as ScriptError {
            if e.offset == nil { e.offset = offset }
            throw e
        }
    }

    private func compoundSlow(_ op: String, _ p: UnsafeMutablePointer<Value>, _ r: Value, _ mask: UInt64) throws {
        // `s += t`, `a += b`: the variable's own buffer grows in place (amortised O(1), as
        // in Swift); `if case` and clearing the slot first keep it uniquely referenced.
        if op == "+" {
            if case .string(let t) = r, case .string(var s) = p.pointee {
                let n = s.utf8.count &+ t.utf8.count
                if n > 1 << 20 { try checkAllocation(count: n, itemBytes: 1, what: "String +=") }
                p.pointee = .void
                s += t
                p.pointee = .string(s)
                return
            }
            if case .array(let b) = r, case .array(var a) = p.pointee {
                let n = a.count &+ b.count
                if n > 1 << 16 { try checkAllocation(count: n, itemBytes: MemoryLayout<Value>.stride, what: "Array +=") }
                p.pointee = .void
                a += b
                p.pointee = .array(a)
                return
            }
        }
        let current = p.pointee
        if case .native(let n) = current, let f = n.nativeType.findCompound(op + "=") {
            try f(current, r)
            return
        }
        if case .instance(let i) = current, let n = i.nativeBase, let f = n.nativeType.findCompound(op + "=") {
            try f(current, r)
            return
        }
        let nv = try binaryOperation(op, current, r, literalMask: mask)
        p.pointee = nv
    }
}

extension Compiler {
    /// Where `e` lives when it is a plain (unboxed) variable.
    func variablePlace(_ e: Expr) -> VariablePlace? {
        if case .passthrough(let inner) = e.kind { return variablePlace(inner) }
        guard case .name(let n) = e.kind, let info = resolve(n), !info.isComputed else { return nil }
        switch info.ref {
        case .global(let s): return VariablePlace(slot: 0, cell: ctx.globals + s)
        case .local(let s, false): return VariablePlace(slot: s, cell: nil)
        default: return nil
        }
    }

    /// `value`'s operator and operands when it is `a op b` with `op` one of `+ - * /`.
    func fusableOperator(_ value: Expr) -> (op: String, a: Expr, b: Expr)? {
        switch value.kind {
        case .passthrough(let inner): return fusableOperator(inner)
        case .binary(let op, let a, let b) where op == "+" || op == "-" || op == "*" || op == "/": return (op, a, b)
        default: return nil
        }
    }

    /// `target = a op b` as one closure (operands compiled before the caller declares anything).
    func storeOperator(_ parts: (op: String, a: Expr, b: Expr), offset: Int,
                       shapes: (OperandShape, OperandShape), into target: VariablePlace,
                       check: (TypeCheck, TypeRef)? = nil) -> Exec {
        let mask: UInt64 = (parts.a.isIntLiteral ? 1 : 0) | (parts.b.isIntLiteral ? 2 : 0)
        let builder = StoreOperatorBuilder(op: parts.op, mask: mask, offset: offset, ctx: ctx, target: target, check: check,
                                           names: OperandNames(parts.a, parts.b))
        return buildExecPair(builder, shapes.0, shapes.1)
    }

    /// `x = a op b` and `x op= b` on a plain variable as one closure; nil for anything else.
    /// Mirrors `assignment`'s fast paths: same checks, same order of evaluation.
    func fusedAssignment(_ op: String, _ target: Expr, _ value: Expr, _ rhsType: TypeRef?) throws -> Exec? {
        guard case .name(let n) = target.kind, n != "_", let info = resolve(n), let place = variablePlace(target) else { return nil }
        if op == "=" {
            // `x = 2 * 3` or `x = 3 / 4` with x a Double: the literals take x's type (`typed`), not fused.
            guard let parts = fusableOperator(value), rhsType == nil || !value.isLiteralArithmetic else { return nil }
            try checkMutable(info, n, target.offset)
            try checkLiteralInIntPlace(parts.a, parts.b, place: info.type ?? info.inferred)
            try checkOperands(parts.op, parts.a, parts.b, value.offset)
            var check: (TypeCheck, TypeRef)? = nil
            if case .global = info.ref, let t = rhsType, isBasic(t) { check = (TypeCheck(t), t) }
            let shapes = (try operandShape(parts.a), try operandShape(parts.b))
            return storeOperator(parts, offset: value.offset, shapes: shapes, into: place, check: check)
        }
        // A `let` keeps the general path (a tensor in a `let` may still update in place).
        guard ["+=", "-=", "*=", "/="].contains(op), !(info.isLet && info.initialized) else { return nil }
        try checkMutable(info, n, target.offset)
        // A declared type gives literals their type (`typed`): variables and literal numbers
        // read inline behave the same; anything else goes through `typed` as before.
        let plain: Bool
        switch value.kind {
        case .name, .intLiteral, .doubleLiteral: plain = true
        default: plain = rhsType == nil
        }
        let rhs = plain ? try operandShape(value) : .code(try typed(value, rhsType))
        let mask: UInt64 = value.isIntLiteral ? 2 : 0
        let builder = CompoundAssignBuilder(op: String(op.dropLast()), mask: mask, ctx: ctx, target: place, offset: target.offset)
        return buildExecPair(builder, .constant(.void), rhs)
    }
}
