// Operators on values: Swift's rules (no silent Int/Double mixing, overflow and division
// by zero are errors), then native types' operators. Compiled code inlines the Int and
// Double cases and calls `binaryOperation` only for the rest.

/// The place a value is converted for, which decides swiftc's wording.
enum CoercionContext { case declaration, argument, returnValue, property }

extension NativeContext {
    /// `a op b` for any operands. Bit 0 of `literalMask`: `a` is an integer literal;
    /// bit 1: `b` is (a literal takes the other operand's type, as in Swift).
    func binaryOperation(_ op: String, _ a0: Value, _ b0: Value, literalMask: UInt64) throws -> Value {
        var a = a0, b = b0
        if case ._box(let x) = a { a = x.value }
        if case ._box(let x) = b { b = x.value }
        switch (a, b) {
        case (.int(let x), .int(let y)): return try intOperation(op, x, y)
        case (.double(let x), .double(let y)): return try doubleOperation(op, x, y)
        case (.int(let x), .double(let y)):
            if literalMask & 1 != 0 { return try doubleOperation(op, Double(x), y) }
        case (.double(let x), .int(let y)):
            if literalMask & 2 != 0 { return try doubleOperation(op, x, Double(y)) }
        case (.native(let n), _):
            if let f = n.nativeType.findOperator(op) { return try f(a, b) }
            if case .native(let m) = b, let f = m.nativeType.findOperator(op) { return try f(a, b) }
        case (_, .native(let n)):
            if let f = n.nativeType.findOperator(op) { return try f(a, b) }
        case (.string(let x), .string(let y)):
            switch op {
            case "+":
                // Doubling a string in a loop reaches any size in a few dozen steps.
                let n = x.utf8.count &+ y.utf8.count
                if n > 1 << 20 { try checkAllocation(count: n, itemBytes: 1, what: "String +") }
                return .string(x + y)
            case "==": return .bool(x == y)
            case "!=": return .bool(x != y)
            case "<": return .bool(x < y)
            case "<=": return .bool(x <= y)
            case ">": return .bool(x > y)
            case ">=": return .bool(x >= y)
            default: break
            }
        case (.character(let x), .character(let y)):
            switch op {
            case "==": return .bool(x == y)
            case "!=": return .bool(x != y)
            case "<": return .bool(x < y)
            case "<=": return .bool(x <= y)
            case ">": return .bool(x > y)
            case ">=": return .bool(x >= y)
            default: break
            }
        case (.character(let x), .string(let y)) where y.count == 1 && literalMask & 2 != 0:
            return try binaryOperation(op, .character(x), .character(Character(y)), literalMask: 0)
        case (.string(let x), .character(let y)) where x.count == 1 && literalMask & 1 != 0:
            return try binaryOperation(op, .character(Character(x)), .character(y), literalMask: 0)
        case (.array(let x), .array(let y)) where op == "+":
            let n = x.count &+ y.count
            if n > 1 << 16 { try checkAllocation(count: n, itemBytes: MemoryLayout<Value>.stride, what: "Array +") }
            return .array(x + y)
        case (.bool(let x), .bool(let y)):
            if op == "==" { return .bool(x == y) }
            if op == "!=" { return .bool(x != y) }
        default: break
        }
        if let r = try userOperator(op, a, b, literalMask: literalMask) { return r }
        if case .tuple(let x) = a, case .tuple(let y) = b, ["<", "<=", ">", ">="].contains(op), x.elements.count == y.elements.count {
            // Tuples compare element by element, as Swift's `<` on tuples does.
            for (p, q) in zip(x.elements, y.elements) where valuesEqual(p, q) != true {
                return try binaryOperation(op.hasPrefix("<") ? "<" : ">", p, q, literalMask: 0)
            }
            return .bool(op.count == 2)
        }
        if op == "==" || op == "!=" {
            if let eq = valuesEqual(a, b) { return .bool(op == "==" ? eq : !eq) }
        }
        if op == "===" || op == "!==", let same = sameObject(a, b) { return .bool(op == "===" ? same : !same) }
        throw operatorError(op, a, b)
    }

    func operatorError(_ op: String, _ a: Value, _ b: Value) -> ScriptError {
        var msg = "binary operator '\(op)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'"
        if case .int = a, case .double = b { msg += intToDoubleHint }
        if case .double = a, case .int = b { msg += intToDoubleHint }
        if op == "%", case .double = a, case .double = b {
            msg = "'%' is unavailable: for floating point numbers use truncatingRemainder(dividingBy:) instead"
        }
        return ScriptError(msg)
    }

    @inline(__always)
    func intOperation(_ op: String, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case "+": let (r, o) = x.addingReportingOverflow(y); if o { throw overflow(op, x, y) }; return .int(r)
        case "-": let (r, o) = x.subtractingReportingOverflow(y); if o { throw overflow(op, x, y) }; return .int(r)
        case "*": let (r, o) = x.multipliedReportingOverflow(by: y); if o { throw overflow(op, x, y) }; return .int(r)
        case "/":
            if y == 0 { throw ScriptError("division by zero") }
            let (r, o) = x.dividedReportingOverflow(by: y); if o { throw overflow(op, x, y) }; return .int(r)
        case "%":
            if y == 0 { throw ScriptError("division by zero in remainder operation") }
            let (r, o) = x.remainderReportingOverflow(dividingBy: y); if o { throw overflow(op, x, y) }; return .int(r)
        case "==": return .bool(x == y)
        case "!=": return .bool(x != y)
        case "<": return .bool(x < y)
        case "<=": return .bool(x <= y)
        case ">": return .bool(x > y)
        case ">=": return .bool(x >= y)
        // Swift's "smart" shifts: shifting past the width gives 0 (or -1), a negative
        // amount shifts the other way; never a trap.
        case "<<": return .int(x << y)
        case ">>": return .int(x >> y)
        case "&": return .int(x & y)
        case "|": return .int(x | y)
        case "^": return .int(x ^ y)
        case "&+": return .int(x &+ y)
        case "&-": return .int(x &- y)
        case "&*": return .int(x &* y)
        case "..<":
            if y < x { throw ScriptError("Range requires lowerBound <= upperBound") }
            return .range(RangeValue(lower: .int(x), upper: .int(y), closed: false))
        case "...":
            if y < x { throw ScriptError("Range requires lowerBound <= upperBound") }
            return .range(RangeValue(lower: .int(x), upper: .int(y), closed: true))
        default: throw operatorError(op, .int(x), .int(y))
        }
    }

    func overflow(_ op: String, _ x: Int, _ y: Int) -> ScriptError {
        ScriptError("arithmetic overflow: \(x) \(op) \(y) does not fit in an Int")
    }

    @inline(__always)
    func doubleOperation(_ op: String, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case "+": return .double(x + y)
        case "-": return .double(x - y)
        case "*": return .double(x * y)
        case "/": return .double(x / y)
        case "==": return .bool(x == y)
        case "!=": return .bool(x != y)
        case "<": return .bool(x < y)
        case "<=": return .bool(x <= y)
        case ">": return .bool(x > y)
        case ">=": return .bool(x >= y)
        case "..<": return .range(RangeValue(lower: .double(x), upper: .double(y), closed: false))
        case "...": return .range(RangeValue(lower: .double(x), upper: .double(y), closed: true))
        default: throw operatorError(op, .double(x), .double(y))
        }
    }

    /// `op a` for any operand.
    func prefixOperation(_ op: String, _ a0: Value) throws -> Value {
        var a = a0
        if case ._box(let x) = a { a = x.value }
        switch (op, a) {
        case ("-", .int(let x)):
            let (r, o) = Int(0).subtractingReportingOverflow(x)
            if o { throw ScriptError("arithmetic overflow: -(\(x)) does not fit in an Int") }
            return .int(r)
        case ("-", .double(let x)): return .double(-x)
        case ("+", .int), ("+", .double): return a
        case ("!", .bool(let b)): return .bool(!b)
        case ("~", .int(let x)): return .int(~x)
        case (_, .native(let n)):
            if let f = n.nativeType.findPrefix(op) { return try f(a) }
        case (_, .structValue), (_, .instance):
            if let r = try userPrefixOperator(op, a) { return r }
        default: break
        }
        throw ScriptError("unary operator '\(op)' cannot be applied to an operand of type '\(a.typeName)'")
    }

    /// Swift `==` on values that are Equatable; nil when they cannot be compared.
    func valuesEqual(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.character(let x), .character(let y)): return x == y
        case (.character(let x), .string(let y)): return String(x) == y
        case (.string(let x), .character(let y)): return x == String(y)
        case (.symbol(let x), .symbol(let y)): return x == y
        case (.array(let x), .array(let y)):
            if x.count != y.count { return false }
            for (p, q) in zip(x, y) { guard let e = valuesEqual(p, q), e else { return false } }
            return true
        case (.tuple(let x), .tuple(let y)):
            if x.elements.count != y.elements.count { return false }
            for (p, q) in zip(x.elements, y.elements) { guard let e = valuesEqual(p, q), e else { return false } }
            return true
        case (.dictionary(let x), .dictionary(let y)):
            if x.count != y.count { return false }
            for (k, v) in zip(x.keys, x.values) {
                guard let w = try? y.get(k), let e = valuesEqual(v, w), e else { return false }
            }
            return true
        case (.range(let x), .range(let y)):
            return x.closed == y.closed && valuesEqual(x.lower ?? .null, y.lower ?? .null) == true
                && valuesEqual(x.upper ?? .null, y.upper ?? .null) == true
        case (.structValue(let x), .structValue(let y)):
            guard x.cls === y.cls, x.caseIndex == y.caseIndex else { return false }
            if x.cls.findStaticMethods("==") != nil, case .bool(let eq)? = try? userOperator("==", a, b, literalMask: 0) { return eq }
            for (p, q) in zip(x.fields, y.fields) { guard let e = valuesEqual(p, q), e else { return false } }
            return true
        case (.instance(let x), .instance(let y)):
            if x.cls.findStaticMethods("==") != nil, case .bool(let eq)? = try? userOperator("==", a, b, literalMask: 0) { return eq }
            return x === y
        case (.native(let x), .native(let y)): return x === y
        case (.type(let x), .type(let y)): return x.name == y.name
        default: return nil
        }
    }

    /// Converts a value to a declared type, or explains why it cannot be.
    func coerce(_ v: Value, to type: TypeRef, literal: Bool, context: CoercionContext) throws -> Value {
        switch type {
        case .named(let n):
            switch (n, v) {
            case ("Double", .double), ("Float", .double), ("Int", .int), ("String", .string), ("Bool", .bool),
                 ("Character", .character), ("Any", _), ("AnyObject", _):
                return v
            case ("Double", .int(let i)), ("Float", .int(let i)):
                if literal { return .double(Double(i)) }
            case ("Character", .string(let s)):
                if s.count == 1 { return .character(Character(s)) }
            case (_, .symbol(let member)):
                // `.origin`, `.freezing` passed where a lesson type is expected: its static member.
                if let c = lessonType(n) { return try staticMemberValue(c, member) }
                if !["Double", "Float", "Int", "String", "Bool", "Character"].contains(n) { return v }
            default:
                // Lesson and native types are checked where they are used.
                if !["Double", "Float", "Int", "String", "Bool", "Character"].contains(n) { return v }
            }
            throw coercionError(v, type, context)
        case .optional(let t):
            if case .null = v { return v }
            return try coerce(v, to: t, literal: literal, context: context)
        case .array(let e):
            guard case .array(let items) = v else {
                if case .native = v { return v }
                throw coercionError(v, type, context)
            }
            if case .named("Double") = e, items.contains(where: { if case .int = $0 { return true }; return false }) {
                if literal { return .array(items.map { if case .int(let i) = $0 { return .double(Double(i)) }; return $0 }) }
                throw coercionError(v, type, context)
            }
            // `[[1, 2], [3, 4]]` or `["a", "b"]` passed where `[[Double]]` or `[Character]` is expected.
            if literal, e.needsLiteralTyping {
                return .array(try items.map { try coerce($0, to: e, literal: true, context: context) })
            }
            return v
        case .tuple(let ts):
            return try coerceTuple(v, ts, literal: literal, context: context)
        default:
            return v
        }
    }

    func coercionError(_ v: Value, _ type: TypeRef, _ context: CoercionContext) -> ScriptError {
        var msg: String
        switch context {
        case .declaration, .property: msg = "cannot convert value of type '\(v.typeName)' to specified type '\(type)'"
        case .argument: msg = "cannot convert value of type '\(v.typeName)' to expected argument type '\(type)'"
        case .returnValue: msg = "cannot convert return expression of type '\(v.typeName)' to return type '\(type)'"
        }
        if case .int = v, case .named("Double") = type { msg += "\nnote: convert with Double(…)" }
        return ScriptError(msg)
    }
}

/// What `coerce` would check for a declared type, decided once at compile time, so the
/// common case (the value already has the type) costs one tag test. `full` means
/// "ask `coerce`" (conversions, optionals, arrays, characters). No payload, so copying
/// one costs no reference counting.
enum TypeCheck {
    case any, int, double, string, bool, full
    /// A lesson or library type: anything passes except an implicit member (`.origin`),
    /// which becomes the type's static member.
    case symbolic

    init(_ type: TypeRef?) {
        guard let type else { self = .any; return }
        switch type {
        case .named(let n):
            switch n {
            case "Int": self = .int
            case "Double", "Float": self = .double
            case "String": self = .string
            case "Bool": self = .bool
            case "Character": self = .full
            case "Any", "AnyObject": self = .any
            default: self = .symbolic  // lesson and native types are checked where they are used
            }
        case .optional, .array, .tuple: self = .full
        default: self = .any
        }
    }

    /// True when `coerce` would return `v` unchanged without a closer look.
    @inline(__always) func passes(_ v: Value) -> Bool {
        switch self {
        case .any: return true
        case .int: if case .int = v { return true }; return false
        case .double: if case .double = v { return true }; return false
        case .string: if case .string = v { return true }; return false
        case .bool: if case .bool = v { return true }; return false
        case .full: return false
        case .symbolic: if case .symbol = v { return false }; return true
        }
    }
}

extension NativeContext {
    /// `a === b`: the same class instance or native object; nil when either is not a reference.
    func sameObject(_ a: Value, _ b: Value) -> Bool? {
        func identity(_ v: Value) -> ObjectIdentifier?? {
            switch v {
            case .instance(let o): return .some(ObjectIdentifier(o))
            case .native(let n): return .some(ObjectIdentifier(n))
            case .null: return .some(nil)
            default: return nil
            }
        }
        guard let x = identity(a), let y = identity(b) else { return nil }
        return x == y
    }
}
