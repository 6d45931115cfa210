// The members of ranges (`0..<n`, `a...b`). An Int range is a sequence of its Ints: the
// algorithms it adopts walk it; `reversed()` stays lazy, as Swift's ReversedCollection.

private let rangeAlgorithms: Set<String> = ["map", "filter", "reduce", "contains", "shuffled", "sorted", "allSatisfy", "min", "max", "forEach", "first", "compactMap"]

private func range(_ c: NativeCall) throws -> RangeValue {
    guard case .range(let r) = c.receiver else { throw ScriptError.typeMismatch(expected: "Range", actual: c.receiver) }
    return r
}

/// The receiver as an Int range, or the error Swift gives for walking any other range.
private func intRange(_ c: NativeCall, _ member: String) throws -> RangeValue {
    let r = try range(c)
    guard r.intIterator() != nil else {
        throw ScriptError("value of type '\(c.receiver.typeName)' has no member '\(member)'")
    }
    return r
}

func declareRangeMembers(_ t: NativeType) {
    // `indices.dropFirst()`: an upward Int range without its first or last `k`, still a range.
    for (name, fromStart) in [("dropFirst", true), ("dropLast", false)] {
        for params in [[], ["_"]] as [[Param]] {
            t.addMethod(name, params) { c in
                let r = try intRange(c, name)
                guard !r.reversed else { throw ScriptError("value of type '\(c.receiver.typeName)' has no member '\(name)'") }
                let k = params.isEmpty ? 1 : try c.int(0)
                guard k >= 0 else { throw ScriptError("Fatal error: Can't drop a negative number of elements from a collection") }
                guard let span = r.intSpan else { return c.receiver }   // empty: nothing to drop
                let count = span.count
                let lo = span.lowerBound + (fromStart ? min(k, count) : 0)
                let hi = span.lowerBound + count - (fromStart ? 0 : min(k, count))
                return .range(RangeValue(lower: .int(lo), upper: .int(max(lo, hi)), closed: false))
            }
        }
    }
    t.adopt(sequenceAlgorithms, only: rangeAlgorithms)
    t.addProperty("isEmpty") { c in .bool(try range(c).isEmptyRange()) }
    t.addProperty("lowerBound") { c in
        guard let lower = try range(c).lower else { throw ScriptError("value of type '\(c.receiver.typeName)' has no member 'lowerBound'") }
        return lower
    }
    t.addProperty("upperBound") { c in
        guard let upper = try range(c).upper else { throw ScriptError("value of type '\(c.receiver.typeName)' has no member 'upperBound'") }
        return upper
    }
    t.addProperty("first") { c in
        guard let s = try range(c).intSpan else { return .null }
        return .int(try range(c).reversed ? s.upperBound : s.lowerBound)
    }
    t.addProperty("last") { c in
        guard let s = try range(c).intSpan else { return .null }
        return .int(try range(c).reversed ? s.lowerBound : s.upperBound)
    }
    t.addProperty("count") { c in
        let r = try range(c)
        guard case .int? = r.lower, case .int? = r.upper else { return .int(0) }
        guard let n = r.intCount else { throw ScriptError("the range has more elements than an Int can count") }
        return .int(n)
    }
    t.addMethod("reversed", []) { c in
        let r = try intRange(c, "reversed")
        return .range(RangeValue(lower: r.lower, upper: r.upper, closed: r.closed, reversed: !r.reversed))
    }
    // Membership by the bounds, without walking the range (`(0.0...1.0).contains(x)` too).
    t.addMethod("contains", ["_"]) { c in
        let r = try range(c)
        if let span = r.intSpan, case .int(let x) = c[0] { return .bool(span.contains(x)) }
        var x = c[0]
        if c.isLiteral(0), case .int(let i) = x, case .double? = r.lower ?? r.upper { x = .double(Double(i)) }
        if let lower = r.lower, try c.context.binaryOperation("<=", lower, x, literalMask: 0) != .bool(true) { return .bool(false) }
        if let upper = r.upper, try c.context.binaryOperation(r.closed ? "<=" : "<", x, upper, literalMask: 0) != .bool(true) { return .bool(false) }
        return .bool(true)
    }
    t.addMethod("forEach", ["_"]) { c in
        let next = try intRange(c, "forEach").intIterator()!
        while let x = next() {
            _ = try c.invoke(0, .int(x))
            try c.context.tick()
        }
        return .void
    }
}

extension RangeValue {
    /// `r.isEmpty`: no element lies in it.
    func isEmptyRange() throws -> Bool {
        guard let l = lower, let u = upper else { return false }
        switch (l, u) {
        case (.int(let a), .int(let b)): return closed ? a > b : a >= b
        case (.double(let a), .double(let b)): return closed ? a > b : a >= b
        default: throw ScriptError("isEmpty needs a range with bounds of one type")
        }
    }
}
