import Foundation
import CellProtocol

/// Stops a lesson run from another thread: the running cell ends with an error (the
/// session's cooperative check, as for a timeout) and the cells after it are not run.
/// `lesson preview` cancels a run when the lesson changes while it runs.
public final class RunCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var session: CellSession?

    public init() {}

    /// Cancels the run: now if it is running, at its start if it has not begun.
    public func cancel() {
        let running: CellSession? = lock.withLock {
            cancelled = true
            return session
        }
        running?.cancel()
    }

    /// True once `cancel()` was called.
    public var isCancelled: Bool { lock.withLock { cancelled } }

    /// The session the run uses (nil when it ends); a cancel already asked for reaches it at once.
    func attach(_ session: CellSession?) {
        let cancelNow: Bool = lock.withLock {
            self.session = session
            return cancelled
        }
        if cancelNow { session?.cancel() }
    }
}
