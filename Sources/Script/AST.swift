// The syntax tree. Every node keeps the byte offset of the token that starts it (or of
// its operator), so a diagnostic can point at it.

/// A type as written in an annotation: `Double`, `[Int]`, `[String: Int]`, `(Int, Int)`,
/// `Tensor?`, `(Double) -> Double`.
indirect enum TypeRef: CustomStringConvertible {
    /// Whether an integer literal somewhere in a value of this type must become a Double.
    var needsLiteralTyping: Bool {
        switch self {
        case .named(let n): return n == "Double" || n == "Float"
        case .array(let e), .optional(let e): return e.needsLiteralTyping
        case .dictionary(let k, let v): return k.needsLiteralTyping || v.needsLiteralTyping
        case .tuple(let ts): return ts.contains(where: \.needsLiteralTyping)
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
        case intLiteral(Int)
        case doubleLiteral(Double)
        case boolLiteral(Bool)
        case stringLiteral([StringPart])
        case nilLiteral
        case name(String)
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
        /// `try x` and friends: no effect
        case passthrough(Expr)
    }
    var kind: Kind
    var offset: Int

    init(_ kind: Kind, _ offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// Integer literals (possibly negated or combined with other literals) take the type
    /// their context needs, as in Swift.
    var isIntLiteral: Bool {
        switch kind {
        case .intLiteral: return true
        case .prefix("-", let e), .prefix("+", let e): return e.isIntLiteral
        case .binary(let op, let a, let b) where ["+", "-", "*"].contains(op): return a.isIntLiteral && b.isIntLiteral
        default: return false
        }
    }

    /// An integer literal expression as a Double, when it is one.
    var intLiteralAsDouble: Double? {
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
}

/// A condition in `if`, `guard`, `while`: an expression or `let x = optional`.
enum Condition {
    case expr(Expr)
    case bind(Pattern, TypeRef?, Expr, isVar: Bool)
}

/// One `case` of a `switch` (no patterns: `default`).
struct SwitchCase {
    var patterns: [Expr]
    var body: [Stmt]
    var offset: Int
    /// `case let v` / `case let (a, b)`: binds the subject (matches anything).
    var binding: Pattern? = nil
    /// `case … where condition:`
    var guardExpr: Expr? = nil

    /// `default:` (or a `case let v:` with no condition, which matches everything).
    var matchesAll: Bool { patterns.isEmpty && guardExpr == nil }
}

struct ParamDecl {
    var label: String?
    var name: String
    var type: TypeRef?
    var defaultValue: Expr?
    var variadic: Bool
    var isInout: Bool
    var offset: Int
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

/// A `class` or `struct` declaration.
final class TypeDecl {
    var name: String
    var isStruct: Bool
    var superName: String?
    var members: [Stmt]
    var offset: Int
    init(name: String, isStruct: Bool, superName: String?, members: [Stmt], offset: Int) {
        self.name = name
        self.isStruct = isStruct
        self.superName = superName
        self.members = members
        self.offset = offset
    }
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
        case empty
    }
    var kind: Kind
    var offset: Int

    init(_ kind: Kind, _ offset: Int) {
        self.kind = kind
        self.offset = offset
    }
}
