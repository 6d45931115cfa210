import CMarkGFM

/// Math and cross-references found in Markdown prose, and the prose with each replaced by
/// a token that cmark-gfm passes through untouched (cmark has no math: left to it,
/// `$a_1 * b_2$` would lose its underscores to emphasis and `\{` its backslash).
///
/// Where math is found, as GitHub and Pandoc find it:
/// - only in the text of paragraphs, headings and tables (cmark finds those blocks), never
///   in code blocks, raw HTML blocks or code spans (`` `$x$` ``), and not after a
///   backslash (`\$` is a dollar sign);
/// - `$$…$$` is display math; ```` ```math ```` blocks are display math too;
/// - `$…$` is inline math when the opening `$` is not followed by a space, the closing
///   `$` (the next unescaped one) is not preceded by a space nor followed by a digit:
///   "$5 and $10" is money, `$x$` a formula; GitHub's `` $`x`$ `` is inline math too.
/// - `@fig-name` and `@eq-name` (after a space or punctuation) refer to a labelled figure
///   or equation.
struct ProseSpans {
    enum Kind: Equatable {
        case inlineMath, displayMath, crossReference
    }

    /// One span and the token that stands for it in `markdown`.
    struct Span {
        var kind: Kind
        /// The TeX, or the name a cross-reference refers to.
        var content: String
        /// Byte offset of `content` in the scanned text (where TeX errors are counted from).
        var contentOffset: Int
        /// True for a ```` ```math ```` block (no `$$`).
        var isBlock = false
        var token: String
    }

    /// The prose with tokens in place of the spans.
    private(set) var markdown: String
    private(set) var spans: [Span] = []
    /// The scanned text's lines (for locations of the spans).
    let lines: SourceLines

    /// The character around a token's number: private-use code points, which no author
    /// types, which cmark treats as letters and which survive HTML rendering as they are.
    static let tokenOpen: Character = "\u{E000}"
    static let tokenClose: Character = "\u{E001}"

    /// Scans `text`; `tokenPrefix` keeps tokens of different scans apart.
    init(_ text: String, crossReferences: Bool = true) {
        let bytes = Array(text.utf8)
        lines = SourceLines(bytes)
        // What was found, in any order: sorted below, so tokens number spans in reading order.
        var found: [(kind: Kind, whole: Range<Int>, content: String, contentOffset: Int, isBlock: Bool)] = []
        let structure = Self.structure(of: bytes)
        // ```math blocks: the block (from its fence on) becomes a token on its own line.
        let scan = CodeBlockScan(bytes)
        for block in scan.blocks where block.fenced && block.language == "math" {
            let end = scan.closingLine(of: block, in: lines)
            let start = lines.start(block.startLine) + block.startColumn - 1
            found.append((.displayMath, start..<lines.end(end.line), block.literal, lines.start(block.startLine + 1), true))
        }
        for range in structure {
            Self.scanInline(bytes, range, crossReferences: crossReferences) { kind, whole, content in
                // A formula that runs over lines of a quote: the quote's `>` are not TeX
                // (blanked, not removed, so offsets into the TeX stay offsets into the file).
                var text = Array(bytes[content])
                var lineStart = false
                for k in text.indices {
                    if text[k] == 0x0A { lineStart = true } else if lineStart {
                        if text[k] == UInt8(ascii: ">") { text[k] = 0x20 } else if text[k] != 0x20 && text[k] != 0x09 { lineStart = false }
                    }
                }
                found.append((kind, whole, String(decoding: text, as: UTF8.self), content.lowerBound, false))
            }
        }
        found.sort { $0.whole.lowerBound < $1.whole.lowerBound }
        var edits: [(range: Range<Int>, replacement: String)] = []
        var spans: [Span] = []
        for item in found {
            let letter = item.kind == .crossReference ? "R" : "M"
            let token = "\(Self.tokenOpen)\(letter)\(spans.count)\(Self.tokenClose)"
            spans.append(Span(kind: item.kind, content: item.content, contentOffset: item.contentOffset,
                              isBlock: item.isBlock, token: token))
            edits.append((item.whole, token + (item.isBlock ? "\n" : "")))
        }
        guard !edits.isEmpty else {
            markdown = text
            return
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var cursor = 0
        for edit in edits where edit.range.lowerBound >= cursor {
            out += bytes[cursor..<edit.range.lowerBound]
            out += Array(edit.replacement.utf8)
            cursor = edit.range.upperBound
        }
        out += bytes[cursor...]
        markdown = String(decoding: out, as: UTF8.self)
        self.spans = spans
    }

    /// `text` with the token characters an author might have typed made harmless (U+FFFD,
    /// of the same UTF-8 length, so offsets into the text stay offsets into the file).
    static func withoutTokenCharacters(_ text: String) -> String {
        // U+E000 and U+E001 both start with the byte 0xEE in UTF-8: a quick test first.
        guard text.utf8.contains(0xEE),
              text.unicodeScalars.contains(where: { $0 == "\u{E000}" || $0 == "\u{E001}" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0 == tokenOpen.unicodeScalars.first! || $0 == tokenClose.unicodeScalars.first! ? "\u{FFFD}" : $0
        }))
    }

    /// 1-based line and column of byte `offset` of the scanned text.
    func location(of offset: Int) -> (line: Int, column: Int) {
        let line = lines.line(of: offset)
        let column = String(decoding: lines.bytes[lines.start(line)..<min(offset, lines.bytes.count)], as: UTF8.self).count + 1
        return (line, column)
    }

    /// The byte ranges of the blocks whose text may hold math: paragraphs, headings, tables
    /// (as whole lines: container markers such as `>` hold no `$`).
    private static func structure(of bytes: [UInt8]) -> [Range<Int>] {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES)
        defer { cmark_parser_free(parser) }
        for name in MarkdownHTML.extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { cmark_parser_feed(parser, base.assumingMemoryBound(to: CChar.self), raw.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        let lines = SourceLines(bytes)
        var ranges: [Range<Int>] = []
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let isTable = cmark_node_get_type_string(node).map { String(cString: $0) } == "table"
            guard type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || isTable else { continue }
            let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
            guard first >= 1, last >= first else { continue }
            ranges.append(lines.start(first)..<lines.end(last))
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        // A table's rows are not scanned twice.
        var merged: [Range<Int>] = []
        for r in ranges {
            if let last = merged.last, r.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }

    /// Finds math and cross-references in one block's bytes, skipping code spans and
    /// escapes; `found` gets the kind, the whole span and its content.
    private static func scanInline(_ b: [UInt8], _ range: Range<Int>, crossReferences: Bool,
                                   found: (Kind, Range<Int>, Range<Int>) -> Void) {
        let s = InlineScan(b: b, start: range.lowerBound, end: range.upperBound)
        var i = range.lowerBound
        while i < s.end {
            let c = b[i]
            if c == InlineScan.backslash {
                i += 2
                continue
            }
            if c == InlineScan.tick {
                let j = s.run(i)
                i = s.codeSpanEnd(i, j) ?? j
                continue
            }
            if c == UInt8(ascii: "@"), crossReferences {
                i = s.crossReference(at: i, found: found) ?? i + 1
                continue
            }
            guard c == InlineScan.dollar else { i += 1; continue }
            if i + 1 < s.end, b[i + 1] == InlineScan.dollar {
                i = s.displayMath(at: i, found: found) ?? i + 2
            } else if i + 1 < s.end, b[i + 1] == InlineScan.tick {
                i = s.backtickMath(at: i, found: found) ?? i + 1
            } else {
                i = s.inlineMath(at: i, found: found) ?? i + 1
            }
        }
    }

    /// One block's bytes `start..<end`, and the spans that can start at a position in it:
    /// each returns where scanning goes on after the span it found, or nil for none.
    private struct InlineScan {
        static let dollar = UInt8(ascii: "$"), tick = UInt8(ascii: "`"), backslash = UInt8(ascii: "\\")
        let b: [UInt8]
        let start: Int, end: Int

        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        func isDigit(_ i: Int) -> Bool { i < end && b[i] >= 0x30 && b[i] <= 0x39 }

        /// The end of the backtick run at `i`.
        func run(_ i: Int) -> Int { var j = i; while j < end && b[j] == Self.tick { j += 1 }; return j }

        /// Where the code span opened by the run `i..<j` closes (after its closing run).
        func codeSpanEnd(_ i: Int, _ j: Int) -> Int? {
            let n = j - i
            var k = j
            while k < end {
                if b[k] == Self.tick {
                    let e = run(k)
                    if e - k == n { return e }
                    k = e
                } else {
                    k += 1
                }
            }
            return nil
        }

        /// `@fig-name` or `@eq-name` after a space or punctuation (not inside a word or an
        /// e-mail address); a trailing `-` or `_` is not part of the name.
        func crossReference(at i: Int, found: (Kind, Range<Int>, Range<Int>) -> Void) -> Int? {
            guard i == start || !(b[i - 1] < 0x80 && (ProseSpans.isAlnum(b[i - 1]) || b[i - 1] == UInt8(ascii: "_"))) else { return nil }
            var j = i + 1
            while j < end, ProseSpans.isAlnum(b[j]) || b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "_")
                    || (b[j] == UInt8(ascii: ".") && j + 1 < end && ProseSpans.isAlnum(b[j + 1])) { j += 1 }
            while j > i + 1, b[j - 1] == UInt8(ascii: "-") || b[j - 1] == UInt8(ascii: "_") { j -= 1 }
            let name = String(decoding: b[(i + 1)..<j], as: UTF8.self)
            guard name.hasPrefix("fig-") || name.hasPrefix("eq-"), name.count > 4 || name.hasPrefix("eq-") && name.count > 3 else {
                return nil
            }
            found(.crossReference, i..<j, (i + 1)..<j)
            return j
        }

        /// `$$ … $$` at `i`: display math, up to the next unescaped `$$`, not blank.
        func displayMath(at i: Int, found: (Kind, Range<Int>, Range<Int>) -> Void) -> Int? {
            var k = i + 2
            var close: Int?
            while k + 1 < end {
                if b[k] == Self.backslash { k += 2; continue }
                if b[k] == Self.dollar {
                    if b[k + 1] == Self.dollar { close = k }
                    break
                }
                k += 1
            }
            guard let close, close > i + 2, b[(i + 2)..<close].contains(where: { !isSpace($0) }) else { return nil }
            found(.displayMath, i..<(close + 2), (i + 2)..<close)
            return close + 2
        }

        /// `` $`…`$ `` at `i`: GitHub's inline math that Markdown leaves alone.
        func backtickMath(at i: Int, found: (Kind, Range<Int>, Range<Int>) -> Void) -> Int? {
            let j = run(i + 1)
            guard let e = codeSpanEnd(i + 1, j), e < end, b[e] == Self.dollar else { return nil }
            let n = j - (i + 1)
            found(.inlineMath, i..<(e + 1), j..<(e - n))
            return e + 1
        }

        /// `$ … $` at `i`: the opening `$` not followed by a space; the next unescaped `$`
        /// closes it when it follows a non-space and no digit follows it.
        func inlineMath(at i: Int, found: (Kind, Range<Int>, Range<Int>) -> Void) -> Int? {
            guard i + 1 < end, !isSpace(b[i + 1]) else { return nil }
            var k = i + 1
            var close: Int?
            while k < end {
                if b[k] == Self.backslash { k += 2; continue }
                if b[k] == Self.dollar {
                    if !isSpace(b[k - 1]) && !isDigit(k + 1) && k > i + 1 { close = k }
                    break
                }
                k += 1
            }
            guard let close else { return nil }
            found(.inlineMath, i..<(close + 1), (i + 1)..<close)
            return close + 1
        }
    }

    private static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
}
