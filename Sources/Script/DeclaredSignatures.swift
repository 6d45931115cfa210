// The library's declarations in Swift's own syntax, for the checks made before a cell runs.
//
// A binding (NativeLibrary.swift) says how a native function is called: its labels, its
// defaults, and at run time which overload takes which values. What it does not say is the
// Swift type of each parameter and of the result. A host library supplies those as Swift
// declarations (`NativeLibrary.declare`): the Prelude's come from LessonKit, the same API
// as a compiled Swift library, so they are the types swiftc checks a lesson against when it
// is exported. With them the compiler rejects `Tensor.zeros("a")` or `t.sum(axis: 1.5)`
// before the cell runs, in swiftc's words and with the declaration in a note, and knows that
// `Tensor.ones([2])` is a Tensor, so the checks reach the calls made on it.

import Foundation

/// One declaration: `static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor`.
public struct DeclaredSignature: Equatable, CustomStringConvertible {
    public enum Kind: Equatable { case function, staticFunction, initializer, property }

    public let kind: Kind
    public let name: String
    /// The argument labels (nil for `_`), for callables.
    public let labels: [String?]
    /// Each parameter's type as written (`[Int]`, `Tensor`, `Int...` for a variadic one).
    public let types: [String]
    public let hasDefault: [Bool]
    /// The result type (a property's type); nil for a function that returns nothing.
    public let returnType: String?
    /// The declaration as written, for messages.
    public let text: String

    public var description: String { text }

    /// Reads one declaration; nil for one that is not a function, initialiser or property
    /// (a subscript, an operator, a type), which the checks do not use.
    public init?(_ text: String) {
        var words = Substring(text.trimmingCharacters(in: .whitespaces))
        var isStatic = false
        // Modifiers say nothing about how a call is checked; `static` stays in the text.
        while let w = words.split(separator: " ", maxSplits: 1).first,
              ["public", "final", "convenience", "override", "required", "static", "class", "mutating", "@discardableResult"].contains(w) {
            if w == "static" || w == "class" { isStatic = true }
            words = words.dropFirst(w.count).drop { $0 == " " }
        }
        self.text = (isStatic ? "static " : "") + words
        if words.hasPrefix("var ") || words.hasPrefix("let ") {
            let rest = words.dropFirst(4)
            guard let colon = rest.firstIndex(of: ":") else { return nil }
            kind = .property
            name = String(rest[..<colon])
            var type = rest[rest.index(after: colon)...]
            if let brace = type.firstIndex(of: "{") { type = type[..<brace] }
            returnType = type.trimmingCharacters(in: .whitespaces)
            labels = []; types = []; hasDefault = []
            return
        }
        let head: Substring
        if words.hasPrefix("init(") {
            kind = .initializer
            head = "init"
            words = words.dropFirst(4)
        } else if words.hasPrefix("func ") {
            kind = isStatic ? .staticFunction : .function
            let rest = words.dropFirst(5)
            guard let open = rest.firstIndex(where: { $0 == "(" || $0 == "<" }) else { return nil }
            head = rest[..<open].trimmingCharacters(in: .whitespaces)[...]
            guard let first = head.first, first.isLetter || first == "_" else { return nil }   // an operator
            words = rest[open...]
            if words.hasPrefix("<") { words = words.drop { $0 != ">" }.dropFirst() }         // generic parameters
        } else {
            return nil
        }
        name = String(head)
        guard words.hasPrefix("("), let close = Self.matchingParenthesis(words) else { return nil }
        var labels: [String?] = [], types: [String] = [], defaults: [Bool] = []
        for part in Self.topLevelParts(words[words.index(after: words.startIndex)..<close]) {
            guard let colon = Self.topLevelColon(part) else { return nil }
            let names = part[..<colon].split(separator: " ")
            guard let label = names.first else { return nil }
            labels.append(label == "_" ? nil : String(label))
            var type = part[part.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let hasDefault = Self.topLevelEquals(type[...]) != nil
            if let eq = Self.topLevelEquals(type[...]) { type = String(type[..<eq]).trimmingCharacters(in: .whitespaces) }
            types.append(type)
            defaults.append(hasDefault)
        }
        self.labels = labels
        self.types = types
        self.hasDefault = defaults
        let after = words[words.index(after: close)...]
        if let arrow = after.range(of: "->") {
            var result = after[arrow.upperBound...].trimmingCharacters(in: .whitespaces)
            if let w = result.range(of: " where ") { result = String(result[..<w.lowerBound]) }
            returnType = kind == .initializer ? nil : result
        } else {
            returnType = nil
        }
    }

    /// `zeros(_:requiresGrad:)`.
    public var swiftName: String { name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")" }

    /// The index of the `)` that closes the `(` `text` starts with.
    private static func matchingParenthesis(_ text: Substring) -> Substring.Index? {
        var depth = 0
        for i in text.indices {
            switch text[i] {
            case "(", "[", "<": depth += 1
            case ">" where i > text.startIndex && text[text.index(before: i)] == "-": break   // `->`
            case ")", "]", ">": depth -= 1; if depth == 0 && text[i] == ")" { return i }
            default: break
            }
        }
        return nil
    }

    /// The parameters of a parameter list, split at its top-level commas.
    private static func topLevelParts(_ text: Substring) -> [Substring] {
        var parts: [Substring] = [], depth = 0, start = text.startIndex
        for i in text.indices {
            switch text[i] {
            case "(", "[", "<": depth += 1
            case ")", "]", ">": if !(text[i] == ">" && i > text.startIndex && text[text.index(before: i)] == "-") { depth -= 1 }
            case "," where depth == 0:
                parts.append(text[start..<i]); start = text.index(after: i)
            default: break
            }
        }
        let last = text[start...]
        if !last.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(last) }
        return parts.map { $0.drop { $0 == " " } }
    }

    private static func topLevelColon(_ text: Substring) -> Substring.Index? { topLevel(":", in: text) }
    private static func topLevelEquals(_ text: Substring) -> Substring.Index? { topLevel("=", in: text) }

    private static func topLevel(_ c: Character, in text: Substring) -> Substring.Index? {
        var depth = 0
        for i in text.indices {
            switch text[i] {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case c where depth == 0: return i
            default: break
            }
        }
        return nil
    }
}

extension NativeLibrary {
    /// Gives the library's bindings their Swift declarations: `owner` is the type a member
    /// belongs to (nil for a free function). A declaration joins the overload set of its name
    /// (functions, static methods, initialisers) or the property of its name; one the library
    /// does not bind is ignored. Returns whether it found its binding.
    @discardableResult
    public func declare(_ owner: String?, _ text: String) -> Bool {
        guard let d = DeclaredSignature(text) else { return false }
        let set: NativeFunctionSet?
        if let owner {
            guard let type = types[owner] else { return false }
            switch d.kind {
            case .initializer: set = type.initializers
            case .staticFunction: set = type.staticMethods[d.name]
            case .function: set = type.methods[d.name]
            case .property:
                guard type.properties[d.name] != nil, let t = d.returnType else { return false }
                type.propertyTypes[d.name] = t
                return true
            }
        } else {
            guard d.kind == .function else { return false }
            set = functions[d.name]
        }
        guard let set, set.overloads.contains(where: { $0.params.map(\.label) == d.labels }) else { return false }
        if !set.declarations.contains(d) { set.declarations.append(d) }
        return true
    }
}

extension NativeLibrary {
    /// The bindings no declaration describes (`Tensor.sum(axis:)`), for the test that keeps
    /// the declarations complete: each overload of a function, initialiser or method, and
    /// each property, of this library's own types.
    public func undeclaredBindings() -> [String] {
        func missing(_ set: NativeFunctionSet, _ owner: String) -> [String] {
            set.overloads.filter { o in !set.declarations.contains { $0.labels == o.params.map(\.label) } }
                .map { owner + $0.signature }
        }
        var out: [String] = []
        for (_, set) in functions { out += missing(set, "") }
        for t in typeOrder {
            out += missing(t.initializers, t.name + ".")
            for (_, set) in t.staticMethods { out += missing(set, t.name + ".") }
            for (_, set) in t.methods { out += missing(set, t.name + ".") }
            for name in t.properties.keys where t.propertyTypes[name] == nil { out.append(t.name + "." + name) }
        }
        return out.sorted()
    }
}
