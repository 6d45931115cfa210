// The parser: recursive descent over the lexer's tokens, one function per grammar rule,
// the rule written above it (as in jlox). Stops at the first error, which carries the
// byte offset of the offending token. Nesting is capped so that 10,000 nested
// parentheses give an error, not a stack overflow; so is the height of an expression's
// tree, which chains (`x.T.T.T…`, `1 + 1 + …`) grow without nesting.

/// A syntax error at a byte offset of the cell.
struct ParseError: Error {
    var message: String
    var offset: Int
}

final class Parser {
    private var tokens: [Token]
    private var i = 0
    private var depth = 0
    private let maxDepth = 200
    /// The tallest expression tree a cell may hold (see `Expr.height`): a 40,000-term sum
    /// is fine, a million-link chain of members is an error rather than a stack overflow in
    /// the compiler or the compiled code.
    static let maxExpressionHeight: Int32 = 100_000
    /// This parser's limit: `maxExpressionHeight`, less on a thread with a smaller stack.
    var maxHeight = Parser.maxExpressionHeight
    /// For each closure being parsed: the tallest expression in its body so far.
    private var closureHeights: [Int32] = []
    /// Polled now and then; true when the cell's time is up (parsing is bounded by the
    /// cell's timeout, like everything else a cell does).
    var shouldStop: () -> Bool = { false }
    private var polls = 0
    /// Operators the lesson declared (`infix operator **: MultiplicationPrecedence`) with
    /// their levels in `levels`; the session passes them from cell to cell.
    var customOperators: [String: Int] = [:]
    /// The constraints of the generic parameters parsed last: `T` → `Comparable`.
    private var lastGenericConstraints: [String: String] = [:]
    /// The last statement parsed had a `private` modifier.
    private var declarationIsPrivate = false
    /// Inside `var (…)` of a pattern: the names it binds are mutable.
    private var bindingIsVar = false
    /// Inside `if`/`while`/`for`/`guard`/`switch` heads, `{` starts the body, not a trailing closure.
    private var noTrailingClosure = false
    /// Where the last argument list's closing parenthesis or bracket is.
    private var lastCloseOffset = 0
    /// `var x = 0 { didSet { … } }`: the observers, a statement of their own after the declaration.
    private var pendingObservers: Stmt? = nil
    /// Where the last block parsed closes (its `}`): a function's end, where swiftc points
    /// at a missing return.
    private var lastBlockEnd = 0
    /// For each closure being parsed: the highest `$n` seen plus one.
    private var anonymousCounts: [Int] = []
    /// `$0` … `$255`: more would be a closure no call could pass arguments to.
    static let maxAnonymousArguments = 256

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    // MARK: Helpers

    private var tok: Token { tokens[i] }
    private func peek(_ k: Int) -> Token { tokens[min(i + k, tokens.count - 1)] }
    private func advance() -> Token {
        let t = tokens[i]
        if i < tokens.count - 1 { i += 1 }
        return t
    }
    private func fail(_ message: String, _ t: Token? = nil) -> ParseError {
        let t = t ?? tok
        if t.kind == .error { return ParseError(message: t.message, offset: t.offset) }
        return ParseError(message: message, offset: t.offset)
    }
    private func expectPunct(_ p: String, _ context: String) throws -> Token {
        if tok.isPunct(p) { return advance() }
        throw fail("expected '\(p)' \(context)")
    }
    private func acceptPunct(_ p: String) -> Bool {
        if tok.isPunct(p) { _ = advance(); return true }
        return false
    }
    private func expectIdentifier(_ what: String) throws -> Token {
        if tok.kind == .identifier { return advance() }
        if tok.kind == .keyword && !["in", "else", "return", "let", "var"].contains(tok.text) && peek(1).isPunct(":") { return advance() }
        throw fail("expected \(what)")
    }
    private func nest() throws {
        depth += 1
        if depth > maxDepth { throw fail("expression is nested too deeply (more than \(maxDepth) levels)") }
    }

    /// Refuses a tree past `maxExpressionHeight` and notes `e`'s height for the closure
    /// being parsed. Called wherever a chain grows a node.
    @inline(__always)
    private func grew(_ e: Expr) throws -> Expr {
        if e.height > maxHeight {
            throw ParseError(message: "expression is too long or nested too deeply (more than \(maxHeight) levels); split it into several statements", offset: e.offset)
        }
        if let h = closureHeights.last, e.height > h { closureHeights[closureHeights.count - 1] = e.height }
        polls &+= 1
        if polls & 1023 == 0, shouldStop() { throw ParseError(message: "stopped while parsing", offset: e.offset) }
        return e
    }

    // MARK: Statements

    // program → statement* EOF
    func parseProgram() throws -> [Stmt] {
        var stmts: [Stmt] = []
        while tok.kind != .eof {
            if acceptPunct(";") { continue }
            if tok.isPunct("}") { throw fail("extraneous '}' at top level") }
            stmts.append(contentsOf: try statements())
            try endOfStatement()
        }
        return stmts
    }

    /// Statements end at a line break, `;`, `}` or the end of the cell.
    private func endOfStatement() throws {
        if acceptPunct(";") || tok.isPunct("}") || tok.kind == .eof || tok.newlineBefore { return }
        if tok.kind == .error { throw fail(tok.message) }
        throw fail("consecutive statements on a line must be separated by ';'")
    }

    // block → "{" statement* "}"
    private func block(_ context: String) throws -> [Stmt] {
        let open = tok
        _ = try expectPunct("{", context)
        try nest()
        defer { depth -= 1 }
        var stmts: [Stmt] = []
        while !tok.isPunct("}") {
            if tok.kind == .eof { throw fail("expected '}' to match this '{'", open) }
            if acceptPunct(";") { continue }
            // A body that is just a closure returns it (`-> (Int) -> Int { { $0 + n } }`).
            if stmts.isEmpty && tok.isPunct("{") {
                let e = try expression()
                guard tok.isPunct("}") else { throw fail("closure expression is unused; to run a block of code, use 'do' or an 'if true'", open) }
                stmts.append(Stmt(.expr(e), e.offset))
                continue
            }
            stmts.append(contentsOf: try statements())
            try endOfStatement()
        }
        lastBlockEnd = advance().offset
        return stmts
    }

    // statement → declaration | if | guard | while | repeat | for | switch | return
    //           | break | continue | expression (assignOp expression)?
    private func statement() throws -> Stmt {
        let t = tok
        // Set when this statement returns (its body's statements set it too, before).
        var isPrivateHere = false
        defer { declarationIsPrivate = isPrivateHere }
        if t.kind == .error { throw fail(t.message) }
        var isStatic = false, isMutating = false, isLazy = false, lazyOffset = 0, isOverride = false
        // `indirect enum` / `indirect case`: recursion needs no boxes here.
        if t.kind == .identifier, t.text == "indirect", peek(1).isKeyword("enum") { _ = advance() }
        // `infix operator ** : MultiplicationPrecedence`
        if t.kind == .identifier, ["infix", "prefix", "postfix"].contains(t.text), peek(1).isKeyword("operator") {
            return try operatorDeclaration()
        }
        // `static prefix func -`: an operator function is known by its number of operands.
        if t.kind == .keyword, t.text == "static", peek(1).kind == .identifier, ["prefix", "postfix", "infix"].contains(peek(1).text), peek(2).isKeyword("func") {
            tokens.remove(at: i + 1)
        }
        while t.kind == .keyword, ["private", "fileprivate", "public", "internal", "open", "final", "override",
                                   "static", "mutating", "lazy", "weak", "unowned", "required", "convenience", "nonmutating"].contains(tok.text) {
            if tok.text == "static" { isStatic = true }
            if tok.text == "mutating" { isMutating = true }
            if tok.text == "override" { isOverride = true }
            if tok.text == "lazy" { isLazy = true; lazyOffset = tok.offset }
            let isPrivate = tok.text == "private"
            _ = advance()
            // `private var x` (not `private(set)`, which others may still read).
            if isPrivate && !tok.isPunct("(") { isPrivateHere = true }
            // `private(set)`: access control, which the interpreter does not enforce.
            if tok.isPunct("("), peek(1).kind == .identifier, peek(1).text == "set", peek(2).isPunct(")") { _ = advance(); _ = advance(); _ = advance() }
        }
        let s = tok
        if s.kind == .keyword {
            switch s.text {
            case "import":
                _ = advance()
                while tok.kind == .identifier || tok.isPunct(".") { if tok.newlineBefore && tok.offset != s.offset { break }; _ = advance() }
                return Stmt(.empty, s.offset)
            case "let", "var":
                if isLazy {
                    if s.text == "let" { throw ParseError(message: "'lazy' cannot be used on a let", offset: lazyOffset) }
                    return try lazyVar(isStatic: isStatic)
                }
                return try varDecl(isStatic: isStatic)
            case "func":
                let f = try functionDecl()
                f.isStatic = isStatic
                f.isMutating = isMutating
                f.isOverride = isOverride
                return Stmt(.function(f), s.offset)
            case "init":
                let f = try initDecl()
                return Stmt(.function(f), s.offset)
            case "class", "struct", "enum", "protocol", "extension": return try typeDecl()
            case "defer":
                _ = advance()
                return Stmt(.deferStmt(try block("after 'defer'")), s.offset)
            case "do": return try doStatement()
            case "throw":
                _ = advance()
                return Stmt(.throwStmt(try expression()), s.offset)
            case "subscript": return try subscriptDecl()
            case "if": return try ifStatement()
            case "guard": return try guardStatement()
            case "while": return try whileStatement()
            case "repeat": return try repeatStatement()
            case "for": return try forStatement()
            case "switch": return try switchStatement()
            case "return":
                _ = advance()
                if tok.isPunct("}") || tok.isPunct(";") || tok.kind == .eof || tok.newlineBefore {
                    return Stmt(.returnStmt(nil), s.offset)
                }
                return Stmt(.returnStmt(try expression()), s.offset)
            case "break", "continue":
                _ = advance()
                // `break outer`: a label on the same line.
                if tok.kind == .identifier && !tok.newlineBefore {
                    return Stmt(.labelledJump(isBreak: s.text == "break", label: advance().text), s.offset)
                }
                return Stmt(s.text == "break" ? .breakStmt : .continueStmt, s.offset)
            case "typealias", "deinit", "fallthrough", "associatedtype":
                throw fail("'\(s.text)' is not supported in lessons")
            default: break
            }
        }
        // `outer: for …`: a labelled loop.
        if s.kind == .identifier, peek(1).isPunct(":"), peek(2).kind == .keyword, ["for", "while", "repeat"].contains(peek(2).text) {
            _ = advance(); _ = advance()
            return Stmt(.labelled(s.text, try statement()), s.offset)
        }
        if s.isPunct("{") { throw fail("closure expression is unused; to run a block of code, use 'do' or an 'if true'") }
        let e = try expression()
        if tok.kind == .op, ["=", "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>="].contains(tok.text) {
            let op = advance()
            let rhs = try expression()
            return Stmt(.assign(op.text, e, rhs), op.offset)
        }
        return Stmt(.expr(e), s.offset)
    }

    // varDecl → ("let" | "var") pattern (":" type)? ("=" expression)? | "var" name ":" type block
    /// One statement, or several for `let a = 1, b = 2` (one declaration per name).
    private func statements() throws -> [Stmt] {
        let first = try statement()
        if let observers = pendingObservers {
            pendingObservers = nil
            return [first, observers]
        }
        guard case .varDecl(let isLet, _, _, _, let isStatic) = first.kind, tok.isPunct(",") else { return [first] }
        var all = [first]
        while acceptPunct(",") {
            let start = tok
            let pat = try pattern()
            var type: TypeRef? = nil
            if acceptPunct(":") { type = try parseType() }
            var value: Expr? = nil
            if tok.isOp("=") { _ = advance(); value = try expression() }
            if value == nil && type == nil && !tok.isPunct(",") { throw fail("type annotation missing in pattern") }
            all.append(Stmt(.varDecl(isLet: isLet, pat, type, value, isStatic: isStatic), start.offset))
        }
        // Names declared without a type or a value take the type of the next one that has it.
        var carried: TypeRef? = nil
        for k in all.indices.reversed() {
            guard case .varDecl(let l, let p, let t, let v, let st) = all[k].kind else { continue }
            if let t { carried = t; continue }
            if v != nil { carried = nil; continue }
            guard let carried else { throw ParseError(message: "type annotation missing in pattern", offset: all[k].offset) }
            all[k] = Stmt(.varDecl(isLet: l, p, carried, nil, isStatic: st), all[k].offset)
        }
        return all
    }

    // lazyVar → "lazy" "var" name (":" type)? "=" expression
    private func lazyVar(isStatic: Bool) throws -> Stmt {
        let kw = advance()
        if isStatic { throw fail("'lazy' cannot be used on a static property; static properties are already lazy") }
        let n = try expectIdentifier("a property name")
        var type: TypeRef? = nil
        if acceptPunct(":") { type = try parseType() }
        guard tok.isOp("=") else { throw fail("lazy properties must have an initializer") }
        _ = advance()
        return Stmt(.lazyVar(name: n.text, type, try expression()), kw.offset)
    }

    private func varDecl(isStatic: Bool) throws -> Stmt {
        let kw = advance()
        let isLet = kw.text == "let"
        let pat = try pattern()
        var type: TypeRef? = nil
        if acceptPunct(":") { type = try parseType() }
        if tok.isOp("=") {
            _ = advance()
            let saved = noTrailingClosure
            noTrailingClosure = (!isLet && startsObservers()) || saved
            let value = try expression()
            noTrailingClosure = saved
            let decl = Stmt(.varDecl(isLet: isLet, pat, type, value, isStatic: isStatic), kw.offset)
            if !isLet, case .name(let n, _) = pat, tok.isPunct("{"), startsObservers() { pendingObservers = try observers(n, type) }
            return decl
        }
        if tok.isPunct("{"), !isLet, case .name(let n, _) = pat, startsObservers() {
            guard type != nil else { throw fail("type annotation missing in pattern") }
            pendingObservers = try observers(n, type)
            return Stmt(.varDecl(isLet: isLet, pat, type, nil, isStatic: isStatic), kw.offset)
        }
        if tok.isPunct("{"), !isLet, case .name(let n, _) = pat {
            return try computedVar(n, type, kw.offset, isStatic: isStatic)
        }
        // `var a, b: Double`: the type comes from a later name (see `statements`).
        if type == nil && !tok.isPunct(",") { throw fail("type annotation missing in pattern") }
        return Stmt(.varDecl(isLet: isLet, pat, type, nil, isStatic: isStatic), kw.offset)
    }

    /// Whether a `{` from here to the end of the line (after any initial value) opens
    /// property observers: `{ willSet …` or `{ didSet …`.
    private func startsObservers() -> Bool {
        var j = 0
        // An initial value first: the observers' brace comes after it on the same line.
        while !(peek(j).isPunct("{") && (peek(j + 1).text == "willSet" || peek(j + 1).text == "didSet")) {
            if peek(j).kind == .eof || (j > 0 && (peek(j).newlineBefore || peek(j).isPunct("{"))) { return false }
            j += 1
        }
        return true
    }

    // observers → "{" (("willSet" | "didSet") ("(" name ")")? block)+ "}"
    private func observers(_ name: String, _ type: TypeRef?) throws -> Stmt {
        let open = try expectPunct("{", "to start the observers")
        var willSet: (String, [Stmt])? = nil, didSet: (String, [Stmt])? = nil
        while tok.kind == .identifier, tok.text == "willSet" || tok.text == "didSet" {
            let which = advance().text
            var parameter = which == "willSet" ? "newValue" : "oldValue"
            if acceptPunct("(") { parameter = try expectIdentifier("observer parameter name").text; _ = try expectPunct(")", "after the observer's parameter") }
            let body = try block("to start '\(which)'")
            if which == "willSet" { willSet = (parameter, body) } else { didSet = (parameter, body) }
        }
        _ = try expectPunct("}", "to end the observers")
        return Stmt(.propertyObservers(name: name, type, willSet: willSet, didSet: didSet), open.offset)
    }

    // computedVar → "{" (statement* | "get" block ("set" ("(" name ")")? block)?) "}"
    private func computedVar(_ name: String, _ type: TypeRef?, _ offset: Int, isStatic: Bool) throws -> Stmt {
        if peek(1).kind == .identifier && peek(1).text == "get" && peek(2).isPunct("{") {
            _ = advance()  // {
            _ = advance()  // get
            let getter = try block("to start the getter")
            var setter: (String, [Stmt])? = nil
            if tok.kind == .identifier && tok.text == "set" {
                _ = advance()
                var nv = "newValue"
                if acceptPunct("(") { nv = try expectIdentifier("setter parameter name").text; _ = try expectPunct(")", "after setter parameter") }
                setter = (nv, try block("to start the setter"))
            }
            _ = try expectPunct("}", "to end the computed property")
            return Stmt(.computedVar(name: name, type, getter: getter, setter: setter, isStatic: isStatic), offset)
        }
        let body = try block("to start the computed property")
        return Stmt(.computedVar(name: name, type, getter: body, setter: nil, isStatic: isStatic), offset)
    }

    /// `<T, U>` after a generic type's name.
    private func parseTypeArguments() throws -> [TypeRef] {
        guard tok.isOp("<") else { throw fail("expected '<'") }
        _ = advance()
        var args: [TypeRef] = []
        repeat { args.append(try parseType()) } while acceptPunct(",")
        guard tok.isOp(">") else { throw fail("expected '>' to complete generic argument list") }
        _ = advance()
        return args
    }

    // pattern → "_" | name | "(" pattern ("," pattern)* ")"
    private func pattern() throws -> Pattern {
        try nest()
        defer { depth -= 1 }
        if tok.isPunct("(") {
            _ = advance()
            var ps: [Pattern] = []
            repeat {
                if tok.isKeyword("let") || tok.isKeyword("var") { _ = advance() }
                ps.append(try pattern())
            } while acceptPunct(",")
            _ = try expectPunct(")", "to end the tuple pattern")
            return .tuple(ps)
        }
        if tok.kind == .identifier && tok.text == "_" { _ = advance(); return .wildcard }
        let n = try expectIdentifier("a name in the pattern")
        return .name(n.text, offset: n.offset)
    }

    // type → typeAtom ("?" | "!")* ; typeAtom → name ("<" type ("," type)* ">")? ("." name)*
    //      | "[" type (":" type)? "]" | "(" (type ("," type)*)? ")" ("->" type)?
    func parseType() throws -> TypeRef {
        try nest()
        defer { depth -= 1 }
        var t: TypeRef
        if tok.isPunct("[") {
            _ = advance()
            let e = try parseType()
            if acceptPunct(":") {
                let v = try parseType()
                _ = try expectPunct("]", "to end the dictionary type")
                t = .dictionary(e, v)
            } else {
                _ = try expectPunct("]", "to end the array type")
                t = .array(e)
            }
        } else if tok.isPunct("(") {
            _ = advance()
            var ts: [TypeRef] = []
            if !tok.isPunct(")") {
                repeat {
                    var label: String? = nil
                    if tok.kind == .identifier && peek(1).isPunct(":") { label = advance().text; _ = advance() }
                    if tok.isKeyword("inout") { _ = advance() }
                    let element = try parseType()
                    ts.append(label.map { .labelled($0, element) } ?? element)
                    if tok.isOp("...") { _ = advance() }
                } while acceptPunct(",")
            }
            _ = try expectPunct(")", "to end the tuple type")
            if tok.isKeyword("throws") { _ = advance() }
            if tok.isOp("->") {
                _ = advance()
                t = .function(ts.map(\.unlabelled), try parseType())
            } else {
                t = ts.count == 1 ? ts[0].unlabelled : .tuple(ts)
            }
        } else if tok.kind == .identifier || tok.isKeyword("Self") {
            // `some P`, `any P`: contextual keywords, names everywhere else (`if let some = x`).
            if tok.kind == .identifier, tok.text == "some" || tok.text == "any", peek(1).kind == .identifier || peek(1).isKeyword("Self") { _ = advance() }
            var name = advance().text
            if tok.isOp("<") {  // generic arguments: Array<Double>
                _ = advance()
                var args: [TypeRef] = []
                repeat { args.append(try parseType()) } while acceptPunct(",")
                if tok.isOp(">") { _ = advance() } else if tok.kind == .op && tok.text.hasPrefix(">") {
                    tokens[i].text.removeFirst(); tokens[i].offset += 1
                } else { throw fail("expected '>' to complete generic argument list") }
                if name == "Array", args.count == 1 { return wrapOptional(.array(args[0])) }
                if name == "Dictionary", args.count == 2 { return wrapOptional(.dictionary(args[0], args[1])) }
                if name == "Optional", args.count == 1 { return wrapOptional(.optional(args[0])) }
                // `Set<Character>`: the element type is kept for its literals and `type(of:)`.
                if name == "Set", args.count == 1 { return wrapOptional(.named("Set<\(args[0])>")) }
            }
            while tok.isPunct(".") && peek(1).kind == .identifier { _ = advance(); name += "." + advance().text }
            // `Flyer & Swimmer`: a composition; values carry their types, so it is checked as Any.
            var composed = false
            while tok.isOp("&") { _ = advance(); _ = try parseType(); composed = true }
            t = .named(composed ? "Any" : name)
        } else {
            throw fail("expected type")
        }
        return wrapOptional(t)
    }

    private func wrapOptional(_ t0: TypeRef) -> TypeRef {
        var t = t0
        while tok.kind == .op && (tok.text == "?" || tok.text == "!" || tok.text == "??") && !tok.spaceBefore {
            let n = tok.text == "??" ? 2 : 1
            _ = advance()
            for _ in 0..<n { t = .optional(t) }
        }
        return t
    }

    // functionDecl → "func" name genericParams? "(" params ")" "throws"? ("->" type)? whereClause? block
    // (no block: a protocol's requirement, when `bodyOptional`)
    private func functionDecl(bodyOptional: Bool = false) throws -> FunctionDecl {
        let kw = advance()
        let nameTok: Token
        if tok.kind == .identifier { nameTok = advance() } else if tok.kind == .op { nameTok = advance() } else { throw fail("expected an identifier in function declaration") }
        var generics: [String] = []
        var constraints: [String: String] = [:]
        if tok.isOp("<") { generics = try genericParameterNames(); constraints = lastGenericConstraints }
        let params = try parameterList()
        var isThrowing = false
        if tok.isKeyword("throws") || tok.isKeyword("rethrows") { _ = advance(); isThrowing = true }
        var ret: TypeRef? = nil
        if tok.isOp("->") { _ = advance(); ret = try parseType() }
        try skipWhereClause()
        if bodyOptional && !tok.isPunct("{") {
            let f = FunctionDecl(name: nameTok.text, params: params, returnType: ret, body: [], offset: kw.offset)
            f.isRequirement = true
            f.isThrowing = isThrowing
            return f
        }
        let body = try block("to start the body of '\(nameTok.text)'")
        // An operator function's parameters have no argument labels.
        let f = FunctionDecl(name: nameTok.text, params: nameTok.kind == .op ? params.map { var p = $0; p.label = nil; return p } : params,
                             returnType: ret, body: body, offset: kw.offset)
        f.isThrowing = isThrowing
        f.genericParams = generics
        f.genericConstraints = constraints
        f.nameOffset = nameTok.offset
        f.endOffset = lastBlockEnd
        return f
    }

    /// `where T: Comparable, Element == Double` on a generic declaration: constraints the
    /// interpreter does not check (values carry their types).
    private func skipWhereClause() throws {
        guard tok.isKeyword("where") else { return }
        while !tok.isPunct("{") {
            if tok.kind == .eof || tok.isPunct("}") { throw fail("expected '{' after the 'where' clause") }
            _ = advance()
        }
    }

    // initDecl → "init" "(" params ")" block
    private func initDecl(bodyOptional: Bool = false) throws -> FunctionDecl {
        let kw = advance()
        if tok.kind == .op && tok.text == "?" { _ = advance() }
        let params = try parameterList()
        var isThrowing = false
        if tok.isKeyword("throws") { _ = advance(); isThrowing = true }
        if bodyOptional && !tok.isPunct("{") {
            let f = FunctionDecl(name: "init", params: params, returnType: nil, body: [], offset: kw.offset)
            f.isInit = true
            f.isRequirement = true
            return f
        }
        let body = try block("to start the initializer")
        let f = FunctionDecl(name: "init", params: params, returnType: nil, body: body, offset: kw.offset)
        f.endOffset = lastBlockEnd
        f.isInit = true
        f.isThrowing = isThrowing
        return f
    }

    // params → "(" (param ("," param)*)? ")" ; param → label? name ":" "inout"? type "..."? ("=" expression)?
    private func parameterList() throws -> [ParamDecl] {
        _ = try expectPunct("(", "in parameter list")
        var ps: [ParamDecl] = []
        if !tok.isPunct(")") {
            repeat {
                let first = tok
                guard first.kind == .identifier || first.kind == .keyword else { throw fail("expected parameter name followed by ':'") }
                _ = advance()
                var label: String? = first.text == "_" ? nil : first.text
                var name = first.text
                var labelWritten = false
                if tok.kind == .identifier || (tok.kind == .keyword && peek(1).isPunct(":")) {
                    name = advance().text
                    labelWritten = true
                } else {
                    label = first.text
                }
                _ = try expectPunct(":", "after parameter name")
                var isInout = false
                if tok.isKeyword("inout") { _ = advance(); isInout = true }
                var type = try parseType()
                var variadic = false
                if tok.isOp("...") { _ = advance(); variadic = true; type = .array(type) }
                var def: Expr? = nil
                if tok.isOp("=") { _ = advance(); def = try expression() }
                ps.append(ParamDecl(label: label, name: name, type: type, defaultValue: def, variadic: variadic, isInout: isInout,
                                    offset: first.offset, labelWritten: labelWritten))
            } while acceptPunct(",")
        }
        _ = try expectPunct(")", "to end the parameter list")
        return ps
    }

    // typeDecl → ("class" | "struct" | "enum" | "protocol" | "extension") name genericParams?
    //            (":" name ("," name)*)? whereClause? "{" member* "}"
    private func typeDecl() throws -> Stmt {
        let kw = advance()
        let kind = TypeDeclKind(rawValue: kw.text)!
        let name = try expectIdentifier("a name for the \(kw.text)")
        var generics: [String] = []
        if tok.isOp("<") { generics = try genericParameterNames() }
        var inherited: [String] = []
        if acceptPunct(":") {
            repeat {
                if tok.isKeyword("class") { _ = advance(); inherited.append("AnyObject"); continue }
                let t = try parseType()
                if case .named(let n) = t { inherited.append(n) } else { inherited.append(t.description) }
            } while acceptPunct(",")
        }
        try skipWhereClause()
        let decl = TypeDecl(name: name.text, kind: kind, inherited: inherited, members: [], offset: kw.offset)
        decl.genericParams = generics
        decl.nameOffset = name.offset
        try typeBody(decl)
        return Stmt(.typeDecl(decl), kw.offset)
    }

    /// `<T, U: Comparable>` after a generic type's or function's name: the parameters'
    /// names, and the protocol each must conform to (in `lastGenericConstraints`).
    private func genericParameterNames() throws -> [String] {
        _ = advance()
        var names: [String] = []
        lastGenericConstraints = [:]
        repeat {
            let n = try expectIdentifier("a generic parameter name").text
            names.append(n)
            if acceptPunct(":") {
                if case .named(let p) = try parseType() { lastGenericConstraints[n] = p }
            }
        } while acceptPunct(",")
        guard tok.isOp(">") else { throw fail("expected '>' to complete generic parameter list") }
        _ = advance()
        return names
    }

    // typeBody → "{" (enumCases | protocolMember | declaration)* "}"
    private func typeBody(_ decl: TypeDecl) throws {
        let what = "\(decl.kind.rawValue) '\(decl.name)'"
        let open = tok
        _ = try expectPunct("{", "in \(decl.kind.rawValue) declaration")
        try nest()
        defer { depth -= 1 }
        while !tok.isPunct("}") {
            if tok.kind == .eof { throw fail("expected '}' in \(what)", open) }
            if acceptPunct(";") { continue }
            let isCase = tok.isKeyword("case") || (tok.kind == .identifier && tok.text == "indirect" && peek(1).isKeyword("case"))
            if isCase {
                guard decl.kind == .enumType else { throw fail("enum 'case' is not allowed outside of an enum") }
                decl.cases += try enumCases()
            } else if decl.kind == .protocolType {
                decl.members.append(try protocolMember())
            } else {
                let members = try statements()
                if declarationIsPrivate {
                    for m in members {
                        switch m.kind {
                        case .varDecl(_, let p, _, _, _): decl.privateMembers.formUnion(p.names.map(\.0))
                        case .computedVar(let n, _, _, _, _), .lazyVar(let n, _, _): decl.privateMembers.insert(n)
                        case .function(let f): decl.privateMembers.insert(f.name)
                        default: break
                        }
                    }
                }
                for m in members {
                    switch m.kind {
                    case .varDecl, .computedVar, .function, .empty, .typeDecl, .subscriptDecl, .lazyVar, .propertyObservers: decl.members.append(m)
                    default: throw ParseError(message: "expected declaration in \(what)", offset: m.offset)
                    }
                }
            }
            try endOfStatement()
        }
        _ = advance()
    }

    // enumCases → "indirect"? "case" caseItem ("," caseItem)*
    // caseItem → name ("(" ((label ":")? type ("," …)*)? ")")? ("=" expression)?
    private func enumCases() throws -> [EnumCaseDecl] {
        if tok.kind == .identifier && tok.text == "indirect" { _ = advance() }
        _ = advance()
        var out: [EnumCaseDecl] = []
        repeat {
            let n = try expectIdentifier("an enum case name")
            var payload: [(label: String?, type: TypeRef)]? = nil
            if tok.isPunct("(") {
                _ = advance()
                var items: [(label: String?, type: TypeRef)] = []
                if !tok.isPunct(")") {
                    repeat {
                        var label: String? = nil
                        if tok.kind == .identifier && peek(1).isPunct(":") { label = advance().text; _ = advance() }
                        items.append((label, try parseType()))
                        if tok.isOp("=") { throw fail("default values of associated values are not supported in lessons") }
                    } while acceptPunct(",")
                }
                _ = try expectPunct(")", "to end the associated values")
                payload = items
            }
            var raw: Expr? = nil
            if tok.isOp("=") { _ = advance(); raw = try expression() }
            out.append(EnumCaseDecl(name: n.text, payload: payload, rawValue: raw, offset: n.offset))
        } while acceptPunct(",")
        return out
    }

    // protocolMember → modifier* ("var" name ":" type "{" "get" "set"? "}" | "func" signature
    //                | "init" params | "associatedtype" name (":" type)?)
    private func protocolMember() throws -> Stmt {
        var isStatic = false, isMutating = false
        while tok.kind == .keyword, ["static", "mutating", "public", "internal", "private", "fileprivate", "nonmutating"].contains(tok.text) {
            if tok.text == "static" { isStatic = true }
            if tok.text == "mutating" { isMutating = true }
            _ = advance()
        }
        let s = tok
        if tok.isKeyword("var") || tok.isKeyword("let") {
            _ = advance()
            let n = try expectIdentifier("a property name")
            _ = try expectPunct(":", "after the property name")
            let t = try parseType()
            _ = try expectPunct("{", "for the property's accessors: '{ get }' or '{ get set }'")
            var settable = false
            while !tok.isPunct("}") {
                if tok.kind == .eof { throw fail("expected '}' after the property's accessors") }
                if tok.text == "set" { settable = true }
                _ = advance()
            }
            _ = advance()
            return Stmt(.propertyRequirement(name: n.text, t, settable: settable, isStatic: isStatic), s.offset)
        }
        if tok.isKeyword("func") {
            let f = try functionDecl(bodyOptional: true)
            if !f.isRequirement { throw ParseError(message: "protocol methods must not have bodies", offset: f.offset) }
            f.isStatic = isStatic
            f.isMutating = isMutating
            return Stmt(.function(f), s.offset)
        }
        if tok.isKeyword("init") { return Stmt(.function(try initDecl(bodyOptional: true)), s.offset) }
        if tok.isKeyword("subscript") {
            // `subscript(index: Int) -> T { get }`: met by the type's own subscript.
            _ = advance()
            _ = try parameterList()
            guard tok.isOp("->") else { throw fail("expected '->' for subscript element type") }
            _ = advance()
            _ = try parseType()
            _ = try expectPunct("{", "for the subscript's accessors")
            while !tok.isPunct("}") { if tok.kind == .eof { throw fail("expected '}'") }; _ = advance() }
            _ = advance()
            return Stmt(.empty, s.offset)
        }
        if tok.isKeyword("associatedtype") {
            _ = advance()
            _ = try expectIdentifier("an associated type name")
            if acceptPunct(":") { _ = try parseType() }
            return Stmt(.empty, s.offset)
        }
        throw fail("expected a property, method or initializer requirement in the protocol")
    }

    // subscriptDecl → "subscript" params "->" type ("{" statement* "}" | "{" "get" block ("set" ("(" name ")")? block)? "}")
    private func subscriptDecl() throws -> Stmt {
        let kw = advance()
        // A subscript's parameters have no argument labels unless written twice (`row r: Int`).
        let params = try parameterList().map { p -> ParamDecl in
            var q = p
            if !q.labelWritten { q.label = nil }
            return q
        }
        guard tok.isOp("->") else { throw fail("expected '->' for subscript element type") }
        _ = advance()
        let type = try parseType()
        guard tok.isPunct("{") else { throw fail("expected '{' in subscript to specify getter and setter implementation") }
        let accessors = try computedVar("subscript", type, kw.offset, isStatic: false)
        guard case .computedVar(_, _, let getter, let setter, _) = accessors.kind else { throw fail("expected subscript accessors") }
        let f = FunctionDecl(name: "subscript", params: params, returnType: type, body: getter, offset: kw.offset)
        return Stmt(.subscriptDecl(f, setter: setter), kw.offset)
    }

    // do → "do" block ("catch" casePattern? ("where" expression)? block)*
    private func doStatement() throws -> Stmt {
        let kw = advance()
        let body = try block("after 'do'")
        var catches: [CatchClause] = []
        while tok.isKeyword("catch") {
            let c = advance()
            var pattern: CasePattern? = nil
            var guardExpr: Expr? = nil
            let saved = noTrailingClosure
            noTrailingClosure = true
            if !tok.isPunct("{") && !tok.isKeyword("where") { pattern = try casePattern(binding: false) }
            if tok.isKeyword("where") { _ = advance(); guardExpr = try expression() }
            noTrailingClosure = saved
            catches.append(CatchClause(pattern: pattern, guardExpr: guardExpr, body: try block("after 'catch'"), offset: c.offset))
        }
        return Stmt(.doCatch(body, catches), kw.offset)
    }

    // casePattern → casePatternAtom ("?" | "as" type)*
    private func casePattern(binding: Bool) throws -> CasePattern {
        try nest()
        defer { depth -= 1 }
        var p = try casePatternAtom(binding: binding)
        while true {
            if binding, tok.kind == .op, tok.text == "?", !tok.spaceBefore { _ = advance(); p = .optionalSome(p); continue }
            if tok.isKeyword("as") { _ = advance(); p = .asType(p, try parseType()); continue }
            return p
        }
    }

    // casePatternAtom → "_" | ("let" | "var") casePattern | "is" type | tuplePattern
    //                 | "." name tuplePattern? | Type "." name tuplePattern? | name (binding) | expression
    private func casePatternAtom(binding: Bool) throws -> CasePattern {
        if tok.kind == .identifier && tok.text == "_" { _ = advance(); return .wildcard }
        if tok.isKeyword("let") || tok.isKeyword("var") {
            let saved = bindingIsVar
            bindingIsVar = advance().text == "var"
            defer { bindingIsVar = saved }
            return try casePattern(binding: true)
        }
        if tok.isKeyword("is") { _ = advance(); return .isType(try parseType()) }
        if tok.isPunct("(") {
            let items = try patternArguments(binding: binding)
            if items.count == 1 && items[0].label == nil { return items[0].pattern }
            return .tuple(items)
        }
        if tok.isPunct("."), peek(1).kind == .identifier || peek(1).kind == .keyword {
            _ = advance()
            let n = advance()
            let args = tok.isPunct("(") && !tok.spaceBefore ? try patternArguments(binding: binding) : nil
            return .enumCase(type: nil, name: n.text, args: args, offset: n.offset)
        }
        if tok.kind == .identifier, let first = tok.text.first, first.isUppercase, peek(1).isPunct("."),
           peek(2).kind == .identifier, !peek(3).isPunct("."), !(peek(3).kind == .op && !peek(3).isOp("?")) {
            let t = advance()
            _ = advance()
            let n = advance()
            let args = tok.isPunct("(") && !tok.spaceBefore ? try patternArguments(binding: binding) : nil
            return .enumCase(type: t.text, name: n.text, args: args, offset: n.offset)
        }
        if binding && tok.kind == .identifier {
            let n = advance()
            return .bind(n.text, offset: n.offset, mutable: bindingIsVar)
        }
        return .value(try expression())
    }

    // tuplePattern → "(" ((label ":")? casePattern ("," …)*)? ")"
    private func patternArguments(binding: Bool) throws -> [(label: String?, pattern: CasePattern)] {
        _ = advance()
        var items: [(label: String?, pattern: CasePattern)] = []
        if !tok.isPunct(")") {
            repeat {
                var label: String? = nil
                if tok.kind == .identifier && peek(1).isPunct(":") { label = advance().text; _ = advance() }
                items.append((label, try casePattern(binding: binding)))
            } while acceptPunct(",")
        }
        _ = try expectPunct(")", "to end the pattern")
        return items
    }

    // conditions → condition ("," condition)* ; condition → ("let" | "var") pattern (":" type)? ("=" expression)? | expression
    private func conditions() throws -> [Condition] {
        let saved = noTrailingClosure
        noTrailingClosure = true
        defer { noTrailingClosure = saved }
        var cs: [Condition] = []
        repeat {
            if tok.isKeyword("case") {
                _ = advance()
                let p = try casePattern(binding: false)
                guard tok.isOp("=") else { throw fail("expected '=' in 'case' condition") }
                _ = advance()
                cs.append(.matches(p, try expression()))
            } else if tok.isKeyword("let") || tok.isKeyword("var") {
                let keyword = advance()
                let isVar = keyword.text == "var"
                let p = try pattern()
                var type: TypeRef? = nil
                if acceptPunct(":") { type = try parseType() }
                if tok.isOp("=") {
                    _ = advance()
                    cs.append(.bind(p, type, try expression(), isVar: isVar, at: keyword.offset))
                } else if case .name(let n, let o) = p {
                    cs.append(.bind(p, type, Expr(.name(n), o), isVar: isVar, at: keyword.offset))
                } else {
                    throw fail("expected '=' in condition")
                }
            } else {
                cs.append(.expr(try expression()))
                // `if x = 5`: an assignment is no condition.
                if tok.isOp("=") { throw fail("use of '=' in a boolean context, did you mean '=='?") }
            }
        } while acceptPunct(",")
        return cs
    }

    // if → "if" conditions block ("else" (if | block))?
    private func ifStatement() throws -> Stmt {
        let kw = advance()
        let cs = try conditions()
        let body = try block("after 'if' condition")
        var elseBody: [Stmt]? = nil
        if tok.isKeyword("else") {
            _ = advance()
            if tok.isKeyword("if") {
                try nest()
                defer { depth -= 1 }
                elseBody = [try ifStatement()]
            } else { elseBody = try block("after 'else'") }
        }
        return Stmt(.ifStmt(cs, body, elseBody: elseBody), kw.offset)
    }

    // guard → "guard" conditions "else" block
    private func guardStatement() throws -> Stmt {
        let kw = advance()
        let cs = try conditions()
        guard tok.isKeyword("else") else { throw fail("expected 'else' after 'guard' condition") }
        _ = advance()
        return Stmt(.guardStmt(cs, try block("after 'else'")), kw.offset)
    }

    // while → "while" conditions block
    private func whileStatement() throws -> Stmt {
        let kw = advance()
        let cs = try conditions()
        return Stmt(.whileStmt(cs, try block("after 'while' condition")), kw.offset)
    }

    // repeat → "repeat" block "while" expression
    private func repeatStatement() throws -> Stmt {
        let kw = advance()
        let body = try block("after 'repeat'")
        guard tok.isKeyword("while") else { throw fail("expected 'while' after 'repeat' body") }
        _ = advance()
        return Stmt(.repeatWhile(body, try expression()), kw.offset)
    }

    // for → "for" ("case")? pattern "in" expression ("where" expression)? block
    private func forStatement() throws -> Stmt {
        let kw = advance()
        let p = try pattern()
        guard tok.isKeyword("in") else { throw fail("expected 'in' after for-each pattern") }
        _ = advance()
        let saved = noTrailingClosure
        noTrailingClosure = true
        let seq = try expression()
        var whereClause: Expr? = nil
        if tok.isKeyword("where") { _ = advance(); whereClause = try expression() }
        noTrailingClosure = saved
        return Stmt(.forIn(p, seq, whereClause: whereClause, try block("to start the body of for-each loop")), kw.offset)
    }

    // switch → "switch" expression "{" (("case" expression ("," expression)* | "default") ":" statement*)* "}"
    private func switchStatement() throws -> Stmt {
        let kw = advance()
        let saved = noTrailingClosure
        noTrailingClosure = true
        let subject = try expression()
        noTrailingClosure = saved
        _ = try expectPunct("{", "after 'switch' subject expression")
        var cases: [SwitchCase] = []
        while !tok.isPunct("}") {
            let c = tok
            var patterns: [CasePattern] = []
            var guardExpr: Expr? = nil
            if tok.isKeyword("case") {
                _ = advance()
                repeat { patterns.append(try casePattern(binding: false)) } while acceptPunct(",")
                if tok.isKeyword("where") { _ = advance(); guardExpr = try expression() }
            } else if tok.isKeyword("default") {
                _ = advance()
            } else {
                throw fail(tok.kind == .eof ? "expected '}' at end of 'switch' statement" : "all statements inside a switch must be covered by a 'case' or 'default'")
            }
            _ = try expectPunct(":", "after case pattern")
            var body: [Stmt] = []
            while !tok.isKeyword("case") && !tok.isKeyword("default") && !tok.isPunct("}") {
                if tok.kind == .eof { throw fail("expected '}' at end of 'switch' statement") }
                if acceptPunct(";") { continue }
                body.append(contentsOf: try statements())
                // `case 0: print("zero") default: …` on one line: the next label ends the statement.
                if tok.isKeyword("case") || tok.isKeyword("default") { continue }
                try endOfStatement()
            }
            if body.isEmpty { throw ParseError(message: "'\(c.text)' label in a 'switch' must have at least one executable statement", offset: c.offset) }
            cases.append(SwitchCase(patterns: patterns, body: body, offset: c.offset, guardExpr: guardExpr))
        }
        _ = advance()
        return Stmt(.switchStmt(subject, cases), kw.offset)
    }

    // MARK: Expressions

    // expression → ternary
    func expression() throws -> Expr {
        try nest()
        defer { depth -= 1 }
        return try grew(try ternary())
    }

    private func isBinary(_ t: Token) -> Bool {
        t.kind == .op && !(t.spaceBefore && !t.spaceAfter)
    }

    // ternary → disjunction ("?" expression ":" ternary)?
    private func ternary() throws -> Expr {
        let c = try binary(0)
        if tok.kind == .op && tok.text == "?" && tok.spaceBefore {
            let q = advance()
            let a = try expression()
            _ = try expectPunct(":", "after '? …' in ternary expression")
            try nest()
            defer { depth -= 1 }
            let b = try ternary()
            return Expr(.ternary(c, a, b), q.offset)
        }
        return c
    }

    /// Swift's precedence groups, by the level of `levels` that holds them.
    private static let precedenceGroups: [String: Int] = [
        "LogicalDisjunctionPrecedence": 0, "LogicalConjunctionPrecedence": 1, "ComparisonPrecedence": 2,
        "NilCoalescingPrecedence": 3, "CastingPrecedence": 4, "RangeFormationPrecedence": 5, "AdditionPrecedence": 6,
        "MultiplicationPrecedence": 7, "BitwiseShiftPrecedence": 8, "DefaultPrecedence": 2,
    ]

    // operatorDeclaration → ("infix" | "prefix" | "postfix") "operator" op (":" group)?
    private func operatorDeclaration() throws -> Stmt {
        let kind = advance()
        _ = advance()
        guard tok.kind == .op else { throw fail("expected operator name in operator declaration") }
        let op = advance()
        var level = Parser.precedenceGroups["DefaultPrecedence"]!
        if acceptPunct(":") {
            let group = try expectIdentifier("a precedence group")
            guard let l = Parser.precedenceGroups[group.text] else {
                throw ParseError(message: "unknown precedence group '\(group.text)'", offset: group.offset)
            }
            level = l
        }
        guard kind.text == "infix" else { throw ParseError(message: "'\(kind.text) operator' declarations are not supported in lessons; declare an infix operator", offset: kind.offset) }
        customOperators[op.text] = level
        return Stmt(.empty, kind.offset)
    }

    /// Binary precedence levels, lowest first (Swift's standard precedence groups).
    private static let levels: [[String]] = [
        ["||"],
        ["&&"],
        ["==", "!=", "<", "<=", ">", ">=", ".==", ".!=", ".<", ".<=", ".>", ".>=", "===", "!=="],
        ["??"],
        ["as", "is"],
        ["..<", "..."],
        ["+", "-", "|", "^", "&+", "&-"],
        ["*", "/", "%", "&", "&*"],
        ["<<", ">>"],
    ]

    // binary(level) → binary(level+1) (op(level) binary(level+1))*  (`??` is right-associative)
    private func binary(_ level: Int) throws -> Expr {
        if level >= Parser.levels.count { return try prefixExpr() }
        var lhs = try binary(level + 1)
        let ops = Parser.levels[level]
        while true {
            let t = tok
            if level == 4 && t.kind == .keyword && (t.text == "as" || t.text == "is") {
                _ = advance()
                var kind = "as"
                if t.text == "as" && tok.kind == .op && (tok.text == "?" || tok.text == "!") && !tok.spaceBefore { kind += advance().text }
                let type = try parseType()
                lhs = try grew(t.text == "is" ? Expr(.typeCheck(lhs, type), t.offset) : Expr(.cast(lhs, type, kind), t.offset))
                continue
            }
            guard t.kind == .op, ops.contains(t.text) || customOperators[t.text] == level, isBinary(t) else { break }
            if level == 5 && t.text == "..." && (peek(1).isPunct("]") || peek(1).isPunct(")") || peek(1).isPunct(",") || peek(1).isPunct(":") || peek(1).kind == .eof) {
                _ = advance()
                lhs = try grew(Expr(.postfixRange(lhs), t.offset))
                continue
            }
            _ = advance()
            if t.text == "??" {
                try nest()
                defer { depth -= 1 }
                lhs = try grew(Expr(.binary("??", lhs, try binary(level)), t.offset))
                break
            }
            let rhs = try binary(level + 1)
            lhs = try grew(Expr(.binary(t.text, lhs, rhs), t.offset))
        }
        return lhs
    }

    // prefix → ("-" | "+" | "!" | "..<" | "...") prefix | postfix
    private func prefixExpr() throws -> Expr {
        let t = tok
        if t.kind == .op {
            switch t.text {
            case "-", "+", "!", "~":
                _ = advance()
                try nest()
                defer { depth -= 1 }
                return Expr(.prefix(t.text, try prefixExpr()), t.offset)
            case "..<", "...":
                _ = advance()
                try nest()
                defer { depth -= 1 }
                let n = tok
                if t.text == "..." && (n.isPunct("]") || n.isPunct(",") || n.isPunct(")")) { return Expr(.fullRange, t.offset) }
                return Expr(.prefixRange(closed: t.text == "...", try prefixExpr()), t.offset)
            case "&":  // inout argument marker: `f(&x)`
                _ = advance()
                try nest()
                defer { depth -= 1 }
                return Expr(.prefix("&", try prefixExpr()), t.offset)
            default: break
            }
        }
        if t.isKeyword("try") {
            _ = advance()
            try nest()
            defer { depth -= 1 }
            if tok.kind == .op && (tok.text == "?" || tok.text == "!") && !tok.spaceBefore {
                let kind = "try" + advance().text
                // `try?` covers the whole expression to its right, as in Swift.
                return Expr(.tryExpr(kind, try binary(0)), t.offset)
            }
            return Expr(.passthrough(try prefixExpr()), t.offset)
        }
        return try postfix(try primary())
    }

    // postfix → primary ( "(" args ")" closure? | closure | "[" args "]" | "." name | "?." name | "!" )*
    private func postfix(_ start: Expr) throws -> Expr {
        var e = start
        while true {
            if e.height > start.height { e = try grew(e) }
            let t = tok
            if t.isPunct("(") && !t.newlineBefore {
                _ = advance()
                let args = try arguments(")")
                var trailing: Expr? = nil
                if tok.isPunct("{") && !noTrailingClosure && !tok.newlineBefore { trailing = try closure() }
                let close = lastCloseOffset
                e = Expr(.call(e, args, trailing: trailing), t.offset)
                e.endOffset = close
            } else if t.isPunct("{") && !noTrailingClosure && !t.newlineBefore {
                e = Expr(.call(e, [], trailing: try closure()), t.offset)
            } else if t.isPunct("[") && !t.newlineBefore && !t.spaceBefore {
                _ = advance()
                e = Expr(.subscriptAccess(e, try arguments("]")), t.offset)
            } else if t.isPunct(".") {
                _ = advance()
                let n = tok
                if n.kind == .identifier || n.kind == .keyword {
                    _ = advance()
                    e = Expr(.member(e, n.text), n.offset)
                } else if n.kind == .int {
                    _ = advance()
                    e = Expr(.member(e, n.text), n.offset)
                } else if n.kind == .double, n.text.allSatisfy({ $0.isNumber || $0 == "." }) {
                    // `t.0.1` lexes as `t` `.` `0.1`
                    _ = advance()
                    let parts = n.text.split(separator: ".")
                    for p in parts { e = Expr(.member(e, String(p)), n.offset) }
                } else {
                    throw fail("expected member name following '.'")
                }
            } else if t.kind == .op && t.text == "?" && !t.spaceBefore && peek(1).isPunct(".") {
                _ = advance(); _ = advance()
                let n = try expectIdentifier("member name following '?.'")
                e = Expr(.optionalMember(e, n.text), n.offset)
            } else if t.kind == .op && t.text == "!" && !t.spaceBefore {
                _ = advance()
                e = Expr(.forceUnwrap(e), t.offset)
            } else {
                return e
            }
        }
    }

    // args → (arg ("," arg)*)? close ; arg → (name ":")? expression
    private func arguments(_ close: String) throws -> [Argument] {
        let saved = noTrailingClosure
        noTrailingClosure = false
        defer { noTrailingClosure = saved }
        try nest()
        defer { depth -= 1 }
        var args: [Argument] = []
        if tok.isPunct(close) { lastCloseOffset = advance().offset; return args }
        repeat {
            var label: String? = nil, labelOffset: Int? = nil
            if (tok.kind == .identifier || tok.kind == .keyword) && peek(1).isPunct(":") {
                labelOffset = tok.offset
                label = advance().text
                _ = advance()
            }
            if tok.kind == .op && ["+", "-", "*", "/", "<", ">", "<=", ">=", "==", "!="].contains(tok.text) && (peek(1).isPunct(")") || peek(1).isPunct(",")) {
                let o = advance()
                args.append(Argument(label: label, value: Expr(.operatorRef(o.text), o.offset)))
                continue
            }
            args.append(Argument(label: label, value: try expression(), labelOffset: labelOffset))
        } while acceptPunct(",")
        if tok.kind == .eof || !tok.isPunct(close) {
            throw fail("expected '\(close)' in \(close == ")" ? "argument list" : "subscript")")
        }
        lastCloseOffset = advance().offset
        return args
    }

    // primary → number | string | "true" | "false" | "nil" | name | "self" | "super" "." name
    //         | "(" expression ("," …)* ")" | "[" elements "]" | closure | "." name
    /// `\.x`, `\.point.x`: a key path used as a function, as Swift allows where one is
    /// expected (`data.map(\.x)`): the closure `{ $0.x }`.
    private func keyPath() throws -> Expr {
        let start = advance()
        var e = Expr(.name("$0"), start.offset)
        repeat {
            guard tok.isPunct(".") || tok.isOp(".") else { throw fail("expected '.' in a key path") }
            _ = advance()
            guard tok.kind == .identifier || tok.kind == .keyword || tok.kind == .int else { throw fail("expected member name in a key path") }
            let n = advance()
            e = Expr(.member(e, n.text), n.offset)
        } while (tok.isPunct(".") || tok.isOp(".")) && !tok.spaceBefore
        let f = FunctionDecl(name: "closure", params: [ParamDecl(label: nil, name: "$0", type: nil, defaultValue: nil, variadic: false, isInout: false, offset: start.offset)],
                             returnType: nil, body: [Stmt(.expr(e), start.offset)], offset: start.offset)
        f.isClosure = true
        f.anonymousParams = 1
        return Expr(.closure(f), start.offset)
    }

    private func primary() throws -> Expr {
        let t = tok
        switch t.kind {
        case .int:
            _ = advance()
            let digits = t.text.withoutDigitSeparators
            let v: Int?
            if digits.hasPrefix("0x") { v = Int(digits.dropFirst(2), radix: 16) }
            else if digits.hasPrefix("0b") { v = Int(digits.dropFirst(2), radix: 2) }
            else if digits.hasPrefix("0o") { v = Int(digits.dropFirst(2), radix: 8) }
            else { v = Int(digits) }
            guard let v else { throw ParseError(message: "integer literal '\(t.text)' overflows when stored into 'Int'", offset: t.offset) }
            return Expr(.intLiteral(v), t.offset)
        case .double:
            _ = advance()
            return Expr(.doubleLiteral(Double(t.text.withoutDigitSeparators) ?? .nan), t.offset)
        case .string:
            _ = advance()
            return try stringLiteral(t)
        case .error:
            throw fail(t.message)
        case .eof:
            throw fail("expected expression")
        case .keyword:
            switch t.text {
            case "true": _ = advance(); return Expr(.boolLiteral(true), t.offset)
            case "false": _ = advance(); return Expr(.boolLiteral(false), t.offset)
            case "nil": _ = advance(); return Expr(.nilLiteral, t.offset)
            case "self": _ = advance(); return Expr(.selfRef, t.offset)
            case "Self": _ = advance(); return Expr(.name("Self"), t.offset)
            case "init": _ = advance(); return Expr(.name("init"), t.offset)
            case "super":
                _ = advance()
                _ = try expectPunct(".", "after 'super'")
                if tok.isKeyword("init") { let n = advance(); return Expr(.superMember("init"), n.offset) }
                let n = try expectIdentifier("member name after 'super.'")
                return Expr(.superMember(n.text), n.offset)
            default:
                throw fail("expected expression, found keyword '\(t.text)'")
            }
        case .identifier:
            // `Set<Int>()`: a generic type, then its initialiser's call.
            if t.text == "Set" && peek(1).isOp("<") && !peek(1).spaceBefore {
                let save = i
                _ = advance()
                if let args = try? parseTypeArguments(), tok.isPunct("(") {
                    return Expr(.emptyCollection(.named(args.count == 1 ? "Set<\(args[0])>" : "Set")), t.offset)
                }
                i = save
            }
            // `Stack<Int>()`, `Pair<String, Double>.make(…)`: a lesson's generic type; values
            // carry their types, so the arguments are read and dropped.
            if let first = t.text.first, first.isUppercase, t.text != "Set", peek(1).isOp("<") && !peek(1).spaceBefore {
                let save = i
                _ = advance()
                if (try? parseTypeArguments()) != nil, tok.isPunct("(") || tok.isPunct(".") { return Expr(.specializedType(t.text), t.offset) }
                i = save
            }
            _ = advance()
            if t.text.hasPrefix("$"), let n = Int(t.text.dropFirst()), !anonymousCounts.isEmpty {
                // The fuzzer's `$0055055550555505` asked for 55 trillion parameters.
                guard n < Parser.maxAnonymousArguments else {
                    throw fail("anonymous closure argument '\(t.text)' is out of range: a closure takes at most \(Parser.maxAnonymousArguments) arguments", t)
                }
                anonymousCounts[anonymousCounts.count - 1] = max(anonymousCounts[anonymousCounts.count - 1], n + 1)
            }
            return Expr(.name(t.text), t.offset)
        case .punct:
            switch t.text {
            case "(":
                _ = advance()
                try nest()
                defer { depth -= 1 }
                let saved = noTrailingClosure
                noTrailingClosure = false
                defer { noTrailingClosure = saved }
                if acceptPunct(")") { return Expr(.tuple([]), t.offset) }
                // `(+)`: an operator as a function value.
                if tok.kind == .op, ["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "&&", "||"].contains(tok.text), peek(1).isPunct(")") {
                    let o = advance()
                    _ = advance()
                    return Expr(.operatorRef(o.text), o.offset)
                }
                var items: [(label: String?, value: Expr)] = []
                repeat {
                    var label: String? = nil
                    if tok.kind == .identifier && peek(1).isPunct(":") { label = advance().text; _ = advance() }
                    items.append((label, try expression()))
                } while acceptPunct(",")
                if !tok.isPunct(")") { throw fail("expected ')' in expression list") }
                _ = advance()
                if items.count == 1 && items[0].label == nil { return items[0].value }
                return Expr(.tuple(items), t.offset)
            case "[":
                return try collectionLiteral()
            case "{":
                return try closure()
            case "\\":
                return try keyPath()
            case ".":
                _ = advance()
                let n = tok
                guard n.kind == .identifier || n.kind == .keyword else { throw fail("expected member name following '.'") }
                _ = advance()
                return Expr(.implicitMember(n.text), n.offset)
            default:
                throw fail(t.text == "}" || t.text == ")" || t.text == "]" ? "expected expression" : "expected expression, found '\(t.text)'")
            }
        case .op:
            if t.text == "=" { throw fail("expected expression") }
            throw fail("unary operator cannot be separated from its operand")
        }
    }

    // string → segments; interpolations are parsed from their own token lists
    private func stringLiteral(_ t: Token) throws -> Expr {
        var parts: [StringPart] = []
        for seg in t.segments {
            switch seg {
            case .text(let s): if !s.isEmpty { parts.append(.text(s)) }
            case .code(let toks):
                let p = Parser(tokens: toks)
                p.depth = depth
                p.anonymousCounts = anonymousCounts
                if toks.count <= 1 { throw ParseError(message: "expected expression in string interpolation", offset: t.offset) }
                let e = try p.expression()
                if p.tok.kind != .eof { throw ParseError(message: "expected ')' in string interpolation", offset: p.tok.offset) }
                if !anonymousCounts.isEmpty { anonymousCounts[anonymousCounts.count - 1] = max(anonymousCounts.last!, p.anonymousCounts.last ?? 0) }
                parts.append(.interpolation(e))
            }
        }
        return Expr(.stringLiteral(parts), t.offset)
    }

    // collection → "[" "]" | "[" ":" "]" | "[" expr ("," expr)* ","? "]" | "[" expr ":" expr ("," …)* "]"
    //            | "[" type "]" "(" ")" | "[" type ":" type "]" "(" ")"
    private func collectionLiteral() throws -> Expr {
        let open = advance()
        try nest()
        defer { depth -= 1 }
        let saved = noTrailingClosure
        noTrailingClosure = false
        defer { noTrailingClosure = saved }
        if acceptPunct("]") { return Expr(.arrayLiteral([]), open.offset) }
        if tok.isPunct(":") && peek(1).isPunct("]") { _ = advance(); _ = advance(); return Expr(.dictionaryLiteral([]), open.offset) }
        // `[Double]()` and `[String: Int]()`: a type, then a call.
        let save = i
        if tok.kind == .identifier && (tok.text.first?.isUppercase == true || tok.text == "Any") || tok.isPunct("[") {
            if let t = try? parseType(), tok.isPunct("]") || tok.isPunct(":") {
                var type: TypeRef? = nil
                if acceptPunct("]") { type = .array(t) }
                else if acceptPunct(":"), let v = try? parseType(), acceptPunct("]") { type = .dictionary(t, v) }
                if let type, tok.isPunct("("), peek(1).isPunct(")") {
                    _ = advance(); _ = advance()
                    return Expr(.emptyCollection(type), open.offset)
                }
                // `[Int](repeating: 0, count: 9)`: the type, called by the postfix that follows.
                if let type, tok.isPunct("("), !tok.spaceBefore { return Expr(.emptyCollection(type), open.offset) }
            }
            i = save
        }
        let first = try expression()
        if acceptPunct(":") {
            var pairs = [(first, try expression())]
            while acceptPunct(",") {
                if tok.isPunct("]") { break }
                let k = try expression()
                _ = try expectPunct(":", "in dictionary literal")
                pairs.append((k, try expression()))
            }
            if !tok.isPunct("]") { throw fail("expected ']' in container literal expression", tok.kind == .eof ? open : nil) }
            _ = advance()
            return Expr(.dictionaryLiteral(pairs), open.offset)
        }
        var items = [first]
        while acceptPunct(",") {
            if tok.isPunct("]") { break }
            items.append(try expression())
        }
        if !tok.isPunct("]") { throw fail("expected ']' in container literal expression", tok.kind == .eof ? open : nil) }
        _ = advance()
        return Expr(.arrayLiteral(items), open.offset)
    }

    // closure → "{" (closureParams "in")? statement* "}"
    // closureParams → name ("," name)* | "(" (name (":" type)? ("," …)*)? ")" ("->" type)?
    private func closure() throws -> Expr {
        let open = advance()
        try nest()
        defer { depth -= 1 }
        var params: [ParamDecl] = []
        var ret: TypeRef? = nil
        // Look ahead for `in` to tell parameters from the body.
        let save = i
        var hasHeader = false
        if tok.isPunct("(") {
            var d = 0, k = 0
            while peek(k).kind != .eof {
                let p = peek(k)
                if p.isPunct("(") { d += 1 }
                if p.isPunct(")") { d -= 1; if d == 0 { break } }
                k += 1
            }
            var after = k + 1
            if peek(after).isOp("->") {
                after += 1
                while peek(after).kind != .eof && !peek(after).isKeyword("in") && !peek(after).isPunct("{") && !peek(after).newlineBefore { after += 1 }
            }
            hasHeader = peek(after).isKeyword("in")
        } else if tok.kind == .identifier {
            var k = 0
            while peek(k).kind == .identifier && (peek(k + 1).isPunct(",") || peek(k + 1).isKeyword("in") || peek(k + 1).isOp("->")) {
                if peek(k + 1).isKeyword("in") { hasHeader = true; break }
                if peek(k + 1).isOp("->") {
                    // `{ k -> String in … }`: a result type before `in`, on the same line.
                    var after = k + 2
                    while peek(after).kind != .eof && !peek(after).isKeyword("in") && !peek(after).isPunct("{") && !peek(after).newlineBefore { after += 1 }
                    hasHeader = peek(after).isKeyword("in")
                    break
                }
                k += 2
            }
        }
        if hasHeader {
            if acceptPunct("(") {
                if !tok.isPunct(")") {
                    repeat {
                        let n = try expectIdentifier("closure parameter name")
                        var name = n.text
                        if tok.kind == .identifier { name = advance().text }
                        var type: TypeRef? = nil
                        var isInout = false
                        if acceptPunct(":") {
                            if tok.isKeyword("inout") { _ = advance(); isInout = true }
                            type = try parseType()
                        }
                        params.append(ParamDecl(label: nil, name: name, type: type, defaultValue: nil, variadic: false, isInout: isInout, offset: n.offset))
                    } while acceptPunct(",")
                }
                _ = try expectPunct(")", "to end closure parameters")
                if tok.isOp("->") { _ = advance(); ret = try parseType() }
            } else {
                repeat {
                    let n = try expectIdentifier("closure parameter name")
                    params.append(ParamDecl(label: nil, name: n.text, type: nil, defaultValue: nil, variadic: false, isInout: false, offset: n.offset))
                } while acceptPunct(",")
                if tok.isOp("->") { _ = advance(); ret = try parseType() }
            }
            guard tok.isKeyword("in") else { i = save; throw fail("expected 'in' after closure parameters") }
            _ = advance()
        }
        anonymousCounts.append(0)
        closureHeights.append(0)
        var body: [Stmt] = []
        let saved = noTrailingClosure
        noTrailingClosure = false
        while !tok.isPunct("}") {
            if tok.kind == .eof { anonymousCounts.removeLast(); closureHeights.removeLast(); noTrailingClosure = saved; throw fail("expected '}' at end of closure", open) }
            if acceptPunct(";") { continue }
            body.append(contentsOf: try statements())
            try endOfStatement()
        }
        noTrailingClosure = saved
        let close = advance().offset
        let anon = anonymousCounts.removeLast()
        let bodyHeight = closureHeights.removeLast()
        let f = FunctionDecl(name: "closure", params: params, returnType: ret, body: body, offset: open.offset)
        f.isClosure = true
        f.endOffset = close
        if !hasHeader && anon > 0 {
            f.anonymousParams = anon
            f.params = (0..<anon).map { ParamDecl(label: nil, name: "$\($0)", type: nil, defaultValue: nil, variadic: false, isInout: false, offset: open.offset) }
        }
        return try grew(Expr(.closure(f), open.offset, height: bodyHeight + 1))
    }
}

extension String {
    /// The literal's text without its `_` digit separators (`1_000` is `1000`).
    var withoutDigitSeparators: String { filter { $0 != "_" } }
}
