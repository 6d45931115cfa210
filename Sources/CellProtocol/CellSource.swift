/// The code of one cell and where it sits in its lesson file, so that diagnostics point
/// at the Markdown line and column rather than at the cell's own.
public struct CellSource: Hashable, Sendable {
    /// The cell's code, as cmark-gfm hands it over (fence and container indentation removed).
    public var code: String
    /// The lesson file as the user named it, for diagnostics.
    public var file: String
    /// The Markdown line (1-based) of the cell's first code line.
    public var firstLine: Int
    /// Columns the code is shifted right in the file (a cell inside a list item or block
    /// quote); added to every column a diagnostic reports.
    public var columnOffset: Int

    public init(code: String, file: String, firstLine: Int, columnOffset: Int = 0) {
        self.code = code
        self.file = file
        self.firstLine = firstLine
        self.columnOffset = columnOffset
    }
}

/// The result of running one cell.
public struct CellRun: Sendable {
    /// Everything the cell showed, in order; ends with `.error` when it failed.
    public var outputs: [CellOutput]
    /// Wall-clock seconds spent parsing, compiling and running the cell.
    public var duration: Double

    public init(outputs: [CellOutput], duration: Double) {
        self.outputs = outputs
        self.duration = duration
    }

    /// The error that ended the cell, if it failed.
    public var error: Diagnostic? {
        if case .error(let d)? = outputs.last { return d }
        return nil
    }
}
