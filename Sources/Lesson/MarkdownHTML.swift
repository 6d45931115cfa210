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

    /// Renders `markdown` to HTML; headings get ids made unique by `slugs`, but no ¶ links
    /// (a slide's heading is not a place to link to).
    /// - Parameter headings: receives every heading, in order.
    static func render(_ markdown: String, unsafeHTML: Bool, slugs: inout SlugSet,
                       headings: inout [Heading]) -> String {
        renderPage(markdown, unsafeHTML: unsafeHTML, idPrefix: slugs.prefix, selfLinks: false,
                   slugs: &slugs, headings: &headings)
    }

    /// Renders a whole page's Markdown: footnotes with links back to where they are cited,
    /// GitHub's alerts (`> [!NOTE]`) drawn as callouts, and headings with ids made unique by
    /// `slugs` and a ¶ link to themselves. Footnote ids get `idPrefix`.
    /// - Parameters:
    ///   - headings: receives every heading, in order.
    ///   - headingText: turns the text cmark sees in a heading into the text shown in the
    ///     table of contents (tokens back into their formulas).
    static func renderPage(_ markdown: String, unsafeHTML: Bool, idPrefix: String, anchors: Bool = true,
                           selfLinks: Bool = true, slugs: inout SlugSet, headings: inout [Heading],
                           headingText: (String) -> String = { $0 }) -> String {
        withDocument(markdown, unsafeHTML: unsafeHTML, extraOptions: CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES) {
            doc, options, extensions in
            let html = renderNode(doc, options: options, extensions: extensions)
            var pass = SourcePosPass()
            pass.idPrefix = idPrefix
            pass.selfLinks = selfLinks
            if let iter = cmark_iter_new(doc) {
                defer { cmark_iter_free(iter) }
                while cmark_iter_next(iter) != CMARK_EVENT_DONE {
                    guard cmark_iter_get_event_type(iter) == CMARK_EVENT_ENTER,
                          let node = cmark_iter_get_node(iter) else { continue }
                    switch cmark_node_get_type(node) {
                    case CMARK_NODE_HEADING where anchors:
                        let level = Int(cmark_node_get_heading_level(node))
                        let text = headingText(plainText(of: node))
                        let id = slugs.unique(for: text)
                        headings.append(Heading(level: level, text: text, id: id))
                        pass.headings[sourcepos(of: node)] = (level, id)
                    case CMARK_NODE_BLOCK_QUOTE:
                        if let (kind, marker) = Callout.marker(of: node) {
                            pass.callouts[sourcepos(of: node)] = (kind, marker)
                        }
                    default: break
                    }
                }
            }
            return pass.apply(html)
        }
    }

    /// Renders `markdown` without heading ids (a cell's `markdown(...)` output).
    static func renderFragment(_ markdown: String, unsafeHTML: Bool) -> String {
        var slugs = SlugSet()
        var headings: [Heading] = []
        return renderPage(markdown, unsafeHTML: unsafeHTML, idPrefix: "", anchors: false, slugs: &slugs, headings: &headings)
    }

    /// cmark's `data-sourcepos` value for a node ("3:1-5:12").
    private static func sourcepos(of node: OpaquePointer) -> String {
        "\(cmark_node_get_start_line(node)):\(cmark_node_get_start_column(node))-"
            + "\(cmark_node_get_end_line(node)):\(cmark_node_get_end_column(node))"
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
        _ markdown: String, unsafeHTML: Bool, extraOptions: Int32 = 0,
        _ body: (OpaquePointer, Int32, UnsafeMutablePointer<cmark_llist>?) -> T
    ) -> T {
        _ = registered
        let options = CMARK_OPT_DEFAULT | (unsafeHTML ? CMARK_OPT_UNSAFE : 0) | extraOptions
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
