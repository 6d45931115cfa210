/// One pass over the HTML cmark-gfm wrote with source positions: headings get their ids and
/// a ¶ link to themselves, the block quotes that are alerts become callouts, footnote ids
/// get the page's prefix, and no `data-sourcepos` attribute is left. Works on bytes, in
/// one pass, so a long lesson costs what a short one does per byte.
struct SourcePosPass {
    /// Headings by their `data-sourcepos` value: level and id.
    var headings: [String: (level: Int, id: String)] = [:]
    /// Block quotes that are alerts, by their `data-sourcepos` value.
    var callouts: [String: (kind: Callout, marker: String)] = [:]
    var idPrefix = ""
    /// Whether headings end with a ¶ link to themselves (not on slides).
    var selfLinks = true

    func apply(_ html: String) -> String {
        var r = Rewriter(html, pass: self)
        while r.i < r.b.count {
            let c = r.b[r.i]
            if c == UInt8(ascii: "<") {
                if r.openingHeading() || r.closingHeading() || r.openingBlockQuote() || r.closingBlockQuote()
                    || r.alertMarker() { continue }
            } else if c == UInt8(ascii: " ") {
                if r.sourcePosAttribute() { continue }
            } else if !r.prefix.isEmpty, c == UInt8(ascii: "h") || c == UInt8(ascii: "i") {
                if r.footnoteAnchor() { continue }
            }
            r.out.append(r.b[r.i])
            r.i += 1
        }
        return String(decoding: r.out, as: UTF8.self)
    }

    /// The pass's state over one page's bytes. Each rewrite looks at `i`: when it applies it
    /// writes its replacement, moves `i` past what it replaced and returns true; else it
    /// returns false and the byte is copied as it is.
    private struct Rewriter {
        let b: [UInt8]
        let pass: SourcePosPass
        let prefix: [UInt8]
        var out: [UInt8] = []
        var i = 0
        var openHeading: (level: UInt8, id: String)?
        var blockQuotes: [Bool] = []   // true: a callout
        /// An alert's marker (`[!NOTE]`), dropped from the start of its first paragraph.
        var pendingMarker: [UInt8]?
        static let attribute = Array(" data-sourcepos=\"".utf8)

        init(_ html: String, pass: SourcePosPass) {
            b = Array(html.utf8)
            self.pass = pass
            prefix = Array(pass.idPrefix.utf8)
            out.reserveCapacity(b.count + pass.headings.count * 120 + pass.callouts.count * 900)
        }

        func matches(_ pattern: String, at k: Int) -> Bool {
            let p = pattern.utf8
            guard k + p.count <= b.count else { return false }
            var j = k
            for byte in p {
                if b[j] != byte { return false }
                j += 1
            }
            return true
        }

        /// The attribute's value at `k` (just after its opening quote) and where it ends.
        func value(at k: Int) -> (String, end: Int)? {
            var j = k
            while j < b.count, b[j] != UInt8(ascii: "\"") { j += 1 }
            guard j < b.count else { return nil }
            return (String(decoding: b[k..<j], as: UTF8.self), j + 1)
        }

        mutating func emit(_ s: String) { out.append(contentsOf: s.utf8) }

        /// `<hN data-sourcepos="…">`: with the heading's id when it has one.
        mutating func openingHeading() -> Bool {
            guard i + 3 < b.count, b[i + 1] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(b[i + 2]),
                  matches(" data-sourcepos=\"", at: i + 3), let (position, end) = value(at: i + 3 + Self.attribute.count),
                  end < b.count, b[end] == UInt8(ascii: ">") else { return false }
            let level = b[i + 2]
            if let heading = pass.headings[position] {
                emit("<h\(Character(Unicode.Scalar(level))) id=\"\(HTMLEscaping.escape(heading.id))\">")
                openHeading = (level, heading.id)
            } else {
                emit("<h\(Character(Unicode.Scalar(level)))>")
            }
            i = end + 1
            return true
        }

        /// `</hN>` of a heading with an id: the ¶ link goes before it. Never consumes the tag.
        mutating func closingHeading() -> Bool {
            if let heading = openHeading, i + 4 < b.count, b[i + 1] == UInt8(ascii: "/"), b[i + 2] == UInt8(ascii: "h"),
               b[i + 3] == heading.level, b[i + 4] == UInt8(ascii: ">") {
                let id = HTMLEscaping.escape(heading.id)
                if pass.selfLinks { emit("<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">¶</a>") }
                openHeading = nil
            }
            return false
        }

        /// `<blockquote data-sourcepos="…">`: a callout's box when the quote is an alert.
        mutating func openingBlockQuote() -> Bool {
            guard matches("<blockquote data-sourcepos=\"", at: i), let (position, end) = value(at: i + 28) else { return false }
            if let callout = pass.callouts[position] {
                emit("<div class=\"callout callout-\(callout.kind.rawValue)\" role=\"note\">\n"
                     + "<p class=\"callout-title\">\(callout.kind.icon)\(callout.kind.title)</p>")
                blockQuotes.append(true)
                pendingMarker = Array(callout.marker.utf8)
            } else {
                emit("<blockquote>")
                blockQuotes.append(false)
            }
            i = end + 1
            return true
        }

        mutating func closingBlockQuote() -> Bool {
            guard matches("</blockquote>", at: i) else { return false }
            emit(blockQuotes.popLast() == true ? "</div>" : "</blockquote>")
            i += 13
            return true
        }

        /// The first paragraph of an alert: its marker line is not text. Drop it, and the
        /// paragraph when it held nothing else.
        mutating func alertMarker() -> Bool {
            guard let marker = pendingMarker, matches("<p data-sourcepos=\"", at: i),
                  let (_, end) = value(at: i + 19) else { return false }
            pendingMarker = nil
            var k = end + 1
            guard k + marker.count <= b.count, Array(b[k..<(k + marker.count)]) == marker else { return false }
            k += marker.count
            if matches("<br />\n", at: k) { k += 7 } else if matches("\n", at: k) { k += 1 }
            if matches("</p>", at: k) {
                k += 4
                if matches("\n", at: k) { k += 1 }
            } else {
                emit("<p>")
            }
            i = k
            return true
        }

        /// Any other ` data-sourcepos="…"` is dropped.
        mutating func sourcePosAttribute() -> Bool {
            guard matches(" data-sourcepos=\"", at: i), let (_, end) = value(at: i + Self.attribute.count) else { return false }
            i = end
            return true
        }

        /// Footnote anchors, fn-NAME and fnref-NAME in href="#…" and id="…", get the page's
        /// prefix. Copies up to the name and returns true, or false when there is none.
        mutating func footnoteAnchor() -> Bool {
            for (pattern, keep) in [("href=\"#fn", 7), ("id=\"fn", 4)] where matches(pattern, at: i) {
                let rest = i + keep + 2
                if matches("-", at: rest) || matches("ref-", at: rest) {
                    out.append(contentsOf: b[i..<(i + keep)])
                    out.append(contentsOf: prefix)
                    i += keep
                    return true
                }
            }
            return false
        }
    }
}
