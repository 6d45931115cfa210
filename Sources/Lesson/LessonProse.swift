import CellProtocol
import TeXMath

/// A lesson's prose made ready for HTML, and what reading it found wrong.
///
/// The prose of all blocks becomes one Markdown document, each cell replaced by a token
/// paragraph in the cell's container (so footnotes, link definitions and block quotes
/// work across cells), and formulas and cross-references by tokens (`ProseSpans`). Then
/// the lesson's equations and figures are numbered, in order: a display formula's line
/// with a `\label` or `\tag` (every line of `align` and `equation`), and every cell with a
/// `caption=` or `label=` option. Formulas that cannot be read and references to labels
/// that do not exist are warnings at file:line:column.
struct LessonProse {
    /// The Markdown cmark renders: tokens in place of cells, formulas, references.
    let markdown: String
    let spans: [ProseSpans.Span]
    /// Each formula span's parse (nil for cross-references).
    let formulas: [Result<MathFormula, TeXError>?]
    /// Per span: the number shown by each of its formula's numbered lines, and their ids.
    private(set) var numbers: [[String?]] = []
    private(set) var anchors: [[String?]] = []
    /// What a label refers to: its element's id and the text a reference shows.
    private(set) var labels: [String: Target] = [:]
    /// Figures by cell index.
    private(set) var figures: [Int: Figure] = [:]
    private(set) var warnings: [Diagnostic] = []

    struct Target {
        var id: String
        /// "Figure 2", "Equation (3)".
        var text: String
        /// The number alone ("3"), as `\eqref` shows it in parentheses.
        var number: String
    }

    /// A cell drawn as a numbered figure.
    struct Figure {
        var number: Int
        var id: String
        /// The caption's Markdown, if any.
        var caption: String?
    }

    static func cellToken(_ index: Int) -> String {
        "\(ProseSpans.tokenOpen)C\(index)\(ProseSpans.tokenClose)"
    }

    init(document: LessonDocument, idPrefix: String = "") {
        let (text, lineMap) = Self.joinedProse(document)
        let scan = ProseSpans(text)
        markdown = scan.markdown
        spans = scan.spans
        let places = Places(scan: scan, lineMap: lineMap, path: document.path)
        var warnings: [Diagnostic] = []
        formulas = spans.map { span in
            guard span.kind != .crossReference else { return nil }
            do { return .success(try MathFormula(tex: span.content)) } catch let e as TeXError {
                warnings.append(places.warning("cannot read the formula: \(e.message); it is shown as TeX",
                                               at: span.contentOffset + e.offset))
                return .failure(e)
            } catch {
                return .failure(TeXError("\(error)", at: 0))
            }
        }
        self.warnings = warnings
        var usedIDs = Set<String>()
        numberEquations(idPrefix: idPrefix, usedIDs: &usedIDs, places)
        numberFigures(document, idPrefix: idPrefix, usedIDs: &usedIDs)
        checkReferences(places)
    }

    /// Where an offset in the joined prose is in the lesson file, for warnings.
    private struct Places {
        let scan: ProseSpans
        /// `lineMap[n - 1]` is the file's line for the joined prose's line n.
        let lineMap: [Int]
        let path: String

        func location(_ offset: Int) -> SourceLocation {
            let (line, column) = scan.location(of: offset)
            let fileLine = line - 1 < lineMap.count ? lineMap[line - 1] : (lineMap.last ?? 1)
            return SourceLocation(line: fileLine, column: column)
        }

        func warning(_ message: String, at offset: Int) -> Diagnostic {
            Diagnostic(.warning, message, file: path, location: location(offset))
        }
    }

    /// The prose of all blocks as one Markdown document, each cell a token paragraph in the
    /// cell's container; `lineMap[n - 1]` is the file's line for its line n.
    private static func joinedProse(_ document: LessonDocument) -> (text: String, lineMap: [Int]) {
        var text = ""
        var lineMap: [Int] = []
        for block in document.blocks {
            switch block {
            case .prose(let prose):
                var line = prose.firstLine
                for byte in prose.text.utf8 where byte == 0x0A {
                    lineMap.append(line)
                    line += 1
                }
                // Speaker notes are for the slides only; blank lines keep the line numbers.
                text += ProseSpans.withoutTokenCharacters(SpeakerNotes.handoutTextKeepingLines(prose.text))
                if !prose.text.isEmpty && !prose.text.hasSuffix("\n") {
                    text += "\n"
                    lineMap.append(line)
                }
            case .cell(let cell):
                // A blank line, the token as a paragraph of its own, a blank line: all in
                // the cell's container (`>` of a quote, the indent of a list item).
                let blank = String(cell.linePrefix.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
                let piece = blank + "\n" + cell.linePrefix + cellToken(cell.index) + "\n" + blank + "\n"
                text += piece
                for byte in piece.utf8 where byte == 0x0A { lineMap.append(cell.fenceLine) }
            }
        }
        return (text, lineMap)
    }

    /// Numbers the display formulas' numbered lines in order (a `\tag` shows its own text)
    /// and gives each labelled line an id and a `labels` entry.
    private mutating func numberEquations(idPrefix: String, usedIDs: inout Set<String>, _ places: Places) {
        var counter = 0
        for (i, span) in spans.enumerated() {
            guard span.kind == .displayMath, case .success(let formula)? = formulas[i] else {
                numbers.append([]); anchors.append([])
                continue
            }
            var shown: [String?] = []
            var ids: [String?] = []
            for line in formula.numberedLines {
                guard line.isNumbered else { shown.append(nil); ids.append(nil); continue }
                let number: String
                if let tag = line.tag { number = tag } else { counter += 1; number = String(counter) }
                shown.append(number)
                guard let label = line.label else { ids.append(nil); continue }
                var id = idPrefix + (label.hasPrefix("eq-") ? label : "eq-" + label)
                id = SlugSet.slug(id) == id ? id : idPrefix + "eq-" + SlugSet.slug(label)
                while usedIDs.contains(id) { id += "-" }
                usedIDs.insert(id)
                ids.append(id)
                if labels[label] != nil {
                    warnings.append(places.warning(Self.usedTwice(label), at: span.contentOffset))
                } else {
                    labels[label] = Target(id: id, text: "Equation (\(number))", number: number)
                }
            }
            numbers.append(shown)
            anchors.append(ids)
        }
    }

    /// Numbers the cells with a caption or a label, in order.
    private mutating func numberFigures(_ document: LessonDocument, idPrefix: String, usedIDs: inout Set<String>) {
        var figureNumber = 0
        for cell in document.cells where cell.options.caption != nil || cell.options.label != nil {
            figureNumber += 1
            let label = cell.options.label
            var id = idPrefix + (label ?? "fig-\(figureNumber)")
            while usedIDs.contains(id) { id += "-" }
            usedIDs.insert(id)
            figures[cell.index] = Figure(number: figureNumber, id: id, caption: cell.options.caption)
            guard let label else { continue }
            if labels[label] != nil {
                warnings.append(Diagnostic(.warning, Self.usedTwice(label), file: document.path,
                                           location: SourceLocation(line: cell.fenceLine, column: 1)))
            } else {
                labels[label] = Target(id: id, text: "Figure \(figureNumber)", number: String(figureNumber))
            }
        }
    }

    private static func usedTwice(_ label: String) -> String {
        "the label '\(label)' is used twice; references go to the first"
    }

    /// Warns of `@name` and `\eqref{name}` references that lead nowhere.
    private mutating func checkReferences(_ places: Places) {
        for (i, span) in spans.enumerated() {
            switch span.kind {
            case .crossReference:
                if Self.target(of: span.content, in: labels) == nil {
                    warnings.append(places.warning("'@\(span.content)' refers to no figure or equation (label one with label=\(span.content) or \\label{\(span.content)})",
                                                   at: span.contentOffset - 1))
                }
            default:
                guard case .success(let formula)? = formulas[i] else { continue }
                for name in formula.references where labels[name] == nil {
                    warnings.append(places.warning("\\eqref{\(name)} refers to no equation (no \\label{\(name)} in this lesson)",
                                                   at: span.contentOffset))
                }
            }
        }
    }

    /// The target of `@name`: a label as written, or an equation's label without `eq-`.
    static func target(of name: String, in labels: [String: Target]) -> Target? {
        if let target = labels[name] { return target }
        if name.hasPrefix("eq-") { return labels[String(name.dropFirst(3))] }
        return nil
    }
}
