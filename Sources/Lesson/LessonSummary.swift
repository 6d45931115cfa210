import CMarkGFM

/// What a course's index says about a lesson: the complete sentences that open it. A first
/// paragraph that ends by introducing a list ("…has the same shape:") would read as a
/// fragment cut off mid-thought, so its unfinished last sentence is left out; a paragraph
/// with no complete sentence gives way to the next one.
enum LessonSummary {
    /// The summary's HTML (formulas drawn), nil when the prose has no complete sentence.
    static func html(ofProse markdown: String) -> String? {
        for paragraph in paragraphs(of: markdown).prefix(3) {
            guard let sentences = completeSentences(paragraph) else { continue }
            let html = ProseHTML.fragment(sentences, unsafeHTML: false)
            return html.trimmingSpacesAndNewlines().isEmpty ? nil : html
        }
        return nil
    }

    /// The Markdown source of each top-level paragraph, in order.
    static func paragraphs(of markdown: String) -> [String] {
        let bytes = Array(markdown.utf8)
        let lines = SourceLines(bytes)
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS)
        defer { cmark_parser_free(parser) }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { cmark_parser_feed(parser, base.assumingMemoryBound(to: CChar.self), raw.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        var found: [String] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
                found.append(String(decoding: bytes[lines.start(first)..<lines.end(last)], as: UTF8.self))
            }
            child = cmark_node_next(node)
        }
        return found
    }

    /// `paragraph` up to the end of its last complete sentence (one that ends in `.`, `!`
    /// or `?`, outside code spans and formulas); nil when it has none.
    static func completeSentences(_ paragraph: String) -> String? {
        let text = paragraph.trimmingSpacesAndNewlines()
        let chars = Array(text)
        var lastEnd: Int?
        var inCode = false, inMath = false
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\" { i += 2; continue }
            if c == "`" { inCode.toggle() } else if c == "$" && !inCode { inMath.toggle() }
            if !inCode && !inMath && (c == "." || c == "!" || c == "?") {
                // Closing marks that belong to the sentence: emphasis, brackets, quotes.
                var j = i + 1
                while j < chars.count, "*_)\"'”’]".contains(chars[j]) { j += 1 }
                if j == chars.count || chars[j].isWhitespace {
                    // Not an abbreviation such as "e.g." or "i.e." in the middle.
                    let word = String(chars[..<i].reversed().prefix { !$0.isWhitespace }.reversed())
                    if j == chars.count || !["e.g", "i.e", "etc", "vs", "cf"].contains(word.lowercased()) {
                        lastEnd = j
                    }
                }
            }
            i += 1
        }
        guard let end = lastEnd else { return nil }
        return String(chars[..<end])
    }
}
