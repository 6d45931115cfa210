// Checks Swift makes before a program runs that the compiler does not make on its own:
// `break`/`continue` outside a loop, a function with a result that can fall off its end,
// and a name declared twice in one scope of a cell. They run on the parsed cell, so a
// cell with such a mistake shows the error and runs none of its statements.

/// Throws the first structural mistake in a cell's statements.
func checkStructure(_ stmts: [Stmt]) throws {
    var checker = StructureChecker()
    try checker.block(stmts, topLevel: true)
}

private struct StructureChecker {
    /// Enclosing loops, and `switch`es (where `break` is allowed too).
    var loops = 0
    var switches = 0
    /// Enclosing `if`s and `do`s: a `break` there needs a label.
    var ifsAndDos = 0
    /// Labels of the enclosing labelled loops.
    var labels: [String] = []

    mutating func block(_ stmts: [Stmt], topLevel: Bool = false) throws {
        var names: Set<String> = []
        for s in stmts {
            for (n, o) in declaredNames(s) where n != "_" {
                if !names.insert(n).inserted { throw ParseError(message: "invalid redeclaration of '\(n)'", offset: o) }
            }
            try stmt(s)
        }
    }

    func declaredNames(_ s: Stmt) -> [(String, Int)] {
        switch s.kind {
        case .varDecl(_, let p, _, _, _): return p.names
        case .typeDecl(let t): return t.kind == .extensionType ? [] : [(t.name, t.offset)]
        default: return []
        }
    }

    mutating func stmt(_ s: Stmt) throws {
        for e in s.children.expressions { try closures(in: e) }
        switch s.kind {
        case .breakStmt:
            if loops == 0 && switches == 0 {
                if ifsAndDos > 0 {
                    throw ParseError(message: "unlabeled 'break' is only allowed inside a loop or switch, a labeled break is required to exit an if or do", offset: s.offset)
                }
                throw ParseError(message: "'break' is only allowed inside a loop, if, do, or switch", offset: s.offset)
            }
        case .continueStmt:
            if loops == 0 { throw ParseError(message: "'continue' is only allowed inside a loop", offset: s.offset) }
        case .labelledJump(_, let label):
            if !labels.contains(label) { throw ParseError(message: "use of unresolved label '\(label)'", offset: s.offset) }
        case .labelled(let label, let inner):
            labels.append(label)
            defer { labels.removeLast() }
            try stmt(inner)
        case .ifStmt(_, let a, let b):
            ifsAndDos += 1
            defer { ifsAndDos -= 1 }
            try block(a)
            if let b { try block(b) }
        case .guardStmt(_, let a):
            try block(a)
        case .whileStmt(_, let a), .forIn(_, _, _, let a), .repeatWhile(let a, _):
            loops += 1
            defer { loops -= 1 }
            try block(a)
        case .switchStmt(_, let cases):
            switches += 1
            defer { switches -= 1 }
            for c in cases { try block(c.body) }
        case .block(let b):
            try block(b)
        case .function(let f):
            try function(f, kind: "global function")
        case .computedVar(let name, let type, let getter, let setter, _):
            try body(getter, returning: type, what: "getter for '\(name)'", at: s.offset)
            if let setter { try nested(setter.1) }
        case .typeDecl(let t):
            for m in t.members {
                if case .function(let f) = m.kind {
                    if f.isRequirement { continue }
                    try function(f, kind: f.isInit ? "initializer" : (f.isStatic ? "static method" : "instance method"))
                } else {
                    try stmt(m)
                }
            }
        case .doCatch(let body, let catches):
            ifsAndDos += 1
            defer { ifsAndDos -= 1 }
            try block(body)
            for c in catches { try block(c.body) }
        case .deferStmt(let body):
            try nested(body)
        case .propertyObservers(_, _, let willSet, let didSet):
            if let willSet { try nested(willSet.1) }
            if let didSet { try nested(didSet.1) }
        case .subscriptDecl(let f, let setter):
            try body(f.body, returning: f.returnType, what: "subscript expected to return '\(f.returnType.map(\.description) ?? "")'", at: f.offset)
            if let setter { try nested(setter.1) }
        case .expr, .varDecl, .assign, .returnStmt, .empty, .throwStmt, .propertyRequirement, .lazyVar:
            break
        }
    }

    /// The closures in an expression, each checked as a function of its own (a `break` in
    /// one is outside any loop around it; one declared `-> Int` must return).
    mutating func closures(in e: Expr) throws {
        if case .closure(let f) = e.kind {
            if let t = f.returnType, !isVoid(t) {
                try body(f.body, returning: t, what: "closure expected to return '\(t)'", at: f.offset, end: f.endOffset > 0 ? f.endOffset : nil)
            } else {
                try nested(f.body)
            }
            return
        }
        for x in e.children.expressions { try closures(in: x) }
    }

    /// A function body: loops outside it do not count.
    mutating func function(_ f: FunctionDecl, kind: String) throws {
        try body(f.body, returning: f.returnType, what: "\(kind) expected to return '\(f.returnType.map(\.description) ?? "")'", at: f.offset,
                 end: f.endOffset > 0 ? f.endOffset : nil)
    }

    mutating func body(_ stmts: [Stmt], returning type: TypeRef?, what: String, at offset: Int, end: Int? = nil) throws {
        try nested(stmts)
        guard let type, !isVoid(type) else { return }
        // A single expression is returned implicitly; `print(…)` returns nothing to return.
        if stmts.count == 1, case .expr(let e) = stmts[0].kind {
            if case .call(let f, _, _) = e.kind, case .name("print") = f.kind {
                throw ParseError(message: "cannot convert return expression of type '()' to return type '\(type)'", offset: f.offset)
            }
            return
        }
        // `{ count += 1 }`: an assignment is a single expression too, of type `()`.
        if stmts.count == 1, case .assign = stmts[0].kind {
            throw ParseError(message: "cannot convert return expression of type '()' to return type '\(type)'", offset: stmts[0].offset)
        }
        if !alwaysExits(stmts) {
            throw ParseError(message: "missing return in \(what)", offset: end ?? closingOffset(stmts) ?? offset)
        }
    }

    mutating func nested(_ stmts: [Stmt]) throws {
        let saved = (loops, switches, ifsAndDos, labels)
        loops = 0
        switches = 0
        ifsAndDos = 0
        labels = []
        defer { (loops, switches, ifsAndDos, labels) = saved }
        try block(stmts)
    }

    func isVoid(_ t: TypeRef) -> Bool {
        if case .named(let n) = t { return n == "Void" }
        if case .tuple(let ts) = t { return ts.isEmpty }
        return false
    }

    /// Where to point a missing return: the last statement of the body, if any.
    func closingOffset(_ stmts: [Stmt]) -> Int? { stmts.last?.offset }

    /// Whether control can never reach the end of `stmts` (conservative: when unsure, yes,
    /// so that no valid program is rejected).
    func alwaysExits(_ stmts: [Stmt]) -> Bool {
        stmts.contains(where: exits)
    }

    func exits(_ s: Stmt) -> Bool {
        switch s.kind {
        case .returnStmt, .throwStmt: return true
        case .doCatch(let body, let catches):
            return alwaysExits(body) && catches.allSatisfy { alwaysExits($0.body) }
        case .expr(let e):
            if case .call(let f, _, _) = e.kind, case .name(let n) = f.kind { return n == "fatalError" || n == "preconditionFailure" }
            return false
        case .ifStmt(_, let a, let b):
            guard let b else { return false }
            return alwaysExits(a) && alwaysExits(b)
        case .switchStmt(_, let cases):
            // Without `default` only an exhaustive switch (over Bool) compiles in Swift.
            return !cases.isEmpty && cases.allSatisfy { alwaysExits($0.body) }
        case .whileStmt(let conds, _):
            // `while true { … }` only ends through a return (or a break, which Swift would
            // then reject; we let it through rather than guess).
            if conds.count == 1, case .expr(let e) = conds[0], case .boolLiteral(true) = e.kind { return true }
            return false
        case .repeatWhile(let body, let cond):
            if case .boolLiteral(true) = cond.kind { return true }
            return alwaysExits(body)
        case .block(let b): return alwaysExits(b)
        case .labelled(_, let inner): return exits(inner)
        default: return false
        }
    }
}
