import Foundation

/// A lesson cut into slides, ready for the `slides` page template.
public struct SlideDeck: Sendable {
    /// The text of the lesson's first heading (the file name when it has none).
    public var title: String
    public var slides: [Slide]
    public var cellCount: Int
    public var failureCount: Int
    public var duration: Double
    public var wasRun: Bool
}

/// One slide: its body as HTML, and its speaker notes as HTML (empty when it has none).
public struct Slide: Sendable {
    public var html: String
    public var notes: String
    /// True for a slide that a `#` heading starts: the lesson's title slide.
    public var isTitle: Bool
}

/// Cuts a run lesson into slides (`lesson run --format slides`, `lesson build --slides`).
/// A `#` heading starts a title slide, a `##` heading a new slide, and a thematic break
/// (`---`) a new slide without a heading; deeper headings stay on their slide. Cells and
/// their outputs sit on the slide where they stand, rendered by `HTMLRenderer` exactly as
/// in the handout. Speaker notes (`SpeakerNotes`) go to the slide they are written on.
public struct SlideRenderer {
    public var options: RenderOptions

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    public func render(_ run: LessonRun) -> SlideDeck {
        var slides: [Slide] = []
        var current = Slide(html: "", notes: "", isTitle: false)
        var notesMarkdown = ""
        var slugs = SlugSet()
        var headings: [MarkdownHTML.Heading] = []
        let references = Self.referenceDefinitions(in: run.document)
        let cellRenderer = HTMLRenderer(options: options)
        var charts = ChartSVG.PageCharts()

        func finishSlide() {
            if !notesMarkdown.isEmpty {
                current.notes = MarkdownHTML.renderFragment(notesMarkdown, unsafeHTML: options.unsafeHTML)
            }
            if !current.html.allSatisfy(\.isWhitespace) || !current.notes.isEmpty { slides.append(current) }
            current = Slide(html: "", notes: "", isTitle: false)
            notesMarkdown = ""
        }
        func appendMarkdown(_ text: String) {
            guard !text.allSatisfy(\.isWhitespace) else { return }
            let markdown = references.isEmpty ? text : text + "\n\n" + references
            current.html += ProseHTML.piece(markdown, unsafeHTML: options.unsafeHTML, slugs: &slugs, headings: &headings)
        }

        for block in run.walk {
            switch block {
            case .prose(let prose):
                for segment in SpeakerNotes.segments(of: prose.text) {
                    if segment.isNotes {
                        notesMarkdown += segment.text
                        if !notesMarkdown.hasSuffix("\n") { notesMarkdown += "\n" }
                        continue
                    }
                    for piece in Self.pieces(of: segment.text) {
                        switch piece.starts {
                        case .heading(let level)? :
                            finishSlide()
                            current.isTitle = level == 1
                        case .thematicBreak?:
                            finishSlide()
                        case nil:
                            break
                        }
                        appendMarkdown(piece.text)
                    }
                }
            case .cell(let walked):
                cellRenderer.appendCell(walked, charts: &charts, slugs: &slugs, to: &current.html)
            }
        }
        finishSlide()
        let title = headings.first?.text ?? HTMLRenderer.fileTitle(run.document.path)
        return SlideDeck(title: title, slides: slides, cellCount: run.cells.count,
                         failureCount: run.cells.filter { $0.status == .failed }.count,
                         duration: run.duration, wasRun: run.wasRun)
    }

    /// Where a piece of prose begins a new slide.
    enum Break: Equatable {
        case heading(level: Int)
        case thematicBreak
    }

    /// Link reference definitions (`[name]: url`) from all prose: each slide's prose is
    /// rendered alone, so a link may use a definition written on another slide.
    static func referenceDefinitions(in document: LessonDocument) -> String {
        var lines: [Substring] = []
        for case .prose(let prose) in document.blocks where prose.text.contains("]:") {
            for line in prose.text.split(separator: "\n", omittingEmptySubsequences: true) {
                let trimmed = line.drop { $0 == " " }
                if line.count - trimmed.count <= 3, trimmed.hasPrefix("["), !trimmed.hasPrefix("[^"),
                   let close = trimmed.firstIndex(of: "]"),
                   trimmed[trimmed.index(after: close)...].hasPrefix(":") {
                    lines.append(line)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Prose cut before every `#`/`##` heading and around every thematic break (whose
    /// own line is dropped); each piece says whether it starts a slide.
    static func pieces(of text: String) -> [(starts: Break?, text: String)] {
        let blocks = MarkdownBlocks(text).blocks
        guard blocks.contains(where: { Self.breakKind($0.kind) != nil }) else { return [(nil, text)] }
        let lines = MarkdownBlocks.lines(of: text)
        var pieces: [(Break?, String)] = []
        var start = 0
        var starts: Break?
        for (i, block) in blocks.enumerated() {
            guard let kind = Self.breakKind(block.kind) else { continue }
            let line = min(max(block.startLine - 1, start), lines.count)
            pieces.append((starts, lines[start..<line].joined()))
            starts = kind
            if kind == .thematicBreak {
                // The rule itself is not shown: the next piece starts at the next block.
                start = i + 1 < blocks.count ? min(blocks[i + 1].startLine - 1, lines.count) : lines.count
            } else {
                start = line
            }
        }
        pieces.append((starts, lines[start..<lines.count].joined()))
        return pieces.filter { $0.0 != nil || !$0.1.allSatisfy(\.isWhitespace) }
    }

    static func breakKind(_ kind: MarkdownBlocks.Kind) -> Break? {
        switch kind {
        case .heading(let level, _) where level <= 2: return .heading(level: level)
        case .thematicBreak: return .thematicBreak
        default: return nil
        }
    }
}

/// The handout format `slides`: the lesson's slide deck, `NAME.slides.html`.
extension SlideRenderer: HandoutRenderer {
    public static let format = HandoutFormat.slides
    public static let fileSuffix = ".slides.html"

    public static func files(for run: LessonRun, in context: HandoutContext) -> [HandoutFile] {
        let deck = SlideRenderer(options: context.pages.options).render(run)
        return [HandoutFile(fileName: context.name + fileSuffix, text: context.pages.slideDeck(deck, run: run))]
    }
}

extension HandoutFormat {
    public static let slides = HandoutFormat("slides")
}
