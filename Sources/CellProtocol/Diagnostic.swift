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
///     Lessons/xor.md:42:17: error: cannot find 'hiddenSzie' in scope
///         let h = hiddenSzie * 2
///                 ^
///     note: did you mean 'hiddenSize'?
///
/// A message's first line is the error, in swiftc's words; lines after it that start with
/// `note: ` are its notes (a fix-it, a "did you mean"), printed after the caret.
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

    /// `path:line:column: error: message`, the prefix editors and CI logs understand
    /// (the message's first line: its notes follow the source line).
    public var headline: String {
        var place = file
        if let location { place += ":\(location.line):\(location.column)" }
        return "\(place): \(severity.rawValue): \(summary)"
    }

    /// The message without its notes.
    public var summary: String { String(message.prefix { $0 != "\n" }) }

    /// The message's `note: …` lines.
    public var notes: [String] { message.split(separator: "\n").dropFirst().map(String.init) }

    /// The headline, then the source line and a caret under the column, then the notes, as
    /// swiftc prints them.
    public var formatted: String {
        let notes = self.notes.map { "\n" + $0 }.joined()
        guard let sourceLine, let location else { return headline + notes }
        // Tabs stay tabs so the caret lines up in any terminal.
        let prefix = sourceLine.prefix(max(0, location.column - 1))
        let pad = String(prefix.map { $0 == "\t" ? "\t" : " " })
        return "\(headline)\n\(sourceLine)\n\(pad)^\(notes)"
    }

    public var description: String { formatted }
}
