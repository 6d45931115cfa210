import Foundation

// Swift's basics on built-in values: free functions (`print`, math, `zip`, `stride`…),
// properties and methods of String, Array, Dictionary, Double, Int; static members
// (`Double.pi`); conversions (`Double(n)`, `String(format:)`).

let builtinTypeNames: Set<String> = ["Int", "Double", "Float", "Bool", "String", "Character", "Array", "Dictionary", "Optional"]

/// Methods that change their receiver (called on the variable itself).
let mutatingBuiltins: Set<String> = ["append", "insert", "remove", "removeLast", "removeFirst", "removeAll", "sort", "shuffle", "reverse", "removeValue", "updateValue"]

private func fn(_ name: String, _ params: [Param], _ body: @escaping NativeBody) -> (String, NativeOverload) {
    (name, NativeOverload(name: name, params: params, body: body))
}

private func math(_ name: String, _ f: @escaping (Double) -> Double) -> (String, NativeOverload) {
    fn(name, [Param("_", type: "Double")]) { c in .double(f(try c.double(0))) }
}

/// The free functions every session has.
let builtinFunctions: [String: NativeFunctionSet] = {
    var all: [(String, NativeOverload)] = [
        fn("print", [Param("_", variadic: true), Param("separator", default: " "), Param("terminator", default: "\n")]) { c in
            let items = try c[0].asArray()
            let text = try items.map { try formatChecked($0, c.context) }.joined(separator: try c.string(1)) + (try c.string(2))
            try c.context.write(text)
            return .void
        },
        math("exp", exp), math("log", log), math("sqrt", sqrt), math("sin", sin), math("cos", cos), math("tan", tan),
        math("atan", atan), math("tanh", tanh), math("floor", floor), math("ceil", ceil), math("round", { $0.rounded() }),
        math("log2", log2), math("log10", log10),
        fn("abs", ["_"]) { c in
            switch c[0] {
            case .int(let i): if i == Int.min { throw ScriptError("arithmetic overflow in abs") }; return .int(abs(i))
            case .double(let d): return .double(abs(d))
            default: throw ScriptError.typeMismatch(expected: "Double", actual: c[0])
            }
        },
        fn("pow", [Param("_", type: "Double"), Param("_", type: "Double")]) { c in .double(pow(try c.double(0), try c.double(1))) },
        fn("atan2", ["_", "_"]) { c in .double(atan2(try c.double(0), try c.double(1))) },
        fn("min", [Param("_"), Param("_", variadic: true)]) { c in try extreme(c, "<") },
        fn("max", [Param("_"), Param("_", variadic: true)]) { c in try extreme(c, ">") },
        fn("assert", ["_", Param("_", default: "Assertion failed")]) { c in
            if try !c.bool(0) { throw ScriptError("assertion failed: \(try c.string(1))") }
            return .void
        },
        fn("precondition", ["_", Param("_", default: "Precondition failed")]) { c in
            if try !c.bool(0) { throw ScriptError("precondition failed: \(try c.string(1))") }
            return .void
        },
        fn("fatalError", [Param("_", default: "")]) { c in throw ScriptError("fatal error: \(try c.string(0))") },
        fn("manualSeed", ["_"]) { c in c.context.random.seed(try c.int(0)); return .void },
        fn("zip", ["_", "_"]) { c in
            let a = try c.context.collect(c[0]), b = try c.context.collect(c[1])
            return .array(zip(a, b).map { .tuple(TupleValue([$0, $1])) })
        },
        fn("stride", ["from", "to", "by"]) { c in try strideValues(c, closed: false) },
        fn("stride", ["from", "through", "by"]) { c in try strideValues(c, closed: true) },
        fn("display", ["_"]) { c in try c.context.emit(.value(c.context.displayValue(c[0]))); return .void },
        fn("markdown", ["_"]) { c in try c.context.emit(.markdown(try c.string(0))); return .void },
        fn("table", ["_", "_"]) { c in
            let header = try c[0].asStringArray()
            let rows = try c[1].asArray().map { try $0.asArray().map { formatValue($0, c.context) } }
            try c.context.emit(.table(TableOutput(header: header, rows: rows)))
            return .void
        },
        fn("progress", ["_"]) { c in
            let items = try c.context.collect(c[0])
            let ctx = c.context
            return .array(items.enumerated().map { i, v in
                ctx.reportProgress(ProgressUpdate(completed: i, total: items.count))
                return v
            })
        },
    ]
    all.reverse()
    var d: [String: NativeFunctionSet] = [:]
    for (n, o) in all {
        let s = d[n] ?? NativeFunctionSet(name: n)
        s.add(o)
        d[n] = s
    }
    return d
}()

private func extreme(_ c: NativeCall, _ op: String) throws -> Value {
    var items = [c[0]] + (try c[1].asArray())
    if items.count == 1, case .array(let a) = items[0] { items = a }
    guard var best = items.first else { throw ScriptError("min/max need at least one value") }
    for v in items.dropFirst() {
        if try c.context.binaryOperation(op, v, best, literalMask: 0) == .bool(true) { best = v }
    }
    return best
}

private func strideValues(_ c: NativeCall, closed: Bool) throws -> Value {
    switch (c[0], c[1], c[2]) {
    case (.int(let a), .int(let b), .int(let s)):
        guard s != 0 else { throw ScriptError("stride step must not be zero") }
        return .array(closed ? stride(from: a, through: b, by: s).map { .int($0) } : stride(from: a, to: b, by: s).map { .int($0) })
    default:
        let a = try c.double(0), b = try c.double(1), s = try c.double(2)
        guard s != 0 else { throw ScriptError("stride step must not be zero") }
        return .array(closed ? stride(from: a, through: b, by: s).map { .double($0) } : stride(from: a, to: b, by: s).map { .double($0) })
    }
}

extension NativeContext {
    /// All elements of a sequence value.
    func collect(_ v: Value) throws -> [Value] {
        if case .array(let a) = v { return a }
        var out: [Value] = []
        if case .range(let r) = v, case .int? = r.lower, case .int? = r.upper {
            // An Int range's size is known: refuse one too big to hold before walking it.
            guard let n = r.intCount else { throw ScriptError("the range has more elements than an Int can count") }
            try checkAllocation(count: n, itemBytes: MemoryLayout<Value>.stride, what: "an array of the range's elements")
            out.reserveCapacity(n)
        }
        let next = try makeIterator(v, at: 0)
        var k = 0
        while let x = try next() {
            out.append(x)
            k &+= 1
            if k & 4095 == 0 { try tick() }
        }
        return out
    }

    func builtinProperty(_ v: Value, _ name: String) throws -> Value? {
        switch (v, name) {
        case (.array(let a), "count"): return .int(a.count)
        case (.array(let a), "isEmpty"): return .bool(a.isEmpty)
        case (.array(let a), "first"): return a.first ?? .null
        case (.array(let a), "last"): return a.last ?? .null
        case (.string(let s), "count"): return .int(s.count)
        case (.string(let s), "isEmpty"): return .bool(s.isEmpty)
        case (.string(let s), "first"): return s.first.map { .character($0) } ?? .null
        case (.string(let s), "last"): return s.last.map { .character($0) } ?? .null
        case (.range(let r), "isEmpty"): return .bool(try r.isEmptyRange())
        case (.range(let r), "lowerBound") where r.lower != nil: return r.lower!
        case (.range(let r), "upperBound") where r.upper != nil: return r.upper!
        case (.dictionary(let d), "count"): return .int(d.count)
        case (.dictionary(let d), "isEmpty"): return .bool(d.count == 0)
        case (.dictionary(let d), "keys"): return .array(d.keys)
        case (.dictionary(let d), "values"): return .array(d.values)
        case (.double(let d), "isNaN"): return .bool(d.isNaN)
        case (.double(let d), "isInfinite"): return .bool(d.isInfinite)
        case (.character(let c), "asciiValue"): return c.asciiValue.map { .int(Int($0)) } ?? .null
        case (.range(let r), "count"):
            guard case .int? = r.lower, case .int? = r.upper else { return .int(0) }
            guard let n = r.intCount else { throw ScriptError("the range has more elements than an Int can count") }
            return .int(n)
        default: return nil
        }
    }

    func builtinMemberNames(_ v: Value) -> [String] {
        switch v {
        case .array: return ["count", "isEmpty", "first", "last", "append", "insert", "remove", "removeLast", "contains", "firstIndex", "map", "filter", "reduce", "sorted", "reversed", "enumerated", "min", "max", "joined", "shuffled"]
        case .string: return ["count", "isEmpty", "first", "last", "enumerated", "map", "reversed", "uppercased", "lowercased", "hasPrefix", "hasSuffix", "split"]
        case .dictionary: return ["count", "isEmpty", "keys", "values"]
        case .double: return ["isNaN", "squareRoot", "rounded"]
        default: return []
        }
    }

    func builtinStaticMember(_ type: String, _ name: String) throws -> Value? {
        switch (type, name) {
        case ("Double", "pi"): return .double(Double.pi)
        case ("Double", "infinity"): return .double(Double.infinity)
        case ("Double", "nan"): return .double(Double.nan)
        case ("Double", "greatestFiniteMagnitude"): return .double(Double.greatestFiniteMagnitude)
        case ("Int", "max"): return .int(Int.max)
        case ("Int", "min"): return .int(Int.min)
        case ("Double", "random"):
            let set = NativeFunctionSet(name: "random")
            set.add(NativeOverload(name: "random", params: ["in"]) { c in
                guard case .range(let r) = c[0], let lo = r.lower, let hi = r.upper else { throw ScriptError("Double.random(in:) needs a range") }
                let a = try lo.asDouble(), b = try hi.asDouble()
                return .double(a + (b - a) * c.context.random.nextDouble())
            })
            return .function(Function(.native(set, receiver: .void), name: "random"))
        case ("Int", "random"):
            let set = NativeFunctionSet(name: "random")
            set.add(NativeOverload(name: "random", params: ["in"]) { c in
                guard case .range(let r) = c[0], let b = r.intBounds, !b.isEmpty else { throw ScriptError("Int.random(in:) needs a non-empty Int range") }
                return .int(c.context.random.nextInt(in: b))
            })
            return .function(Function(.native(set, receiver: .void), name: "random"))
        default: return nil
        }
    }

    func builtinStaticNames(_ type: String) -> [String] {
        type == "Double" ? ["pi", "infinity", "nan", "random"] : type == "Int" ? ["max", "min", "random"] : []
    }

    func builtinConstruct(_ type: String, args: [Value], labels: [String?], literalMask: UInt64) throws -> Value {
        switch (type, labels) {
        case ("Optional", [nil]): return args[0]  // `Optional(3)`: optional-ness is tracked where it shows
        case ("Double", [nil]), ("Float", [nil]):
            switch args[0] {
            case .int(let i): return .double(Double(i))
            case .double: return args[0]
            case .string(let s): return Double(s).map { .double($0) } ?? .null
            default: throw ScriptError.typeMismatch(expected: "Double", actual: args[0])
            }
        case ("Int", [nil]):
            switch args[0] {
            case .int: return args[0]
            case .double(let d):
                guard d.isFinite, d > -9.3e18, d < 9.3e18 else { throw ScriptError("Double value cannot be converted to Int because it is \(d.isFinite ? "outside the representable range" : "either infinite or NaN")") }
                return .int(Int(d))
            case .string(let s): return Int(s).map { .int($0) } ?? .null
            default: throw ScriptError.typeMismatch(expected: "Int", actual: args[0])
            }
        case ("String", [nil]):
            // `String(chars)`, `String(chars.reversed())`: characters join into a string.
            if case .array(let a) = args[0], !a.isEmpty, a.allSatisfy({ if case .character = $0 { return true } else { return false } }) {
                return .string(String(a.map { if case .character(let c) = $0 { return c } else { return " " } }))
            }
            return .string(try formatChecked(args[0], self))
        case ("String", ["describing"]): return .string(try formatChecked(args[0], self))
        case ("String", let ls) where ls.count >= 2 && ls[0] == "format" && ls.dropFirst().allSatisfy({ $0 == nil }):
            return .string(try formatString(try args[0].asString(), Array(args.dropFirst())))
        case ("String", ["repeating", "count"]):
            let s = try args[0].asString(), n = try args[1].asInt()
            try checkAllocation(count: n, itemBytes: s.utf8.count, what: "String(repeating:count:)")
            return .string(String(repeating: s, count: n))
        case ("Array", [nil]): return .array(try collect(args[0]))
        case ("Array", ["repeating", "count"]):
            let n = try args[1].asInt()
            try checkAllocation(count: n, itemBytes: MemoryLayout<Value>.stride, what: "Array(repeating:count:)")
            return .array(Array(repeating: args[0], count: n))
        case ("Bool", [nil]): return args[0]
        case ("Character", [nil]): if case .string(let s) = args[0], s.count == 1 { return .character(Character(s)) }; return args[0]
        default:
            throw ScriptError("no exact matches in call to initializer of '\(type)' with arguments (\(labels.map { ($0 ?? "_") + ":" }.joined()))")
        }
    }

    /// `String(format:)` for %d %i %f %.Nf %e %g %s %x %% (with widths and flags).
    func formatString(_ format: String, _ args: [Value]) throws -> String {
        var out = ""
        var chars = Array(format)[...]
        var argIndex = 0
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "%" else { out.append(c); continue }
            let spec = try FormatSpecifier(&chars, in: format)
            guard let conv = chars.first else { throw ScriptError("incomplete format specifier in '\(format)'") }
            chars = chars.dropFirst()
            if conv == "%" { out += "%"; continue }
            guard argIndex < args.count else { throw ScriptError("String(format:) has fewer arguments than format specifiers") }
            let a = args[argIndex]
            argIndex += 1
            switch conv {
            case "d", "i", "x", "X", "o":
                guard case .int(let i) = a else { throw ScriptError("format '%\(conv)' expects an Int, got '\(a.typeName)'") }
                out += String(format: spec.text("ll" + String(conv)), i)
            case "f", "F", "e", "E", "g", "G":
                out += String(format: spec.text(String(conv)), try a.asDouble())
            case "s", "@":
                out += spec.padded(formatValue(a, self))
            case "c":
                out += formatValue(a, self)
            default:
                throw ScriptError("unsupported format specifier '%\(conv)'")
            }
        }
        return out
    }

    /// `s.append(t)` in place: the receiver's buffer is taken out of `v` first so that it is
    /// uniquely referenced and grows without a copy.
    private func appendString(_ v: inout Value, _ t: String) throws -> Value {
        guard case .string(var s) = v else { return .void }
        let n = s.utf8.count &+ t.utf8.count
        if n > 1 << 20 { try checkAllocation(count: n, itemBytes: 1, what: "append") }
        v = .void
        s += t
        v = .string(s)
        return .void
    }

    /// Methods of built-in values. `v` is the receiver, changed in place by mutating methods.
    func builtinMethod(_ v: inout Value, _ name: String, _ args: [Value], _ labels: [String?], _ mask: UInt64) throws -> Value {
        if case .string = v, name == "append", labels.count == 1, labels[0] == nil {
            return try appendString(&v, try args[0].asString())
        }
        // Arrays and dictionaries are bound with `if case`, not as a case of `switch v`: a
        // switch keeps its own copy of `v` through the case, so the buffer would never be
        // uniquely referenced and every `append` would copy the whole array.
        if case .array(var a) = v {
            switch (name, labels) {
            case ("append", [nil]):
                var x = args[0]
                if mask & 1 != 0, case .int(let i) = x, case .double? = a.last { x = .double(Double(i)) }
                // The buffer is about to double: would the new one pass the memory budget?
                if a.count == a.capacity && a.count >= 1 << 16 {
                    try checkAllocation(count: a.count * 2, itemBytes: MemoryLayout<Value>.stride, what: "append")
                }
                v = .void; a.append(x); v = .array(a); return .void
            case ("append", ["contentsOf"]):
                v = .void; a.append(contentsOf: try collect(args[0])); v = .array(a); return .void
            case ("insert", [nil, "at"]):
                let i = try args[1].asInt()
                guard i >= 0 && i <= a.count else { throw ScriptError("index out of range: \(i)") }
                v = .void; a.insert(args[0], at: i); v = .array(a); return .void
            case ("remove", ["at"]):
                let i = try args[0].asInt()
                guard i >= 0 && i < a.count else { throw ScriptError("index out of range: \(i) is not in 0..<\(a.count)") }
                v = .void; let r = a.remove(at: i); v = .array(a); return r
            case ("removeLast", []):
                guard !a.isEmpty else { throw ScriptError("can't remove last element from an empty collection") }
                v = .void; let r = a.removeLast(); v = .array(a); return r
            case ("removeFirst", []):
                guard !a.isEmpty else { throw ScriptError("can't remove first element from an empty collection") }
                v = .void; let r = a.removeFirst(); v = .array(a); return r
            case ("removeAll", []):
                v = .array([]); return .void
            case ("contains", [nil]):
                return .bool(a.contains { valuesEqual($0, args[0]) == true })
            case ("contains", ["where"]):
                for x in a where try callValue(args[0], [x], [nil], 0) == .bool(true) { return .bool(true) }
                return .bool(false)
            case ("firstIndex", ["of"]):
                return a.firstIndex { valuesEqual($0, args[0]) == true }.map { .int($0) } ?? .null
            case ("map", [nil]):
                return .array(try a.map { try callValue(args[0], [$0], [nil], 0) })
            case ("compactMap", [nil]):
                return .array(try a.map { try callValue(args[0], [$0], [nil], 0) }.filter { $0 != .null })
            case ("filter", [nil]):
                return .array(try a.filter { x in
                    let r = try callValue(args[0], [x], [nil], 0)
                    guard case .bool(let b) = r else { throw ScriptError("filter's closure must return Bool") }
                    return b
                })
            case ("forEach", [nil]):
                for x in a { _ = try callValue(args[0], [x], [nil], 0) }
                return .void
            case ("reduce", [nil, nil]):
                var acc = args[0]
                // `reduce(0, +)` over Doubles: the literal takes the elements' type.
                if mask & 1 != 0, case .int(let i) = acc, case .double? = a.first { acc = .double(Double(i)) }
                for x in a { acc = try callValue(args[1], [acc, x], [nil, nil], mask & 1) }
                return acc
            case ("sorted", []), ("sort", []), ("sorted", ["by"]), ("sort", ["by"]), ("sorted", [nil]), ("sort", [nil]):
                var err: Error? = nil
                let sorted = a.sorted { x, y in
                    if err != nil { return false }
                    do {
                        let r = labels.isEmpty ? try binaryOperation("<", x, y, literalMask: 0) : try callValue(args[0], [x, y], [nil, nil], 0)
                        return r == .bool(true)
                    } catch { err = error; return false }
                }
                if let err { throw err }
                if name == "sort" { v = .array(sorted); return .void }
                return .array(sorted)
            case ("reversed", []): return .array(a.reversed())
            case ("enumerated", []):
                return .array(a.enumerated().map { .tuple(TupleValue([.int($0), $1], labels: ["offset", "element"])) })
            case ("min", []), ("max", []):
                guard var best = a.first else { return .null }
                for x in a.dropFirst() where try binaryOperation(name == "min" ? "<" : ">", x, best, literalMask: 0) == .bool(true) { best = x }
                return best
            case ("joined", []), ("joined", ["separator"]):
                let sep = labels.isEmpty ? "" : try args[0].asString()
                return .string(try a.map { try $0.asString() }.joined(separator: sep))
            case ("shuffled", []):
                var b = a
                if b.count > 1 { for i in stride(from: b.count - 1, to: 0, by: -1) { b.swapAt(i, random.nextInt(in: 0..<(i + 1))) } }
                return .array(b)
            case ("shuffle", []):
                v = .void
                if a.count > 1 { for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, random.nextInt(in: 0..<(i + 1))) } }
                v = .array(a)
                return .void
            case ("prefix", [nil]): return .array(Array(a.prefix(max(0, try args[0].asInt()))))
            case ("suffix", [nil]): return .array(Array(a.suffix(max(0, try args[0].asInt()))))
            case ("dropFirst", []): return .array(Array(a.dropFirst()))
            case ("dropLast", []): return .array(Array(a.dropLast()))
            default: break
            }
        } else if case .dictionary(var d) = v, name == "removeValue", labels.count == 1, labels[0] == "forKey" {
            v = .void
            if !isKnownUniquelyReferenced(&d) { d = d.copy() }
            defer { v = .dictionary(d) }
            return try d.remove(args[0]) ?? .null
        } else {
        switch v {
        case .array: break
        case .string(let s):
            switch (name, labels) {
            case ("uppercased", []): return .string(s.uppercased())
            case ("lowercased", []): return .string(s.lowercased())
            case ("hasPrefix", [nil]): return .bool(s.hasPrefix(try args[0].asString()))
            case ("hasSuffix", [nil]): return .bool(s.hasSuffix(try args[0].asString()))
            case ("contains", [nil]): return .bool(s.contains(try args[0].asString()))
            case ("split", ["separator"]):
                let sep = try args[0].asString()
                guard sep.count == 1 else { throw ScriptError("split(separator:) takes a Character") }
                return .array(s.split(separator: Character(sep)).map { .string(String($0)) })
            case ("reversed", []): return .array(s.reversed().map { .character($0) })
            case ("enumerated", []), ("map", _), ("forEach", _), ("reduce", _), ("contains", ["where"]), ("sorted", _), ("allSatisfy", _):
                // As in Swift, these see the string as a sequence of characters.
                var chars: Value = .array(s.map { .character($0) })
                return try builtinMethod(&chars, name, args, labels, mask)
            default: break
            }
        case .dictionary(let d):
            switch (name, labels) {
            case ("sorted", _), ("map", _), ("filter", _), ("forEach", _), ("reduce", _), ("contains", ["where"]), ("min", ["by"]), ("max", ["by"]):
                // As in Swift, these see the dictionary as a sequence of (key, value) pairs.
                let ks = d.keys, vs = d.values
                var pairs: Value = .array(ks.indices.map { .tuple(TupleValue([ks[$0], vs[$0]], labels: ["key", "value"])) })
                return try builtinMethod(&pairs, name, args, labels, mask)
            default: break
            }
        case .double(let d):
            switch (name, labels) {
            case ("squareRoot", []): return .double(d.squareRoot())
            case ("rounded", []): return .double(d.rounded())
            case ("truncatingRemainder", ["dividingBy"]): return .double(d.truncatingRemainder(dividingBy: try args[0].asDouble()))
            default: break
            }
        case .range(let r) where r.intIterator() != nil:
            switch (name, labels) {
            case ("reversed", []):
                // Lazy, as Swift's `ReversedCollection`: nothing is made until it is walked.
                return .range(RangeValue(lower: r.lower, upper: r.upper, closed: r.closed, reversed: !r.reversed))
            case ("contains", [nil]):
                guard case .int(let x) = args[0] else { return .bool(false) }
                return .bool(r.intSpan?.contains(x) ?? false)
            case ("forEach", [nil]):
                let next = r.intIterator()!
                while let x = next() {
                    _ = try callValue(args[0], [.int(x)], [nil], 0)
                    try tick()
                }
                return .void
            case ("map", _), ("filter", _), ("reduce", _), ("contains", ["where"]), ("shuffled", _), ("sorted", _), ("allSatisfy", _), ("min", _), ("max", _):
                var arr: Value = .array(try collect(v))
                return try builtinMethod(&arr, name, args, labels, mask)
            default: break
            }
        case ._box(let b):
            // Take the value out of the box so that its buffer stays uniquely referenced.
            var inner = b.value
            b.value = .void
            defer { b.value = inner }
            return try builtinMethod(&inner, name, args, labels, mask)
        default: break
        }
        }
        if let p = try builtinProperty(v, name) { return try callValue(p, args, labels, mask) }
        throw noMember(v, name, builtinMemberNames(v))
    }
}

extension Value {
    var rangeBounds: Range<Int>? {
        if case .range(let r) = self { return r.intBounds }
        return nil
    }
}
