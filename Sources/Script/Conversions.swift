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
        return c[0]
    }
}
