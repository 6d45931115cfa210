import Foundation

// Swift's free functions (`print`, math, `zip`, `stride`…), declared as native overloads
// like the prelude's, and `String(format:)`'s formatting. The basic types' members are
// declared in BasicLibrary.swift and the files it names.

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
        fn("type", ["of"]) { c in .type(TypeValue(name: swiftTypeName(c[0].typeName))) },
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
    guard !items.isEmpty else { throw ScriptError("min/max need at least one value") }
    // One type for all: `max(0, v)` with a Double `v` compares Doubles (the literal 0 is
    // a Double there; an Int variable mixed with a Double is rejected before running).
    if items.contains(where: { if case .double = $0 { return true }; return false }) {
        items = items.map { if case .int(let i) = $0 { return .double(Double(i)) }; return $0 }
    }
    var best = items[0]
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
}

extension Value {
    var rangeBounds: Range<Int>? {
        if case .range(let r) = self { return r.intBounds }
        return nil
    }
}

/// `String(repeating:count:)` by copying bytes, doubling the copied run each step: the
/// standard library's version appends one copy at a time (15 ms for a million characters).
func repeatedString(_ s: String, count: Int) -> String {
    let unit = Array(s.utf8)
    guard count > 0, !unit.isEmpty else { return "" }
    let total = unit.count * count
    return String(unsafeUninitializedCapacity: total) { buffer in
        let base = buffer.baseAddress!
        unit.withUnsafeBufferPointer { base.initialize(from: $0.baseAddress!, count: unit.count) }
        var filled = unit.count
        while filled < total {
            let n = min(filled, total - filled)
            (base + filled).initialize(from: base, count: n)
            filled += n
        }
        return total
    }
}

/// A set's elements: each distinct value once, in first-seen order (a `Set<T>` is kept as
/// an array without duplicates).
func uniqueElements(_ xs: [Value]) throws -> [Value] {
    var seen: Set<HashKey> = []
    var out: [Value] = []
    for x in xs where seen.insert(try HashKey(x)).inserted { out.append(x) }
    return out
}

/// A type's name as `type(of:)` prints it: `Array<Double>` for `[Double]`,
/// `Dictionary<String, Int>` for `[String: Int]`, `Optional<Int>` for `Int?`.
func swiftTypeName(_ name: String) -> String {
    if name.hasSuffix("?") { return "Optional<" + swiftTypeName(String(name.dropLast())) + ">" }
    guard name.hasPrefix("["), name.hasSuffix("]") else { return name }
    let inner = String(name.dropFirst().dropLast())
    var depth = 0
    for (i, ch) in zip(inner.indices, inner) {
        switch ch {
        case "[", "(", "<": depth += 1
        case "]", ")", ">": depth -= 1
        case ":" where depth == 0:
            let key = inner[..<i].trimmingCharacters(in: .whitespaces)
            let value = inner[inner.index(after: i)...].trimmingCharacters(in: .whitespaces)
            return "Dictionary<\(swiftTypeName(key)), \(swiftTypeName(value))>"
        default: break
        }
    }
    return "Array<" + swiftTypeName(inner) + ">"
}
