import Script

/// What running a lesson produced: every cell's outcome, in document order.
public struct LessonRun: Sendable {
    public var document: LessonDocument
    /// One result per cell of `document`, same order.
    public var cells: [CellResult]
    /// Seconds for the whole lesson.
    public var duration: Double

    public init(document: LessonDocument, cells: [CellResult], duration: Double) {
        self.document = document
        self.cells = cells
        self.duration = duration
    }

    /// True when any cell failed (an error, or an expect-error cell that did not fail).
    public var failed: Bool { cells.contains { $0.status == .failed } }
}

/// The outcome of one cell.
public struct CellResult: Sendable {
    public enum Status: String, Sendable, Hashable {
        /// Ran to the end (or, for an expect-error cell, failed as it should).
        case passed
        /// Raised an error, or was expected to fail and did not.
        case failed
        /// Not run because an earlier cell failed.
        case notRun
        /// A `norun` cell: shown, never run.
        case skipped
    }

    public var cell: Cell
    public var status: Status
    /// What the cell showed, in order. For an expect-error cell that failed as expected,
    /// the error is here as its last output.
    public var outputs: [CellOutput]
    /// Seconds the cell took (0 when it did not run).
    public var duration: Double
    /// Why the cell failed, when `status == .failed`.
    public var failure: Diagnostic?

    public init(cell: Cell, status: Status, outputs: [CellOutput], duration: Double, failure: Diagnostic?) {
        self.cell = cell
        self.status = status
        self.outputs = outputs
        self.duration = duration
        self.failure = failure
    }
}
