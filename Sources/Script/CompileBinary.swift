// Binary operators, compiled into one closure per operator and operand shape.
//
// Why: a training loop is mostly `Double op Double` on variables and literals. Reading
// an operand through its own closure costs an indirect call and a `Value` copy, so the
// common operand shapes (a local slot, a global slot, a constant) are read inline by a
// closure specialised for that pair of shapes (Swift generics specialised per `Operand`
// type; any other operand is a compiled `Code`). The Int and Double cases are inlined;
// everything else (and every error) goes through `binaryOperation` on a cold path that
// attaches the expression's place, so the hot path has no extra closure and no do/catch.

/// One operand of a binary operator, read without a closure call where possible.
protocol Operand {
    func get(_ fp: UnsafeMutablePointer<Value>) throws -> Value
}

/// An unboxed local variable: `fp[slot]`.
struct LocalOperand: Operand {
    let slot: Int
    @inline(__always) func get(_ fp: UnsafeMutablePointer<Value>) -> Value { fp[slot] }
}

/// A global variable: a fixed cell in the session's globals block.
struct GlobalOperand: Operand {
    let cell: UnsafeMutablePointer<Value>
    @inline(__always) func get(_ fp: UnsafeMutablePointer<Value>) -> Value { cell.pointee }
}

/// A literal.
struct ConstantOperand: Operand {
    let value: Value
    @inline(__always) func get(_ fp: UnsafeMutablePointer<Value>) -> Value { value }
}

/// Any other expression.
struct CodeOperand: Operand {
    let code: Code
    @inline(__always) func get(_ fp: UnsafeMutablePointer<Value>) throws -> Value { try code(fp) }
}

/// The shape of an operand, decided at compile time.
enum OperandShape {
    case local(Int)
    case global(UnsafeMutablePointer<Value>)
    case constant(Value)
    case code(Code)
    /// `array[i]` with both a variable (see `ElementOperand`).
    case element(ElementOperand)

    /// The operand's value (a switch, cheaper than a closure call for variables and literals).
    @inline(__always) func get(_ fp: UnsafeMutablePointer<Value>) throws -> Value {
        switch self {
        case .local(let s): return fp[s]
        case .global(let c): return c.pointee
        case .constant(let v): return v
        case .code(let c): return try c(fp)
        case .element(let e): return try e.get(fp)
        }
    }
}

/// Makes the code of an operator once both operands' types are known. (Two protocols
/// with concrete results rather than one with an associated type: a closure returned
/// through a generic result is re-abstracted, and every call would pay for two thunks.)
protocol CodePairBuilder {
    func make<A: Operand, B: Operand>(_ a: A, _ b: B) -> Code
}

/// A condition's code from a pair of operands.
protocol BoolPairBuilder {
    func make<A: Operand, B: Operand>(_ a: A, _ b: B) -> BoolCode
}

/// Compiled condition.
typealias BoolCode = (UnsafeMutablePointer<Value>) throws -> Bool

/// Something made from a pair of operands once both operands' concrete types are known.
/// The one double dispatch below serves every kind of builder; each kind keeps its result
/// in a concretely typed property, so no closure passes through a generic result.
protocol OperandPairVisitor {
    mutating func visit<A: Operand, B: Operand>(_ a: A, _ b: B)
}

/// Dispatches both shapes to concrete operand types (each pair gets its own specialised code).
func visitOperands<V: OperandPairVisitor>(_ v: inout V, _ a: OperandShape, _ b: OperandShape) {
    switch a {
    case .local(let s): visitSecond(&v, LocalOperand(slot: s), b)
    case .global(let c): visitSecond(&v, GlobalOperand(cell: c), b)
    case .constant(let x): visitSecond(&v, ConstantOperand(value: x), b)
    case .code(let c): visitSecond(&v, CodeOperand(code: c), b)
    case .element(let e): visitSecond(&v, e, b)
    }
}

@inline(__always)
private func visitSecond<V: OperandPairVisitor, A: Operand>(_ v: inout V, _ a: A, _ b: OperandShape) {
    switch b {
    case .local(let s): v.visit(a, LocalOperand(slot: s))
    case .global(let c): v.visit(a, GlobalOperand(cell: c))
    case .constant(let x): v.visit(a, ConstantOperand(value: x))
    case .code(let c): v.visit(a, CodeOperand(code: c))
    case .element(let e): v.visit(a, e)
    }
}

private struct CodeMaker<Builder: CodePairBuilder>: OperandPairVisitor {
    let builder: Builder
    var result: Code?
    mutating func visit<A: Operand, B: Operand>(_ a: A, _ b: B) { result = builder.make(a, b) }
}

private struct BoolCodeMaker<Builder: BoolPairBuilder>: OperandPairVisitor {
    let builder: Builder
    var result: BoolCode?
    mutating func visit<A: Operand, B: Operand>(_ a: A, _ b: B) { result = builder.make(a, b) }
}

private struct ExecMaker<Builder: ExecPairBuilder>: OperandPairVisitor {
    let builder: Builder
    var result: Exec?
    mutating func visit<A: Operand, B: Operand>(_ a: A, _ b: B) { result = builder.make(a, b) }
}

/// An expression's code from a pair of operands.
func buildPair<V: CodePairBuilder>(_ v: V, _ a: OperandShape, _ b: OperandShape) -> Code {
    var maker = CodeMaker(builder: v, result: nil)
    visitOperands(&maker, a, b)
    return maker.result!
}

/// A condition's code from a pair of operands.
func buildBoolPair<V: BoolPairBuilder>(_ v: V, _ a: OperandShape, _ b: OperandShape) -> BoolCode {
    var maker = BoolCodeMaker(builder: v, result: nil)
    visitOperands(&maker, a, b)
    return maker.result!
}

/// A statement's code from a pair of operands.
func buildExecPair<V: ExecPairBuilder>(_ v: V, _ a: OperandShape, _ b: OperandShape) -> Exec {
    var maker = ExecMaker(builder: v, result: nil)
    visitOperands(&maker, a, b)
    return maker.result!
}

/// Both operands as Doubles when they are (an integer literal counts as a Double beside a
/// Double, as in Swift: bit 0 of `mask` marks `a` as one, bit 1 `b`).
@inline(__always)
func doublePair(_ l: Value, _ r: Value, _ mask: UInt64) -> (Double, Double)? {
    switch (l, r) {
    case (.double(let x), .double(let y)): return (x, y)
    case (.int(let x), .double(let y)) where mask & 1 != 0: return (Double(x), y)
    case (.double(let x), .int(let y)) where mask & 2 != 0: return (x, Double(y))
    default: return nil
    }
}

extension NativeContext {
    /// Any operator on any values, with the expression's place attached to its errors.
    @inline(never)
    func binarySlow(_ op: String, _ l: Value, _ r: Value, _ mask: UInt64, _ offset: Int,
                    _ names: OperandNames = .unknown) throws -> Value {
        do { return try binaryOperation(op, l, r, literalMask: mask) } catch var e as ScriptError {
            if e.offset == nil { e.offset = offset }
            e.message = names.namingTheIntToConvert(in: e.message, l, r)
            throw e
        }
    }

    /// A comparison's result as a Bool (for conditions), with the place attached.
    @inline(never)
    func compareSlow(_ op: String, _ l: Value, _ r: Value, _ mask: UInt64, _ offset: Int,
                     _ names: OperandNames = .unknown) throws -> Bool {
        let v = try binarySlow(op, l, r, mask, offset, names)
        if case .bool(let b) = v { return b }
        throw ScriptError(notABoolean(v.typeName), at: offset)
    }
}

/// One `a op b` site's operator of a native type (`Tensor + Tensor`), found once per
/// operand type and then reused while the operand's type is the same (an identity
/// compare instead of walking the type chain and hashing the operator's name). The
/// order of the look-up is `binaryOperation`'s: the left operand's type, else (the left
/// being no native object) the right's; anything else goes to `binarySlow`.
final class OperatorSite {
    let op: String
    let mask: UInt64
    let offset: Int
    let names: OperandNames
    private var leftType: NativeType?
    private var leftOperator: ((Value, Value) throws -> Value)?
    private var rightType: NativeType?
    private var rightOperator: ((Value, Value) throws -> Value)?

    init(op: String, mask: UInt64, offset: Int, names: OperandNames = .unknown) {
        self.op = op
        self.mask = mask
        self.offset = offset
        self.names = names
    }

    /// `l op r` for operands that are not both numbers, with the place attached to errors.
    @inline(never)
    func slow(_ l: Value, _ r: Value, _ ctx: NativeContext) throws -> Value {
        if case .native(let n) = l {
            let t = n.nativeType
            if t !== leftType {
                leftType = t
                leftOperator = t.findOperator(op)
            }
            if let f = leftOperator { return try withOffset(offset) { try f(l, r) } }
        } else if case .native(let n) = r, !isBox(l) {
            let t = n.nativeType
            if t !== rightType {
                rightType = t
                rightOperator = t.findOperator(op)
            }
            if let f = rightOperator { return try withOffset(offset) { try f(l, r) } }
        }
        return try ctx.binarySlow(op, l, r, mask, offset, names)
    }

    @inline(__always)
    private func isBox(_ v: Value) -> Bool {
        if case ._box = v { return true }
        return false
    }
}

/// Runs `body`, giving its errors that have no place yet the place `offset` (an inlined
/// do/catch: nothing extra on the path that does not throw).
@inline(__always)
func withOffset<T>(_ offset: Int, _ body: () throws -> T) throws -> T {
    do { return try body() } catch var e as ScriptError {
        if e.offset == nil { e.offset = offset }
        throw e
    }
}

/// Code for `a op b` returning a value.
struct ValueOperatorBuilder: CodePairBuilder {
    let op: String
    let mask: UInt64
    let offset: Int
    let ctx: NativeContext
    /// The operands' names, for an Int/Double mix's hint.
    var names = OperandNames.unknown

    @inline(__always)
    func make<A: Operand, B: Operand>(_ a: A, _ b: B) -> Code {
        let op = self.op, mask = self.mask, offset = self.offset, ctx = self.ctx, names = self.names
        let site = OperatorSite(op: op, mask: mask, offset: offset, names: names)
        switch op {
        case "+":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                if case .double(let x) = l, case .double(let y) = r { return .double(x + y) }
                if let (x, y) = doublePair(l, r, mask) { return .double(x + y) }
                if case .int(let x) = l, case .int(let y) = r, case (let s, false) = x.addingReportingOverflow(y) { return .int(s) }
                return try site.slow(l, r, ctx)
            }
        case "-":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                if case .double(let x) = l, case .double(let y) = r { return .double(x - y) }
                if let (x, y) = doublePair(l, r, mask) { return .double(x - y) }
                if case .int(let x) = l, case .int(let y) = r, case (let s, false) = x.subtractingReportingOverflow(y) { return .int(s) }
                return try site.slow(l, r, ctx)
            }
        case "*":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                if case .double(let x) = l, case .double(let y) = r { return .double(x * y) }
                if let (x, y) = doublePair(l, r, mask) { return .double(x * y) }
                if case .int(let x) = l, case .int(let y) = r, case (let s, false) = x.multipliedReportingOverflow(by: y) { return .int(s) }
                return try site.slow(l, r, ctx)
            }
        case "/":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                if case .double(let x) = l, case .double(let y) = r { return .double(x / y) }
                if let (x, y) = doublePair(l, r, mask) { return .double(x / y) }
                return try site.slow(l, r, ctx)
            }
        case "<", "<=", ">", ">=", "==", "!=":
            let cmp = CompareBuilder(op: op, mask: mask, offset: offset, ctx: ctx, names: names).make(a, b)
            return { fp in .bool(try cmp(fp)) }
        default:
            return { fp in try site.slow(try a.get(fp), try b.get(fp), ctx) }
        }
    }
}

/// Code for a comparison returning a Bool directly (conditions of `if` and `while`).
struct CompareBuilder: BoolPairBuilder {
    let op: String
    let mask: UInt64
    let offset: Int
    let ctx: NativeContext
    /// The operands' names, for an Int/Double mix's hint.
    var names = OperandNames.unknown

    @inline(__always)
    func make<A: Operand, B: Operand>(_ a: A, _ b: B) -> BoolCode {
        let op = self.op, mask = self.mask, offset = self.offset, ctx = self.ctx, names = self.names
        switch op {
        case "<":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                if case .int(let x) = l, case .int(let y) = r { return x < y }
                if let (x, y) = doublePair(l, r, mask) { return x < y }
                return try ctx.compareSlow(op, l, r, mask, offset, names)
            }
        case "<=":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                if case .int(let x) = l, case .int(let y) = r { return x <= y }
                if let (x, y) = doublePair(l, r, mask) { return x <= y }
                return try ctx.compareSlow(op, l, r, mask, offset, names)
            }
        case ">":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                if case .int(let x) = l, case .int(let y) = r { return x > y }
                if let (x, y) = doublePair(l, r, mask) { return x > y }
                return try ctx.compareSlow(op, l, r, mask, offset, names)
            }
        case ">=":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                if case .int(let x) = l, case .int(let y) = r { return x >= y }
                if let (x, y) = doublePair(l, r, mask) { return x >= y }
                return try ctx.compareSlow(op, l, r, mask, offset, names)
            }
        case "==":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                if case .int(let x) = l, case .int(let y) = r { return x == y }
                if let (x, y) = doublePair(l, r, mask) { return x == y }
                return try ctx.compareSlow(op, l, r, mask, offset, names)
            }
        case "!=":
            return { fp in
                let l = try a.get(fp), r = try b.get(fp)
                if case .int(let x) = l, case .int(let y) = r { return x != y }
                if let (x, y) = doublePair(l, r, mask) { return x != y }
                return try ctx.compareSlow(op, l, r, mask, offset, names)
            }
        default:
            return { fp in try ctx.compareSlow(op, try a.get(fp), try b.get(fp), mask, offset, names) }
        }
    }
}

extension Compiler {
    /// How an operand is read: inline for variables and literals, else its compiled code.
    func operandShape(_ e: Expr) throws -> OperandShape {
        switch e.kind {
        case .intLiteral(let i): return .constant(.int(i))
        case .doubleLiteral(let d): return .constant(.double(d))
        case .prefix("-", let inner):
            if case .intLiteral(let i) = inner.kind { return .constant(.int(-i)) }
            if case .doubleLiteral(let d) = inner.kind { return .constant(.double(-d)) }
        case .passthrough(let inner):
            return try underTry(e) { try operandShape(inner) }
        case .ternary(_, let a, let b) where a.isIntLiteral || b.isIntLiteral:
            // `loss + (late ? 1.5 : 0)`: a literal branch takes the other branch's type.
            if let t = staticType(of: e), t.numberName == "Double" { return .code(try typed(e, t)) }
        case .subscriptAccess(let base, let args):
            if args.count == 1, args[0].label == nil, let array = variablePlace(base), let index = variablePlace(args[0].value) {
                return .element(ElementOperand(array: array, index: index, offset: e.offset, ctx: ctx))
            }
        case .name(let n):
            if let info = resolve(n), !info.isComputed {
                try checkInitializedBeforeUse(n, info, e.offset)
                switch info.ref {
                case .global(let s): return .global(ctx.globals + s)
                case .local(let s, false): return .local(s)
                default: break
                }
            }
        default: break
        }
        return .code(try expr(e))
    }

    /// `a op b` for the arithmetic and comparison operators.
    /// A collection literal compared with a value of known type takes that type
    /// (`r == [1, 2]` for `r: [Double]` compares Doubles, as in Swift).
    func comparedShapes(_ a: Expr, _ b: Expr) throws -> (OperandShape, OperandShape) {
        func isCollectionLiteral(_ e: Expr) -> Bool {
            switch e.kind { case .arrayLiteral, .dictionaryLiteral, .tuple: return true; default: return false }
        }
        if isCollectionLiteral(b), !isCollectionLiteral(a), let t = staticType(of: a), t.needsLiteralTyping {
            return (try operandShape(a), .code(try typed(b, t)))
        }
        if isCollectionLiteral(a), !isCollectionLiteral(b), let t = staticType(of: b), t.needsLiteralTyping {
            return (.code(try typed(a, t)), try operandShape(b))
        }
        return (try operandShape(a), try operandShape(b))
    }

    func operatorCode(_ op: String, _ a: Expr, _ b: Expr, _ offset: Int) throws -> Code {
        let mask: UInt64 = (a.isIntLiteral ? 1 : 0) | (b.isIntLiteral ? 2 : 0)
        let (x, y) = op == "==" || op == "!=" ? try comparedShapes(a, b) : (try operandShape(a), try operandShape(b))
        return buildPair(ValueOperatorBuilder(op: op, mask: mask, offset: offset, ctx: ctx, names: OperandNames(a, b)), x, y)
    }

    /// A comparison used as a condition, as a Bool without boxing it in a `Value`.
    func comparisonCode(_ op: String, _ a: Expr, _ b: Expr, _ offset: Int) throws -> BoolCode {
        try checkOperands(op, a, b, offset)
        let mask: UInt64 = (a.isIntLiteral ? 1 : 0) | (b.isIntLiteral ? 2 : 0)
        let (x, y) = op == "==" || op == "!=" ? try comparedShapes(a, b) : (try operandShape(a), try operandShape(b))
        return buildBoolPair(CompareBuilder(op: op, mask: mask, offset: offset, ctx: ctx, names: OperandNames(a, b)), x, y)
    }
}

/// Code for `base[index]` with one unlabeled index: an array element read inline.
struct SubscriptBuilder: CodePairBuilder {
    let offset: Int
    let ctx: NativeContext

    @inline(__always)
    func make<A: Operand, B: Operand>(_ a: A, _ b: B) -> Code {
        let offset = self.offset, ctx = self.ctx
        return { fp in
            let bv = try a.get(fp), iv = try b.get(fp)
            if case .array(let arr) = bv, case .int(let k) = iv, k >= 0 && k < arr.count { return arr[k] }
            return try ctx.subscriptSlow(bv, iv, offset)
        }
    }
}

extension NativeContext {
    /// `base[index]` for anything but an in-range array element, with the place attached.
    @inline(never)
    func subscriptSlow(_ base: Value, _ index: Value, _ offset: Int) throws -> Value {
        do { return try subscriptGet(base, [index], [nil]) } catch var e as ScriptError {
            if e.offset == nil { e.offset = offset }
            throw e
        }
    }
}

/// The names of a binary operator's operands where they are plain variables, so that the
/// error for mixing Int and Double can say which operand to convert: `Double(n)`.
struct OperandNames {
    let left: String?
    let right: String?

    static let unknown = OperandNames(left: nil, right: nil)

    init(left: String?, right: String?) {
        self.left = left
        self.right = right
    }

    init(_ a: Expr, _ b: Expr) {
        self.init(left: Self.plainName(a), right: Self.plainName(b))
    }

    private static func plainName(_ e: Expr) -> String? {
        switch e.kind {
        case .name(let n): return n
        case .passthrough(let inner): return plainName(inner)
        default: return nil
        }
    }

    /// `message` with its generic `Double(…)` hint naming the Int operand, when known.
    func namingTheIntToConvert(in message: String, _ l: Value, _ r: Value) -> String {
        guard message.hasSuffix(intToDoubleHint) else { return message }
        let name: String?
        switch (l, r) {
        case (.int, .double): name = left
        case (.double, .int): name = right
        default: name = nil
        }
        guard let name else { return message }
        return String(message.dropLast(intToDoubleHint.count)) + "\nnote: convert the Int with Double(\(name))"
    }
}

/// The hint an Int/Double mix ends with when the Int operand has no simple name.
let intToDoubleHint = "\nnote: convert the Int with Double(…)"
