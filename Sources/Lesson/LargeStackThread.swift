import Foundation

/// Runs work on a Foundation thread with a large stack: the interpreter walks syntax trees
/// recursively, and a lesson's deep recursion must end in the language's own depth-limit
/// error, not in a stack overflow of the main thread's 8 MB.
public enum LargeStackThread {
    /// Bytes of stack each lesson thread gets.
    public static let stackSize = 512 << 20

    /// Runs `body` on a new thread with a `stackSize` stack and waits for its result.
    public static func run<T>(_ body: @escaping () -> T) -> T {
        let box = Shared<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()  // the semaphore orders the write before this read
        return box.value!
    }

    /// Runs `body(i)` for every `i` in `0..<count` on `jobs` large-stack threads at once;
    /// each thread takes the next index when it is done with one. Returns when all are done.
    public static func forEach(_ count: Int, jobs: Int, _ body: @escaping (Int) -> Void) {
        let workers = max(1, min(jobs, count))
        let lock = NSLock()
        let next = Shared(0)
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while true {
                    lock.lock()
                    let i = next.value
                    next.value += 1
                    lock.unlock()
                    if i >= count { break }
                    body(i)
                }
                group.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        group.wait()
    }

    /// A value threads hand to one another; callers order access (lock or semaphore).
    private final class Shared<T>: @unchecked Sendable {
        var value: T
        init(_ value: T) { self.value = value }
    }
}
