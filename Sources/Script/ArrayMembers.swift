// `Array`'s own members, and `Set`'s (a `Set<T>` is kept as an array without duplicates,
// in first-inserted order). Mutating methods take the array out of the receiver before
// changing it, so that its buffer is uniquely referenced and grows without a copy.

extension NativeType {
    /// A mutating method on an array: `body` gets the elements in place.
    fileprivate func addArrayMutation(_ name: String, _ params: [Param], _ body: @escaping (inout [Value], NativeCall) throws -> Value) {
        addMutatingMethod(name, params) { receiver, c in
            guard case .array(var a) = receiver else { throw ScriptError("value of type '\(receiver.typeName)' has no member '\(name)'") }
            receiver = .void
            defer { receiver = .array(a) }
            return try body(&a, c)
        }
    }
}

func declareArrayMembers(_ t: NativeType) {
    t.adopt(sequenceAlgorithms)
    t.addProperty("count") { c in .int(try c.receiver.asArray().count) }
    t.addProperty("isEmpty") { c in .bool(try c.receiver.asArray().isEmpty) }
    t.addProperty("first") { c in try c.receiver.asArray().first ?? .null }
    t.addProperty("last") { c in try c.receiver.asArray().last ?? .null }
    t.addProperty("indices") { c in .range(RangeValue(lower: .int(0), upper: .int(try c.receiver.asArray().count), closed: false)) }

    t.addArrayMutation("append", ["_"]) { a, c in
        var x = c[0]
        if c.isLiteral(0), case .int(let i) = x, case .double? = a.last { x = .double(Double(i)) }
        // The buffer is about to double: would the new one pass the memory budget?
        if a.count == a.capacity && a.count >= 1 << 16 {
            try c.context.checkAllocation(count: a.count * 2, itemBytes: MemoryLayout<Value>.stride, what: "append")
        }
        a.append(x)
        return .void
    }
    t.addArrayMutation("append", ["contentsOf"]) { a, c in a.append(contentsOf: try c.context.collect(c[0])); return .void }
    t.addArrayMutation("insert", ["_", "at"]) { a, c in
        let i = try c.int(1)
        guard i >= 0 && i <= a.count else { throw ScriptError("index out of range: \(i)") }
        a.insert(c[0], at: i)
        return .void
    }
    t.addArrayMutation("remove", ["at"]) { a, c in
        let i = try c.int(0)
        guard i >= 0 && i < a.count else { throw ScriptError("index out of range: \(i) is not in 0..<\(a.count)") }
        return a.remove(at: i)
    }
    declareArrayRemovals(t)
    t.addArrayMutation("sort", []) { a, c in a = try sorted(a, c, by: nil); return .void }
    t.addArrayMutation("sort", ["by"]) { a, c in a = try sorted(a, c, by: 0); return .void }
    t.addArrayMutation("sort", ["_"]) { a, c in a = try sorted(a, c, by: 0); return .void }
    t.addArrayMutation("reverse", []) { a, _ in a.reverse(); return .void }
    t.addArrayMutation("shuffle", []) { a, c in shuffle(&a, c.context.random); return .void }
    t.addArrayMutation("swapAt", ["_", "_"]) { a, c in
        let i = try c.int(0), j = try c.int(1)
        guard a.indices.contains(i), a.indices.contains(j) else { throw ScriptError("index out of range: swapAt(\(i), \(j)) on \(a.count) elements") }
        a.swapAt(i, j)
        return .void
    }

    t.addMethod("reversed", []) { c in .array(try c.receiver.asArray().reversed()) }
    declareArrayJoined(t)
    declareArraySlices(t)
    t.addMethod("flatMap", ["_"]) { c in
        var out: [Value] = []
        for x in try c.receiver.asArray() { out += try c.context.collect(try c.invoke(0, x)) }
        return .array(out)
    }
    t.addMethod("randomElement", []) { c in
        let a = try c.receiver.asArray()
        return a.isEmpty ? .null : a[c.context.random.nextInt(in: 0..<a.count)]
    }

    declareSetMembers(t)
}

/// `Set<T>`'s own methods, on the array that holds the set.
private func declareSetMembers(_ t: NativeType) {
    t.addArrayMutation("insert", ["_"]) { a, c in
        let key = try HashKey(c[0])
        if try a.contains(where: { try HashKey($0) == key }) {
            return .tuple(TupleValue([.bool(false), c[0]], labels: ["inserted", "memberAfterInsert"]))
        }
        a.append(c[0])
        return .tuple(TupleValue([.bool(true), c[0]], labels: ["inserted", "memberAfterInsert"]))
    }
    t.addArrayMutation("remove", ["_"]) { a, c in
        let key = try HashKey(c[0])
        guard let i = try a.firstIndex(where: { try HashKey($0) == key }) else { return .null }
        return a.remove(at: i)
    }
    t.addMethod("union", ["_"]) { c in .array(try uniqueElements(try c.receiver.asArray() + (try c.context.collect(c[0])))) }
    func relation(_ name: String, _ label: String, _ body: @escaping (_ mine: [Value], _ mineKeys: Set<HashKey>, _ other: Set<HashKey>) throws -> Value) {
        t.addMethod(name, [Param(label)]) { c in
            let mine = try c.receiver.asArray()
            return try body(mine, Set(try mine.map(HashKey.init)), Set(try c.context.collect(c[0]).map(HashKey.init)))
        }
    }
    relation("intersection", "_") { mine, _, other in .array(try mine.filter { other.contains(try HashKey($0)) }) }
    relation("subtracting", "_") { mine, _, other in .array(try mine.filter { !other.contains(try HashKey($0)) }) }
    relation("isSubset", "of") { _, keys, other in .bool(keys.isSubset(of: other)) }
    relation("isSuperset", "of") { _, keys, other in .bool(keys.isSuperset(of: other)) }
    relation("isDisjoint", "with") { _, keys, other in .bool(keys.isDisjoint(with: other)) }
    t.addMethod("symmetricDifference", ["_"]) { c in
        let mine = try c.receiver.asArray(), theirs = try c.context.collect(c[0])
        let mineKeys = Set(try mine.map(HashKey.init)), theirKeys = Set(try theirs.map(HashKey.init))
        return .array(try uniqueElements(try mine.filter { !theirKeys.contains(try HashKey($0)) } + theirs.filter { !mineKeys.contains(try HashKey($0)) }))
    }
    // The mutating forms: `formUnion`, `formIntersection`, `subtract`, `formSymmetricDifference`.
    for (name, pure) in [("formUnion", "union"), ("formIntersection", "intersection"), ("subtract", "subtracting"),
                         ("formSymmetricDifference", "symmetricDifference")] {
        t.addArrayMutation(name, ["_"]) { a, c in
            guard let set = t.findMethod(pure) else { return .void }
            a = try c.context.callNative(set, receiver: .array(a), args: [c[0]], labels: [nil], literalMask: 0).asArray()
            return .void
        }
    }
}

/// `dropFirst(k)`'s count: Swift traps on a negative one.
private func droppedCount(_ c: NativeCall) throws -> Int {
    let k = try c.int(0)
    guard k >= 0 else { throw ScriptError("Fatal error: Can't drop a negative number of elements from a collection") }
    return k
}

/// `prefix`, `suffix`, `dropFirst`, `dropLast` and their `while:`/`from:`/`upTo:` forms, `last(where:)`.
private func declareArraySlices(_ t: NativeType) {
    t.addMethod("prefix", ["_"]) { c in .array(Array(try c.receiver.asArray().prefix(max(0, try c.int(0))))) }
    t.addMethod("suffix", ["_"]) { c in .array(Array(try c.receiver.asArray().suffix(max(0, try c.int(0))))) }
    t.addMethod("dropFirst", []) { c in .array(Array(try c.receiver.asArray().dropFirst())) }
    t.addMethod("dropLast", []) { c in .array(Array(try c.receiver.asArray().dropLast())) }
    t.addMethod("dropFirst", ["_"]) { c in .array(Array(try c.receiver.asArray().dropFirst(try droppedCount(c)))) }
    t.addMethod("dropLast", ["_"]) { c in .array(Array(try c.receiver.asArray().dropLast(try droppedCount(c)))) }
    t.addMethod("suffix", ["from"]) { c in
        let a = try c.receiver.asArray(), i = try c.int(0)
        guard i >= 0, i <= a.count else { throw ScriptError("Fatal error: Array index is out of range") }
        return .array(Array(a[i...]))
    }
    t.addMethod("prefix", ["upTo"]) { c in
        let a = try c.receiver.asArray(), i = try c.int(0)
        guard i >= 0, i <= a.count else { throw ScriptError("Fatal error: Array index is out of range") }
        return .array(Array(a[..<i]))
    }
    t.addMethod("prefix", ["while"]) { c in
        var out: [Value] = []
        for x in try c.receiver.asArray() { guard try c.test(0, x, what: "prefix(while:)") else { break }; out.append(x) }
        return .array(out)
    }
    t.addMethod("drop", ["while"]) { c in
        let a = try c.receiver.asArray()
        var i = 0
        while i < a.count, try c.test(0, a[i], what: "drop(while:)") { i += 1 }
        return .array(Array(a[i...]))
    }
    t.addMethod("last", ["where"]) { c in
        for x in try c.receiver.asArray().reversed() where try c.test(0, x, what: "last(where:)") { return x }
        return .null
    }
}

/// `joined()` and `joined(separator:)`: a String of an array's Strings, or the elements of
/// an array's arrays in turn.
private func declareArrayJoined(_ t: NativeType) {
    t.addMethod("joined", []) { c in
        // `[[1, 2], [3]].joined()`: the elements of the inner arrays in turn (a String of Strings).
        let a = try c.receiver.asArray()
        if a.isEmpty { return .string("") }
        if case .string = a[0] { return .string(try a.map { try $0.asString() }.joined()) }
        var out: [Value] = []
        for x in a { out += try c.context.collect(x) }
        return .array(out)
    }
    t.addMethod("joined", ["separator"]) { c in .string(try c.receiver.asArray().map { try $0.asString() }.joined(separator: try c.string(0))) }
}

/// The count of `removeFirst(k)` / `removeLast(k)`, checked as Swift checks it.
private func removalCount(_ c: NativeCall, of a: [Value]) throws -> Int {
    let k = try c.int(0)
    guard k >= 0 else { throw ScriptError("number of elements to remove should be non-negative") }
    guard k <= a.count else { throw ScriptError("can't remove more items from a collection than it has") }
    return k
}

/// `removeFirst()`, `removeLast(k)`, `popLast()`, `removeAll(where:)`…
private func declareArrayRemovals(_ t: NativeType) {
    t.addArrayMutation("removeLast", []) { a, _ in
        guard !a.isEmpty else { throw ScriptError("can't remove last element from an empty collection") }
        return a.removeLast()
    }
    t.addArrayMutation("removeFirst", []) { a, _ in
        guard !a.isEmpty else { throw ScriptError("can't remove first element from an empty collection") }
        return a.removeFirst()
    }
    // `removeFirst(k)`, `removeLast(k)`: the first or last k elements, nothing returned.
    t.addArrayMutation("removeFirst", ["_"]) { a, c in
        a.removeFirst(try removalCount(c, of: a))
        return .void
    }
    t.addArrayMutation("removeLast", ["_"]) { a, c in
        a.removeLast(try removalCount(c, of: a))
        return .void
    }
    t.addArrayMutation("popLast", []) { a, _ in a.popLast() ?? .null }
    t.addArrayMutation("removeAll", []) { a, _ in a = []; return .void }
    t.addArrayMutation("removeAll", ["where"]) { a, c in
        a = try a.filter { !(try c.test(0, $0, what: "removeAll(where:)")) }
        return .void
    }
    // `xs.removeAll { $0 < 0 }`: a trailing closure fills the `where:` parameter.
    t.addArrayMutation("removeAll", [Param("_", type: "Function")]) { a, c in
        a = try a.filter { !(try c.test(0, $0, what: "removeAll(where:)")) }
        return .void
    }
}
