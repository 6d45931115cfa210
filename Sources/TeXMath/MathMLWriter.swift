import Foundation

/// Writes a `MathNode` tree as MathML Core: only the elements and attributes Chromium,
/// Firefox and Safari all draw (`mathvariant` only as "normal"; alignment in tables by
/// CSS, which Core tables follow).
struct MathMLWriter {
    /// A block formula: limits under and over large operators at its top level.
    let display: Bool
    let reference: (String) -> String?
    /// The number shown for each numbered line of the formula (nil: none).
    var lineNumbers: [String?] = []
    /// The id each numbered line carries (for `\eqref` links).
    var lineAnchors: [String?] = []
    private var out = ""
    /// Display style where we are: true at the top of a display formula, false inside
    /// fractions and scripts, as TeX sets them.
    private var displayStyle: Bool

    init(display: Bool, reference: @escaping (String) -> String?) {
        self.display = display
        self.reference = reference
        self.displayStyle = display
    }

    mutating func document(_ root: MathNode, tex: String) -> String {
        out = display ? "<math display=\"block\">" : "<math>"
        out += "<semantics><mrow>"
        if case .row(let items) = root { items.forEach { write($0) } } else { write(root) }
        out += "</mrow><annotation encoding=\"application/x-tex\">"
        escape(tex)
        out += "</annotation></semantics></math>"
        return out
    }

    private mutating func write(_ node: MathNode) {
        switch node {
        case .identifier(let name, let normal):
            out += normal && name.count == 1 ? "<mi mathvariant=\"normal\">" : "<mi>"
            escape(name)
            out += "</mi>"
        case .number(let digits):
            out += "<mn>"
            escape(digits)
            out += "</mn>"
        case .op(let symbol, let op):
            writeOperator(symbol, op)
        case .text(let text):
            out += "<mtext>"
            escape(text)
            out += "</mtext>"
        case .space(let em):
            if em > 0 { out += "<mspace width=\"\(format(em))em\"></mspace>" }
        case .row(let items):
            out += "<mrow>"
            items.forEach { write($0) }
            out += "</mrow>"
        case .fraction(let numerator, let denominator, let lineless):
            out += lineless ? "<mfrac linethickness=\"0\">" : "<mfrac>"
            inner(false) { w in w.write(numerator); w.write(denominator) }
            out += "</mfrac>"
        case .sqrt(let radicand):
            out += "<msqrt>"
            write(radicand)
            out += "</msqrt>"
        case .root(let radicand, let index):
            out += "<mroot>"
            write(radicand)
            inner(false) { $0.write(index) }
            out += "</mroot>"
        case .scripts(let base, let sub, let sup, let limits):
            writeScripts(base: base, sub: sub, sup: sup, limits: limits)
        case .accent(let base, let mark, let stretchy, let under):
            out += under ? "<munder accentunder=\"true\">" : "<mover accent=\"true\">"
            write(base)
            writeOperator(mark, MathNode.Operator(stretchy: stretchy))
            out += under ? "</munder>" : "</mover>"
        case .fenced(let open, let body, let close):
            out += "<mrow>"
            if let open { writeOperator(open, MathNode.Operator(stretchy: true, fence: true)) }
            body.forEach { write($0) }
            if let close { writeOperator(close, MathNode.Operator(stretchy: true, fence: true)) }
            out += "</mrow>"
        case .table(let table):
            writeTable(table)
        case .style(let display, let body):
            out += "<mstyle displaystyle=\"\(display)\">"
            inner(display) { $0.write(body) }
            out += "</mstyle>"
        case .reference(let name, let parenthesised):
            let shown = reference(name) ?? "??"
            out += "<mtext>"
            escape(parenthesised ? "(\(shown))" : shown)
            out += "</mtext>"
        }
    }

    private mutating func writeOperator(_ symbol: String, _ op: MathNode.Operator) {
        var attributes = ""
        if let stretchy = op.stretchy { attributes += " stretchy=\"\(stretchy)\"" }
        if op.fence { attributes += " fence=\"true\"" }
        if let size = op.size { attributes += " minsize=\"\(format(size))em\" maxsize=\"\(format(size))em\"" }
        if op.ordinary { attributes += " lspace=\"0\" rspace=\"0\"" }
        if op.relation { attributes += " lspace=\"0.2778em\" rspace=\"0.2778em\"" }
        if let l = op.lspace { attributes += " lspace=\"\(format(l))em\"" }
        if let r = op.rspace { attributes += " rspace=\"\(format(r))em\"" }
        if op.takesLimits && !displayStyle { attributes += " movablelimits=\"true\"" }
        out += "<mo\(attributes)>"
        escape(symbol)
        out += "</mo>"
    }

    private mutating func writeScripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Bool) {
        let underOver = limits && displayStyle
        let tag: String
        switch (sub != nil, sup != nil) {
        case (true, true): tag = underOver ? "munderover" : "msubsup"
        case (true, false): tag = underOver ? "munder" : "msub"
        default: tag = underOver ? "mover" : "msup"
        }
        out += "<\(tag)>"
        write(base)
        inner(false) { w in
            if let sub { w.write(sub) }
            if let sup { w.write(sup) }
        }
        out += "</\(tag)>"
    }

    private mutating func writeTable(_ table: MathNode.Table) {
        let numbered = table.rowLines.contains { index in
            index.map { $0 < lineNumbers.count && lineNumbers[$0] != nil } ?? false
        }
        let fenced = table.open != nil || table.close != nil
        if fenced {
            out += "<mrow>"
            if let open = table.open { writeOperator(open, MathNode.Operator(stretchy: true, fence: true)) }
        }
        var attributes = ""
        if table.displayStyle { attributes += " displaystyle=\"true\"" }
        if table.smaller { attributes += " scriptlevel=\"1\"" }
        out += "<mtable\(attributes)>"
        for (r, row) in table.rows.enumerated() {
            let line = r < table.rowLines.count ? table.rowLines[r] : nil
            let number = line.flatMap { $0 < lineNumbers.count ? lineNumbers[$0] : nil }
            let anchor = line.flatMap { $0 < lineAnchors.count ? lineAnchors[$0] : nil }
            out += anchor.map { "<mtr id=\"\(attribute($0))\">" } ?? "<mtr>"
            for (c, cell) in row.enumerated() {
                let align = table.columnAlign[c < table.columnAlign.count ? c : table.columnAlign.count - 1]
                // Chromium aligns a cell's formula by -webkit-left/-right only; Firefox and
                // Safari read columnalign (and take the standard value before it).
                var style = "text-align: \(align); text-align: -webkit-\(align)"
                if table.alignedPairs {
                    style += c % 2 == 0 ? "; padding-right: 0" : "; padding-left: 0"
                    if c % 2 == 0 && c > 0 { style += "; padding-left: 1em" }
                }
                out += "<mtd columnalign=\"\(align)\" style=\"\(style)\">"
                inner(table.displayStyle) { $0.write(cell) }
                out += "</mtd>"
            }
            if numbered {
                // MathML Core has no labelled rows: the number is a last column, set apart.
                out += "<mtd class=\"eq-number\" style=\"padding-left: 2em\">"
                if let number {
                    out += "<mtext>"
                    escape("(\(number))")
                    out += "</mtext>"
                }
                out += "</mtd>"
            }
            out += "</mtr>"
        }
        out += "</mtable>"
        if fenced {
            if let close = table.close { writeOperator(close, MathNode.Operator(stretchy: true, fence: true)) }
            out += "</mrow>"
        }
    }

    /// Runs `body` with display style set to `style`, then restores it.
    private mutating func inner(_ style: Bool, _ body: (inout MathMLWriter) -> Void) {
        let saved = displayStyle
        displayStyle = style
        body(&self)
        displayStyle = saved
    }

    private mutating func escape(_ text: String) {
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
    }

    private func attribute(_ text: String) -> String {
        text.replacingAll("&", "&amp;").replacingAll("\"", "&quot;").replacingAll("<", "&lt;")
    }

    private func format(_ em: Double) -> String {
        em == em.rounded() ? String(Int(em)) : String(em)
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
