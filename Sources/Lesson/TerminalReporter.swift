import Foundation
import CellProtocol

/// What the terminal shows while lessons run. On a terminal: a live line per cell (its
/// number, first line of code and elapsed time), rewritten in place, with a bar while a
/// `progress(...)` loop runs; then the cell's final line. Elsewhere (CI logs, pipes): one
/// plain line per cell. With several lessons at once, one line per lesson instead.
/// Ends with a summary. Writes to standard error; safe to call from several threads.
public final class TerminalReporter {
    /// How much to show.
    public enum Detail {
        /// A line per cell (live on a terminal).
        case cells
        /// A line per lesson (lessons run in parallel).
        case lessons
    }

    public let detail: Detail
    /// True on a terminal: lines are rewritten in place and coloured.
    public let live: Bool
    private let colour: Bool
    /// Under GitHub Actions, lines of lesson text must not read as workflow commands.
    private let githubActions: Bool
    private let write: (String) -> Void
    private let lock = NSLock()

    // The running cell, for the ticker that refreshes its elapsed time.
    private var current: (label: String, cellCount: Int, number: Int, started: UInt64)?
    private var progress: ProgressUpdate?
    private var ticker: DispatchSourceTimer?
    private var cellCounts: [String: Int] = [:]

    // Totals for the summary.
    private var lessons = 0
    private var cells = 0
    private var failedCells = 0
    private var failedLessons = 0
    private var cachedLessons = 0
    /// When set, every lesson's line says whether it ran or came from the run cache, and
    /// the summary counts both.
    public var reportsCache = false
    private let started = DispatchTime.now().uptimeNanoseconds

    /// A reporter on standard error; live when standard error is a terminal.
    public convenience init(detail: Detail) {
        let tty = isatty(2) != 0
        let colour = tty && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        self.init(detail: detail, live: tty && detail == .cells, colour: colour,
                  githubActions: ControlCharacters.githubActions) { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// A reporter that hands its text to `write` (tests capture it this way).
    public init(detail: Detail, live: Bool, colour: Bool, githubActions: Bool = false, write: @escaping (String) -> Void) {
        self.detail = detail
        self.live = live
        self.colour = colour
        self.githubActions = githubActions
        self.write = write
    }

    /// Hooks the reporter into `runner` for the lesson `document`.
    public func attach(to runner: inout LessonRunner, for document: LessonDocument) {
        lock.lock()
        cellCounts[document.path] = document.cells.count
        lock.unlock()
        guard detail == .cells else { return }
        let path = document.path
        // On a terminal the cell lines do not name the lesson: say it once above them.
        if live { emit(paint(safe(path), .dim) + "\n") }
        runner.onCellStart = { [weak self] cell in self?.cellStarted(cell, path: path) }
        runner.onCellEnd = { [weak self] result in self?.cellEnded(result, path: path) }
        runner.onProgress = { [weak self] _, update in self?.progressed(update) }
    }

    /// Warnings found while reading a lesson (unknown cell options...).
    public func warnings(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { emit(paint(safe(d.formatted), .yellow) + "\n") }
    }

    /// A note for the user, on a line of its own.
    public func note(_ text: String) {
        emit(safe(text) + "\n")
    }

    /// Records a finished lesson; with `.lessons` detail, prints its line.
    public func lessonEnded(_ run: LessonRun) {
        let failures = run.failures
        lock.lock()
        lessons += 1
        cells += run.cells.count
        failedCells += failures.count
        if !failures.isEmpty { failedLessons += 1 }
        if run.fromCache { cachedLessons += 1 }
        lock.unlock()
        if detail == .cells && run.fromCache {
            // No cell lines for a lesson that did not run: one line says where its results came from.
            emit("= \(run.document.path)  \(HTMLPages.count(run.cells.count, "cell")), from the cache\n")
        }
        if detail == .lessons {
            let mark = failures.isEmpty ? paint("✓", .green) : paint("✗", .red)
            var line = "\(mark) \(safe(run.document.path))  \(HTMLPages.count(run.cells.count, "cell"))"
            if !failures.isEmpty { line += ", " + paint("\(failures.count) failed", .red) }
            if run.fromCache {
                line += "  from the cache"
            } else if run.wasRun {
                line += "  " + HTMLRenderer.formatDuration(run.duration) + (reportsCache ? "  ran" : "")
            }
            emit(line + "\n")
            for failure in failures { if let d = failure.failure { emit(safe(d.formatted) + "\n") } }
        }
    }

    /// The closing line: lessons, cells, failures, seconds.
    public func summary() {
        lock.lock()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        var line = "\(HTMLPages.count(lessons, "lesson")), \(HTMLPages.count(cells, "cell"))"
        if reportsCache { line += " (\(lessons - cachedLessons) ran, \(cachedLessons) from the cache)" }
        line += failedCells == 0 ? ", no failures" : ", " + paint("\(failedCells) failed", .red)
        if failedLessons > 0 && lessons > 1 { line += " (in \(HTMLPages.count(failedLessons, "lesson")))" }
        line += ", " + String(format: "%.2f s", seconds)
        lock.unlock()
        emit(line + "\n")
    }

    // MARK: Cells

    private func cellStarted(_ cell: Cell, path: String) {
        lock.lock()
        defer { lock.unlock() }
        let count = cellCounts[path] ?? 0
        current = (safe(Self.firstLine(of: cell.code)), count, cell.index + 1, DispatchTime.now().uptimeNanoseconds)
        progress = nil
        guard live else { return }
        drawLiveLine()
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now() + 0.1, repeating: 0.1)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            self.lock.lock()
            self.drawLiveLine()
            self.lock.unlock()
        }
        ticker = timer
        timer.resume()
    }

    private func progressed(_ update: ProgressUpdate) {
        lock.lock()
        progress = update
        lock.unlock()
    }

    private func cellEnded(_ result: CellResult, path: String) {
        lock.lock()
        ticker?.cancel()
        ticker = nil
        let count = cellCounts[path] ?? 0
        current = nil
        progress = nil
        let mark: String
        switch result.status {
        case .passed: mark = paint("✓", .green)
        case .failed: mark = paint("✗", .red)
        case .notRun, .skipped: mark = "-"
        }
        let number = "[\(result.cell.index + 1)/\(count)]"
        let time = HTMLRenderer.formatDuration(result.duration)
        let code = safe(Self.firstLine(of: result.cell.code))
        var line: String
        if live {
            line = "\r\u{1B}[2K\(mark) \(paint(number, .dim)) \(Self.clip(code, Self.columns() - number.count - time.count - 6))  \(paint(time, .dim))\n"
        } else {
            line = "\(mark) \(safe(path)) \(number) \(result.status == .failed ? "failed" : "ok")  \(time)  \(Self.clip(code, 60))\n"
        }
        if result.status == .failed, let d = result.failure {
            line += paint(safe(d.formatted), .red) + "\n"
        }
        lock.unlock()
        emit(line)
    }

    /// Redraws the running cell's line in place (lock held).
    private func drawLiveLine() {
        guard let current else { return }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - current.started) / 1e9
        let number = "[\(current.number)/\(current.cellCount)]"
        let time = String(format: "%.1f s", elapsed)
        var bar = ""
        if let progress, progress.total > 0 {
            let width = 20
            let filled = min(width, progress.completed * width / progress.total)
            bar = " " + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                + " \(progress.completed)/\(progress.total)"
        }
        let room = Self.columns() - number.count - time.count - bar.count - 6
        write("\r\u{1B}[2K\(paint("▸", .cyan)) \(paint(number, .dim)) \(Self.clip(current.label, room))\(bar)  \(paint(time, .dim))")
    }

    private func emit(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        write(text)
    }

    // MARK: Helpers

    /// Lesson text (paths, code, messages) as it may be shown: see `ControlCharacters`. The
    /// reporter's own escape sequences are added after, around it.
    private func safe(_ text: String) -> String {
        ControlCharacters.safeForTerminal(text, githubActions: githubActions)
    }

    private enum Colour: String { case red = "31", green = "32", yellow = "33", cyan = "36", dim = "2" }

    private func paint(_ text: String, _ c: Colour) -> String {
        colour ? "\u{1B}[\(c.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// The first line of code that says something (not blank), trimmed.
    static func firstLine(of code: String) -> String {
        for line in code.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { return trimmed }
        }
        return ""
    }

    /// `text` cut to `width` characters with an ellipsis.
    static func clip(_ text: String, _ width: Int) -> String {
        let width = max(8, width)
        return text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    /// The terminal's width in columns (80 when it cannot be told).
    static func columns() -> Int {
        var size = winsize()
        if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
