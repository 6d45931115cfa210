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
        let b = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + headings.count * 120 + callouts.count * 900)
        let attribute = Array(" data-sourcepos=\"".utf8)
        let prefix = Array(idPrefix.utf8)
        var openHeading: (level: UInt8, id: String)?
        var blockQuotes: [Bool] = []   // true: a callout
        var pendingMarker: [UInt8]?
        var i = 0

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
        func emit(_ s: String) { out.append(contentsOf: s.utf8) }

        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "<") {
                // <hN data-sourcepos="…">
                if i + 3 < b.count, b[i + 1] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(b[i + 2]),
                   matches(" data-sourcepos=\"", at: i + 3), let (position, end) = value(at: i + 3 + attribute.count),
                   end < b.count, b[end] == UInt8(ascii: ">") {
                    let level = b[i + 2]
                    if let heading = headings[position] {
                        emit("<h\(Character(Unicode.Scalar(level))) id=\"\(HTMLEscaping.escape(heading.id))\">")
                        openHeading = (level, heading.id)
                    } else {
                        emit("<h\(Character(Unicode.Scalar(level)))>")
                    }
                    i = end + 1
                    continue
                }
                if let heading = openHeading, i + 4 < b.count, b[i + 1] == UInt8(ascii: "/"), b[i + 2] == UInt8(ascii: "h"),
                   b[i + 3] == heading.level, b[i + 4] == UInt8(ascii: ">") {
                    let id = HTMLEscaping.escape(heading.id)
                    if selfLinks { emit("<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">¶</a>") }
                    openHeading = nil
                }
                if matches("<blockquote data-sourcepos=\"", at: i), let (position, end) = value(at: i + 28) {
                    if let callout = callouts[position] {
                        emit("<div class=\"callout callout-\(callout.kind.rawValue)\" role=\"note\">\n"
                             + "<p class=\"callout-title\">\(callout.kind.icon)\(callout.kind.title)</p>")
                        blockQuotes.append(true)
                        pendingMarker = Array(callout.marker.utf8)
                    } else {
                        emit("<blockquote>")
                        blockQuotes.append(false)
                    }
                    i = end + 1
                    continue
                }
                if matches("</blockquote>", at: i) {
                    emit(blockQuotes.popLast() == true ? "</div>" : "</blockquote>")
                    i += 13
                    continue
                }
                if let marker = pendingMarker, matches("<p data-sourcepos=\"", at: i), let (_, end) = value(at: i + 19) {
                    pendingMarker = nil
                    var k = end + 1
                    if k + marker.count <= b.count, Array(b[k..<(k + marker.count)]) == marker {
                        // The alert's marker line is not text: drop it, and its paragraph
                        // when it held nothing else.
                        k += marker.count
                        if matches("<br />\n", at: k) { k += 7 } else if matches("\n", at: k) { k += 1 }
                        if matches("</p>", at: k) {
                            k += 4
                            if matches("\n", at: k) { k += 1 }
                        } else {
                            emit("<p>")
                        }
                        i = k
                        continue
                    }
                }
            } else if c == UInt8(ascii: " "), matches(" data-sourcepos=\"", at: i), let (_, end) = value(at: i + attribute.count) {
                i = end
                continue
            } else if !prefix.isEmpty, c == UInt8(ascii: "h") || c == UInt8(ascii: "i") {
                // Footnote anchors: fn-NAME and fnref-NAME, in href="#…" and id="…".
                for (pattern, keep) in [("href=\"#fn", 7), ("id=\"fn", 4)] where matches(pattern, at: i) {
                    let rest = i + keep + 2
                    if matches("-", at: rest) || matches("ref-", at: rest) {
                        out.append(contentsOf: b[i..<(i + keep)])
                        out.append(contentsOf: prefix)
                        i += keep
                        break
                    }
                }
                if i < b.count, b[i] != c { continue }
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
