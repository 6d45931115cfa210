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
