import Foundation
import CellProtocol

/// Runs one lesson and judges each cell against its ```output block (issue 7); with
/// `update`, writes the new outputs into the file instead of comparing them.
public struct LessonChecker {
    /// Relative tolerance for numbers (`--rtol`).
    public var rtol: Double
    /// Rewrite the output blocks instead of comparing (`--update`).
    public var update: Bool
    /// Seconds a cell may run unless its `timeout=N` says otherwise.
    public var timeout: Double?
    /// Earlier results to reuse when nothing that decides them changed; nil to always run.
    public var cache: RunCache?

    public init(rtol: Double = OutputComparison.defaultRelativeTolerance, update: Bool = false,
                timeout: Double? = LessonRunner.defaultTimeout) {
        self.rtol = rtol
        self.update = update
        self.timeout = timeout
    }

    /// Checks `document`. `makeSession` is called (on the calling thread) only when the
    /// lesson has a cell to run; the session must be fresh.
    public func check(_ document: LessonDocument, makeSession: () -> CellSession) -> LessonCheckResult {
        let run: LessonRun
        if document.cells.contains(where: { !$0.options.norun }) {
            var runner = LessonRunner(timeout: timeout)
            runner.cache = cache
            run = runner.run(document, makeSession: { _ in makeSession() })
        } else {
            run = LessonRun(document: document, cells: document.cells.map {
                CellResult(cell: $0, status: .skipped, outputs: [], duration: 0, failure: nil)
            }, duration: 0)
        }
        var result = LessonCheckResult(path: document.path, cells: run.cells.map { judge($0, path: document.path) },
                                       warnings: document.warnings, duration: run.duration)
        result.fromCache = run.fromCache
        if update {
            let updated = LessonUpdater.updatedSource(document, outputs: Self.recordedOutputs(result.cells))
            if updated != document.source {
                let bom: [UInt8] = document.hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
                do {
                    try AtomicFile.write(bom + Array(updated.utf8), to: document.path)
                    result.updated = true
                } catch let error as Diagnostic {
                    result.writeError = error
                } catch {
                    result.writeError = Diagnostic(.error, "\(error)", file: document.path)
                }
            }
        }
        return result
    }

    /// What `--update` records: the output of every cell that ran as it should (judged
    /// with `update`, so without comparing); failed, skipped and not-run cells keep theirs.
    static func recordedOutputs(_ cells: [CellCheck]) -> [Int: String] {
        var outputs: [Int: String] = [:]
        for check in cells where check.outcome == .passed { outputs[check.cell.index] = check.actual }
        return outputs
    }

    /// One cell's verdict: the runner's status, then (when it ran) its output against its block.
    func judge(_ ran: CellResult, path: String) -> CellCheck {
        let cell = ran.cell
        let actual = PlainOutput.text(of: ran.outputs)
        switch ran.status {
        case .skipped:
            return CellCheck(cell: cell, outcome: .skipped, actual: "", duration: 0, failure: nil)
        case .notRun:
            return CellCheck(cell: cell, outcome: .notRun, actual: "", duration: 0, failure: nil)
        case .failed:
            let d = ran.failure ?? Diagnostic(.error, "the cell failed", file: path,
                                              location: SourceLocation(line: cell.fenceLine, column: 1))
            let failure = CheckFailure(line: d.location?.line ?? cell.fenceLine, headline: d.headline,
                                       message: d.message, details: d.formatted, diff: nil)
            return CellCheck(cell: cell, outcome: .failed, actual: actual, duration: ran.duration, failure: failure)
        case .passed:
            guard !update, let expected = cell.expected,
                  !OutputComparison.matches(expected: expected.content, actual: actual, rtol: rtol) else {
                return CellCheck(cell: cell, outcome: .passed, actual: actual, duration: ran.duration, failure: nil)
            }
            let diff = OutputDiff.unified(expected: expected.content, actual: actual, rtol: rtol)
            let headline = "\(path):\(expected.fenceLine): error: output differs"
            let failure = CheckFailure(line: expected.fenceLine, headline: headline, message: "output differs",
                                       details: headline + "\n" + diff, diff: diff)
            return CellCheck(cell: cell, outcome: .failed, actual: actual, duration: ran.duration, failure: failure)
        }
    }
}
