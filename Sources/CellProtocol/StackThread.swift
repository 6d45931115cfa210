import Foundation

/// Threads with a large stack that report when they cannot start.
///
/// The interpreter compiles syntax trees to closures, so deep (but bounded) recursion in a
/// lesson recurses on the native stack; cells run on threads with a 512 MB stack (virtual
/// memory: pages are used only when touched). Where the address space is limited
/// (`ulimit -v 1G`) such a thread cannot start, and Foundation's `Thread.start()` would
/// fail silently, leaving its waiter blocked forever. Here a refused size is retried at
/// half the size, down to `minimumStackSize`, and the caller learns the size it got (to
/// scale the recursion limits to it) or that no thread could start at all.
public enum StackThread {
    /// The stack every cell asks for first.
    public static let preferredStackSize = 512 << 20
    /// The smallest stack worth running a cell on.
    public static let minimumStackSize = 16 << 20

    /// Why no thread could be started.
    public struct StartError: Error, CustomStringConvertible {
        public let code: Int32
        public var description: String {
            "could not start a thread to run the cell (\(String(cString: strerror(code))), even with a \(minimumStackSize >> 20) MB stack)"
        }
    }

    /// Starts `body` on a new detached thread, with a stack of `stackSize` bytes or, when
    /// that is refused, the largest smaller power-of-two share of it down to
    /// `minimumStackSize`; `body` receives the size it got.
    public static func start(stackSize: Int = preferredStackSize, _ body: @escaping (Int) -> Void) throws {
        var size = stackSize
        while true {
            let rc = spawn(size, body)
            if rc == 0 { return }
            if size / 2 < minimumStackSize { throw StartError(code: rc) }
            size /= 2
        }
    }

    /// Runs `body` on a new thread (as `start`) and waits for it to finish.
    public static func run<T>(stackSize: Int = preferredStackSize, _ body: @escaping (Int) -> T) throws -> T {
        let done = DispatchSemaphore(value: 0)
        var result: T?
        try start(stackSize: stackSize) { size in
            result = body(size)
            done.signal()
        }
        done.wait()
        return result!
    }

    private final class Job {
        let body: (Int) -> Void
        let size: Int
        init(_ body: @escaping (Int) -> Void, _ size: Int) {
            self.body = body
            self.size = size
        }
    }

    /// pthread_create with the given stack size, detached; its result code.
    private static func spawn(_ size: Int, _ body: @escaping (Int) -> Void) -> Int32 {
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, size)
        pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
        let job = Unmanaged.passRetained(Job(body, size))
        #if canImport(Glibc) || canImport(Musl)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let rc = pthread_create(&thread, &attr, { raw in
            let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
            job.body(job.size)
            return nil
        }, job.toOpaque())
        if rc != 0 { job.release() }
        return rc
    }
}
