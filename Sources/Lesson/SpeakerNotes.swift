/// Speaker notes: Markdown between an `<!-- notes -->` line and an `<!-- /notes -->` line
/// (LANGUAGE.md §1). Slides show them in the speaker view; handouts and the student edition
/// leave them out. The markers are HTML comments, so the Markdown still reads well as plain
/// text and on GitHub. Only markers at the top level of prose count (cmark finds them, so a
/// marker inside a code block is just text); notes end at their closing marker, else at the
/// end of the prose (the next cell).
enum SpeakerNotes {
    /// A run of prose: the handout's text, or notes.
    struct Segment: Equatable {
        var text: String
        var isNotes: Bool
    }

    /// `text` cut into handout text and notes, in order (marker lines dropped).
    static func segments(of text: String) -> [Segment] {
        guard text.contains("<!--") else { return [Segment(text: text, isNotes: false)] }
        let lines = MarkdownBlocks.lines(of: text)
        return regions(of: text, lines: lines).map { Segment(text: lines[$0.lines].joined(), isNotes: $0.isNotes) }
    }

    /// The prose as one document of a page shows it: notes and their marker lines replaced by
    /// empty lines, so that every other line keeps its number (diagnostics point at the file).
    static func handoutTextKeepingLines(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        let lines = MarkdownBlocks.lines(of: text)
        var kept = Array(repeating: false, count: lines.count)
        for region in regions(of: text, lines: lines) where !region.isNotes {
            for i in region.lines { kept[i] = true }
        }
        return lines.indices.map { i -> Substring in
            if kept[i] { return lines[i] }
            return lines[i].last?.isNewline == true ? "\n" : ""
        }.joined()
    }

    /// The 0-based line ranges of handout text and of notes, in order (marker lines in neither).
    private static func regions(of text: String, lines: [Substring]) -> [(lines: Range<Int>, isNotes: Bool)] {
        let blocks = MarkdownBlocks(text).blocks
        var regions: [(lines: Range<Int>, isNotes: Bool)] = []
        func add(_ range: Range<Int>, notes: Bool) {
            let range = range.clamped(to: 0..<lines.count)
            guard !range.isEmpty else { return }
            regions.append((range, notes))
        }
        var handoutStart = 0      // 0-based line where the current handout run starts
        var notesStart: Int?      // 0-based line after the open marker, inside notes
        for (i, block) in blocks.enumerated() {
            guard case .html(let literal) = block.kind, let marker = Self.marker(literal) else { continue }
            let line = block.startLine - 1
            let nextStart = i + 1 < blocks.count ? blocks[i + 1].startLine - 1 : lines.count
            if marker == .open, notesStart == nil {
                add(handoutStart..<line, notes: false)
                notesStart = line + 1
            } else if marker == .close, let start = notesStart {
                add(start..<line, notes: true)
                notesStart = nil
                handoutStart = nextStart
            }
        }
        if let start = notesStart {
            add(start..<lines.count, notes: true)
        } else {
            add(handoutStart..<lines.count, notes: false)
        }
        return regions
    }

    /// The prose as handouts show it: without its speaker notes.
    static func handoutText(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        return segments(of: text).filter { !$0.isNotes }.map(\.text).joined()
    }

    enum Marker { case open, close }

    /// `<!-- notes -->` opens, `<!-- /notes -->` closes (spacing and case do not matter).
    static func marker(_ literal: String) -> Marker? {
        let squeezed = String(literal.lowercased().filter { !$0.isWhitespace })
        switch squeezed {
        case "<!--notes-->": return .open
        case "<!--/notes-->": return .close
        default: return nil
        }
    }
}
