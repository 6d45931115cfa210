// Swift's Sequence algorithms (`map`, `filter`, `reduce`, `sorted`, `min`…) declared once
// and adopted by each basic type that has them with the same meaning: an array, a string
// (its characters), a dictionary (its `(key, value)` pairs), an Int range. A type adopts
// only the algorithms whose result Swift prints the same way: `String.filter` gives a
// String, so String declares its own (StringMembers.swift).

/// One algorithm: its name, parameters and body over the receiver's elements.
struct SequenceAlgorithm {
    let name: String
    let params: [Param]
    /// Swift declares it only where `Element: Equatable` (`contains(_:)`, `firstIndex(of:)`):
    /// not for a dictionary's `(key, value)` pairs.
    var needsEquatableElements = false
    let body: NativeBody
}

extension NativeCall {
    /// The receiver's elements, in order (an array's own buffer, without a copy).
    func elements() throws -> [Value] { try context.collect(receiver) }

    /// Calls the closure passed as argument `i` with `values`.
    func invoke(_ i: Int, _ values: Value...) throws -> Value {
        try context.callValue(arguments[i], values, values.map { _ in nil }, 0)
    }

    /// Calls the predicate passed as argument `i`; its result must be a Bool.
    func test(_ i: Int, _ values: Value..., what: String) throws -> Bool {
        let r = try context.callValue(arguments[i], values, values.map { _ in nil }, 0)
        guard case .bool(let b) = r else { throw ScriptError("\(what)'s closure must return Bool, not '\(r.typeName)'") }
        return b
    }
}

/// A closure argument: what a trailing closure matches when the other overload takes a value
/// (`xs.contains { $0 > 2 }` is `contains(where:)`).
private let closure = Param("_", type: "Function")

let sequenceAlgorithms: [SequenceAlgorithm] = [
    // The closure changes the accumulator in place (its first parameter is inout).
    SequenceAlgorithm(name: "reduce", params: ["into", "_"]) { c in
        var acc = c[0]
        for x in try c.elements() { acc = try c.context.callAccumulating(c[1], acc, x) }
        return acc
    },
    SequenceAlgorithm(name: "contains", params: ["_"], needsEquatableElements: true) { c in
        let x = c[0]
        return .bool(try c.elements().contains { c.context.valuesEqual($0, x) == true })
    },
    SequenceAlgorithm(name: "contains", params: [closure]) { c in
        for x in try c.elements() where try c.test(0, x, what: "contains") { return .bool(true) }
        return .bool(false)
    },
    SequenceAlgorithm(name: "contains", params: ["where"]) { c in
        for x in try c.elements() where try c.test(0, x, what: "contains(where:)") { return .bool(true) }
        return .bool(false)
    },
    SequenceAlgorithm(name: "allSatisfy", params: ["_"]) { c in
        for x in try c.elements() where !(try c.test(0, x, what: "allSatisfy")) { return .bool(false) }
        return .bool(true)
    },
    SequenceAlgorithm(name: "first", params: ["where"]) { c in
        for x in try c.elements() where try c.test(0, x, what: "first(where:)") { return x }
        return .null
    },
    SequenceAlgorithm(name: "firstIndex", params: ["of"], needsEquatableElements: true) { c in
        let x = c[0]
        return try c.elements().firstIndex { c.context.valuesEqual($0, x) == true }.map { .int($0) } ?? .null
    },
    SequenceAlgorithm(name: "firstIndex", params: ["where"]) { c in
        for (i, x) in try c.elements().enumerated() where try c.test(0, x, what: "firstIndex(where:)") { return .int(i) }
        return .null
    },
    SequenceAlgorithm(name: "map", params: ["_"]) { c in
        .array(try c.elements().map { try c.invoke(0, $0) })
    },
    SequenceAlgorithm(name: "compactMap", params: ["_"]) { c in
        .array(try c.elements().map { try c.invoke(0, $0) }.filter { $0 != .null })
    },
    SequenceAlgorithm(name: "filter", params: ["_"]) { c in
        .array(try c.elements().filter { try c.test(0, $0, what: "filter") })
    },
    SequenceAlgorithm(name: "forEach", params: ["_"]) { c in
        for x in try c.elements() { _ = try c.invoke(0, x) }
        return .void
    },
    SequenceAlgorithm(name: "reduce", params: ["_", "_"]) { c in
        let xs = try c.elements()
        var acc = c[0]
        // `reduce(0, +)` over Doubles: the literal takes the elements' type.
        if c.isLiteral(0), case .int(let i) = acc, case .double? = xs.first { acc = .double(Double(i)) }
        for x in xs { acc = try c.context.callValue(c[1], [acc, x], [nil, nil], c.literalMask & 1) }
        return acc
    },
    SequenceAlgorithm(name: "sorted", params: []) { c in .array(try sortedElements(c, by: nil)) },
    SequenceAlgorithm(name: "sorted", params: ["by"]) { c in .array(try sortedElements(c, by: 0)) },
    SequenceAlgorithm(name: "sorted", params: ["_"]) { c in .array(try sortedElements(c, by: 0)) },
    SequenceAlgorithm(name: "enumerated", params: []) { c in
        .array(try c.elements().enumerated().map { .tuple(TupleValue([.int($0), $1], labels: ["offset", "element"])) })
    },
    SequenceAlgorithm(name: "min", params: []) { c in try extremeElement(c, "<") },
    SequenceAlgorithm(name: "max", params: []) { c in try extremeElement(c, ">") },
    SequenceAlgorithm(name: "min", params: ["by"]) { c in try extremeElement(c, byMinimum: true) },
    SequenceAlgorithm(name: "max", params: ["by"]) { c in try extremeElement(c, byMinimum: false) },
    SequenceAlgorithm(name: "min", params: ["_"]) { c in try extremeElement(c, byMinimum: true) },
    SequenceAlgorithm(name: "max", params: ["_"]) { c in try extremeElement(c, byMinimum: false) },
    SequenceAlgorithm(name: "shuffled", params: []) { c in
        var b = try c.elements()
        shuffle(&b, c.context.random)
        return .array(b)
    },
]

/// The receiver's elements sorted with `<`, or with the closure passed as argument
/// `closureIndex` (stable, as Swift's sort).
func sortedElements(_ c: NativeCall, by closureIndex: Int?) throws -> [Value] {
    try sorted(try c.elements(), c, by: closureIndex)
}

/// `xs` sorted with `<`, or with `c`'s closure argument `closureIndex`.
func sorted(_ xs: [Value], _ c: NativeCall, by closureIndex: Int?) throws -> [Value] {
    var err: Error? = nil
    let result = xs.sorted { x, y in
        if err != nil { return false }
        do {
            let r = try closureIndex.map { try c.invoke($0, x, y) } ?? c.context.binaryOperation("<", x, y, literalMask: 0)
            return r == .bool(true)
        } catch { err = error; return false }
    }
    if let err { throw err }
    return result
}

/// `min()`/`max()` by the language's `<`/`>`; nil (`.null`) for an empty sequence.
private func extremeElement(_ c: NativeCall, _ op: String) throws -> Value {
    let xs = try c.elements()
    guard var best = xs.first else { return .null }
    for x in xs.dropFirst() where try c.context.binaryOperation(op, x, best, literalMask: 0) == .bool(true) { best = x }
    return best
}

/// `min(by:)`/`max(by:)` with `areInIncreasingOrder`, as Swift's: the first least, the
/// last greatest.
private func extremeElement(_ c: NativeCall, byMinimum: Bool) throws -> Value {
    let xs = try c.elements()
    guard var best = xs.first else { return .null }
    for x in xs.dropFirst() {
        let inOrder = byMinimum ? try c.invoke(0, x, best) : try c.invoke(0, best, x)
        if inOrder == .bool(true) { best = x }
    }
    return best
}

/// Fisher-Yates with the session's generator, so `manualSeed` makes shuffles repeat.
func shuffle(_ a: inout [Value], _ random: ScriptRandom) {
    if a.count > 1 { for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, random.nextInt(in: 0..<(i + 1))) } }
}

extension NativeType {
    /// Declares the algorithms named in `names` (all of them when nil) on this type; those
    /// that compare elements only when they are Equatable.
    func adopt(_ algorithms: [SequenceAlgorithm], only names: Set<String>? = nil, elementsAreEquatable: Bool = true) {
        for a in algorithms where (names?.contains(a.name) ?? true) && (elementsAreEquatable || !a.needsEquatableElements) {
            addMethod(a.name, a.params, a.body)
        }
    }
}
