import Foundation
import Script

/// Charts arrive from the Plot module as standalone SVG documents. To sit inline in a page
/// they lose their XML prolog and get ids of their own (two charts on one page must not
/// share a gradient or clip-path id). Anything that could run script is not inlined but
/// shown as an image, where browsers never run it.
enum ChartSVG {
    /// The chart as HTML to place inside a `<figure>`; `number` makes its ids unique.
    static func inlineHTML(_ chart: ChartOutput, idPrefix: String) -> String {
        let svg = stripProlog(chart.svg)
        if looksActive(svg) || !svg.hasPrefix("<svg") {
            return imageHTML(chart)
        }
        return prefixingIDs(svg, with: idPrefix)
    }

    /// The SVG from its `<svg` tag on: no `<?xml ...?>`, comments or `<!DOCTYPE>` before it.
    static func stripProlog(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg.trimmingCharacters(in: .whitespacesAndNewlines) }
        var body = svg[start.lowerBound...]
        while let last = body.last, last.isWhitespace { body.removeLast() }
        return String(body)
    }

    /// True when the SVG holds something that can run: a script, an event attribute, a
    /// `javascript:` URL or foreign HTML. The Plot module escapes lesson text, so this is
    /// a second line of defence, not the first.
    static func looksActive(_ svg: String) -> Bool {
        let lower = svg.lowercased()
        if lower.contains("<script") || lower.contains("javascript:") || lower.contains("<foreignobject")
            || lower.contains("<iframe") || lower.contains("<!entity") {
            return true
        }
        // ` onload=`, `\tonclick =` ...: an attribute whose name starts with "on".
        let bytes = Array(lower.utf8)
        var i = 0
        var inTag = false
        var quote: UInt8 = 0
        while i < bytes.count {
            let b = bytes[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "<") {
                inTag = true
            } else if b == UInt8(ascii: ">") {
                inTag = false
            } else if inTag && (b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")) {
                quote = b
            } else if inTag && (b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "/")),
                      i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "o"), bytes[i + 2] == UInt8(ascii: "n") {
                var j = i + 3
                while j < bytes.count, (bytes[j] >= 0x61 && bytes[j] <= 0x7A) || bytes[j] == UInt8(ascii: "-") { j += 1 }
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D { j += 1 }
                if j > i + 3, j < bytes.count, bytes[j] == UInt8(ascii: "=") { return true }
            }
            i += 1
        }
        return false
    }

    /// The chart as an `<img>` with the SVG in a data URL: shown, never run.
    static func imageHTML(_ chart: ChartOutput) -> String {
        let data = Data(chart.svg.utf8).base64EncodedString()
        return "<img class=\"chart-image\" alt=\"\(HTMLEscaping.escape(chart.title))\" src=\"data:image/svg+xml;base64,\(data)\">"
    }

    /// Renames every `id="x"` to `id="PREFIX-x"` and the references to it (`url(#x)`,
    /// `href="#x"`, `aria-labelledby="x y"`), so several charts can share a page.
    static func prefixingIDs(_ svg: String, with prefix: String) -> String {
        guard svg.contains(" id=\"") else { return svg }
        var ids: Set<String> = []
        var search = svg.startIndex
        while let r = svg.range(of: " id=\"", range: search..<svg.endIndex) {
            guard let end = svg[r.upperBound...].firstIndex(of: "\"") else { break }
            ids.insert(String(svg[r.upperBound..<end]))
            search = end
        }
        ids.remove("")
        var out = svg
        for id in ids.sorted() {
            out = out.replacingOccurrences(of: " id=\"\(id)\"", with: " id=\"\(prefix)-\(id)\"")
            out = out.replacingOccurrences(of: "url(#\(id))", with: "url(#\(prefix)-\(id))")
            out = out.replacingOccurrences(of: "href=\"#\(id)\"", with: "href=\"#\(prefix)-\(id)\"")
        }
        for attribute in ["aria-labelledby=\"", "aria-describedby=\""] {
            out = rewritingTokens(of: attribute, in: out) { ids.contains($0) ? "\(prefix)-\($0)" : $0 }
        }
        return out
    }

    /// `svg` with each space-separated token of every `attribute"..."` value mapped.
    private static func rewritingTokens(of attribute: String, in svg: String, _ map: (String) -> String) -> String {
        guard svg.contains(attribute) else { return svg }
        var out = ""
        var rest = svg[...]
        while let r = rest.range(of: attribute), let end = rest[r.upperBound...].firstIndex(of: "\"") {
            out += rest[..<r.upperBound]
            out += rest[r.upperBound..<end].split(separator: " ").map { map(String($0)) }.joined(separator: " ")
            rest = rest[end...]
        }
        return out + rest
    }
}
