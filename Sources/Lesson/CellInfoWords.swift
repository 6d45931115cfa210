import Foundation

/// The words of a fence's info string (```` ```swift hide caption="Loss, per epoch" ````):
/// split at spaces, except inside a double-quoted value, where `\"` is a quote.
enum CellInfoWords {
    static func split(_ info: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var escaped = false
        for c in info {
            if escaped {
                word.append(c)
                escaped = false
            } else if quoted && c == "\\" {
                word.append(c)
                escaped = true
            } else if c == "\"" {
                quoted.toggle()
                word.append(c)
            } else if !quoted && (c == " " || c == "\t") {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(c)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The value of `key=value` or `key="value"` (quotes removed, `\"` a quote).
    static func value(of key: String, in word: String) -> String? {
        guard word.hasPrefix(key + "=") else { return nil }
        var value = Substring(word.dropFirst(key.count + 1))
        if value.count >= 2, value.first == "\"", value.last == "\"" {
            value = value.dropFirst().dropLast()
            // Only \" is an escape: TeX's backslashes (\frac) stay as written.
            return value.replacingOccurrences(of: "\\\"", with: "\"")
        }
        return String(value)
    }

    /// A label is letters, digits, `-` and `_`, starting with a letter (`fig-loss`).
    static func isLabel(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter, first.isASCII else { return false }
        return name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }
    }
}
