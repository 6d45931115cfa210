#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A caching allocator for tensor storage, in the spirit of PyTorch's CPU caching allocator:
/// a freed buffer goes to a free list of its size class and the next tensor of that class
/// takes it, so a training loop in its steady state asks the system for no memory at all.
///
/// Why: every op makes a fresh output, and glibc serves buffers of 128 KiB or more with
/// mmap/munmap, so each iteration of a 1M-element chain faulted in ~14 MB of fresh pages
/// (38% of its time in the kernel). Size classes are powers of two (at most 2x the request,
/// as in PyTorch's `roundup_power2_divisions` default), so a step whose sizes vary a little
/// still reuses its buffers. Idle buffers are capped at `idleLimitBytes`; beyond that a freed
/// buffer goes back to the system.
///
/// Thread-safe (one mutex; uncontended it costs ~20 ns a pair, small against an op).
public enum BufferPool {
    /// The most bytes idle buffers may hold before freed ones are returned to the system.
    public static let idleLimitBytes = 512 << 20

    private struct State {
        /// Free buffers by size class (class c holds 2^c floats).
        var free: [[UnsafeMutablePointer<Float>]] = Array(repeating: [], count: 64)
        var idleBytes = 0
        var fresh = 0
        var reused = 0
    }

    nonisolated(unsafe) private static var state = State()
    private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        return m
    }()

    /// The size class of `count` floats: the smallest c with 2^c >= count.
    @inline(__always)
    static func sizeClass(_ count: Int) -> Int {
        count <= 1 ? 0 : Int.bitWidth - (count - 1).leadingZeroBitCount
    }

    /// A buffer of at least `count` floats (uninitialised).
    @inline(__always)
    static func allocate(_ count: Int) -> UnsafeMutablePointer<Float> {
        let c = sizeClass(count)
        pthread_mutex_lock(lock)
        if let p = state.free[c].popLast() {
            state.idleBytes -= 4 << c
            state.reused += 1
            pthread_mutex_unlock(lock)
            return p
        }
        state.fresh += 1
        pthread_mutex_unlock(lock)
        return UnsafeMutablePointer<Float>.allocate(capacity: 1 << c)
    }

    /// Returns a buffer that `allocate(count)` gave out.
    @inline(__always)
    static func release(_ p: UnsafeMutablePointer<Float>, count: Int) {
        let c = sizeClass(count)
        pthread_mutex_lock(lock)
        if state.idleBytes + (4 << c) <= idleLimitBytes {
            state.free[c].append(p)
            state.idleBytes += 4 << c
            pthread_mutex_unlock(lock)
            return
        }
        pthread_mutex_unlock(lock)
        p.deallocate()
    }

    /// How many buffers have come from the system (not from the free lists) so far: a training
    /// step in its steady state should not add to it.
    public static var freshAllocations: Int {
        pthread_mutex_lock(lock); defer { pthread_mutex_unlock(lock) }
        return state.fresh
    }

    /// How many buffers were served from the free lists so far.
    public static var reusedAllocations: Int {
        pthread_mutex_lock(lock); defer { pthread_mutex_unlock(lock) }
        return state.reused
    }

    /// Bytes held by idle buffers.
    public static var idleBytes: Int {
        pthread_mutex_lock(lock); defer { pthread_mutex_unlock(lock) }
        return state.idleBytes
    }

    /// Returns every idle buffer to the system (for a host that wants its memory back).
    public static func trim() {
        pthread_mutex_lock(lock)
        let lists = state.free
        state.free = Array(repeating: [], count: 64)
        state.idleBytes = 0
        pthread_mutex_unlock(lock)
        for list in lists { for p in list { p.deallocate() } }
    }
}
