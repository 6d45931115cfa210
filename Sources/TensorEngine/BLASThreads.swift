import CBLAS
import Foundation

/// How many threads OpenBLAS uses, decided once per process and explained here.
///
/// The setting is read once, at the first product: `LESSON_THREADS`, else OpenBLAS's own
/// `OPENBLAS_NUM_THREADS`, else automatic. `setBLASThreads(_:)` overrides it at run time.
///
/// - A fixed count (from the environment or `setBLASThreads`) is given to OpenBLAS once and
///   never changed per product; OpenBLAS itself runs small products on the calling thread.
/// - Automatic: products below `parallelThreshold` multiply-adds run on one thread, larger ones
///   on every core (NumPy and PyTorch use every core from much smaller sizes). The count changes only when a product
///   crosses the threshold, and OpenBLAS's worker pool is started once and then kept: changing
///   the count of a running pool only sets a number. The earlier policy stopped the pool after
///   every large product (its idle workers spin for ~0.1 s), which cost one thread creation
///   per product: 133 of them for 128 products of 256×256, the slowest size (1.2-1.7x
///   PyTorch); a spinning worker costs less than that, and only while nothing else runs.
///
/// Measured on the 2-core machine of bench/RESULTS.md (shared with other jobs): 1024³ runs up
/// to 1.6x faster on two threads when the machine is quiet, but a product that takes a few
/// milliseconds on one thread gains little and, when the cores are busy, waits for a
/// descheduled worker: the char-LSTM workload (products of 26M-105M multiply-adds) took
/// 1.16 s with its large products on two threads against 0.34 s on one, and PyTorch on two
/// threads ran a 256³ product 50x slower than on one. So automatic threading starts at 2^27
/// (512³, ~10 ms on one core), where the second core's gain outweighs a scheduling delay.
enum BLASThreads {
    /// m·n·k at or above which an automatic policy uses every core.
    static let parallelThreshold = 1 << 27

    /// The count from the environment, nil for automatic.
    static let fromEnvironment: Int? = {
        let env = ProcessInfo.processInfo.environment
        for key in ["LESSON_THREADS", "OPENBLAS_NUM_THREADS"] {
            if let text = env[key], let n = Int(text.trimmingCharacters(in: .whitespaces)), n > 0 { return n }
        }
        return nil
    }()

    /// Every core this process may use.
    static let cores = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// The fixed count (environment or `setBLASThreads`), nil for automatic.
    nonisolated(unsafe) static var fixed: Int? = fromEnvironment
    /// The count OpenBLAS was last given (0: not yet).
    nonisolated(unsafe) static var current = 0

    /// Sets OpenBLAS's thread count for a product of `multiplyAdds`, if it must change.
    @inline(__always)
    static func prepare(multiplyAdds: Int) {
        let wanted = fixed ?? (multiplyAdds >= parallelThreshold ? cores : 1)
        if wanted != current {
            if current == 0 { BLASCore.checked }   // before the first product: the kernel set
            openblas_set_num_threads(Int32(wanted))
            current = wanted
        }
    }

    /// Fixes the count for every later product.
    static func set(_ n: Int) {
        let threads = Swift.max(1, n)
        fixed = threads
        BLASCore.checked
        openblas_set_num_threads(Int32(threads))
        current = threads
    }

    /// The count a product of `multiplyAdds` would run on (for tests and benchmarks).
    static func threads(forMultiplyAdds multiplyAdds: Int) -> Int {
        fixed ?? (multiplyAdds >= parallelThreshold ? cores : 1)
    }
}
