import Foundation
import CellProtocol

/// Charts arrive from the Plot module as standalone SVG documents. To sit inline in a page
/// they lose their XML prolog and get ids of their own (two charts on one page must not
/// share a gradient or clip-path id). Anything that could run script is not inlined but
/// shown as an image, where browsers never run it.
///
/// A chart that knows its layout is placed panel by panel in a grid that stacks the panels on
/// a narrow screen, and a panel too wide to read on a phone comes with a narrower drawing the
/// page shows there instead (the style sheet's `.chart-panels`, `.chart-wide`, `.chart-narrow`).
/// Drawings charts share (`<symbol id="lcsym…">`, the same contour under several charts) are
/// kept once per page: the first chart holding one keeps it, later ones refer to it.
enum ChartSVG {
    /// What the charts placed so far on one page have used.
    struct PageCharts {
        /// Charts placed, for their id prefixes.
        var count = 0
        /// Ids of shared drawings already on the page.
        var symbols: Set<String> = []
    }

    /// The chart as HTML to place inside a `<figure>`; ids start with `idPrefix` (the
    /// lesson's, on a page joining lessons) and the chart's number on the page.
    static func html(_ chart: ChartOutput, idPrefix: String, page: inout PageCharts) -> String {
        page.count += 1
        let base = "\(idPrefix)chart\(page.count)"
        guard let layout = chart.layout, !layout.panels.isEmpty else {
            return inline(chart.svg, title: chart.title, idPrefix: base, lessonPrefix: idPrefix, symbols: &page.symbols)
        }
        var html = ""
        if !layout.title.isEmpty {
            html += "<div class=\"chart-title\">" + HTMLEscaping.escape(layout.title) + "</div>"
        }
        // Panels shrink to three quarters of their drawn width (their text to 9 px) before the
        // grid puts fewer of them on a row.
        let widest = layout.panels.map { width(of: $0.svg) }.max() ?? 640
        let minimum = Int((widest * 0.75).rounded())
        html += "<div class=\"chart-panels\" style=\"--chart-columns:\(max(1, layout.columns));--panel-min:\(minimum)px\">"
        for (k, panel) in layout.panels.enumerated() {
            let id = layout.panels.count == 1 ? base : "\(base)-\(k + 1)"
            html += "<div class=\"chart-panel\">"
            if let narrow = panel.narrowSVG {
                html += "<div class=\"chart-wide\">"
                html += inline(panel.svg, title: chart.title, idPrefix: id, lessonPrefix: idPrefix, symbols: &page.symbols)
                html += "</div><div class=\"chart-narrow\">"
                html += inline(narrow, title: chart.title, idPrefix: id + "n", lessonPrefix: idPrefix, symbols: &page.symbols)
                html += "</div>"
            } else {
                html += inline(panel.svg, title: chart.title, idPrefix: id, lessonPrefix: idPrefix, symbols: &page.symbols)
            }
            html += "</div>"
        }
        return html + "</div>"
    }

    /// The chart as HTML to place inside a `<figure>`; `idPrefix` makes its ids unique.
    static func inlineHTML(_ chart: ChartOutput, idPrefix: String) -> String {
        var symbols: Set<String> = []
        return inline(chart.svg, title: chart.title, idPrefix: idPrefix, lessonPrefix: "", symbols: &symbols)
    }

    /// One SVG document inlined: its ids prefixed, shared drawings already on the page left out.
    private static func inline(_ document: String, title: String, idPrefix: String, lessonPrefix: String,
                               symbols: inout Set<String>) -> String {
        let svg = stripProlog(document)
        if looksActive(svg) || !svg.hasPrefix("<svg") {
            return imageHTML(ChartOutput(svg: document, title: title))
        }
        return prefixingIDs(sharingSymbols(svg, lessonPrefix: lessonPrefix, seen: &symbols), with: idPrefix)
    }

    /// The width of an SVG document's viewBox (640 when it has none).
    static func width(of svg: String) -> Double {
        guard let r = svg.range(of: "viewBox=\""), let end = svg[r.upperBound...].firstIndex(of: "\"") else { return 640 }
        let numbers = svg[r.upperBound..<end].split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 && numbers[2] > 0 ? numbers[2] : 640
    }

    /// `svg` without the shared drawings (`<symbol id="lcsym…">`) in `seen`, the others added to
    /// it; every shared id (and reference to one) gets `lessonPrefix`, so that lessons joined on
    /// one page keep their own.
    static func sharingSymbols(_ svg: String, lessonPrefix: String, seen: inout Set<String>) -> String {
        let marker = "<symbol id=\"lcsym"
        guard svg.contains(marker) else { return svg }
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        var rest = svg[...]
        while let start = rest.range(of: marker) {
            out += rest[..<start.lowerBound]
            let idStart = rest.index(start.lowerBound, offsetBy: "<symbol id=\"".count)
            guard let idEnd = rest[idStart...].firstIndex(of: "\""),
                  let close = rest[start.lowerBound...].range(of: "</symbol>") else {
                rest = rest[start.lowerBound...]
                break
            }
            let id = String(rest[idStart..<idEnd])
            var after = close.upperBound
            if after < rest.endIndex, rest[after] == "\n" { after = rest.index(after: after) }
            if seen.insert(id).inserted { out += rest[start.lowerBound..<after] }
            rest = rest[after...]
        }
        out += rest
        guard !lessonPrefix.isEmpty else { return out }
        return out.replacingOccurrences(of: "id=\"lcsym", with: "id=\"\(lessonPrefix)lcsym")
            .replacingOccurrences(of: "href=\"#lcsym", with: "href=\"#\(lessonPrefix)lcsym")
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
        // Shared drawings keep their page-wide names (see `sharingSymbols`).
        ids = ids.filter { !$0.contains("lcsym") }
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
