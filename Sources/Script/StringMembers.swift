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
    declareFoundationStringMembers(t)
    // A Substring prints as its text: these give Strings, which print the same.
    t.addMethod("prefix", ["_"]) { c in .string(String(try c.receiver.asString().prefix(max(0, try c.int(0))))) }
    t.addMethod("suffix", ["_"]) { c in .string(String(try c.receiver.asString().suffix(max(0, try c.int(0))))) }
    t.addMethod("dropFirst", []) { c in .string(String(try c.receiver.asString().dropFirst())) }
    t.addMethod("dropFirst", ["_"]) { c in .string(String(try c.receiver.asString().dropFirst(max(0, try c.int(0))))) }
    t.addMethod("dropLast", []) { c in .string(String(try c.receiver.asString().dropLast())) }
    t.addMethod("dropLast", ["_"]) { c in .string(String(try c.receiver.asString().dropLast(max(0, try c.int(0))))) }
}

/// The members Foundation adds to String (a lesson may `import Foundation`, or not: as in
/// a Swift file on Linux that imports it).
private func declareFoundationStringMembers(_ t: NativeType) {
    t.addMethod("replacingOccurrences", ["of", "with"]) { c in
        .string(try c.receiver.asString().replacingOccurrences(of: try c.string(0), with: try c.string(1)))
    }
    t.addMethod("components", ["separatedBy"]) { c in
        let s = try c.receiver.asString()
        // A String separator, or a CharacterSet (`.whitespacesAndNewlines`).
        if case .string(let separator) = c[0] { return .array(s.components(separatedBy: separator).map { .string($0) }) }
        return .array(s.components(separatedBy: try characterSet(c[0], "components(separatedBy:)")).map { .string($0) })
    }
    t.addMethod("trimmingCharacters", ["in"]) { c in
        .string(try c.receiver.asString().trimmingCharacters(in: try characterSet(c[0], "trimmingCharacters(in:)")))
    }
    t.addProperty("capitalized") { c in .string(try c.receiver.asString().capitalized) }
    t.addMethod("padding", ["toLength", "withPad", "startingAt"]) { c in
        let n = try c.int(0), pad = try c.string(1), start = try c.int(2)
        guard n >= 0, n <= 1 << 24 else { throw ScriptError("padding(toLength:) needs a length from 0 to \(1 << 24), not \(n)") }
        guard !pad.isEmpty, start >= 0, start < pad.count else { throw ScriptError("padding(toLength:withPad:startingAt:) needs a pad string and a start inside it") }
        return .string(try c.receiver.asString().padding(toLength: n, withPad: pad, startingAt: start))
    }
}

func declareCharacterMembers(_ t: NativeType) {
    func character(_ c: NativeCall) throws -> Character {
        guard case .character(let ch) = c.receiver else { throw ScriptError.typeMismatch(expected: "Character", actual: c.receiver) }
        return ch
    }
    t.addProperty("isLetter") { c in .bool(try character(c).isLetter) }
    t.addProperty("isNumber") { c in .bool(try character(c).isNumber) }
    t.addProperty("isWhitespace") { c in .bool(try character(c).isWhitespace) }
    t.addProperty("isUppercase") { c in .bool(try character(c).isUppercase) }
    t.addProperty("isLowercase") { c in .bool(try character(c).isLowercase) }
    t.addProperty("isPunctuation") { c in .bool(try character(c).isPunctuation) }
    t.addProperty("wholeNumberValue") { c in try character(c).wholeNumberValue.map { .int($0) } ?? .null }
    t.addMethod("uppercased", []) { c in .string(try character(c).uppercased()) }
    t.addMethod("lowercased", []) { c in .string(try character(c).lowercased()) }
    t.addProperty("asciiValue") { c in
        guard case .character(let ch) = c.receiver else { return .null }
        return ch.asciiValue.map { .int(Int($0)) } ?? .null
    }
}

/// Foundation's `CharacterSet`: `.whitespaces`, `.whitespacesAndNewlines`, `.newlines`,
/// `.punctuationCharacters`, `.decimalDigits`, `.letters`, or `CharacterSet(charactersIn:)`.
func declareCharacterSet(_ t: NativeType) {
    t.addInit(["charactersIn"]) { c in .native(NativeBox(CharacterSet(charactersIn: try c.string(0)), type: t)) }
    for (name, set) in namedCharacterSets {
        t.addStaticProperty(name) { _ in .native(NativeBox(set, type: t)) }
    }
    t.describe = { v in
        guard case .native(let n) = v, n is NativeBox<CharacterSet> else { return "CharacterSet()" }
        return "<CFCharacterSet>"
    }
}

private let namedCharacterSets: [(String, CharacterSet)] = [
    ("whitespaces", .whitespaces), ("whitespacesAndNewlines", .whitespacesAndNewlines), ("newlines", .newlines),
    ("punctuationCharacters", .punctuationCharacters), ("decimalDigits", .decimalDigits), ("letters", .letters),
    ("alphanumerics", .alphanumerics), ("uppercaseLetters", .uppercaseLetters), ("lowercaseLetters", .lowercaseLetters),
]

/// A `CharacterSet` argument: written `.whitespaces` (an implicit member) or made.
private func characterSet(_ v: Value, _ what: String) throws -> CharacterSet {
    if case .native(let n) = v, let box = n as? NativeBox<CharacterSet> { return box.value }
    if case .symbol(let name) = v, let set = namedCharacterSets.first(where: { $0.0 == name })?.1 { return set }
    throw ScriptError("\(what) takes a CharacterSet: " + namedCharacterSets.map { "." + $0.0 }.joined(separator: ", ") + " or CharacterSet(charactersIn:)")
}
