import Foundation

/// Limits that tensor computations obey, installed per thread by whoever runs them (a
/// lesson session installs its own on the thread that runs each cell). The engine knows
/// nothing of why they are set: it polls `shouldStop` between bounded pieces of long
/// kernels, and counts large tensors' storage against `memoryLimit`.
public final class ComputeLimits: @unchecked Sendable {
    /// True when the computation must stop. A kernel that sees it returns early, leaving
    /// its result unfinished: the caller, who raised it, reports why and discards the work.
    public let shouldStop: () -> Bool
    /// Called when an allocation that cannot fail has taken storage past `memoryLimit`
    /// (the caller should stop the computation).
    public let overBudget: () -> Void
    /// Bytes of tensor storage that may be alive at once (tensors of at least
    /// `ComputeLimits.countedBytes` are counted; smaller ones cost too little to matter).
    public let memoryLimit: Int

    private let lock = NSLock()
    private var used = 0

    public init(memoryLimit: Int, shouldStop: @escaping () -> Bool = { false }, overBudget: @escaping () -> Void = {}) {
        self.memoryLimit = memoryLimit
        self.shouldStop = shouldStop
        self.overBudget = overBudget
    }

    /// Tensors of this many bytes or more count against the budget.
    static let countedBytes = 1 << 16

    /// Bytes of counted tensor storage alive now.
    public var memoryInUse: Int {
        lock.lock(); defer { lock.unlock() }
        return used
    }

    /// Counts `bytes` of new storage; calls `overBudget` when they pass the limit.
    func charge(_ bytes: Int) {
        lock.lock()
        used += bytes
        let over = used > memoryLimit
        lock.unlock()
        if over { overBudget() }
    }

    /// Gives back the storage of a freed tensor (on any thread).
    func refund(_ bytes: Int) {
        lock.lock()
        used -= bytes
        lock.unlock()
    }

    /// Throws when a new tensor of `count` elements would pass the budget.
    func check(count: Int, shape: [Int], op: String) throws {
        let bytes = count &* MemoryLayout<Float>.stride
        guard bytes >= ComputeLimits.countedBytes else { return }
        let inUse = memoryInUse
        if inUse + bytes > memoryLimit {
            throw TensorError(.tooLarge, "\(op): a tensor of shape \(shapeText(shape)) needs \(megabytes(bytes)), and the tensors alive hold \(megabytes(inUse)) of the \(megabytes(memoryLimit)) memory budget")
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        bytes >= 10 << 20 ? "\(bytes >> 20) MB" : String(format: "%.1f MB", Double(bytes) / 1048576)
    }

    // MARK: The calling thread's limits

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            #if canImport(Glibc) || canImport(Musl)
            if let raw { Unmanaged<ComputeLimits>.fromOpaque(raw).release() }
            #else
            Unmanaged<ComputeLimits>.fromOpaque(raw).release()
            #endif
        }
        return key
    }()

    /// The limits installed on the calling thread, or nil.
    public static var current: ComputeLimits? {
        get {
            guard let raw = pthread_getspecific(key) else { return nil }
            return Unmanaged<ComputeLimits>.fromOpaque(raw).takeUnretainedValue()
        }
        set {
            let old = pthread_getspecific(key)
            pthread_setspecific(key, newValue.map { Unmanaged.passRetained($0).toOpaque() })
            if let old { Unmanaged<ComputeLimits>.fromOpaque(old).release() }
        }
    }
}
