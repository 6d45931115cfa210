// `Dictionary`'s members. A dictionary is a sequence of `(key: K, value: V)` pairs in
// insertion order (see docs/LANGUAGE.md on ordering): the Sequence algorithms it adopts
// see those pairs.

private let dictionaryAlgorithms: Set<String> = ["sorted", "map", "forEach", "reduce", "contains", "min", "max", "allSatisfy", "first", "compactMap"]

private func dictionary(_ c: NativeCall) throws -> DictionaryValue {
    guard case .dictionary(let d) = c.receiver else { throw ScriptError.typeMismatch(expected: "Dictionary", actual: c.receiver) }
    return d
}

/// A `(key, value)` pair of a sequence a dictionary is made from.
private func keyAndValue(_ pair: Value) throws -> (Value, Value) {
    guard case .tuple(let t) = pair, t.elements.count == 2 else { throw ScriptError.typeMismatch(expected: "(Key, Value)", actual: pair) }
    return (t.elements[0], t.elements[1])
}

func declareDictionaryMembers(_ t: NativeType) {
    // `Dictionary(grouping: xs, by: key)`: the elements in their order, under each key.
    t.addInit(["grouping", "by"]) { c in
        let d = DictionaryValue()
        for x in try c.context.collect(c[0]) {
            let k = try c.invoke(1, x)
            var group = try d.get(k) ?? .array([])
            if case .array(var a) = group { group = .void; a.append(x); group = .array(a) }
            try d.set(k, group)
        }
        return .dictionary(d)
    }
    // `Dictionary(uniqueKeysWithValues: pairs)`: a key given twice stops the program, as in Swift.
    t.addInit(["uniqueKeysWithValues"]) { c in
        let d = DictionaryValue()
        for pair in try c.context.collect(c[0]) {
            let (k, v) = try keyAndValue(pair)
            if try d.get(k) != nil { throw ScriptError("Fatal error: Duplicate values for key: '\(formatValue(k, c.context))'") }
            try d.set(k, v)
        }
        return .dictionary(d)
    }
    // `Dictionary(pairs, uniquingKeysWith: { old, new in … })`: the closure settles a key given twice.
    t.addInit(["_", "uniquingKeysWith"]) { c in
        let d = DictionaryValue()
        for pair in try c.context.collect(c[0]) {
            let (k, v) = try keyAndValue(pair)
            if let old = try d.get(k) { try d.set(k, try c.invoke(1, old, v)) } else { try d.set(k, v) }
        }
        return .dictionary(d)
    }
    // Tuples are not Equatable: `contains(_:)` with a pair is not Swift's, only the closure form.
    t.adopt(sequenceAlgorithms, only: dictionaryAlgorithms, elementsAreEquatable: false)
    t.addProperty("count") { c in .int(try dictionary(c).count) }
    t.addProperty("isEmpty") { c in .bool(try dictionary(c).count == 0) }
    t.addProperty("keys") { c in .array(try dictionary(c).keys) }
    t.addProperty("values") { c in .array(try dictionary(c).values) }
    t.addMethod("filter", ["_"]) { c in
        let d = try dictionary(c)
        var pairs: [(Value, Value)] = []
        for (k, v) in zip(d.keys, d.values) {
            let pair = Value.tuple(TupleValue([k, v], labels: ["key", "value"]))
            if try c.test(0, pair, what: "filter") { pairs.append((k, v)) }
        }
        return .dictionary(try DictionaryValue(pairs: pairs))
    }
    t.addMethod("mapValues", ["_"]) { c in
        let d = try dictionary(c)
        return .dictionary(try DictionaryValue(pairs: try zip(d.keys, d.values).map { ($0, try c.invoke(0, $1)) }))
    }
    t.addMutatingMethod("removeValue", ["forKey"]) { receiver, c in
        guard case .dictionary(var d) = receiver else { throw ScriptError.typeMismatch(expected: "Dictionary", actual: receiver) }
        receiver = .void
        if !isKnownUniquelyReferenced(&d) { d = d.copy() }
        defer { receiver = .dictionary(d) }
        return try d.remove(c[0]) ?? .null
    }
    // `d.updateValue(v, forKey: k)`: stores and returns the value it replaced (nil if none).
    t.addMutatingMethod("updateValue", ["_", "forKey"]) { receiver, c in
        guard case .dictionary(var d) = receiver else { throw ScriptError.typeMismatch(expected: "Dictionary", actual: receiver) }
        receiver = .void
        if !isKnownUniquelyReferenced(&d) { d = d.copy() }
        defer { receiver = .dictionary(d) }
        let old = try d.get(c[1])
        try d.set(c[1], c[0])
        return old ?? .null
    }
    t.addMutatingMethod("removeAll", []) { receiver, _ in receiver = .dictionary(DictionaryValue()); return .void }
}
