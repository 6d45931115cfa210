import Atomics
import Foundation

/// The one thread that stops cells from the outside: it raises a running cell's stop flag
/// when the cell's time is up, or when the process has grown past what the running cells'
/// memory budgets allow.
///
/// Why a thread of our own: a timer on Dispatch's global queue was seen to fire tens of
/// seconds late, or not at all, on a loaded machine while a cell allocated in a loop
/// (`String(repeating:count:)` a million times): Dispatch starts its worker threads on its
/// own schedule. A thread that sleeps on a condition until the earliest deadline wakes on
/// time whatever the cell does.
///
/// Why it also watches memory: the session's budget is checked where one allocation is
/// large (an array, a string, a tensor), but a dictionary, a linked list of instances or a
/// million small strings grow by many small allocations. Every `sampleInterval` while a
/// cell runs, the process's resident size is read (`/proc/self/statm`, a few microseconds)
/// and compared with the size the process had when the running sessions began plus their
/// budgets plus `slack` (the tool's own memory: rendering, caches). A cell stops with the
/// memory error within one interval of passing it.
final class Watchdog: @unchecked Sendable {
    /// The process's watchdog, started on first use.
    static let shared = Watchdog()

    /// How often memory is sampled while a cell runs.
    static let sampleInterval = 0.05
    /// Memory the tool itself may use beyond the running cells' budgets.
    static let slack = 256 << 20

    private struct Watch {
        let deadline: UInt64?
        let memoryLimit: Int
        let baseline: Int
        let flag: ManagedAtomic<UInt8>
    }

    private let condition = NSCondition()
    private var watches: [Int: Watch] = [:]
    private var nextToken = 0
    private var threadStarted = false

    private init() {}

    /// Watches a cell: raises `flag` (timeout) after `timeout` seconds, or (memory) when
    /// the process grows past `baseline` (its resident size when the cell's session began)
    /// by more than the budgets. Returns a token for `disarm`. A timeout that is nil, not
    /// finite or too long to schedule (over 1e9 s) is no timeout.
    func arm(timeout: Double?, memoryLimit: Int, baseline: Int, flag: ManagedAtomic<UInt8>) -> Int {
        var deadline: UInt64?
        if let timeout, timeout.isFinite, timeout < 1e9 {
            deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, timeout) * 1e9)
        }
        condition.lock()
        defer { condition.unlock() }
        if !threadStarted {
            threadStarted = true
            do {
                try StackThread.start(stackSize: StackThread.minimumStackSize) { _ in self.watch() }
            } catch {
                // No thread: fall back to Dispatch's timer, which works on an idle machine.
                threadStarted = false
                if let timeout, deadline != nil {
                    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                        flag.raise(.timeout)
                    }
                }
            }
        }
        let token = nextToken
        nextToken += 1
        watches[token] = Watch(deadline: deadline, memoryLimit: memoryLimit, baseline: baseline, flag: flag)
        condition.signal()
        return token
    }

    /// Stops watching the cell of `token` (it finished).
    func disarm(_ token: Int) {
        condition.lock()
        watches[token] = nil
        condition.unlock()
    }

    /// The watchdog thread: sleeps until the earliest deadline or the next memory sample.
    private func watch() {
        condition.lock()
        while true {
            if watches.isEmpty {
                condition.wait()
                continue
            }
            let now = DispatchTime.now().uptimeNanoseconds
            var wake = now + UInt64(Watchdog.sampleInterval * 1e9)
            var budget = (watches.values.map(\.baseline).max() ?? 0) + Watchdog.slack
            for watch in watches.values {
                budget = budget.addingReportingOverflow(watch.memoryLimit).overflow ? Int.max : budget + watch.memoryLimit
                guard let deadline = watch.deadline else { continue }
                if deadline <= now {
                    watch.flag.raise(.timeout)
                } else {
                    wake = min(wake, deadline)
                }
            }
            if let resident = Watchdog.residentBytes(), resident > budget {
                for watch in watches.values {
                    watch.flag.raise(.memory)
                }
            }
            let seconds = Double(wake - min(wake, DispatchTime.now().uptimeNanoseconds)) / 1e9
            _ = condition.wait(until: Date(timeIntervalSinceNow: seconds))
        }
    }

    /// The process's resident set size in bytes, or nil where /proc is not there.
    static func residentBytes() -> Int? {
        let fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        // "size resident shared text lib data dt", in pages.
        let fields = buffer[..<n].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
