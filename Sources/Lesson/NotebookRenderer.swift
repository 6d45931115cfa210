import CellProtocol

/// Renders a run lesson as a Jupyter notebook (nbformat 4.5, https://nbformat.readthedocs.io):
/// the prose as Markdown cells (the author's exact Markdown, speaker notes left out), each
/// code cell with its code and its outputs as Jupyter kernels report them, so that GitHub,
/// VS Code and JupyterLab show the lesson with its results:
///
/// - printed text: a `stream` output (`stdout`);
/// - a value: `execute_result` when it is the cell's last output (the final expression),
///   else `display_data`, as `text/plain`;
/// - a table: `display_data` with `text/html` and aligned `text/plain`;
/// - Markdown: `display_data` with `text/markdown`;
/// - a chart: `display_data` with `image/svg+xml`, its title as `text/plain`;
/// - an error: an `error` output (`ename` the severity, `evalue` the message, the
///   traceback the diagnostic as the compiler prints it, line by line).
///
/// A numbered figure's caption (a cell's `caption=`/`label=`) is a Markdown cell after it.
/// A lesson rendered without running shows what the author recorded in its ```output
/// blocks, as printed text. The file is written exactly as `nbformat.write` writes it
/// (keys sorted, one-space indent, text split into lines), so nbformat reading and writing
/// it back gives the same bytes (tested), and two exports of one run are identical. A
/// hidden cell's code is there, hidden by Jupyter's own `source_hidden` metadata.
public struct NotebookRenderer {
    public init() {}

    /// The notebook's text, ready to write as `NAME.ipynb`.
    public func render(_ run: LessonRun) -> String {
        var out = ""
        NotebookJSON.write(notebook(run), to: &out)
        return out + "\n"
    }

    func notebook(_ run: LessonRun) -> NotebookJSON {
        var cells: [NotebookJSON] = []
        var proseCount = 0
        var executionCount = 0
        let figures = MarkdownRenderer.figureNumbers(of: run.document)
        for block in run.walk {
            switch block {
            case .prose(let prose):
                let markdown = Self.trimmingBlankLines(SpeakerNotes.handoutText(prose.text))
                guard !markdown.isEmpty else { continue }
                proseCount += 1
                cells.append(Self.markdownCell(markdown, id: "md-\(proseCount)"))
            case .cell(let walked):
                cells.append(codeCell(walked, executionCount: &executionCount))
                // A figure's caption follows its outputs, as in the Markdown handout.
                if let figure = figures[walked.cell.index], !walked.result.outputs.isEmpty {
                    let caption = "**Figure \(figure)**" + (walked.cell.options.caption.map { ": " + $0 } ?? "")
                    cells.append(Self.markdownCell(caption, id: "figure-\(figure)"))
                }
            }
        }
        return .object([
            "cells": .array(cells),
            "metadata": .object([
                "kernelspec": .object([
                    "display_name": .string("Swift"), "language": .string("swift"), "name": .string("swift"),
                ]),
                "language_info": .object([
                    "file_extension": .string(".swift"), "mimetype": .string("text/x-swift"), "name": .string("swift"),
                ]),
            ]),
            "nbformat": .int(4),
            "nbformat_minor": .int(5),
        ])
    }

    private static func markdownCell(_ markdown: String, id: String) -> NotebookJSON {
        .object(["cell_type": .string("markdown"), "id": .string(id), "metadata": .object([:]), "source": .lines(markdown)])
    }

    /// A code cell: numbered when it ran (or shows recorded outputs), its code hidden in
    /// Jupyter's own way when the lesson hides it.
    private func codeCell(_ walked: WalkedCell, executionCount: inout Int) -> NotebookJSON {
        let cell = walked.cell
        let recorded = walked.recorded.map(\.content) ?? ""
        let ran = walked.result.status == .passed || walked.result.status == .failed
        var count: Int?
        if ran || !recorded.isEmpty {
            executionCount += 1
            count = executionCount
        }
        let outputs: [NotebookJSON]
        if walked.recorded != nil {
            outputs = recorded.isEmpty ? [] : [Self.stream(recorded)]
        } else {
            outputs = Self.outputs(walked.result.outputs, executionCount: count)
        }
        let code = Self.droppingFinalLineBreak(cell.code)
        return .object([
            "cell_type": .string("code"),
            "execution_count": count.map(NotebookJSON.int) ?? .null,
            "id": .string("cell-\(cell.index + 1)"),
            "metadata": cell.options.hide ? .object(["jupyter": .object(["source_hidden": .bool(true)])]) : .object([:]),
            "outputs": .array(outputs),
            "source": .lines(code),
        ])
    }

    /// A cell's outputs as Jupyter outputs; consecutive printed text is one stream.
    static func outputs(_ outputs: [CellOutput], executionCount: Int?) -> [NotebookJSON] {
        var result: [NotebookJSON] = []
        var text = ""
        func flushText() {
            if !text.isEmpty { result.append(stream(text)) }
            text = ""
        }
        for (i, output) in outputs.enumerated() {
            if case .text(let printed) = output {
                text += printed
                continue
            }
            flushText()
            switch output {
            case .text:
                break
            case .value(let value):
                let data: NotebookJSON = .object(["text/plain": .lines(value.text)])
                if i == outputs.count - 1, let executionCount {
                    result.append(.object([
                        "data": data, "execution_count": .int(executionCount),
                        "metadata": .object([:]), "output_type": .string("execute_result"),
                    ]))
                } else {
                    result.append(display(data))
                }
            case .table(let table):
                var html = ""
                HTMLRenderer.appendTable(table, to: &html)
                result.append(display(.object([
                    "text/html": .lines(html), "text/plain": .lines(PlainOutput.table(table)),
                ])))
            case .markdown(let markdown):
                result.append(display(.object([
                    "text/markdown": .lines(markdown), "text/plain": .lines(markdown),
                ])))
            case .chart(let chart):
                result.append(display(.object([
                    "image/svg+xml": .lines(chart.svg), "text/plain": .lines(chart.title.isEmpty ? "chart" : chart.title),
                ])))
            case .error(let diagnostic):
                result.append(.object([
                    "ename": .string(diagnostic.severity.rawValue), "evalue": .string(diagnostic.message),
                    "output_type": .string("error"),
                    "traceback": .array(diagnostic.formatted.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { .string(String($0)) }),
                ]))
            }
        }
        flushText()
        return result
    }

    /// Printed text; control characters other than tab and line breaks made visible, as
    /// in the Markdown handout (a terminal escape must not colour the notebook).
    private static func stream(_ text: String) -> NotebookJSON {
        .object([
            "name": .string("stdout"), "output_type": .string("stream"),
            "text": .lines(ControlCharacters.visibleInRecord(text)),
        ])
    }

    private static func display(_ data: NotebookJSON) -> NotebookJSON {
        .object(["data": data, "metadata": .object([:]), "output_type": .string("display_data")])
    }

    /// `text` without the blank lines that separate it from the cells around it, and
    /// without its last line break (a notebook's last line has none).
    static func trimmingBlankLines(_ text: String) -> String {
        var lines = NotebookJSON.splitLines(text)[...]
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return droppingFinalLineBreak(lines.joined())
    }

    /// `text` without one final `\n`, `\r\n` or `\r`.
    static func droppingFinalLineBreak(_ text: String) -> String {
        var scalars = text.unicodeScalars
        if scalars.last == "\n" {
            scalars.removeLast()
            if scalars.last == "\r" { scalars.removeLast() }
        } else if scalars.last == "\r" {
            scalars.removeLast()
        }
        return String(scalars)
    }
}

/// The handout format `ipynb`: the lesson as a Jupyter notebook, `NAME.ipynb`, which the
/// lesson's page offers for download.
extension NotebookRenderer: HandoutRenderer {
    public static let format = HandoutFormat.ipynb
    public static let fileSuffix = ".ipynb"
    public static let downloadLabel: String? = "notebook (.ipynb)"

    public static func files(for run: LessonRun, in context: HandoutContext) -> [HandoutFile] {
        [HandoutFile(fileName: context.name + fileSuffix, text: NotebookRenderer().render(run))]
    }
}

extension HandoutFormat {
    public static let ipynb = HandoutFormat("ipynb")
}

// MARK: - The notebook's JSON

/// A JSON value of a notebook, written as Python's `json.dumps(indent=1, sort_keys=True,
/// ensure_ascii=False)` writes it, which is how `nbformat.write` saves every notebook.
indirect enum NotebookJSON: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([NotebookJSON])
    case object([String: NotebookJSON])

    /// A multi-line string as nbformat stores it: a list of lines, each with its line break.
    static func lines(_ text: String) -> NotebookJSON {
        .array(splitLines(text).map(NotebookJSON.string))
    }

    /// `text` cut after every line break, as Python's `str.splitlines(keepends=True)` cuts
    /// it (nbformat uses it, so the same breaks: `\r\n`, `\n`, `\r`, `\v`, `\f`, `\u{1C}`–`\u{1E}`,
    /// `\u{85}`, `\u{2028}`, `\u{2029}`).
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            line.append(scalar)
            switch scalar.value {
            case 0x0D:
                if pending == "\n" {
                    line.append("\n")
                    pending = scalars.next()
                }
                fallthrough
            case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                lines.append(String(line))
                line = String.UnicodeScalarView()
            default:
                break
            }
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines
    }

    /// Appends the value at nesting `level` (one space of indent per level).
    static func write(_ value: NotebookJSON, level: Int = 0, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .string(let s): appendString(s, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                out += i == 0 ? "\n" : ",\n"
                out += String(repeating: " ", count: level + 1)
                write(item, level: level + 1, to: &out)
            }
            out += "\n" + String(repeating: " ", count: level) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            // Python sorts keys by code point; so does comparing their scalars.
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (i, key) in keys.enumerated() {
                out += i == 0 ? "\n" : ",\n"
                out += String(repeating: " ", count: level + 1)
                appendString(key, to: &out)
                out += ": "
                write(members[key]!, level: level + 1, to: &out)
            }
            out += "\n" + String(repeating: " ", count: level) + "}"
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as Python writes them
    /// (`\n`, `\t`..., else `\u00XX` in lower-case hex), everything else as it is.
    private static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
