/// What a highlighted piece of code is, for the HTML renderer's colours.
public enum TokenKind: String, Hashable, Sendable, CaseIterable {
    /// `let`, `func`, `if`, `true`, `nil`, `self`…
    case keyword
    /// A name starting with a lower-case letter (or `_`, `$0`).
    case identifier
    /// A name starting with an upper-case letter: `Tensor`, `Double`, `Model`.
    case typeName
    /// `3`, `0.5`, `1e-3`, `0xFF`.
    case number
    /// The literal parts of a string, quotes included (interpolated code is tokenised on its own).
    case string
    /// `// …` and `/* … */`.
    case comment
    /// `+`, `..<`, `.==`, `??`…
    case `operator`
    /// Brackets, commas, colons, `=`, `->`, `.` and the `\(` `)` around an interpolation.
    case punctuation
    /// `@something` (not part of the lesson language; coloured anyway).
    case attribute
    /// A character the language does not know; shown plainly.
    case unknown
}

/// One coloured piece of code: its kind, its text and where it sits in the code passed in.
public struct HighlightToken: Hashable, Sendable {
    public var kind: TokenKind
    public var text: String
    /// The token's range in the string given to `highlightTokens`.
    public var range: Range<String.Index>

    public init(kind: TokenKind, text: String, range: Range<String.Index>) {
        self.kind = kind
        self.text = text
        self.range = range
    }
}

/// The lesson language's tokens, as the layers above the language need them (highlighted
/// code in handouts, the names a graded exercise declares) without importing the language.
/// The tool installs the language's own lexer once at start (`Prelude.installLessonSyntax`);
/// until then code is one plain run of text with no tokens.
public enum LessonSyntax {
    nonisolated(unsafe) private static var tokenizer: @Sendable (String) -> [HighlightToken] = { _ in [] }

    /// Makes `tokenize` the source of every later `tokens(_:)`.
    public static func install(_ tokenize: @escaping @Sendable (String) -> [HighlightToken]) {
        tokenizer = tokenize
    }

    /// The tokens of `code`, in order, never overlapping; white space is not a token.
    public static func tokens(_ code: String) -> [HighlightToken] { tokenizer(code) }
}
