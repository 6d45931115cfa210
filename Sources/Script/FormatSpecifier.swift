/// One conversion specifier of `String(format:)` (`%-08.3f`), parsed so that its width and
/// precision can be checked before Foundation sees them: `%.900000000f` would otherwise
/// build a 900 MB string, whatever the cell's output cap says.
struct FormatSpecifier {
    /// The largest width or precision a specifier may ask for. Far beyond any table layout
    /// or any digits a Double holds (17 significant, 1074 after the point for the smallest
    /// subnormal), and small enough that one conversion stays a few kilobytes.
    static let maximumField = 4096

    /// Flags as written (`-`, `+`, space, `0`, `#`).
    var flags = ""
    var width: Int?
    var precision: Int?

    /// Reads flags, width and precision (and drops C length modifiers such as `l`) from the
    /// front of `chars`, which must start just after the `%`.
    init(_ chars: inout ArraySlice<Character>, in format: String) throws {
        while let c = chars.first, "-+ 0#".contains(c) { flags.append(c); chars = chars.dropFirst() }
        width = try Self.number(&chars, field: "width", format: format)
        if chars.first == "." {
            chars = chars.dropFirst()
            precision = try Self.number(&chars, field: "precision", format: format) ?? 0
        }
        while chars.first == "l" || chars.first == "h" { chars = chars.dropFirst() }
    }

    /// The specifier for Foundation, with `conversion` (and a length modifier) appended.
    func text(_ conversion: String) -> String {
        var s = "%" + flags
        if let width { s += String(width) }
        if let precision { s += "." + String(precision) }
        return s + conversion
    }

    /// `text` for `%s`/`%@`, as C's printf treats a string: the precision keeps at most that
    /// many characters, the width pads with spaces on the left (on the right with `-`).
    /// Done here because Foundation's `%@` ignores both on Linux.
    func padded(_ text: String) -> String {
        let kept = precision.map { String(text.prefix($0)) } ?? text
        guard let width, kept.count < width else { return kept }
        let pad = String(repeating: " ", count: width - kept.count)
        return flags.contains("-") ? kept + pad : pad + kept
    }

    /// Decimal digits at the front of `chars`, nil when there are none; an error when the
    /// number passes `maximumField` (checked digit by digit, so it cannot overflow).
    private static func number(_ chars: inout ArraySlice<Character>, field: String, format: String) throws -> Int? {
        var value: Int?
        while let c = chars.first, let digit = c.wholeNumberValue, c.isASCII {
            let v = (value ?? 0) * 10 + digit
            guard v <= maximumField else {
                var digits = ""
                while let d = chars.first, d.isASCII, d.isNumber { digits.append(d); chars = chars.dropFirst() }
                let written = String(value ?? 0) + digits
                throw ScriptError("String(format:): the \(field) \(written) in '\(format)' is larger than \(maximumField), the largest allowed")
            }
            value = v
            chars = chars.dropFirst()
        }
        return value
    }
}
