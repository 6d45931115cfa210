/// One lesson's interpreter state: cells run in order and share globals, functions,
/// classes and the random generator (seeded with 0 when the session starts).
///
/// The runner in `Lesson` only talks to this protocol; `Prelude.makeLessonSession`
/// makes the real one, with the tensor library and charts bound in.
public protocol CellSession: AnyObject {
    /// Parses, resolves and compiles the cell, then runs it. Never throws and never
    /// crashes: a failure is the last output of the returned run.
    /// - Parameter timeout: seconds the cell may run; nil for no limit.
    func run(_ cell: CellSource, timeout: Double?) -> CellRun

    /// Called as `progress(...)` advances through a loop, for a live bar on a terminal.
    var progressHandler: ((ProgressUpdate) -> Void)? { get set }

    /// Asks the running cell to stop, from any thread (it ends with an error); later cells
    /// stop at once. For `lesson preview`, when the lesson changes while it runs.
    func cancel()

    /// The files the session's lesson asked to read so far, relative to its folder.
    var filesRead: [String] { get }

    /// Bytes the session's values may hold (`--memory-limit`); a session without a
    /// budget ignores it.
    var memoryLimit: Int { get set }
}

extension CellSession {
    public var memoryLimit: Int {
        get { defaultSessionMemoryLimit }
        set {}
    }
}

/// How far a loop wrapped in `progress(_:)` has come.
public struct ProgressUpdate: Sendable, Hashable {
    public var completed: Int
    public var total: Int

    public init(completed: Int, total: Int) {
        self.completed = completed
        self.total = total
    }
}

/// Bytes a session's values may hold unless `--memory-limit` says otherwise (4 GB).
public let defaultSessionMemoryLimit = 4 << 30
