import CMarkGFM

/// The top-level blocks of a piece of Markdown, as cmark-gfm parses it: what kind each is
/// and the line it starts on. Splitting prose at these lines never cuts a block in two,
/// so slides and speaker notes can be cut out of the author's exact text.
struct MarkdownBlocks {
    enum Kind: Equatable {
        case heading(level: Int, text: String)
        case thematicBreak
        /// A raw HTML block; `literal` is its text.
        case html(literal: String)
        case other
    }

    struct Block {
        var kind: Kind
        /// 1-based line of the block's first line within the text.
        var startLine: Int
    }

    private(set) var blocks: [Block] = []

    init(_ markdown: String) {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS)
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return }
        defer { cmark_node_free(document) }
        var child = cmark_node_first_child(document)
        while let node = child {
            let line = Int(cmark_node_get_start_line(node))
            let kind: Kind
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                kind = .heading(level: Int(cmark_node_get_heading_level(node)), text: MarkdownHTML.plainText(of: node))
            case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
            case CMARK_NODE_HTML_BLOCK:
                kind = .html(literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? "")
            default: kind = .other
            }
            blocks.append(Block(kind: kind, startLine: line))
            child = cmark_node_next(node)
        }
    }

    /// The text's lines, each with its line ending, so ranges of lines can be joined back.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            // "\r\n" is one Character in Swift, so this also ends CRLF lines.
            if text[i] == "\n" || text[i] == "\r\n" {
                lines.append(text[start..<next])
                start = next
            }
            i = next
        }
        if start < text.endIndex { lines.append(text[start...]) }
        return lines
    }
}
