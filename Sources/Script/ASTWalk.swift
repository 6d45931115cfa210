// One walk over the syntax tree for the passes that look through it (which names a block
// captures, whether it holds a closure, where a closure's body is). Each node kind says here,
// and only here, which expressions and statement lists it holds: the switches list every
// case and have no `default`, so a new node kind does not compile until this file says what
// is inside it, and every pass that walks through `ASTWalk` then sees inside it too.

/// What a node directly holds: its expressions and its statement lists.
struct ASTChildren {
    var expressions: [Expr] = []
    var bodies: [[Stmt]] = []
}

extension Expr {
    /// The expressions and statement lists (a closure's body) directly inside this one.
    var children: ASTChildren {
        switch kind {
        case .intLiteral, .doubleLiteral, .boolLiteral, .nilLiteral, .name, .specializedType, .selfRef, .superMember,
             .implicitMember, .fullRange, .operatorRef, .emptyCollection:
            return ASTChildren()
        case .stringLiteral(let parts):
            return ASTChildren(expressions: parts.compactMap { if case .interpolation(let x) = $0 { return x }; return nil })
        case .member(let a, _), .optionalMember(let a, _), .prefix(_, let a), .forceUnwrap(let a), .prefixRange(_, let a),
             .postfixRange(let a), .cast(let a, _, _), .typeCheck(let a, _), .passthrough(let a), .tryExpr(_, let a):
            return ASTChildren(expressions: [a])
        case .call(let f, let args, let trailing):
            return ASTChildren(expressions: [f] + args.map(\.value) + (trailing.map { [$0] } ?? []))
        case .subscriptAccess(let f, let args):
            return ASTChildren(expressions: [f] + args.map(\.value))
        case .binary(_, let a, let b):
            return ASTChildren(expressions: [a, b])
        case .ternary(let a, let b, let c):
            return ASTChildren(expressions: [a, b, c])
        case .arrayLiteral(let xs):
            return ASTChildren(expressions: xs)
        case .dictionaryLiteral(let pairs):
            return ASTChildren(expressions: pairs.flatMap { [$0.0, $0.1] })
        case .tuple(let items):
            return ASTChildren(expressions: items.map(\.value))
        case .closure(let f):
            return ASTChildren(expressions: f.params.compactMap(\.defaultValue), bodies: [f.body])
        }
    }
}

extension Stmt {
    /// The expressions and statement lists directly inside this statement. A nested
    /// function's or type's body is a list of its own (passes decide whether to enter it).
    var children: ASTChildren {
        switch kind {
        case .expr(let e), .throwStmt(let e):
            return ASTChildren(expressions: [e])
        case .varDecl(_, _, _, let e, _), .returnStmt(let e):
            return ASTChildren(expressions: e.map { [$0] } ?? [])
        case .lazyVar(_, _, let e):
            return ASTChildren(expressions: [e])
        case .computedVar(_, _, let getter, let setter, _):
            return ASTChildren(bodies: [getter] + (setter.map { [$0.1] } ?? []))
        case .assign(_, let a, let b):
            return ASTChildren(expressions: [a, b])
        case .ifStmt(let conditions, let body, let elseBody):
            return ASTChildren(expressions: conditions.flatMap(\.expressions), bodies: [body] + (elseBody.map { [$0] } ?? []))
        case .guardStmt(let conditions, let body), .whileStmt(let conditions, let body):
            return ASTChildren(expressions: conditions.flatMap(\.expressions), bodies: [body])
        case .repeatWhile(let body, let e):
            return ASTChildren(expressions: [e], bodies: [body])
        case .forIn(_, let sequence, let whereClause, let body):
            return ASTChildren(expressions: [sequence] + (whereClause.map { [$0] } ?? []), bodies: [body])
        case .switchStmt(let subject, let cases):
            return ASTChildren(expressions: [subject] + cases.flatMap { c in c.patterns.flatMap(\.expressions) + (c.guardExpr.map { [$0] } ?? []) },
                               bodies: cases.map(\.body))
        case .doCatch(let body, let catches):
            return ASTChildren(expressions: catches.flatMap { c in (c.pattern?.expressions ?? []) + (c.guardExpr.map { [$0] } ?? []) },
                               bodies: [body] + catches.map(\.body))
        case .deferStmt(let body), .block(let body):
            return ASTChildren(bodies: [body])
        case .labelled(_, let inner):
            return ASTChildren(bodies: [[inner]])
        case .function(let f):
            return ASTChildren(expressions: f.params.compactMap(\.defaultValue), bodies: [f.body])
        case .subscriptDecl(let f, let setter):
            return ASTChildren(bodies: [f.body] + (setter.map { [$0.1] } ?? []))
        case .propertyObservers(_, _, let willSet, let didSet):
            return ASTChildren(bodies: (willSet.map { [$0.1] } ?? []) + (didSet.map { [$0.1] } ?? []))
        case .typeDecl(let t):
            return ASTChildren(bodies: [t.members])
        case .breakStmt, .continueStmt, .labelledJump, .propertyRequirement, .empty:
            return ASTChildren()
        }
    }
}

extension Condition {
    var expressions: [Expr] {
        switch self {
        case .expr(let e), .bind(_, _, let e, _, _): return [e]
        case .matches(let p, let e): return p.expressions + [e]
        }
    }
}

extension CasePattern {
    /// The expressions a pattern compares with (`case 0..<10:`).
    var expressions: [Expr] {
        switch self {
        case .value(let e): return [e]
        case .tuple(let items): return items.flatMap(\.pattern.expressions)
        case .enumCase(_, _, let args, _): return args?.flatMap(\.pattern.expressions) ?? []
        case .optionalSome(let inner), .asType(let inner, _): return inner.expressions
        case .wildcard, .bind, .isType: return []
        }
    }
}

/// Walks statements and the expressions in them, depth first, calling `visit` for each
/// expression and `enter` for each statement; either returns true to stop the whole walk.
/// `intoDeclarations` decides whether nested functions' and types' bodies are walked.
enum ASTWalk {
    @discardableResult
    static func statements(_ stmts: [Stmt], intoDeclarations: Bool = true,
                           enter: (Stmt) -> Bool = { _ in false }, visit: (Expr) -> Bool) -> Bool {
        for s in stmts {
            if enter(s) { return true }
            switch s.kind {
            case .function, .typeDecl: if !intoDeclarations { continue }
            default: break
            }
            let c = s.children
            for e in c.expressions where expression(e, intoDeclarations: intoDeclarations, enter: enter, visit: visit) { return true }
            for b in c.bodies where statements(b, intoDeclarations: intoDeclarations, enter: enter, visit: visit) { return true }
        }
        return false
    }

    @discardableResult
    static func expression(_ e: Expr, intoDeclarations: Bool = true,
                           enter: (Stmt) -> Bool = { _ in false }, visit: (Expr) -> Bool) -> Bool {
        if visit(e) { return true }
        let c = e.children
        for x in c.expressions where expression(x, intoDeclarations: intoDeclarations, enter: enter, visit: visit) { return true }
        for b in c.bodies where statements(b, intoDeclarations: intoDeclarations, enter: enter, visit: visit) { return true }
        return false
    }
}
