import CellProtocol

/// What `lesson check` found in one lesson.
public struct LessonCheckResult: Sendable {
    /// The lesson file as the user named it.
    public var path: String
    /// One entry per cell, in document order.
    public var cells: [CellCheck]
    /// Warnings from reading the lesson (unknown cell options).
    public var warnings: [Diagnostic]
    /// Seconds the lesson took to run.
    public var duration: Double
    /// True when `--update` rewrote the file.
    public var updated = false
    /// True when the results came from the run cache instead of a run.
    public var fromCache = false
    /// Set when `--update` could not write the file (the command then exits 2).
    public var writeError: Diagnostic?

    public init(path: String, cells: [CellCheck], warnings: [Diagnostic], duration: Double) {
        self.path = path
        self.cells = cells
        self.warnings = warnings
        self.duration = duration
    }

    /// True when any cell failed.
    public var failed: Bool { cells.contains { $0.outcome == .failed } }

    /// The cells that failed.
    public var failures: [CellCheck] { cells.filter { $0.outcome == .failed } }
}

/// How one cell fared under `lesson check`.
public struct CellCheck: Sendable {
    public enum Outcome: String, Sendable {
        /// Ran as it should and its output matched its block (or it has none).
        case passed
        /// Errored, did not fail as `expect-error` asked, or printed something else.
        case failed
        /// A `norun` cell.
        case skipped
        /// Not run because an earlier cell failed.
        case notRun
    }

    public var cell: Cell
    public var outcome: Outcome
    /// The plain text the cell's output block would record.
    public var actual: String
    public var duration: Double
    /// Why it failed, when it did.
    public var failure: CheckFailure?

    public init(cell: Cell, outcome: Outcome, actual: String, duration: Double, failure: CheckFailure?) {
        self.cell = cell
        self.outcome = outcome
        self.actual = actual
        self.duration = duration
        self.failure = failure
    }
}

/// A cell's failure as `lesson check` reports it.
public struct CheckFailure: Sendable {
    /// The line the report points at: the output block's fence for a mismatch, the
    /// error's line otherwise.
    public var line: Int
    /// `path:line: error: output differs`, or the cell error's headline.
    public var headline: String
    /// One line for JUnit and GitHub annotations ("output differs", the error's message).
    public var message: String
    /// The full report: the headline with the error's source line and caret, or the diff.
    public var details: String
    /// The unified diff, for a mismatch.
    public var diff: String?

    public init(line: Int, headline: String, message: String, details: String, diff: String?) {
        self.line = line
        self.headline = headline
        self.message = message
        self.details = details
        self.diff = diff
    }
}
