import Foundation
import CellProtocol

/// Runs independent jobs (one per lesson) on `jobs` threads and hands their results back
/// in job order on the calling thread, each as soon as it and every job before it are done,
/// so a lesson's report is printed whole and reports come out in name order.
///
/// Each worker is a thread with a large stack (`StackThread`: a smaller one where the
/// address space is limited): the interpreter compiles syntax trees to closures and deep
/// recursion in a lesson recurses on the native stack. When no worker can start at all,
/// the jobs run on the calling thread (each cell still gets a thread of its own from
/// `ScriptSession`, or a clear error), so the command never waits for a thread that
/// never came.
public enum CheckJobs {
    /// Stack size for each worker thread (virtual memory; pages are only used when touched).
    public static let stackSize = 512 << 20

    /// Calls `work(i)` for every i in 0..<count on up to `jobs` threads, and `deliver(i, result)`
    /// on the calling thread in increasing i.
    public static func run<T>(count: Int, jobs: Int, stackSize: Int = CheckJobs.stackSize,
                              work: @escaping (Int) -> T, deliver: (Int, T) -> Void) {
        guard count > 0 else { return }
        let state = State<T>(count: count)
        var started = 0
        for _ in 0..<max(1, min(jobs, count)) {
            do {
                try StackThread.start(stackSize: stackSize) { _ in
                    while let i = state.take() {
                        let result = work(i)
                        state.finish(i, result)
                    }
                }
                started += 1
            } catch {
                break
            }
        }
        if started == 0 {
            while let i = state.take() { state.finish(i, work(i)) }
        }
        for i in 0..<count { deliver(i, state.wait(for: i)) }
    }

    /// The shared queue and result slots, guarded by one condition.
    private final class State<T>: @unchecked Sendable {
        private let condition = NSCondition()
        private var next = 0
        private let count: Int
        private var results: [T?]

        init(count: Int) {
            self.count = count
            results = Array(repeating: nil, count: count)
        }

        func take() -> Int? {
            condition.lock(); defer { condition.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func finish(_ i: Int, _ result: T) {
            condition.lock()
            results[i] = result
            condition.broadcast()
            condition.unlock()
        }

        func wait(for i: Int) -> T {
            condition.lock(); defer { condition.unlock() }
            while results[i] == nil { condition.wait() }
            let result = results[i]!
            results[i] = nil
            return result
        }
    }
}
