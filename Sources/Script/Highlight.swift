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

/// The tokens of `code` for syntax highlighting, in order, never overlapping. White space
/// is not a token: whatever lies between two tokens (or before the first, after the last)
/// is plain text to copy through. Never fails: malformed code still gets tokens (an
/// unterminated string runs to the end of its line, a stray character is `.unknown`).
public func highlightTokens(_ code: String) -> [HighlightToken] {
    let lexer = Lexer(code)
    lexer.highlights = []
    _ = lexer.tokenize()
    var marks = lexer.highlights ?? []
    // Interpolations record their inner tokens before the string's closing piece, so sort.
    marks.sort { $0.1 < $1.1 }
    var out: [HighlightToken] = []
    out.reserveCapacity(marks.count)
    let utf8 = code.utf8
    var index = utf8.startIndex
    var offset = 0
    var lastEnd = 0
    for (kind, start, end) in marks where start >= lastEnd && end > start {
        // Walk forward once: O(length of code) for the whole list.
        index = utf8.index(index, offsetBy: start - offset)
        offset = start
        let endIndex = utf8.index(index, offsetBy: end - start)
        // Offsets always fall on character boundaries (the lexer splits only at ASCII bytes
        // or whole UTF-8 sequences), but be safe with String's rounding.
        let r = index..<endIndex
        out.append(HighlightToken(kind: kind, text: String(code[r]), range: r))
        index = endIndex
        offset = end
        lastEnd = end
    }
    return out
}
