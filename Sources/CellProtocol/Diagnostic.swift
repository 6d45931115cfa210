/// A place in a lesson file: 1-based line and column, counted in the Markdown file
/// (not in the cell), so that every message points where the author looks.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// An error, warning or note about a lesson, printed as swiftc prints its diagnostics:
///
///     Lessons/xor.md:42:17: error: cannot find 'hiddenSzie' in scope; did you mean 'hiddenSize'?
///         let h = hiddenSzie * 2
///                 ^
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    public var message: String
    /// The file as the user named it (relative paths stay relative).
    public var file: String
    /// Where it happened; nil when the problem is the whole file (e.g. not UTF-8).
    public var location: SourceLocation?
    /// The text of the offending line, shown under the message with a caret.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error, _ message: String, file: String,
        location: SourceLocation? = nil, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.location = location
        self.sourceLine = sourceLine
    }

    /// `path:line:column: error: message`, the prefix editors and CI logs understand.
    public var headline: String {
        var place = file
        if let location { place += ":\(location.line):\(location.column)" }
        return "\(place): \(severity.rawValue): \(message)"
    }

    /// The headline, then the source line and a caret under the column, as swiftc prints them.
    public var formatted: String {
        guard let sourceLine, let location else { return headline }
        // Tabs stay tabs so the caret lines up in any terminal.
        let prefix = sourceLine.prefix(max(0, location.column - 1))
        let pad = String(prefix.map { $0 == "\t" ? "\t" : " " })
        return "\(headline)\n\(sourceLine)\n\(pad)^"
    }

    public var description: String { formatted }
}
