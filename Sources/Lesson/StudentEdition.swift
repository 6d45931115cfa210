/// The student edition of a run lesson (`--student`): the exercise sheet made from the
/// lecturer's copy. The lesson runs in full (solutions and checks included, so later cells
/// have what they need); then, before any renderer sees it:
///
/// - a `swift solution` cell becomes a placeholder cell holding `// your code here`, with
///   no output (and no recorded ```output block);
/// - in any other cell, each `// BEGIN SOLUTION` … `// END SOLUTION` region becomes a
///   `// your code here` line, and the cell's outputs are dropped (they came from the answer);
/// - `swift check` cells are left out altogether, and the cells are numbered again, so no
///   gap hints at them;
/// - speaker notes are left out.
///
/// Every renderer (HTML, Markdown, slides) then works from the result, so none of them can
/// show what the edition removed.
extension LessonRun {
    public func studentEdition() -> LessonRun {
        var blocks: [Block] = []
        var results: [CellResult] = []
        var resultsByIndex: [Int: CellResult] = [:]
        for result in cells { resultsByIndex[result.cell.index] = result }
        var index = 0
        for block in document.blocks {
            switch block {
            case .prose(var prose):
                prose.text = SpeakerNotes.handoutText(prose.text)
                blocks.append(.prose(prose))
            case .cell(let original):
                guard !original.options.check else { continue }
                var cell = original
                var result = resultsByIndex[original.index]
                    ?? CellResult(cell: original, status: .skipped, outputs: [], duration: 0, failure: nil)
                if original.options.solution {
                    cell = Self.rewritten(original, code: Exercises.placeholder + "\n")
                } else if let code = Exercises.removingSolutionRegions(original.code) {
                    cell = Self.rewritten(original, code: code)
                }
                cell.index = index
                if cell.code != original.code || original.options.solution {
                    result.outputs = []
                    result.failure = nil
                    if result.status == .failed { result.status = .passed }
                }
                result.cell = cell
                blocks.append(.cell(cell))
                results.append(result)
                index += 1
            }
        }
        let source = blocks.map(\.text).joined()
        let edition = LessonDocument(path: document.path, source: source, hasByteOrderMark: document.hasByteOrderMark,
                                     blocks: blocks, warnings: document.warnings)
        return LessonRun(document: edition, cells: results, duration: duration, wasRun: wasRun)
    }

    /// `cell` holding `code` instead: its fenced text rebuilt in the same container, the
    /// `solution` option dropped from its info string, its ```output block gone.
    static func rewritten(_ cell: Cell, code: String) -> Cell {
        var cell = cell
        let lines = MarkdownBlocks.lines(of: cell.text)
        var text = lines.first.map { Self.droppingWord("solution", from: String($0)) } ?? (cell.fence + "swift\n")
        if !text.hasSuffix("\n") { text += "\n" }
        for line in MarkdownBlocks.lines(of: code) {
            text += line.allSatisfy(\.isNewline) ? String(cell.linePrefix.reversed().drop { $0 == " " }.reversed()) : cell.linePrefix
            text += line
            if !line.hasSuffix("\n") { text += "\n" }
        }
        if cell.isClosed, lines.count > 1, let closing = lines.last { text += closing }
        cell.text = text
        cell.code = code
        cell.options.solution = false
        cell.expected = nil
        return cell
    }

    /// The fence line with `word` (a whole word of its info string) removed.
    static func droppingWord(_ word: String, from line: String) -> String {
        var parts: [Substring] = []
        var rest = line[...]
        var ending = ""
        if rest.hasSuffix("\r\n") { ending = "\r\n"; rest = rest.dropLast() } else if rest.hasSuffix("\n") { ending = "\n"; rest = rest.dropLast() }
        // Keep the spacing as written: split on spaces and drop the word with the space before it.
        parts = rest.split(separator: " ", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        for (i, part) in parts.enumerated() where !(i > 0 && part == word) { kept.append(part) }
        return kept.joined(separator: " ") + ending
    }
}
