// Arguments to the methods of arrays, dictionaries and strings, checked before the cell runs
// against the parameter types Swift's standard library declares, so `xs.insert(2.5, at: 0)`
// into an `[Int]` or `words.joined(separator: 1)` is rejected at the argument, in swiftc's
// words, instead of failing when it runs (or not at all).
//
// Only methods whose parameters have one plain type are listed: those that take a sequence,
// a closure or several kinds of value (`String.contains` takes a String or a Character) are
// left to the run.

/// One parameter: the type an argument must convert to, written with the receiver's
/// element type `E` (an array's), key `K` and value `V` (a dictionary's), and how swiftc
/// names it, quoted, when it differs from the type (`String.Element` for a Character).
struct BasicParameter {
    let type: String
    var shown: String? = nil
}

enum BasicMethodParameters {
    /// Keyed by the method's name and argument labels, as swiftc spells them: `insert(_:at:)`.
    static let array: [String: [BasicParameter]] = [
        "append(_:)": [BasicParameter(type: "E")],
        "insert(_:at:)": [BasicParameter(type: "E"), BasicParameter(type: "Int")],
        "contains(_:)": [BasicParameter(type: "E")],
        "firstIndex(of:)": [BasicParameter(type: "E")],
        "lastIndex(of:)": [BasicParameter(type: "E")],
        "remove(at:)": [BasicParameter(type: "Int")],
        "removeFirst(_:)": [BasicParameter(type: "Int")],
        "removeLast(_:)": [BasicParameter(type: "Int")],
        "prefix(_:)": [BasicParameter(type: "Int")],
        "suffix(_:)": [BasicParameter(type: "Int")],
        "dropFirst(_:)": [BasicParameter(type: "Int")],
        "dropLast(_:)": [BasicParameter(type: "Int")],
        "swapAt(_:_:)": [BasicParameter(type: "Int", shown: "'Array<E>.Index' (aka 'Int')"),
                         BasicParameter(type: "Int", shown: "'Array<E>.Index' (aka 'Int')")],
    ]

    /// `joined(separator:)` is a method of arrays of strings only.
    static let stringArray: [String: [BasicParameter]] = [
        "joined(separator:)": [BasicParameter(type: "String")],
    ]

    static let dictionary: [String: [BasicParameter]] = [
        "removeValue(forKey:)": [BasicParameter(type: "K")],
        "updateValue(_:forKey:)": [BasicParameter(type: "V"), BasicParameter(type: "K")],
    ]

    static let string: [String: [BasicParameter]] = [
        "hasPrefix(_:)": [BasicParameter(type: "String")],
        "hasSuffix(_:)": [BasicParameter(type: "String")],
        "split(separator:)": [BasicParameter(type: "Character", shown: "'String.Element' (aka 'Character')")],
        "components(separatedBy:)": [BasicParameter(type: "String")],
        "replacingOccurrences(of:with:)": [BasicParameter(type: "String"), BasicParameter(type: "String")],
        "prefix(_:)": [BasicParameter(type: "Int")],
        "suffix(_:)": [BasicParameter(type: "Int")],
        "dropFirst(_:)": [BasicParameter(type: "Int")],
        "dropLast(_:)": [BasicParameter(type: "Int")],
    ]
}

extension Compiler {
    /// `xs.insert(2.5, at: 0)` on an `[Int]`: an argument whose type the compiler knows and
    /// that does not convert to the parameter's type, at the argument.
    func checkBasicMethodArguments(_ base: Expr, _ name: String, _ args: [Argument]) throws {
        guard !args.contains(where: \.isTrailingClosure), let receiver = staticType(of: base)?.unlabelled, receiver.isConcrete else { return }
        let key = name + "(" + args.map { ($0.label ?? "_") + ":" }.joined() + ")"
        var substitutions: [String: TypeRef] = [:]
        let table: [String: [BasicParameter]]
        switch receiver {
        case .array(let e):
            substitutions["E"] = e
            table = e.description == "String" ? BasicMethodParameters.array.merging(BasicMethodParameters.stringArray) { a, _ in a }
                                              : BasicMethodParameters.array
        case .dictionary(let k, let v):
            substitutions = ["K": k, "V": v]
            table = BasicMethodParameters.dictionary
        case .named("String"):
            table = BasicMethodParameters.string
        default:
            return
        }
        guard let params = table[key], params.count == args.count else { return }
        for (p, a) in zip(params, args) {
            let want = substitutions[p.type] ?? .named(p.type)
            if case .nilLiteral = a.value.kind {
                throw err("'nil' is not compatible with expected argument type '\(want)'", a.value.offset)
            }
            guard let have = mismatchedType(a.value, want) else { continue }
            var shown = p.shown ?? "'\(want)'"
            if let e = substitutions["E"], p.shown != nil { shown = shown.split(separator: "<E>", omittingEmptySubsequences: false).joined(separator: "<\(e)>") }
            throw err("cannot convert value of type '\(have)' to expected argument type \(shown)", a.value.offset)
        }
    }
}
