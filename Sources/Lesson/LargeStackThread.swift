import Foundation

/// Runs work on a Foundation thread with a large stack: the interpreter walks syntax trees
/// recursively, and a lesson's deep recursion must end in the language's own depth-limit
/// error, not in a stack overflow of the main thread's 8 MB. (Several lessons at once:
/// `CheckJobs.run`, which gives each worker the same stack.)
public enum LargeStackThread {
    /// Runs `body` on a new thread with a `CheckJobs.stackSize` stack and waits for its result.
    public static func run<T>(_ body: @escaping () -> T) -> T {
        var result: T?
        CheckJobs.run(count: 1, jobs: 1, work: { _ in body() }, deliver: { _, value in result = value })
        return result!
    }
}
