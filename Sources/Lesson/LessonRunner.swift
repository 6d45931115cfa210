import Foundation
import CellProtocol

/// Makes the session a lesson runs in, given the lesson's folder (where `loadCSV` may
/// read). The runner knows sessions only by this protocol: the tool hands in the
/// language's (`Prelude.lessonSessionFactory`), tests hand in stand-ins.
public typealias SessionFactory = (_ lessonDirectory: String) -> CellSession

/// Runs a lesson's cells in order in one session (DESIGN.md, "How a lesson flows").
public struct LessonRunner {
    /// Seconds a cell may run when neither the cell nor the caller says otherwise.
    public static let defaultTimeout: Double = 60
    /// The longest a cell may be given (one day): longer than any CI job runs, and small
    /// enough that every timeout is a finite deadline on the monotonic clock. `--timeout`
    /// beyond it is refused; a cell's `timeout=N` beyond it is clamped with a warning.
    public static let maximumTimeout: Double = 86_400

    /// Seconds each cell may run unless its `timeout=N` option says otherwise.
    public var timeout: Double?
    /// Keep running after a failed cell instead of marking the rest "not run".
    public var allowErrors: Bool
    /// Bytes each lesson's session may hold (`--memory-limit`); nil for the default.
    public var memoryLimit: Int?
    /// Called when a cell starts and when it ends, for the terminal's live lines.
    public var onCellStart: ((Cell) -> Void)?
    public var onCellEnd: ((CellResult) -> Void)?
    /// Called as a running cell's `progress(...)` loop advances (installed as the
    /// session's `progressHandler` for the run, and removed after).
    public var onProgress: ((Cell, ProgressUpdate) -> Void)?
    /// Earlier results to reuse when nothing that decides them changed; nil to always run.
    public var cache: RunCache?
    /// Stops the run from another thread (`lesson preview`, when the lesson changes).
    public var cancellation: RunCancellation?

    public init(timeout: Double? = LessonRunner.defaultTimeout, allowErrors: Bool = false) {
        // Every command that runs lessons makes a runner first: a good moment to stop the
        // BLAS threads spinning since the process started.
        BLASThreadPool.quiet
        self.timeout = timeout
        self.allowErrors = allowErrors
    }

    /// Runs `document` in a fresh session from `makeSession` (or takes its results from the cache).
    public func run(_ document: LessonDocument, makeSession: SessionFactory) -> LessonRun {
        let options = RunCache.Options(timeout: timeout, allowErrors: allowErrors, memoryLimit: memoryLimit)
        if let cache, let cached = cache.lookup(document, options: options) { return cached }
        let folder = (document.path as NSString).deletingLastPathComponent
        let session = makeSession(folder.isEmpty ? "." : folder)
        let started = Date()
        let run = run(document, in: session)
        if let cache, !(cancellation?.isCancelled ?? false) {
            cache.store(run, options: options, filesRead: session.filesRead, startedAt: started)
        }
        return run
    }

    /// Runs every cell of `document` in `session`, which must be fresh for this lesson.
    public func run(_ document: LessonDocument, in session: CellSession) -> LessonRun {
        let start = DispatchTime.now().uptimeNanoseconds
        if let memoryLimit { session.memoryLimit = memoryLimit }
        var results: [CellResult] = []
        var stopped = false
        cancellation?.attach(session)
        defer { cancellation?.attach(nil) }
        for cell in document.cells {
            if cancellation?.isCancelled ?? false { stopped = true }
            if cell.options.norun {
                results.append(CellResult(cell: cell, status: .skipped, outputs: [], duration: 0, failure: nil))
                continue
            }
            if stopped {
                results.append(CellResult(cell: cell, status: .notRun, outputs: [], duration: 0, failure: nil))
                continue
            }
            onCellStart?(cell)
            let source = CellSource(code: cell.code, file: document.path, firstLine: cell.codeLine,
                                    columnOffset: cell.columnOffset)
            if let onProgress { session.progressHandler = { onProgress(cell, $0) } }
            let ran = session.run(source, timeout: cell.options.timeout ?? timeout)
            if onProgress != nil { session.progressHandler = nil }
            let result = Self.judge(cell, ran, file: document.path)
            results.append(result)
            onCellEnd?(result)
            if result.status == .failed && !allowErrors { stopped = true }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return LessonRun(document: document, cells: results, duration: seconds)
    }

    /// Decides a cell's status from its run and its `expect-error` option.
    static func judge(_ cell: Cell, _ ran: CellRun, file: String) -> CellResult {
        switch (ran.error, cell.options.expectError) {
        case (nil, false), (_?, true):
            return CellResult(cell: cell, status: .passed, outputs: ran.outputs, duration: ran.duration, failure: nil)
        case (let error?, false):
            return CellResult(cell: cell, status: .failed, outputs: ran.outputs, duration: ran.duration, failure: error)
        case (nil, true):
            let failure = Diagnostic(.error, "this cell is marked expect-error but ran without an error",
                                     file: file, location: SourceLocation(line: cell.fenceLine, column: 1))
            return CellResult(cell: cell, status: .failed, outputs: ran.outputs + [.error(failure)],
                              duration: ran.duration, failure: failure)
        }
    }
}
