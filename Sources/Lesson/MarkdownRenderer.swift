import Foundation
import CellProtocol

/// A lesson rendered as GitHub-flavoured Markdown, and the chart files it links to.
public struct MarkdownHandout: Sendable {
    public var markdown: String
    /// SVG files to write beside the `.md`, named as the Markdown links them.
    public var charts: [(fileName: String, svg: String)]
}

/// Renders a run lesson as Markdown: the author's prose byte for byte; each cell's code
/// fenced as written (a hidden cell's code left out), then its outputs: text in
/// ```` ```text ```` blocks, tables as GFM tables, Markdown inline, charts as SVG files
/// beside the handout. The source's own ```` ```output ```` blocks are replaced by the
/// fresh outputs, never repeated.
public struct MarkdownRenderer {
    /// Chart files are named `NAME-1.svg`, `NAME-2.svg`...: NAME is the lesson's file name.
    public var chartBaseName: String

    public init(chartBaseName: String) {
        self.chartBaseName = chartBaseName
    }

    /// The handout for `run`.
    public func render(_ run: LessonRun) -> MarkdownHandout {
        var out = ""
        out.reserveCapacity(run.document.source.utf8.count * 2)
        var charts: [(String, String)] = []
        // After a cell, the blank line that keeps the next block from running into an
        // output block, written inside the cell's container (nil after prose).
        var separatorAfterCell: String?
        let figures = Self.figureNumbers(of: run.document)
        for block in run.walk {
            switch block {
            case .prose(let prose):
                let text = SpeakerNotes.handoutText(prose.text)   // notes are for the slides only
                if let separator = separatorAfterCell, !text.isEmpty, !Self.startsWithBlankLine(text) {
                    out += separator
                }
                out += text
                separatorAfterCell = nil
            case .cell(let walked):
                let cell = walked.cell
                if let separator = separatorAfterCell { out += separator }
                if let expected = walked.recorded {
                    // Nothing ran, so nothing replaces what the author recorded: keep it.
                    if !cell.options.hide { out += Self.codeText(of: cell) + expected.separator }
                    out += expected.text
                } else {
                    appendCell(walked.result, figure: figures[cell.index], charts: &charts, to: &out)
                }
                separatorAfterCell = Self.prefixingLines("\n", with: cell.linePrefix)
            }
        }
        return MarkdownHandout(markdown: out, charts: charts)
    }

    private func appendCell(_ result: CellResult, figure: Int?, charts: inout [(String, String)], to out: inout String) {
        let cell = result.cell
        if !cell.options.hide {
            out += Self.codeText(of: cell)
        }
        // Outputs are written as if at the top level, then moved into the cell's
        // container (a list item, a block quote) by prefixing every line.
        var body = ""
        var wroteSomething = !cell.options.hide
        func separate() {
            if wroteSomething { body += "\n" }
            wroteSomething = true
        }
        var textGroup: [CellOutput] = []
        func flushText() {
            guard !textGroup.isEmpty else { return }
            let text = plainText(textGroup, expectError: cell.options.expectError && result.status == .passed)
            textGroup = []
            guard !text.isEmpty else { return }
            separate()
            Self.appendFenced(text, info: "text", to: &body)
        }
        for output in result.outputs {
            switch output {
            case .text, .value, .error:
                textGroup.append(output)
            case .table(let table):
                flushText()
                separate()
                body += Self.gfmTable(table)
            case .markdown(let markdown):
                flushText()
                separate()
                // Control characters made visible, as in text outputs: the handout stays text.
                body += ControlCharacters.visibleInRecord(markdown)
                if !markdown.hasSuffix("\n") { body += "\n" }
            case .chart(let chart):
                flushText()
                separate()
                let name = "\(chartBaseName)-\(charts.count + 1).svg"
                charts.append((name, chart.svg))
                body += "![\(Self.escapeInline(chart.title))](\(Self.percentEncoded(name)))\n"
            }
        }
        flushText()
        if let figure, !result.outputs.isEmpty {
            separate()
            body += "**Figure \(figure)**" + (cell.options.caption.map { ": " + $0 } ?? "") + "\n"
        }
        if result.status == .notRun && !cell.options.hide {
            separate()
            body += "*Not run: an earlier cell failed.*\n"
        }
        out += Self.prefixingLines(body, with: cell.linePrefix)
    }

    /// Cells with a caption or label are numbered figures, as in the HTML handout: each such
    /// cell's index and its figure number.
    static func figureNumbers(of document: LessonDocument) -> [Int: Int] {
        let figureCells = document.cells.filter { $0.options.caption != nil || $0.options.label != nil }
        return Dictionary(uniqueKeysWithValues: figureCells.enumerated().map { ($1.index, $0 + 1) })
    }

    /// True when `text` begins with an empty line (or one holding only a container's marks).
    static func startsWithBlankLine(_ text: String) -> Bool {
        for ch in text {
            if ch == "\n" || ch == "\r\n" { return true }
            if ch != " " && ch != "\t" && ch != ">" { return false }
        }
        return true
    }

    /// Every line of `text` with `prefix` in front (blank lines get it without trailing spaces).
    static func prefixingLines(_ text: String, with prefix: String) -> String {
        guard !prefix.isEmpty, !text.isEmpty else { return text }
        let bare = String(prefix.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        var out = ""
        out.reserveCapacity(text.utf8.count + prefix.utf8.count * 8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            out += line.isEmpty ? bare : prefix
            out += line
            out += "\n"
        }
        return out
    }

    /// The text of outputs as a ```output block records them; an error that ended the
    /// cell unexpectedly is shown as the compiler prints it, with its file:line.
    private func plainText(_ outputs: [CellOutput], expectError: Bool) -> String {
        if expectError { return PlainOutput.text(of: outputs) }
        var text = ""
        var pending: [CellOutput] = []
        for output in outputs {
            if case .error(let d) = output {
                text += PlainOutput.text(of: pending)
                pending = []
                if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
                text += d.formatted + "\n"
            } else {
                pending.append(output)
            }
        }
        return text + PlainOutput.text(of: pending)
    }

    /// The cell's fenced code exactly as written (the parser keeps its ```output block
    /// apart); a fence the author left open is closed, so outputs do not fall inside it.
    static func codeText(of cell: Cell) -> String {
        var text = cell.text
        if !text.hasSuffix("\n") { text += "\n" }
        if !cell.isClosed { text += cell.linePrefix + cell.fence + "\n" }
        return text
    }

    /// `text` in a fence longer than any run of backticks inside it.
    static func appendFenced(_ text: String, info: String, to out: inout String) {
        var longest = 0
        var run = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "`") { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        out += fence + info + "\n" + text
        if !text.hasSuffix("\n") { out += "\n" }
        out += fence + "\n"
    }

    /// A GFM table; columns of numbers are right-aligned; cell text is escaped so that
    /// nothing in it becomes markup.
    static func gfmTable(_ table: TableOutput) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        func row(_ cells: [String]) -> String {
            var line = "|"
            for i in 0..<columns {
                line += " " + escapeInline(i < cells.count ? cells[i] : "") + " |"
            }
            return line + "\n"
        }
        var out = row(table.header)
        out += "|"
        for i in 0..<columns {
            let numeric = !table.rows.isEmpty && table.rows.allSatisfy { i >= $0.count || Double($0[i]) != nil }
            out += numeric ? " ---: |" : " --- |"
        }
        out += "\n"
        for r in table.rows { out += row(r) }
        return out
    }

    /// Text that renders as itself in Markdown: ASCII punctuation that could start
    /// markup is backslash-escaped, line breaks become spaces.
    static func escapeInline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!":
                out.append("\\")
                out.append(ch)
            case "\n", "\r", "\r\n":
                out.append(" ")
            default:
                out.append(ch)
            }
        }
        return out
    }

    /// A file name as a relative URL: spaces and other unsafe characters percent-encoded.
    static func percentEncoded(_ name: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name
    }
}

/// The handout format `md`: `NAME.md` and the chart files `NAME-N.svg` it links to.
extension MarkdownRenderer: HandoutRenderer {
    public static let format = HandoutFormat.md
    public static let aliases = ["markdown"]
    public static let fileSuffix = ".md"

    public static func files(for run: LessonRun, in context: HandoutContext) -> [HandoutFile] {
        let handout = MarkdownRenderer(chartBaseName: context.name).render(run)
        return handout.charts.map { HandoutFile(fileName: $0.fileName, text: $0.svg) }
            + [HandoutFile(fileName: context.name + fileSuffix, text: handout.markdown)]
    }

    /// `NAME-N.svg` that this handout did not write: an earlier run had more charts.
    public static func isStale(_ fileName: String, name: String, written: Set<String>) -> Bool {
        let prefix = name + "-"
        guard fileName.hasPrefix(prefix), fileName.hasSuffix(".svg"), !written.contains(fileName) else { return false }
        let middle = fileName.dropFirst(prefix.count).dropLast(4)
        if let n = Int(middle), n > 0, String(n) == middle { return true }
        return false
    }
}

extension HandoutFormat {
    public static let md = HandoutFormat("md")
}
