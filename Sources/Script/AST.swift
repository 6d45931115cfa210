// The syntax tree. Every node keeps the byte offset of the token that starts it (or of
// its operator), so a diagnostic can point at it.

/// A type as written in an annotation: `Double`, `[Int]`, `[String: Int]`, `(Int, Int)`,
/// `Tensor?`, `(Double) -> Double`.
indirect enum TypeRef: CustomStringConvertible {
    /// Whether a literal somewhere in a value of this type takes that type: an integer
    /// literal a Double, a one-character string literal a Character, a tuple literal the
    /// type's labels.
    var needsLiteralTyping: Bool {
        switch self {
        case .named(let n): return n == "Double" || n == "Float" || n == "Character"
        case .array(let e), .optional(let e): return e.needsLiteralTyping
        case .dictionary(let k, let v): return k.needsLiteralTyping || v.needsLiteralTyping
        case .tuple(let ts): return hasTupleLabels || ts.contains(where: \.needsLiteralTyping)
        case .function: return false
        case .labelled(_, let t): return t.needsLiteralTyping
        }
    }

    case named(String)
    case array(TypeRef)
    case dictionary(TypeRef, TypeRef)
    case optional(TypeRef)
    case tuple([TypeRef])
    case function([TypeRef], TypeRef)
    /// An element of a tuple type with its label: `lo: Int` in `(lo: Int, hi: Int)`.
    case labelled(String, TypeRef)

    /// The type without a tuple element's label.
    var unlabelled: TypeRef {
        if case .labelled(_, let t) = self { return t }
        return self
    }

    /// True for a tuple type with at least one labelled element.
    var hasTupleLabels: Bool {
        if case .tuple(let ts) = self { return ts.contains { if case .labelled = $0 { return true }; return false } }
        if case .optional(let t) = self { return t.hasTupleLabels }
        return false
    }

    var description: String {
        switch self {
        case .named(let n): return n
        case .array(let e): return "[\(e)]"
        case .dictionary(let k, let v): return "[\(k): \(v)]"
        case .optional(let t): return "\(t)?"
        case .tuple(let ts): return "(" + ts.map(\.description).joined(separator: ", ") + ")"
        case .function(let ps, let r): return "(" + ps.map(\.description).joined(separator: ", ") + ") -> \(r)"
        case .labelled(let l, let t): return "\(l): \(t)"
        }
    }

    /// For a variadic parameter `_ xs: Double...`, stored as `[Double]`: the element type.
    var variadicElement: TypeRef? {
        if case .array(let e) = self { return e }
        return nil
    }
}

/// An argument at a call site or in a subscript.
struct Argument {
    var label: String?
    var value: Expr
    /// Written after the call's parentheses (`apply(xs) { $0 * 2 }`): it may stand for a
    /// labelled parameter.
    var isTrailingClosure = false
    /// Where the label is written (swiftc points there for a misplaced argument).
    var labelOffset: Int? = nil
}

/// A piece of a string literal.
enum StringPart {
    case text(String)
    case interpolation(Expr)
}

/// `let (a, b) = …`, `for (i, x) in …`, `for _ in …`.
indirect enum Pattern {
    case name(String, offset: Int)
    case wildcard
    case tuple([Pattern])

    var names: [(String, Int)] {
        switch self {
        case .name(let n, let o): return [(n, o)]
        case .wildcard: return []
        case .tuple(let ps): return ps.flatMap(\.names)
        }
    }
}

struct Expr {
    indirect enum Kind {
        /// The called expression of a call, else nil.
        var callee: Expr? {
            if case .call(let f, _, _) = self { return f }
            return nil
        }

        case intLiteral(Int)
        case doubleLiteral(Double)
        case boolLiteral(Bool)
        case stringLiteral([StringPart])
        case nilLiteral
        case name(String)
        /// `Stack<Int>`: a lesson's generic type with its arguments written (they are not
        /// checked: values carry their types).
        case specializedType(String)
        case selfRef
        /// `super.method`
        case superMember(String)
        case member(Expr, String)
        /// `a?.b`: the whole chain is nil when `a` is.
        case optionalMember(Expr, String)
        /// `.mean`
        case implicitMember(String)
        case call(Expr, [Argument], trailing: Expr?)
        case subscriptAccess(Expr, [Argument])
        case prefix(String, Expr)
        /// `x!`
        case forceUnwrap(Expr)
        case binary(String, Expr, Expr)
        case ternary(Expr, Expr, Expr)
        case arrayLiteral([Expr])
        case dictionaryLiteral([(Expr, Expr)])
        case tuple([(label: String?, value: Expr)])
        case closure(FunctionDecl)
        /// The lone `...` ("all of this axis").
        case fullRange
        /// `..<b`, `...b`
        case prefixRange(closed: Bool, Expr)
        /// `a...`
        case postfixRange(Expr)
        /// `+` passed as a function.
        case operatorRef(String)
        /// `[Double]()`, `[String: Int]()`
        case emptyCollection(TypeRef)
        /// `x as Double`, `x as? T`, `x as! T` (checked at run time)
        case cast(Expr, TypeRef, String)
        /// `x is T`
        case typeCheck(Expr, TypeRef)
        /// `try x`: no effect
        case passthrough(Expr)
        /// `try? x` (nil when it throws) and `try! x` (a fatal error when it throws).
        case tryExpr(String, Expr)
    }
    let kind: Kind
    var offset: Int
    /// Levels of the tree from this node down (1 for a leaf; a closure counts its body's
    /// expressions). The parser refuses trees taller than `Parser.maxExpressionHeight`, so
    /// every recursive walk of an expression (resolver, checks, compiler, the compiled
    /// closures, releasing the tree) stays far inside the stack.
    let height: Int32
    /// Integer literals (possibly negated or combined with other literals) take the type
    /// their context needs, as in Swift. Worked out once here: asking every node of a
    /// 40,000-term sum made compiling it quadratic.
    let isIntLiteral: Bool
    /// Integer literals joined by `+ - * / %` (`3 / 4`, `-(1 + 2) * 3`): the whole takes the
    /// type its place needs, as each literal does in Swift. Worked out once, as `isIntLiteral`.
    let isLiteralArithmetic: Bool

    /// `2.5` or `-2.5`: a floating-point literal, which makes its integer neighbours in an
    /// array literal Doubles.
    var isDoubleLiteral: Bool {
        switch kind {
        case .doubleLiteral: return true
        case .prefix("-", let e), .prefix("+", let e): return e.isDoubleLiteral
        default: return false
        }
    }

    /// A call's closing parenthesis (0: none, or not a call): swiftc reports a missing
    /// argument there.
    var endOffset = 0

    init(_ kind: Kind, _ offset: Int, height: Int32? = nil) {
        self.kind = kind
        self.offset = offset
        self.height = height ?? 1 + Expr.childHeight(kind)
        switch kind {
        case .intLiteral: isIntLiteral = true
        case .prefix("-", let e), .prefix("+", let e): isIntLiteral = e.isIntLiteral
        case .binary(let op, let a, let b) where op == "+" || op == "-" || op == "*": isIntLiteral = a.isIntLiteral && b.isIntLiteral
        default: isIntLiteral = false
        }
        switch kind {
        case .binary(let op, let a, let b) where ["+", "-", "*", "/", "%"].contains(op): isLiteralArithmetic = a.isLiteralArithmetic && b.isLiteralArithmetic
        case .prefix("-", let e): isLiteralArithmetic = e.isLiteralArithmetic
        default: isLiteralArithmetic = isIntLiteral
        }
    }

    /// The tallest child's height (0 for a leaf).
    private static func childHeight(_ kind: Kind) -> Int32 {
        func most(_ es: [Expr]) -> Int32 { es.reduce(0) { max($0, $1.height) } }
        switch kind {
        case .member(let e, _), .optionalMember(let e, _), .prefix(_, let e), .forceUnwrap(let e),
             .prefixRange(_, let e), .postfixRange(let e), .cast(let e, _, _), .typeCheck(let e, _), .passthrough(let e), .tryExpr(_, let e):
            return e.height
        case .call(let f, let args, let trailing):
            return max(f.height, most(args.map(\.value)), trailing?.height ?? 0)
        case .subscriptAccess(let e, let args): return max(e.height, most(args.map(\.value)))
        case .binary(_, let a, let b): return max(a.height, b.height)
        case .ternary(let a, let b, let c): return max(a.height, b.height, c.height)
        case .arrayLiteral(let es): return most(es)
        case .dictionaryLiteral(let pairs): return pairs.reduce(0) { max($0, $1.0.height, $1.1.height) }
        case .tuple(let items): return most(items.map(\.value))
        case .stringLiteral(let parts):
            return parts.reduce(0) { if case .interpolation(let e) = $1 { return max($0, e.height) }; return $0 }
        default: return 0
        }
    }

    /// An integer literal expression as a Double, when it is one.
    var intLiteralAsDouble: Double? {
        guard isIntLiteral else { return nil }
        switch kind {
        case .intLiteral(let i): return Double(i)
        case .prefix("-", let e): return e.intLiteralAsDouble.map { -$0 }
        case .prefix("+", let e): return e.intLiteralAsDouble
        case .binary(let op, let a, let b):
            guard let x = a.intLiteralAsDouble, let y = b.intLiteralAsDouble else { return nil }
            switch op { case "+": return x + y; case "-": return x - y; case "*": return x * y; default: return nil }
        default: return nil
        }
    }


    /// This literal arithmetic with every integer literal a Double (`3 / 4` is 0.75 where a
    /// Double is expected).
    var withDoubleLiterals: Expr {
        switch kind {
        case .intLiteral(let i): return Expr(.doubleLiteral(Double(i)), offset)
        case .binary(let op, let a, let b): return Expr(.binary(op, a.withDoubleLiterals, b.withDoubleLiterals), offset)
        case .prefix(let op, let x): return Expr(.prefix(op, x.withDoubleLiterals), offset)
        default: return self
        }
    }

    /// The Character a one-character string literal (`"a"`) makes where one is expected.
    var characterLiteral: Character? {
        guard case .stringLiteral(let parts) = kind, parts.count == 1, case .text(let s) = parts[0], s.count == 1 else { return nil }
        return Character(s)
    }
}

/// A condition in `if`, `guard`, `while`: an expression, `let x = optional`, or
/// `case pattern = value`.
enum Condition {
    case expr(Expr)
    /// `let x = e`, `var x: T = e`; `at`: the `let` or `var`.
    case bind(Pattern, TypeRef?, Expr, isVar: Bool, at: Int)
    case matches(CasePattern, Expr)
}

/// A pattern of `case`, `if case` and `catch`, as Swift has them.
indirect enum CasePattern {
    /// `_`
    case wildcard
    /// `let x`, or a bare name inside `let (…)` / `case let .some(x)`; `var x` is mutable.
    case bind(String, offset: Int, mutable: Bool)
    /// `(0, let y)`, `(x: _, y: 0)`
    case tuple([(label: String?, pattern: CasePattern)])
    /// `.circle(let r)`, `Shape.rect(let w, _)`, `.red` (type nil: from the context).
    case enumCase(type: String?, name: String, args: [(label: String?, pattern: CasePattern)]?, offset: Int)
    /// `let x?`
    case optionalSome(CasePattern)
    /// An expression compared with `==` (or contained, for a range): `1...5`, `"a"`, `limit`.
    case value(Expr)
    /// `is T`
    case isType(TypeRef)
    /// `let x as T`
    case asType(CasePattern, TypeRef)
}

/// One `case` of a `switch` (no patterns: `default`).
struct SwitchCase {
    var patterns: [CasePattern]
    var body: [Stmt]
    var offset: Int
    /// `case … where condition:`
    var guardExpr: Expr? = nil
}

struct ParamDecl {
    var label: String?
    var name: String
    var type: TypeRef?
    var defaultValue: Expr?
    var variadic: Bool
    var isInout: Bool
    var offset: Int
    /// `id id: Int`: the label written apart from the name (a subscript's parameters have
    /// labels only then).
    var labelWritten = false
}

/// A function, method, initialiser or closure.
final class FunctionDecl {
    var name: String
    var params: [ParamDecl]
    var returnType: TypeRef?
    var body: [Stmt]
    var offset: Int
    var isStatic = false
    var isMutating = false
    var isInit = false
    var isClosure = false
    /// Declared `override`.
    var isOverride = false
    /// Where the function's name is written (swiftc points there).
    var nameOffset = 0
    /// Where its body's closing `}` is (0: not known).
    var endOffset = 0
    /// `throws` or `rethrows`.
    var isThrowing = false
    /// `func show<U: Unit>(…)`: the generic parameters' names.
    var genericParams: [String] = []
    /// `<T: Comparable>`: each constrained parameter's protocol.
    var genericConstraints: [String: String] = [:]
    /// A protocol's requirement: a signature with no body.
    var isRequirement = false
    /// `{ $0 * 2 }`: the number of `$n` parameters used.
    var anonymousParams = 0

    init(name: String, params: [ParamDecl], returnType: TypeRef?, body: [Stmt], offset: Int) {
        self.name = name
        self.params = params
        self.returnType = returnType
        self.body = body
        self.offset = offset
    }
}

/// What a type declaration declares.
enum TypeDeclKind: String {
    case classType = "class", structType = "struct", enumType = "enum", protocolType = "protocol", extensionType = "extension"
}

/// A `class`, `struct`, `enum` or `protocol` declaration, or an `extension`.
final class TypeDecl {
    var name: String
    var kind: TypeDeclKind
    /// Every name after the colon: a superclass, a raw type, protocols.
    var inherited: [String]
    var members: [Stmt]
    var offset: Int
    /// An enum's cases, in order.
    var cases: [EnumCaseDecl] = []
    /// `struct Stack<Element>`: the generic parameters (their types are not checked).
    var genericParams: [String] = []
    /// Where the type's name is written (swiftc points there for a conformance it lacks).
    var nameOffset = 0
    /// Members declared `private`: not to be used from outside the type and its extensions.
    var privateMembers: Set<String> = []
    init(name: String, kind: TypeDeclKind, inherited: [String], members: [Stmt], offset: Int) {
        self.name = name
        self.kind = kind
        self.inherited = inherited
        self.members = members
        self.offset = offset
    }

    var isStruct: Bool { kind == .structType }
    /// The first inherited name, a superclass candidate.
    var superName: String? { inherited.first }
}

struct Stmt {
    indirect enum Kind {
        case expr(Expr)
        case varDecl(isLet: Bool, Pattern, TypeRef?, Expr?, isStatic: Bool)
        /// `var x: T { get } set { }`
        case computedVar(name: String, TypeRef?, getter: [Stmt], setter: (String, [Stmt])?, isStatic: Bool)
        /// `a = b`, `a += b`…; target `_` discards.
        case assign(String, Expr, Expr)
        case ifStmt([Condition], [Stmt], elseBody: [Stmt]?)
        case guardStmt([Condition], [Stmt])
        case whileStmt([Condition], [Stmt])
        case repeatWhile([Stmt], Expr)
        case forIn(Pattern, Expr, whereClause: Expr?, [Stmt])
        case switchStmt(Expr, [SwitchCase])
        case breakStmt
        case continueStmt
        /// `break label` (isBreak) or `continue label`.
        case labelledJump(isBreak: Bool, label: String)
        /// `label: for …`, `label: while …`, `label: repeat …`
        case labelled(String, Stmt)
        case returnStmt(Expr?)
        case function(FunctionDecl)
        case typeDecl(TypeDecl)
        case block([Stmt])
        /// `throw value`
        case throwStmt(Expr)
        /// `do { … } catch … { … }`
        case doCatch([Stmt], [CatchClause])
        /// `defer { … }`
        case deferStmt([Stmt])
        /// `subscript(i: Int) -> T { get set }` in a type.
        case subscriptDecl(FunctionDecl, setter: (String, [Stmt])?)
        /// `willSet { … }` and `didSet { … }` of the stored property declared just before
        /// (`var value = 0.0 { didSet { … } }`), each with its parameter's name.
        case propertyObservers(name: String, TypeRef?, willSet: (String, [Stmt])?, didSet: (String, [Stmt])?)
        /// `lazy var table: [Double] = makeTable()`: computed on first read, then kept.
        case lazyVar(name: String, TypeRef?, Expr)
        /// A protocol's property requirement: `var area: Double { get }`.
        case propertyRequirement(name: String, TypeRef?, settable: Bool, isStatic: Bool)
        case empty
    }
    var kind: Kind
    var offset: Int

    init(_ kind: Kind, _ offset: Int) {
        self.kind = kind
        self.offset = offset
    }
}
