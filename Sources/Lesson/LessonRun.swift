import CellProtocol

/// What running a lesson produced: every cell's outcome, in document order.
public struct LessonRun: Sendable {
    public var document: LessonDocument
    /// One result per cell of `document`, same order.
    public var cells: [CellResult]
    /// Seconds for the whole lesson.
    public var duration: Double
    /// False when the lesson was rendered without running it (no session to run it in):
    /// every cell is then `.skipped` and shows its code only.
    public var wasRun: Bool
    /// True when the results came from the run cache instead of a run (issue 17).
    public var fromCache = false

    public init(document: LessonDocument, cells: [CellResult], duration: Double, wasRun: Bool = true) {
        self.document = document
        self.cells = cells
        self.duration = duration
        self.wasRun = wasRun
    }

    /// The document with no cell run: what a handout shows when there is no session.
    public static func notRun(_ document: LessonDocument) -> LessonRun {
        let cells = document.cells.map {
            CellResult(cell: $0, status: .skipped, outputs: [], duration: 0, failure: nil)
        }
        return LessonRun(document: document, cells: cells, duration: 0, wasRun: false)
    }

    /// The failed cells' results, in order.
    public var failures: [CellResult] { cells.filter { $0.status == .failed } }

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
        /// A `norun` cell (shown, never run), or any cell of a lesson rendered without running.
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
