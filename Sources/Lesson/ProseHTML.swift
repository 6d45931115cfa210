import Foundation
import TeXMath

/// Puts formulas, cross-references and cells where cmark left their tokens in the HTML.
struct ProseHTML {
    var spans: [ProseSpans.Span]
    var formulas: [Result<MathFormula, TeXError>?]
    var numbers: [[String?]] = []
    var anchors: [[String?]] = []
    var labels: [String: LessonProse.Target] = [:]

    init(_ prose: LessonProse) {
        spans = prose.spans
        formulas = prose.formulas
        numbers = prose.numbers
        anchors = prose.anchors
        labels = prose.labels
    }

    /// For Markdown that is not a lesson's prose (a cell's `markdown(…)`, a caption, a
    /// summary): formulas without numbers, no cross-references.
    init(fragment scan: ProseSpans) {
        spans = scan.spans
        formulas = scan.spans.map { span in
            guard span.kind != .crossReference else { return nil }
            do { return .success(try MathFormula(tex: span.content)) } catch {
                return .failure(error as? TeXError ?? TeXError("\(error)", at: 0))
            }
        }
    }

    /// Markdown (not a lesson) rendered with its formulas.
    static func fragment(_ markdown: String, unsafeHTML: Bool) -> String {
        let scan = ProseSpans(ProseSpans.withoutTokenCharacters(markdown), crossReferences: false)
        let html = MarkdownHTML.renderFragment(scan.markdown, unsafeHTML: unsafeHTML)
        return scan.spans.isEmpty ? html : ProseHTML(fragment: scan).substitute(in: html, cell: { _ in "" })
    }

    /// A piece of a lesson's prose rendered alone (a slide's), with its formulas: headings
    /// get ids and are collected, as on a page; no equation numbers or cross-references.
    static func piece(_ markdown: String, unsafeHTML: Bool, slugs: inout SlugSet,
                      headings: inout [MarkdownHTML.Heading]) -> String {
        let scan = ProseSpans(ProseSpans.withoutTokenCharacters(markdown), crossReferences: false)
        let html = MarkdownHTML.render(scan.markdown, unsafeHTML: unsafeHTML, slugs: &slugs, headings: &headings)
        return scan.spans.isEmpty ? html : ProseHTML(fragment: scan).substitute(in: html, cell: { _ in "" })
    }

    /// `html` with every token replaced: a token alone in a paragraph (a display formula, a
    /// cell) replaces the paragraph; a token inside a tag's attribute (an image's alt text)
    /// becomes the formula's TeX.
    func substitute(in html: String, cell: (Int) -> String) -> String {
        guard html.unicodeScalars.contains(ProseSpans.tokenOpen.unicodeScalars.first!) else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count * 2)
        let scalars = html.unicodeScalars
        var i = scalars.startIndex
        var copied = i
        var insideTag = false
        let open = ProseSpans.tokenOpen.unicodeScalars.first!, close = ProseSpans.tokenClose.unicodeScalars.first!
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == "<" { insideTag = true } else if c == ">" { insideTag = false }
            guard c == open else { i = scalars.index(after: i); continue }
            // The token: a letter and a number.
            var j = scalars.index(after: i)
            guard j < scalars.endIndex else { break }
            let letter = scalars[j]
            j = scalars.index(after: j)
            var digits = ""
            while j < scalars.endIndex, scalars[j] != close, digits.count < 9 {
                digits.unicodeScalars.append(scalars[j])
                j = scalars.index(after: j)
            }
            guard j < scalars.endIndex, scalars[j] == close, let index = Int(digits) else {
                i = scalars.index(after: i)
                continue
            }
            let end = scalars.index(after: j)
            var start = i
            var after = end
            // Alone in its paragraph?
            let before = String(scalars[copied..<i])
            let standalone = before.hasSuffix("<p>") && String(scalars[end...].prefix(4)) == "</p>"
            if standalone {
                out += String(before.dropLast(3))
                after = scalars.index(end, offsetBy: 4)
            } else {
                out += before
            }
            start = after
            _ = start
            switch letter {
            case "C": out += cell(index)
            case "M", "R":
                if index < spans.count {
                    out += insideTag ? HTMLEscaping.escape(spans[index].content) : spanHTML(index, standalone: standalone)
                }
            default: break
            }
            copied = after
            i = after
        }
        out += String(scalars[copied...])
        return out
    }

    /// The text a heading's token shows in the table of contents.
    func plainText(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{E000}") else { return text }
        var out = ""
        var rest = Substring(text)
        while let o = rest.firstIndex(of: ProseSpans.tokenOpen), let c = rest[o...].firstIndex(of: ProseSpans.tokenClose) {
            out += rest[..<o]
            let body = rest[rest.index(after: o)..<c]
            if let index = Int(body.dropFirst()), index < spans.count {
                let span = spans[index]
                out += span.kind == .crossReference
                    ? (LessonProse.target(of: span.content, in: labels)?.text ?? "??") : span.content.trimmingSpacesAndNewlines()
            }
            rest = rest[rest.index(after: c)...]
        }
        return out + rest
    }

    private func spanHTML(_ index: Int, standalone: Bool) -> String {
        let span = spans[index]
        if span.kind == .crossReference {
            guard let target = LessonProse.target(of: span.content, in: labels) else {
                return "<span class=\"xref xref-missing\" title=\"no figure or equation labelled \(HTMLEscaping.escape(span.content))\">??</span>"
            }
            return "<a class=\"xref\" href=\"#\(HTMLEscaping.escape(target.id))\">\(HTMLEscaping.escape(target.text))</a>"
        }
        let display = span.kind == .displayMath
        guard case .success(let formula)? = formulas[index] else {
            // A formula that cannot be read is shown as the TeX that was written.
            let message: String
            if case .failure(let e)? = formulas[index] { message = e.message } else { message = "" }
            let title = " title=\"\(HTMLEscaping.escape("cannot read the formula: " + message))\""
            if display && standalone {
                return "<pre class=\"math-error\"\(title)><code>\(HTMLEscaping.escape(span.isBlock ? span.content : "$$" + span.content + "$$"))</code></pre>\n"
            }
            let delimiter = display ? "$$" : "$"
            return "<code class=\"math-error\"\(title)>\(HTMLEscaping.escape(delimiter + span.content + delimiter))</code>"
        }
        let reference: (String) -> String? = { name in self.labels[name]?.number }
        if !display, let sole = formula.soleReference, let target = labels[sole.name] {
            let text = sole.parenthesised ? "(\(target.number))" : target.number
            return "<a class=\"xref\" href=\"#\(HTMLEscaping.escape(target.id))\">\(HTMLEscaping.escape(text))</a>"
        }
        let lineNumbers = index < numbers.count ? numbers[index] : []
        let lineAnchors = index < anchors.count ? anchors[index] : []
        let math = formula.mathML(display: display, numbers: lineNumbers, anchors: lineAnchors, reference: reference)
        guard display else { return math }
        let number = lineNumbers.first ?? nil
        let anchor = lineAnchors.first ?? nil
        let id = anchor.map { " id=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        let tag = standalone ? "div" : "span"
        var html = "<\(tag) class=\"math-display\(number != nil ? " math-numbered" : "")\"\(id)>" + math
        if let number { html += "<span class=\"eq-number\">(\(HTMLEscaping.escape(number)))</span>" }
        html += "</\(tag)>"
        return standalone ? html + "\n" : html
    }
}

extension String {
    func trimmingSpacesAndNewlines() -> String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
