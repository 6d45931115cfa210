import CMarkGFM
import Foundation

/// Markdown to HTML through cmark-gfm's own renderer, with GitHub's extensions (tables,
/// strikethrough, autolinks, task lists). Raw HTML is omitted and dangerous link schemes
/// (`javascript:` and friends) are dropped unless the author opts in with `unsafeHTML`.
/// Headings get `id`s so the table of contents can link to them.
enum MarkdownHTML {
    /// A heading met while rendering: what the table of contents lists.
    struct Heading: Hashable {
        var level: Int
        var text: String
        var id: String
    }

    /// The extensions GitHub uses for prose, in the order cmark-gfm expects them.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers the extensions once per process (cmark-gfm's registry is global).
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Renders `markdown` to HTML; headings get ids made unique by `slugs`.
    /// - Parameter headings: receives every heading, in order.
    static func render(_ markdown: String, unsafeHTML: Bool, slugs: inout SlugSet,
                       headings: inout [Heading]) -> String {
        withDocument(markdown, unsafeHTML: unsafeHTML) { doc, options, extensions in
            var html = ""
            var child = cmark_node_first_child(doc)
            while let node = child {
                let rendered = renderNode(node, options: options, extensions: extensions)
                if cmark_node_get_type(node) == CMARK_NODE_HEADING {
                    // cmark writes exactly `<hN>` for a heading (no source positions asked
                    // for), so the id goes in right after the tag name.
                    let level = Int(cmark_node_get_heading_level(node))
                    let text = plainText(of: node)
                    let id = slugs.unique(for: text)
                    headings.append(Heading(level: level, text: text, id: id))
                    let tag = "<h\(level)>"
                    if rendered.hasPrefix(tag) {
                        html += "<h\(level) id=\"\(HTMLEscaping.escape(id))\">"
                        html += rendered.dropFirst(tag.count)
                    } else {
                        html += rendered
                    }
                } else {
                    html += rendered
                }
                child = cmark_node_next(node)
            }
            return html
        }
    }

    /// Renders `markdown` without heading ids (a cell's `markdown(...)` output).
    static func renderFragment(_ markdown: String, unsafeHTML: Bool) -> String {
        withDocument(markdown, unsafeHTML: unsafeHTML) { doc, options, extensions in
            renderNode(doc, options: options, extensions: extensions)
        }
    }

    /// The text of the first top-level heading, and the HTML of the first paragraph.
    static func summary(of markdown: String) -> (title: String?, firstParagraph: String?) {
        withDocument(markdown, unsafeHTML: false) { doc, options, extensions in
            var title: String?
            var paragraph: String?
            var child = cmark_node_first_child(doc)
            while let node = child, title == nil || paragraph == nil {
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HEADING, title == nil {
                    title = plainText(of: node)
                } else if type == CMARK_NODE_PARAGRAPH, paragraph == nil {
                    paragraph = renderNode(node, options: options, extensions: extensions)
                }
                child = cmark_node_next(node)
            }
            return (title, paragraph)
        }
    }

    /// The text of a node's inline content: what a heading says, without its markup.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iter = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iter) }
        while cmark_iter_next(iter) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iter) == CMARK_EVENT_ENTER,
                  let current = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        // Omitted raw HTML leaves gaps ("Gradients <by> hand"): one space between words.
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Parses `markdown` with the GitHub extensions and hands the tree to `body`.
    private static func withDocument<T>(
        _ markdown: String, unsafeHTML: Bool,
        _ body: (OpaquePointer, Int32, UnsafeMutablePointer<cmark_llist>?) -> T
    ) -> T {
        _ = registered
        let options = CMARK_OPT_DEFAULT | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let doc = cmark_parser_finish(parser)!
        defer { cmark_node_free(doc) }
        return body(doc, options, cmark_parser_get_syntax_extensions(parser))
    }

    private static func renderNode(_ node: OpaquePointer, options: Int32,
                                   extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let cString = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }
}

/// Anchors made from heading text as GitHub makes them ("Gradient descent" ->
/// `gradient-descent`), kept unique within one page by numbering repeats.
struct SlugSet {
    /// Put before every anchor, so lessons joined in one course page do not collide.
    var prefix: String
    private var used: Set<String> = []

    init(prefix: String = "") {
        self.prefix = prefix
    }

    /// A fresh anchor for `text`, never handed out before by this set.
    mutating func unique(for text: String) -> String {
        let base = prefix + Self.slug(text)
        var candidate = base
        var n = 1
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Reserves an anchor the renderer makes itself (a cell's `cell-3`).
    mutating func reserve(_ id: String) {
        used.insert(id)
    }

    /// Lower-case letters and digits, spaces turned to hyphens, other punctuation dropped.
    static func slug(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" {
                out.append(ch)
            } else if ch == " " {
                out.append("-")
            }
        }
        return out.isEmpty ? "section" : out
    }
}
