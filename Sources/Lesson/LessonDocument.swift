import CellProtocol

/// A lesson file split into what the runner and the renderers need: prose kept as the
/// author's exact bytes, and cells with their options and expected output.
/// The document is data; parsing lives in `LessonParser`, rendering in the renderers.
public struct LessonDocument: Sendable {
    /// The file as the user named it (used in diagnostics).
    public var path: String
    /// The file's exact bytes, decoded (the byte-order mark, if any, is in `hasByteOrderMark`).
    public var source: String
    /// True when the file started with a UTF-8 byte-order mark; `--update` keeps it.
    public var hasByteOrderMark: Bool
    /// The blocks, in file order. Concatenating every block's `text` gives `source` back.
    public var blocks: [Block]
    /// Problems found while reading (unknown cell options): warnings with file:line.
    public var warnings: [Diagnostic]

    public init(path: String, source: String, hasByteOrderMark: Bool, blocks: [Block], warnings: [Diagnostic]) {
        self.path = path
        self.source = source
        self.hasByteOrderMark = hasByteOrderMark
        self.blocks = blocks
        self.warnings = warnings
    }

    /// The cells, in order.
    public var cells: [Cell] {
        blocks.compactMap { if case .cell(let c) = $0 { return c } else { return nil } }
    }

    /// The line ending the file uses (its first one; "\n" when it has none), for lines `--update` adds.
    public var lineEnding: String {
        var previous: UInt8 = 0
        for byte in source.utf8 {
            if byte == UInt8(ascii: "\n") { return previous == UInt8(ascii: "\r") ? "\r\n" : "\n" }
            previous = byte
        }
        return "\n"
    }
}

/// A run of the document: prose or a cell. Prose keeps the author's bytes exactly.
public enum Block: Sendable {
    case prose(Prose)
    case cell(Cell)

    /// The block's exact text in the file: prose, or a cell with the blank lines and
    /// ```output block that follow it.
    public var text: String {
        switch self {
        case .prose(let p): return p.text
        case .cell(let c): return c.text + (c.expected.map { $0.separator + $0.text } ?? "")
        }
    }
}

/// Markdown that is not a cell: headings, paragraphs, lists, non-swift code blocks...
public struct Prose: Sendable {
    /// The author's exact text, line endings included.
    public var text: String
    /// The 1-based line where it starts.
    public var firstLine: Int

    public init(text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }
}

/// A ```swift fenced block and, when one follows directly, its ```output block.
public struct Cell: Sendable {
    /// 0-based position among the document's cells.
    public var index: Int
    /// The code, without the fences (and without container indentation).
    public var code: String
    public var options: CellOptions
    /// The cell's exact text in the file, fences included (for the Markdown handout).
    public var text: String
    /// 1-based line of the opening fence.
    public var fenceLine: Int
    /// 1-based line of the first code line.
    public var codeLine: Int
    /// Columns the fence is indented in the file (inside a list item or block quote).
    public var columnOffset: Int
    /// The ```output block that directly follows, if any.
    public var expected: ExpectedOutput?
    /// Byte range of the cell (fence lines included, not its output block) in `source.utf8`.
    public var byteRange: Range<Int> = 0..<0
    /// The opening fence as written: its character repeated (```` ``` ````, `~~~~`).
    public var fence: String = "```"
    /// False when the fence is never closed (the cell then runs to the end of its container).
    public var isClosed: Bool = true
    /// What starts each line inside the cell's container (`> `, spaces for a list item),
    /// so that lines added after the cell stay in the same list item or block quote.
    public var linePrefix: String = ""

    public init(index: Int, code: String, options: CellOptions, text: String, fenceLine: Int,
                codeLine: Int, columnOffset: Int, expected: ExpectedOutput?) {
        self.index = index
        self.code = code
        self.options = options
        self.text = text
        self.fenceLine = fenceLine
        self.codeLine = codeLine
        self.columnOffset = columnOffset
        self.expected = expected
    }
}

/// The options of a cell's info string (LANGUAGE.md §1): ```swift hide timeout=120.
public struct CellOptions: Hashable, Sendable {
    /// Run, but leave the source out of handouts.
    public var hide = false
    /// Show as code; do not run.
    public var norun = false
    /// The cell must fail; its error message becomes its output.
    public var expectError = false
    /// Seconds this cell may run, overriding the runner's `--timeout`.
    public var timeout: Double?
    /// The lecturer's answer to an exercise (`swift solution`): run and shown in the
    /// lecturer's handouts, replaced by a placeholder in the student edition.
    public var solution = false
    /// Hidden asserts that test an exercise (`swift check`): run (source hidden) in the
    /// lecturer's run and by `lesson grade`; left out of the student edition.
    public var check = false
    /// The exercise the cell belongs to (`exercise=NAME`); nil: the nearest heading above it.
    public var exercise: String?
    /// `caption="…"`: the cell's outputs are a numbered figure with this caption (Markdown).
    public var caption: String?
    /// `label=fig-name`: the figure's anchor, which `@fig-name` in prose links to.
    public var label: String?

    public init(hide: Bool = false, norun: Bool = false, expectError: Bool = false, timeout: Double? = nil,
                solution: Bool = false, check: Bool = false, exercise: String? = nil) {
        self.hide = hide
        self.norun = norun
        self.expectError = expectError
        self.timeout = timeout
        self.solution = solution
        self.check = check
        self.exercise = exercise
    }
}

/// A ```output block: what the cell printed when the lesson was last recorded.
public struct ExpectedOutput: Sendable {
    /// The block's content, without the fences.
    public var content: String
    /// The block's exact text in the file, fences included.
    public var text: String
    /// 1-based line of the opening fence (where mismatches are reported).
    public var fenceLine: Int
    /// Byte range of the whole block (fences included) in `LessonDocument.source.utf8`
    /// (after the byte-order mark), for `--update`.
    public var byteRange: Range<Int>
    /// The blank lines between the cell's closing fence and this block, exactly as written.
    public var separator: String

    public init(content: String, text: String, fenceLine: Int, byteRange: Range<Int>, separator: String = "") {
        self.content = content
        self.text = text
        self.fenceLine = fenceLine
        self.byteRange = byteRange
        self.separator = separator
    }
}
