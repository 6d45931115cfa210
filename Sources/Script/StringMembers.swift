import Foundation

// `String`'s and `Character`'s members. A string is a sequence of characters: the
// Sequence algorithms it adopts see `Character` values; `filter` gives a String, as in Swift.

/// The Sequence algorithms whose results Swift prints the same for a String as for an
/// array of its characters.
private let stringAlgorithms: Set<String> = ["enumerated", "map", "forEach", "reduce", "contains", "sorted", "allSatisfy", "first", "compactMap", "min", "max"]

func declareStringMembers(_ t: NativeType) {
    t.adopt(sequenceAlgorithms, only: stringAlgorithms)
    // `contains(_:)` on a String looks for a substring, not one character.
    t.addMethod("contains", ["_"]) { c in .bool(try c.receiver.asString().contains(try c.string(0))) }
    t.addProperty("count") { c in .int(try c.receiver.asString().count) }
    t.addProperty("isEmpty") { c in .bool(try c.receiver.asString().isEmpty) }
    t.addProperty("first") { c in try c.receiver.asString().first.map { .character($0) } ?? .null }
    t.addProperty("last") { c in try c.receiver.asString().last.map { .character($0) } ?? .null }
    t.addMethod("uppercased", []) { c in .string(try c.receiver.asString().uppercased()) }
    t.addMethod("lowercased", []) { c in .string(try c.receiver.asString().lowercased()) }
    t.addMethod("hasPrefix", ["_"]) { c in .bool(try c.receiver.asString().hasPrefix(try c.string(0))) }
    t.addMethod("hasSuffix", ["_"]) { c in .bool(try c.receiver.asString().hasSuffix(try c.string(0))) }
    t.addMethod("split", ["separator"]) { c in
        let sep = try c.string(0)
        guard sep.count == 1 else { throw ScriptError("split(separator:) takes a Character") }
        return .array(try c.receiver.asString().split(separator: Character(sep)).map { .string(String($0)) })
    }
    t.addMethod("reversed", []) { c in .array(try c.receiver.asString().reversed().map { .character($0) }) }
    t.addMethod("filter", ["_"]) { c in
        .string(String(try c.receiver.asString().filter { try c.test(0, .character($0), what: "filter") }))
    }
    t.addMutatingMethod("append", ["_"]) { receiver, c in
        guard case .string(var s) = receiver else { throw ScriptError("value of type '\(receiver.typeName)' has no member 'append'") }
        let tail = try c.string(0)
        let n = s.utf8.count &+ tail.utf8.count
        if n > 1 << 20 { try c.context.checkAllocation(count: n, itemBytes: 1, what: "append") }
        // Let go of the receiver's reference first, so the buffer grows in place.
        receiver = .void
        s += tail
        receiver = .string(s)
        return .void
    }
    t.addMutatingMethod("removeAll", []) { receiver, _ in receiver = .string(""); return .void }
}

func declareCharacterMembers(_ t: NativeType) {
    t.addProperty("asciiValue") { c in
        guard case .character(let ch) = c.receiver else { return .null }
        return ch.asciiValue.map { .int(Int($0)) } ?? .null
    }
}
