// Swift's error handling: `throw`, `do`/`catch`, `try?`/`try!`, and `defer`.
//
// A lesson's error is any value whose type conforms to `Error` (usually an enum). It
// travels as a Swift error of its own, `ThrownError`, through the compiled closures and
// through natives that call lesson closures (`map { try parse($0) }`), so that nothing
// between the `throw` and its `catch` needs to know about it. One that escapes the cell
// becomes the cell's error, worded as Swift's runtime words it.

/// A value thrown by a lesson's `throw`.
struct ThrownError: Error {
    let value: Value
    /// Where it was thrown (byte offset in the cell).
    let offset: Int

    /// "Fatal error: Error raised at top level: main.BankError.insufficientFunds(needed: 5.0)".
    func uncaughtMessage(_ ctx: NativeContext?) -> String {
        "Fatal error: Error raised at top level: " + qualifiedDescription(value, ctx)
    }
}

/// An error's text as Swift's runtime shows it: the type qualified by the module.
func qualifiedDescription(_ v: Value, _ ctx: NativeContext?) -> String {
    switch v.unboxed {
    case .structValue, .instance: return formatNested(v, ctx)
    default: return formatValue(v, ctx)
    }
}

/// A `catch` clause.
struct CatchClause {
    /// nil: `catch` alone, which binds `error`.
    var pattern: CasePattern?
    var guardExpr: Expr?
    var body: [Stmt]
    var offset: Int
}

extension Compiler {
    /// Compiles what a `try` covers: its calls may throw, where something handles it.
    func underTry<T>(_ tryExpr: Expr, _ body: () throws -> T) throws -> T {
        if !scope.mayThrow && scope.catchDepth == 0 { throw err("errors thrown from here are not handled", tryExpr.offset) }
        scope.tryDepth += 1
        defer { scope.tryDepth -= 1 }
        return try body()
    }

    /// A call of a function declared `throws` must be marked `try`.
    func checkTry(_ proto: FunctionProto, _ offset: Int) throws {
        guard proto.decl?.isThrowing == true, scope.tryDepth == 0 else { return }
        throw err("call can throw but is not marked with 'try'", offset)
    }

    /// `throw value`.
    func throwStatement(_ e: Expr, _ offset: Int) throws -> Exec {
        if !scope.mayThrow && scope.catchDepth == 0 {
            throw err("error is not handled because the enclosing function is not declared 'throws'", offset)
        }
        if let t = staticType(of: e), case .named(let n) = t, !(globals.classes[n]?.conformsTo("Error") ?? !builtinTypeNames.contains(n)) {
            throw err("thrown expression type '\(n)' does not conform to 'Error'", e.offset)
        }
        let v = try expr(e)
        return { fp in
            let value = try v(fp)
            if case .structValue(let o) = value.unboxed, !o.cls.conformsTo("Error") {
                throw ScriptError("thrown expression type '\(o.cls.name)' does not conform to 'Error'", at: offset)
            }
            throw ThrownError(value: value, offset: offset)
        }
    }

    /// `do { … } catch pattern where cond { … } catch { … }`.
    func doCatch(_ body: [Stmt], _ catches: [CatchClause]) throws -> Exec {
        if !catches.isEmpty { scope.catchDepth += 1 }
        let b: Exec
        do {
            defer { if !catches.isEmpty { scope.catchDepth -= 1 } }
            b = try block(body)
        }
        if catches.isEmpty { return b }
        typealias Clause = (match: PatternMatcher, guardCode: ((UnsafeMutablePointer<Value>) throws -> Bool)?, body: Exec)
        var clauses: [Clause] = []
        for c in catches {
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            let match = try patternMatcher(c.pattern ?? .bind("error", offset: c.offset, mutable: false), nil)
            let guardCode = try c.guardExpr.map(boolCode)
            clauses.append((match, guardCode, try block(c.body)))
        }
        return { fp in
            do { return try b(fp) } catch let e as ThrownError {
                for c in clauses {
                    guard try c.match(fp, e.value) else { continue }
                    if let g = c.guardCode, try !g(fp) { continue }
                    return try c.body(fp)
                }
                throw e
            }
        }
    }

    /// `try? f()`: nil when it throws; `try! f()`: a fatal error when it throws.
    func tryExpression(_ kind: String, _ e: Expr, _ offset: Int, typedAs type: TypeRef? = nil) throws -> Code {
        let c = try typed(e, type)
        let ctx = self.ctx
        switch kind {
        case "try?":
            return { fp in
                do { return try c(fp) } catch is ThrownError { return .null }
            }
        case "try!":
            return { fp in
                do { return try c(fp) } catch let t as ThrownError {
                    throw ScriptError("Fatal error: 'try!' expression unexpectedly raised an error: " + qualifiedDescription(t.value, ctx), at: offset)
                }
            }
        default: return c
        }
    }

    /// Statements in order, with `defer` bodies run when the list is left — at its end,
    /// by `return`/`break`/`continue`, or by an error — last registered first.
    func statementList(_ stmts: [Stmt]) throws -> Exec {
        guard stmts.contains(where: { if case .deferStmt = $0.kind { return true }; return false }) else {
            return sequence(try statements(stmts))
        }
        var items: [(isDefer: Bool, run: Exec)] = []
        for s in stmts {
            if case .deferStmt(let body) = s.kind {
                items.append((true, try block(body)))
            } else {
                items.append((false, try stmt(s)))
            }
        }
        let ctx = self.ctx
        return { fp in
            var pending: [Exec] = []
            defer {
                // A deferred call must not lose the value a `return` already left.
                let returning = ctx.returnValue
                for d in pending.reversed() { _ = try? d(fp) }
                ctx.returnValue = returning
            }
            for item in items {
                if item.isDefer { pending.append(item.run); continue }
                let f = try item.run(fp)
                if f != .next { return f }
            }
            return .next
        }
    }
}

extension ScriptClass {
    /// Declared conformance (`enum E: Error`, `extension P: CustomStringConvertible`), up
    /// the class chain.
    func conformsTo(_ proto: String) -> Bool {
        var c: ScriptClass? = self
        while let k = c {
            if k.conformances.contains(proto) { return true }
            c = k.superclass
        }
        return false
    }
}
