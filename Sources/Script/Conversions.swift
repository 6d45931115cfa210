// The basic types' initialisers: conversions (`Double(n)`, `Int("3")`, `String(x)`),
// `String(format:)`, `Array(repeating:count:)`, `Set(xs)`.

func declareDoubleInitializers(_ t: NativeType) {
    t.addInit(["_"]) { c in
        switch c[0] {
        case .int(let i): return .double(Double(i))
        case .double: return c[0]
        case .string(let s): return Double(s).map { .double($0) } ?? .null
        default: throw ScriptError.typeMismatch(expected: "Double", actual: c[0])
        }
    }
}

func declareIntInitializers(_ t: NativeType) {
    // `Int("ff", radix: 16)`: nil when the text is not a number in that base.
    t.addInit(["_", "radix"]) { c in
        let radix = try c.int(1)
        guard (2...36).contains(radix) else { throw ScriptError("Fatal error: Radix must be between 2 and 36") }
        return Int(try c.string(0), radix: radix).map { .int($0) } ?? .null
    }
    t.addInit(["_"]) { c in
        switch c[0] {
        case .int: return c[0]
        case .double(let d):
            guard d.isFinite, d > -9.3e18, d < 9.3e18 else {
                throw ScriptError("Double value cannot be converted to Int because it is \(d.isFinite ? "outside the representable range" : "either infinite or NaN")")
            }
            return .int(Int(d))
        case .string(let s): return Int(s).map { .int($0) } ?? .null
        default: throw ScriptError.typeMismatch(expected: "Int", actual: c[0])
        }
    }
}

func declareStringInitializers(_ t: NativeType) {
    t.addInit(["_"]) { c in
        // `String(chars)`, `String(chars.reversed())`: characters join into a string.
        if case .array(let a) = c[0], !a.isEmpty, a.allSatisfy({ if case .character = $0 { return true } else { return false } }) {
            return .string(String(a.map { if case .character(let ch) = $0 { return ch } else { return " " } }))
        }
        return .string(try formatChecked(c[0], c.context))
    }
    t.addInit(["describing"]) { c in .string(try formatChecked(c[0], c.context)) }
    t.addInit(["_", "radix"]) { c in
        let radix = try c.int(1)
        guard (2...36).contains(radix) else { throw ScriptError("Fatal error: Radix must be between 2 and 36") }
        return .string(String(try c.int(0), radix: radix))
    }
    t.addInit(["format", Param("_", variadic: true)]) { c in
        .string(try c.context.formatString(try c.string(0), try c[1].asArray()))
    }
    t.addInit(["repeating", "count"]) { c in
        let s = try c.string(0), n = try c.int(1)
        try c.context.checkAllocation(count: n, itemBytes: s.utf8.count, what: "String(repeating:count:)")
        return .string(repeatedString(s, count: n))
    }
}

func declareArrayInitializers(_ t: NativeType) {
    t.addInit(["_"]) { c in .array(try c.context.collect(c[0])) }
    t.addInit(["repeating", "count"]) { c in
        let n = try c.int(1)
        try c.context.checkAllocation(count: n, itemBytes: MemoryLayout<Value>.stride, what: "Array(repeating:count:)")
        return .array(Array(repeating: c[0], count: n))
    }
}

func declareSetInitializers(_ t: NativeType) {
    t.addInit(["_"]) { c in .array(try uniqueElements(try c.context.collect(c[0]))) }
    t.addInit([]) { _ in .array([]) }
}

func declareScalarInitializers(optional: NativeType, bool: NativeType, character: NativeType) {
    // `Optional(3)`: optional-ness is tracked where it shows (OptionalDisplay.swift).
    optional.addInit(["_"]) { c in c[0] }
    bool.addInit(["_"]) { c in c[0] }
    character.addInit(["_"]) { c in
        if case .string(let s) = c[0], s.count == 1 { return .character(Character(s)) }
        if case .native(let n) = c[0], let box = n as? NativeBox<Unicode.Scalar> { return .character(Character(box.value)) }
        return c[0]
    }
}

/// `UnicodeScalar(98)`, `"abc".unicodeScalars`, `scalar.value`, `Character(scalar)`: Swift's
/// Unicode.Scalar, enough for a Caesar cipher. A scalar prints as its character. From an Int
/// that is no code point (a surrogate, past 0x10FFFF) the initialiser gives nil, as Swift's
/// failable one does.
func declareUnicodeScalar(_ t: NativeType, string: NativeType, character: NativeType) {
    func make(_ u: Unicode.Scalar) -> Value { .native(NativeBox(u, type: t)) }
    func scalar(_ v: Value) -> Unicode.Scalar? {
        if case .native(let n) = v, let box = n as? NativeBox<Unicode.Scalar> { return box.value }
        return nil
    }
    t.addInit(["_"]) { c in
        if let u = scalar(c[0]) { return make(u) }
        if case .string(let s) = c[0], s.unicodeScalars.count == 1, let u = s.unicodeScalars.first { return make(u) }
        let n = try c.int(0)
        guard let code = UInt32(exactly: n), let u = Unicode.Scalar(code) else { return .null }
        return make(u)
    }
    t.describe = { v in scalar(v).map { String(Character($0)) } ?? "" }
    t.addProperty("value") { c in .int(Int(scalar(c.receiver)?.value ?? 0)) }
    t.addProperty("isASCII") { c in .bool(scalar(c.receiver)?.isASCII ?? false) }
    t.addProperty("description") { c in .string(scalar(c.receiver).map { String(Character($0)) } ?? "") }
    for op in ["==", "!=", "<", ">", "<=", ">="] {
        t.addOperator(op) { a, b in
            // A one-character string literal is a scalar where one is compared with.
            func code(_ v: Value) -> UInt32? {
                if let u = scalar(v) { return u.value }
                if case .string(let s) = v, s.unicodeScalars.count == 1 { return s.unicodeScalars.first?.value }
                return nil
            }
            guard let x = code(a), let y = code(b) else {
                throw ScriptError("binary operator '\(op)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
            }
            switch op {
            case "==": return .bool(x == y)
            case "!=": return .bool(x != y)
            case "<": return .bool(x < y)
            case ">": return .bool(x > y)
            case "<=": return .bool(x <= y)
            default: return .bool(x >= y)
            }
        }
    }
    string.addProperty("unicodeScalars") { c in
        guard case .string(let s) = c.receiver else { throw ScriptError.typeMismatch(expected: "String", actual: c.receiver) }
        return .array(s.unicodeScalars.map(make))
    }
    character.addProperty("unicodeScalars") { c in
        guard case .character(let ch) = c.receiver else { throw ScriptError.typeMismatch(expected: "Character", actual: c.receiver) }
        return .array(ch.unicodeScalars.map(make))
    }
}
