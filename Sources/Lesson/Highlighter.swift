import CellProtocol

/// Swift syntax highlighting for handouts, made from the lesson language's own lexer
/// (`LessonSyntax`, installed by the tool), so that what the page colours is what the
/// interpreter reads.
enum Highlighter {
    /// The code as HTML: escaped, with tokens wrapped in `<span class="tok-KIND">`.
    /// Identifiers, punctuation and unknown characters stay plain text (no span), which
    /// keeps pages small.
    static func html(_ code: String) -> String {
        var html = ""
        html.reserveCapacity(code.utf8.count * 2)
        var last = code.startIndex
        let tokens = LessonSyntax.tokens(code)
        for (i, token) in tokens.enumerated() {
            if last < token.range.lowerBound {
                HTMLEscaping.append(String(code[last..<token.range.lowerBound]), to: &html)
            }
            var kind = cssClass(token.kind)
            // A name right before `(` is a call: colour it as a function.
            if token.kind == .identifier, i + 1 < tokens.count, tokens[i + 1].text == "(",
               tokens[i + 1].range.lowerBound == token.range.upperBound {
                kind = "tok-function"
            }
            if let kind {
                html += "<span class=\"\(kind)\">"
                HTMLEscaping.append(token.text, to: &html)
                html += "</span>"
            } else {
                HTMLEscaping.append(token.text, to: &html)
            }
            last = token.range.upperBound
        }
        if last < code.endIndex {
            HTMLEscaping.append(String(code[last...]), to: &html)
        }
        return html
    }

    /// The CSS class for a kind of token; nil for those shown in the text colour.
    static func cssClass(_ kind: TokenKind) -> String? {
        switch kind {
        case .keyword: return "tok-keyword"
        case .typeName: return "tok-type"
        case .number: return "tok-number"
        case .string: return "tok-string"
        case .comment: return "tok-comment"
        case .operator: return "tok-operator"
        case .attribute: return "tok-attribute"
        case .identifier, .punctuation, .unknown: return nil
        }
    }
}
