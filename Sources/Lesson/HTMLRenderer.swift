import Foundation
import CellProtocol

/// A lesson rendered to HTML, before a page template lays it out.
public struct RenderedLesson: Sendable {
    /// The text of the lesson's first heading (the file name when it has none).
    public var title: String
    /// The lesson's body: prose and cells with their outputs.
    public var content: String
    /// The headings after the title, for the table of contents.
    public var toc: [TOCEntry]
    /// Cells, failed cells, and seconds the lesson ran.
    public var cellCount: Int
    public var failureCount: Int
    public var duration: Double
    /// False when the lesson was rendered without running (no duration to show).
    public var wasRun: Bool
}

/// One line of a table of contents: a heading and the anchor it carries.
public struct TOCEntry: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
}

/// Renders a run lesson's body as HTML: prose through cmark-gfm, each cell's code
/// highlighted, then its outputs (text, values as matrices, tables, Markdown, charts,
/// errors), each escaped. The page around it comes from `PageTemplates`.
public struct HTMLRenderer {
    public var options: RenderOptions
    /// Put before every id on the page, so lessons joined in one course page stay distinct.
    public var idPrefix: String

    public init(options: RenderOptions = RenderOptions(), idPrefix: String = "") {
        self.options = options
        self.idPrefix = idPrefix
    }

    /// The lesson's body and its table of contents.
    public func render(_ run: LessonRun) -> RenderedLesson {
        var slugs = SlugSet(prefix: idPrefix)
        var headings: [MarkdownHTML.Heading] = []
        // All prose is one Markdown document with a token where each cell goes, so that
        // footnotes, link definitions and quotes reach across cells (LessonProse).
        let prose = LessonProse(document: run.document, idPrefix: idPrefix)
        let tokens = ProseHTML(prose)
        for cell in run.document.cells { slugs.reserve("\(idPrefix)cell-\(cell.index + 1)") }
        for figure in prose.figures.values { slugs.reserve(figure.id) }
        for target in prose.labels.values { slugs.reserve(target.id) }
        let page = MarkdownHTML.renderPage(prose.markdown, unsafeHTML: options.unsafeHTML, idPrefix: idPrefix,
                                           slugs: &slugs, headings: &headings, headingText: tokens.plainText)
        var cells: [Int: String] = [:]
        var charts = ChartSVG.PageCharts()
        for walked in run.walkedCells {
            var html = ""
            appendCell(walked, figure: prose.figures[walked.cell.index], charts: &charts, slugs: &slugs, to: &html)
            cells[walked.cell.index] = html
        }
        let html = tokens.substitute(in: page, cell: { cells[$0] ?? "" })
        let title = headings.first?.text ?? Self.fileTitle(run.document.path)
        let toc = headings.dropFirst().map { TOCEntry(level: $0.level, text: $0.text, id: $0.id) }
        return RenderedLesson(
            title: title, content: html, toc: toc, cellCount: run.cells.count,
            failureCount: run.cells.filter { $0.status == .failed }.count, duration: run.duration, wasRun: run.wasRun)
    }

    /// The file name without folder and `.md` (any case): the title of a lesson with no
    /// heading, the same name its handout files take.
    static func fileTitle(_ path: String) -> String { HandoutWriter.name(of: path) }

    // MARK: Cells

    /// One cell and its outputs as the handout shows them (the slides use it too). Unrun,
    /// a cell shows what the author recorded in its ```output block.
    func appendCell(_ walked: WalkedCell, figure: LessonProse.Figure? = nil,
                    charts: inout ChartSVG.PageCharts, slugs: inout SlugSet, to html: inout String) {
        let result = walked.result
        let recorded = walked.recorded?.content
        let cell = result.cell
        let showCode = !cell.options.hide
        if !showCode && result.outputs.isEmpty && result.status != .failed && recorded == nil {
            return  // a hidden cell that showed nothing leaves no trace on the page
        }
        let number = cell.index + 1
        let id = "\(idPrefix)cell-\(number)"
        slugs.reserve(id)
        var classes = "cell"
        switch result.status {
        case .passed: classes += cell.options.expectError ? " cell-expected-error" : ""
        case .failed: classes += " cell-failed"
        case .notRun: classes += " cell-not-run"
        case .skipped: classes += " cell-norun"
        }
        if !showCode { classes += " cell-hidden" }
        if cell.options.solution { classes += " cell-solution" }
        html += "<section class=\"\(classes)\" id=\"\(id)\">\n"
        if showCode {
            html += "<div class=\"cell-head\"><a class=\"cell-n\" href=\"#\(id)\" aria-label=\"cell \(number)\">[\(number)]</a>"
            switch result.status {
            case .skipped: html += "<span class=\"badge badge-norun\">not run</span>"
            case .notRun: html += "<span class=\"badge badge-not-run\">not run: an earlier cell failed</span>"
            case .failed: html += "<span class=\"badge badge-failed\">failed</span>"
            case .passed:
                if cell.options.expectError { html += "<span class=\"badge badge-expected\">fails as expected</span>" }
            }
            if cell.options.solution { html += "<span class=\"badge badge-solution\">solution</span>" }
            if options.timings, result.status == .passed || result.status == .failed {
                html += "<span class=\"cell-time\">\(Self.formatDuration(result.duration))</span>"
            }
            html += "</div>\n<pre class=\"code\"><code class=\"language-swift\">"
            html += Highlighter.html(Self.trimmingFinalNewline(cell.code))
            html += "</code></pre>\n"
        }
        if !result.outputs.isEmpty {
            // A cell with a caption or label is a numbered figure: its outputs and caption.
            html += figure.map { "<figure class=\"outputs cell-figure\" id=\"\(HTMLEscaping.escape($0.id))\">\n" }
                ?? "<div class=\"outputs\">\n"
            appendOutputs(result.outputs, expected: cell.options.expectError && result.status == .passed,
                          cellID: id, charts: &charts, to: &html)
            if let figure { html += Self.figureCaption(figure) }
            html += figure == nil ? "</div>\n" : "</figure>\n"
        }
        if let recorded, !recorded.isEmpty {
            html += "<div class=\"outputs outputs-recorded\">\n<div class=\"recorded-label\">recorded output</div>\n<pre class=\"out-text\">"
            HTMLEscaping.append(Self.trimmingFinalNewline(recorded), to: &html)
            html += "</pre>\n</div>\n"
        }
        html += "</section>\n"
    }

    /// "Figure 2: the caption", the caption's Markdown rendered inline (formulas too).
    static func figureCaption(_ figure: LessonProse.Figure) -> String {
        var html = "<figcaption class=\"figure-caption\"><span class=\"figure-number\">Figure \(figure.number)</span>"
        if let caption = figure.caption, !caption.isEmpty {
            var inline = ProseHTML.fragment(caption, unsafeHTML: false).trimmingCharacters(in: .whitespacesAndNewlines)
            if inline.hasPrefix("<p>") && inline.hasSuffix("</p>") { inline = String(inline.dropFirst(3).dropLast(4)) }
            html += ": " + inline
        }
        return html + "</figcaption>\n"
    }

    private func appendOutputs(_ outputs: [CellOutput], expected: Bool, cellID: String,
                               charts: inout ChartSVG.PageCharts, to html: inout String) {
        var pendingText = ""
        func flushText() {
            guard !pendingText.isEmpty else { return }
            html += "<pre class=\"out-text\">"
            HTMLEscaping.append(Self.trimmingFinalNewline(pendingText), to: &html)
            html += "</pre>\n"
            pendingText = ""
        }
        for output in outputs {
            if case .text(let s) = output {
                pendingText += s
                continue
            }
            flushText()
            switch output {
            case .text: break
            case .value(let value): appendValue(value, to: &html)
            case .table(let table): Self.appendTable(table, to: &html)
            case .markdown(let markdown):
                // A lesson's own Markdown output never gets raw HTML through.
                html += "<div class=\"out-markdown\">\n"
                html += ProseHTML.fragment(markdown, unsafeHTML: false)
                html += "</div>\n"
            case .chart(let chart):
                html += "<figure class=\"out-chart\" aria-label=\"\(HTMLEscaping.escape(chart.title))\">"
                html += ChartSVG.html(chart, idPrefix: idPrefix, page: &charts)
                html += "</figure>\n"
            case .error(let diagnostic): appendError(diagnostic, expected: expected, to: &html)
            }
        }
        flushText()
    }

    /// A displayed value: a matrix with its shape when it has a grid, else its text.
    private func appendValue(_ value: DisplayValue, to html: inout String) {
        guard let grid = value.grid, !grid.shape.isEmpty, !grid.rows.isEmpty else {
            html += "<pre class=\"out-value\">"
            HTMLEscaping.append(Self.trimmingFinalNewline(value.text), to: &html)
            html += "</pre>\n"
            return
        }
        html += "<figure class=\"out-matrix\">\n<div class=\"matrices\">"
        for (label, rows) in Self.slices(of: grid) {
            html += "<div class=\"matrix-block\">"
            if let label {
                html += "<div class=\"matrix-label\">"
                HTMLEscaping.append(label, to: &html)
                html += "</div>"
            }
            guard !rows.isEmpty else {
                // Slices a summarised tensor leaves out.
                html += "<div class=\"matrix-gap\">\(Grid.columnGap)</div></div>"
                continue
            }
            html += "<div class=\"bracket\"><table class=\"matrix\"><tbody>"
            for row in rows {
                html += "<tr>"
                for element in row {
                    let gap = element == Grid.rowGap || element == Grid.columnGap || element == Grid.bothGap
                    html += gap ? "<td class=\"gap\">" : "<td>"
                    HTMLEscaping.append(element, to: &html)
                    html += "</td>"
                }
                html += "</tr>"
            }
            html += "</tbody></table></div></div>"
        }
        html += "</div>\n<figcaption>"
        HTMLEscaping.append(value.typeName, to: &html)
        html += " <span class=\"shape\">shape ["
        html += grid.shape.map(String.init).joined(separator: ", ")
        html += "]</span>"
        if grid.truncated { html += " <span class=\"truncated\">(summarised: first and last rows and columns)</span>" }
        html += "</figcaption>\n</figure>\n"
    }

    /// The matrices a grid's rows make: one per slice of the last two axes of a tensor
    /// of rank 3 or more, labelled with the leading indices (`[1, :, :]`).
    static func slices(of grid: Grid) -> [(label: String?, rows: ArraySlice<[String]>)] {
        if let given = grid.slices, given.reduce(0, { $0 + $1.rowCount }) == grid.rows.count {
            var start = 0
            return given.map { slice in
                defer { start += slice.rowCount }
                return (slice.label, grid.rows[start..<(start + slice.rowCount)])
            }
        }
        let shape = grid.shape
        guard shape.count >= 3, !grid.truncated else { return [(nil, grid.rows[...])] }
        let height = shape[shape.count - 2]
        let count = shape.dropLast(2).reduce(1, *)
        guard height > 0, count * height == grid.rows.count else { return [(nil, grid.rows[...])] }
        var slices: [(String?, ArraySlice<[String]>)] = []
        let leading = Array(shape.dropLast(2))
        for k in 0..<count {
            var index: [Int] = []
            var rest = k
            for size in leading.reversed() {
                index.append(rest % size)
                rest /= size
            }
            let label = "[" + index.reversed().map(String.init).joined(separator: ", ") + ", :, :]"
            slices.append((label, grid.rows[(k * height)..<((k + 1) * height)]))
        }
        return slices
    }

    /// A table as HTML, numbers in `td.num` (the notebook's tables use it too).
    static func appendTable(_ table: TableOutput, to html: inout String) {
        html += "<div class=\"out-table\"><table>\n<thead><tr>"
        for cell in table.header {
            html += "<th>"
            HTMLEscaping.append(cell, to: &html)
            html += "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for cell in row {
                html += Double(cell) != nil ? "<td class=\"num\">" : "<td>"
                HTMLEscaping.append(cell, to: &html)
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody></table></div>\n"
    }

    private func appendError(_ d: Diagnostic, expected: Bool, to html: inout String) {
        html += expected ? "<div class=\"out-error out-error-expected\">" : "<div class=\"out-error\" role=\"note\">"
        html += "<div class=\"error-head\"><span class=\"error-label\">"
        html += expected ? "Expected error" : (d.severity == .error ? "Error" : d.severity.rawValue.capitalized)
        html += "</span>"
        if !expected || d.location != nil {
            html += " <span class=\"error-place\">"
            var place = d.file
            if let location = d.location { place += ":\(location.line):\(location.column)" }
            HTMLEscaping.append(place, to: &html)
            html += "</span>"
        }
        html += "</div><pre class=\"error-message\">"
        HTMLEscaping.append(d.summary, to: &html)
        if let line = d.sourceLine, let location = d.location {
            html += "\n<span class=\"error-source\">"
            HTMLEscaping.append(line, to: &html)
            html += "\n"
            let prefix = line.prefix(max(0, location.column - 1))
            HTMLEscaping.append(String(prefix.map { $0 == "\t" ? "\t" : " " }), to: &html)
            html += "<span class=\"caret\">^</span></span>"
        }
        // swiftc's order: the error, the place, then its notes ("did you mean", a fix-it).
        for note in d.notes {
            html += "\n"
            HTMLEscaping.append(note, to: &html)
        }
        html += "</pre></div>\n"
    }

    // MARK: Helpers

    /// `12 ms`, `1.4 s`, `2 min 5 s`: a duration as a reader takes it in at a glance.
    public static func formatDuration(_ seconds: Double) -> String {
        if seconds < 0.001 { return "<1 ms" }
        if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
        if seconds < 60 { return String(format: "%.2f s", seconds) }
        let whole = Int(seconds.rounded())
        return "\(whole / 60) min \(whole % 60) s"
    }

    static func trimmingFinalNewline(_ s: String) -> String {
        s.hasSuffix("\n") ? String(s.dropLast()) : s
    }
}

/// The handout format `html`: the lesson's page, `NAME.html`.
extension HTMLRenderer: HandoutRenderer {
    public static let format = HandoutFormat.html
    public static let fileSuffix = ".html"

    public static func files(for run: LessonRun, in context: HandoutContext) -> [HandoutFile] {
        let lesson = context.rendered ?? HTMLRenderer(options: context.pages.options).render(run)
        let page = context.pages.lessonPage(lesson, run: run, navigation: context.navigation, downloads: context.downloads)
        return [HandoutFile(fileName: context.name + fileSuffix, text: page)]
    }
}

extension HandoutFormat {
    public static let html = HandoutFormat("html")
}
