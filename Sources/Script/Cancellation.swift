import Atomics
import Foundation

/// A request from another thread that a session's running cell stop: `lesson preview`
/// cancels a run when the lesson changes under it. It raises the running cell's stop flag
/// (the one its watchdog raises at a timeout), which the interpreter reads at every loop
/// back-edge and call; once raised it stays raised, so later cells stop at once.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    /// The running cell's stop flag; each cell gets a fresh one.
    private var stop: ManagedAtomic<UInt8>?

    public init() {}

    /// Asks the running cell (and every later one) to stop.
    public func cancel() {
        lock.withLock {
            raised = true
            stop?.raise(.cancelled)
        }
    }

    /// Makes `flag` the running cell's stop flag, raised at once when the session was cancelled.
    func attach(_ flag: ManagedAtomic<UInt8>) {
        lock.withLock {
            stop = flag
            if raised { flag.raise(.cancelled) }
        }
    }

    /// True once `cancel()` has been called.
    public var isCancelled: Bool { lock.withLock { raised } }
}

/// The message of the error a cancelled cell ends with.
public let cancelledMessage = "cell cancelled: the lesson changed while it ran"

extension CellSession {
    /// Sessions that cannot be cancelled ignore the request.
    public func cancel() {}
    /// Sessions that read no files report none.
    public var filesRead: [String] { [] }
}

extension ScriptSession {
    public func cancel() { context.cancellation.cancel() }
    public var filesRead: [String] { context.filesRead }
}

extension NativeContext {
    /// Notes that the lesson asked for `path` (relative to its folder), whether or not it
    /// exists, so a cache can tell when the lesson's data changed (issue 17).
    public func recordRead(_ path: String) {
        if !filesRead.contains(path) { filesRead.append(path) }
    }
}
