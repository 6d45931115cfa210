/// Exercises in a lesson (LANGUAGE.md §1): which exercise each cell belongs to, and the
/// solution regions inside a cell's code.
///
/// A cell belongs to the exercise its `exercise=NAME` option names, else to the nearest
/// heading above it (its text, as in "Exercise 1: the mean"). `lesson grade` matches a
/// lesson's check cells to a student's copy by these names.
public enum Exercises {
    /// The line that takes a solution's place in the student edition.
    public static let placeholder = "// your code here"

    /// For each cell of `document` (by index), the exercise it belongs to; nil for a cell
    /// above every heading that names none.
    public static func names(in document: LessonDocument) -> [String?] {
        var names: [String?] = []
        var heading: String?
        for block in document.blocks {
            switch block {
            case .prose(let prose):
                for case .heading(_, let text) in MarkdownBlocks(prose.text).blocks.map(\.kind) { heading = text }
            case .cell(let cell):
                names.append(cell.options.exercise ?? heading)
            }
        }
        return names
    }

    /// For each heading text of `document`, how many cells come before it: where a section
    /// with that heading starts among the cells (the first such heading wins).
    public static func headingPositions(in document: LessonDocument) -> [String: Int] {
        var positions: [String: Int] = [:]
        var cells = 0
        for block in document.blocks {
            switch block {
            case .prose(let prose):
                for case .heading(_, let text) in MarkdownBlocks(prose.text).blocks.map(\.kind)
                where positions[text] == nil {
                    positions[text] = cells
                }
            case .cell:
                cells += 1
            }
        }
        return positions
    }

    /// `code` with every region between a `// BEGIN SOLUTION` line and an `// END SOLUTION`
    /// line (markers included) replaced by one `// your code here` line at the region's
    /// indentation; nil when the code has no region. A region left open runs to the end.
    public static func removingSolutionRegions(_ code: String) -> String? {
        guard code.contains("BEGIN SOLUTION") else { return nil }
        var out = ""
        var inRegion = false
        var found = false
        for line in MarkdownBlocks.lines(of: code) {
            switch marker(line) {
            case .begin? where !inRegion:
                inRegion = true
                found = true
                let indent = line.prefix { $0 == " " || $0 == "\t" }
                out += indent + placeholder + "\n"
            case .end? where inRegion:
                inRegion = false
            default:
                if !inRegion { out += line }
            }
        }
        return found ? out : nil
    }

    enum RegionMarker { case begin, end }

    /// `// BEGIN SOLUTION` or `// END SOLUTION` alone on a line (nbgrader's markers).
    static func marker(_ line: Substring) -> RegionMarker? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        guard words.count == 3, words[0] == "//", words[2] == "SOLUTION" else { return nil }
        switch words[1] {
        case "BEGIN": return .begin
        case "END": return .end
        default: return nil
        }
    }
}
