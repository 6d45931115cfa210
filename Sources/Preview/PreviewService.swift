import Foundation
import Lesson
import CellProtocol
import ServiceLifecycle

/// Watches the lessons and the data files they read, runs a lesson again when it changes
/// (debounced), cancels a run that an edit made stale, and tells the pages. One lesson
/// runs at a time, on its own thread; the server goes on whatever a lesson does.
final class PreviewService: Service, @unchecked Sendable {
    let configuration: PreviewConfiguration
    let site: PreviewSite
    let hub: EventHub
    /// How often the files are looked at, and how long they must stay unchanged before a run.
    let pollInterval: Duration = .milliseconds(100)
    let debounce: TimeInterval = 0.2

    private let lock = NSLock()
    private var current: RunCancellation?
    private var stopping = false

    init(configuration: PreviewConfiguration, site: PreviewSite, hub: EventHub) {
        self.configuration = configuration
        self.site = site
        self.hub = hub
    }

    /// What one look at the files found for a lesson that is waiting for its debounce.
    private struct Pending {
        var fingerprint: FileFingerprint
        var since: Date
    }

    /// A run in progress on its thread; `outcome` is set when it ends.
    private final class Job: @unchecked Sendable {
        let path: String
        let cancellation = RunCancellation()
        private let lock = NSLock()
        private var result: RunOutcome?

        init(path: String) { self.path = path }

        var outcome: RunOutcome? {
            get { lock.withLock { result } }
            set { lock.withLock { result = newValue } }
        }
    }

    func run() async throws {
        await withGracefulShutdownHandler {
            await self.watch()
        } onGracefulShutdown: {
            self.stop()
        }
    }

    /// Ends the watch loop, the running lesson and the event streams.
    func stop() {
        let running: RunCancellation? = lock.withLock {
            stopping = true
            return current
        }
        running?.cancel()
        hub.close()
    }

    private var isStopping: Bool { lock.withLock { stopping } }

    private func watch() async {
        var seen: [String: FileFingerprint] = [:]
        var pending: [String: Pending] = [:]
        var dataFiles: [String: [String]] = [:]
        var queue: [String] = []
        var job: Job?
        var lastHeartbeat = Date()

        while !isStopping && !Task.isCancelled {
            let lessons = configuration.lessonPaths()
            await site.setLessons(lessons)
            let now = Date()
            for path in lessons {
                let fingerprint = FileFingerprint(lessonPath: path, dataFiles: dataFiles[path] ?? [])
                if fingerprint == seen[path] {
                    pending[path] = nil
                    continue
                }
                if pending[path]?.fingerprint != fingerprint {
                    // A change: the run of the older version is of no use any more.
                    pending[path] = Pending(fingerprint: fingerprint, since: now)
                    if let job, job.path == path, seen[path] != nil { job.cancellation.cancel() }
                } else if now.timeIntervalSince(pending[path]!.since) >= debounce {
                    seen[path] = fingerprint
                    pending[path] = nil
                    if !queue.contains(path) { queue.append(path) }
                }
            }
            queue.removeAll { !lessons.contains($0) }

            if let running = job, let outcome = running.outcome {
                job = nil
                let path = running.path
                if !running.cancellation.isCancelled {
                    let files = outcome.filesRead.map { (LessonInputsFolder.of(path) as NSString).appendingPathComponent($0) }
                    dataFiles[path] = files
                    var after = FileFingerprint(lessonPath: path, dataFiles: files)
                    // Data changed while it ran: run it again rather than trust these results.
                    if after.dataModified(since: outcome.started) { after.lesson = nil }
                    if seen[path]?.lesson == outcome.lessonHash { seen[path] = after }
                    await publish(outcome, path: path)
                }
            }
            if job == nil, !isStopping, let next = queue.first {
                queue.removeFirst()
                job = start(next)
            }

            if now.timeIntervalSince(lastHeartbeat) > 10 {
                hub.heartbeat()
                lastHeartbeat = now
            }
            try? await Task.sleep(for: pollInterval)
        }
        job?.cancellation.cancel()
    }

    /// What running a lesson gave.
    struct RunOutcome: Sendable {
        var run: LessonRun?
        var problem: Diagnostic?
        var filesRead: [String]
        var started: Date
        /// The lesson text's hash as it ran.
        var lessonHash: String?
    }

    private func start(_ path: String) -> Job {
        let job = Job(path: path)
        lock.withLock { current = job.cancellation }
        let configuration = self.configuration
        let hub = self.hub
        let name = HandoutWriter.name(of: path)
        let thread = Thread {
            job.outcome = Self.runLesson(path, name: name, configuration: configuration,
                                         cancellation: job.cancellation, hub: hub)
        }
        thread.stackSize = 16 << 20
        thread.start()
        return job
    }

    /// Reads and runs the lesson on the calling thread, telling the pages which cell runs.
    private static func runLesson(_ path: String, name: String, configuration: PreviewConfiguration,
                                  cancellation: RunCancellation, hub: EventHub) -> RunOutcome {
        let started = Date()
        let hash = ContentHash.sha256(file: path)
        let document: LessonDocument
        do {
            document = try LessonParser.read(path: path)
        } catch let d as Diagnostic {
            return RunOutcome(run: nil, problem: d, filesRead: [], started: started, lessonHash: hash)
        } catch {
            return RunOutcome(run: nil, problem: Diagnostic(.error, "\(error)", file: path), filesRead: [],
                              started: started, lessonHash: hash)
        }
        var runner = LessonRunner(timeout: configuration.timeout, allowErrors: configuration.allowErrors)
        runner.cancellation = cancellation
        let cellCount = document.cells.count
        runner.onCellStart = { cell in
            hub.publish("running", EventJSON.object([("lesson", name), ("cell", cell.index + 1),
                                                     ("cells", cellCount), ("line", cell.codeLine)]))
        }
        var session: CellSession?
        let makeSession = configuration.makeSession
        let run = runner.run(document) { folder in
            let made = makeSession(folder)
            session = made
            return made
        }
        return RunOutcome(run: run, problem: nil, filesRead: session?.filesRead ?? [], started: started, lessonHash: hash)
    }

    /// Shows a finished run: the page's new version, a reload event, a line in the terminal.
    private func publish(_ outcome: RunOutcome, path: String) async {
        let version = await site.finished(path, run: outcome.run, problem: outcome.problem)
        let name = HandoutWriter.name(of: path)
        hub.publish("reload", EventJSON.object([("lesson", name), ("version", version)]))
        if let problem = outcome.problem {
            configuration.log(problem.formatted)
        } else if let run = outcome.run {
            let failures = run.failures
            let time = String(format: "%.2f s", run.duration)
            if failures.isEmpty {
                configuration.log("ran \(path): \(run.cells.count) cells, no failures (\(time))")
            } else {
                configuration.log("ran \(path): \(failures.count) of \(run.cells.count) cells failed (\(time))")
                for failure in failures { if let d = failure.failure { configuration.log(d.formatted) } }
            }
        }
    }
}

/// The folder a lesson reads its data from.
enum LessonInputsFolder {
    static func of(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
