import Foundation

/// Element-wise and reduction kernels on several cores for large tensors: the one place that
/// decides when a kernel is split and into how many pieces.
///
/// - Threads: the same setting as the matrix products (`BLASThreads`): `LESSON_THREADS`, else
///   `OPENBLAS_NUM_THREADS`, else `setBLASThreads(_:)`, else every core. So `LESSON_THREADS=1`
///   makes the whole engine single-threaded, and a laptop with 8-16 cores gets them all.
/// - Size: a kernel is split only from `minimumElements` elements, and each piece gets at
///   least `minimumElements / 2`: below that, waking a worker (GCD's `concurrentPerform`, a
///   few microseconds, more when the machine is busy) costs more than the second core saves
///   on a memory-bound loop. Measured on the 2-core machine of bench/RESULTS.md (`LessonBench
///   tensor.parallel`, one thread against two): see the numbers there.
/// - Results do not depend on the thread count: element-wise kernels compute each element
///   alone, and sums add fixed blocks (`sumBlock`) in a fixed order whatever the split.
public enum ParallelKernels {
    /// Elements from which a kernel runs on several threads (settable for benchmarks).
    nonisolated(unsafe) public static var minimumElements = 1 << 18

    /// Threads for element-wise work: the engine's one thread setting (see the type's comment).
    static var threads: Int { BLASThreads.fixed ?? BLASThreads.cores }

    /// How many pieces a kernel over `n` elements runs in (1: on the calling thread alone).
    @inline(__always)
    static func pieces(_ n: Int) -> Int {
        guard n >= minimumElements else { return 1 }
        let t = threads
        return t <= 1 ? 1 : Swift.min(t, n / Swift.max(1, minimumElements / 2))
    }

    /// Calls `body(range)` on contiguous pieces covering `0..<n`, in parallel when `n` is large
    /// (the calling thread runs one piece). Piece boundaries are multiples of 64 elements, so
    /// two threads never write to the same cache line.
    @inline(__always)
    static func forEachRange(_ n: Int, _ body: (Range<Int>) -> Void) {
        let k = pieces(n)
        if k <= 1 { body(0..<n); return }
        let size = ((n + k - 1) / k + 63) & ~63
        DispatchQueue.concurrentPerform(iterations: k) { c in
            let lo = c * size, hi = Swift.min(n, lo + size)
            if lo < hi { body(lo..<hi) }
        }
    }

    /// Elements per block of a parallel sum: each block is summed alone (eight lanes, as
    /// `sumContiguous`), then the block sums are added in order, so the result is the same on
    /// any number of threads.
    static let sumBlock = 1 << 16

    /// The sum of `n` contiguous floats; large arrays in blocks, on several threads.
    static func sum(_ p: UnsafePointer<Float>, _ n: Int) -> Float {
        guard n > sumBlock else { return sumContiguous(p, n) }
        let blocks = (n + sumBlock - 1) / sumBlock
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: blocks) { partial in
            let base = partial.baseAddress!
            let perPiece = (blocks + Swift.max(1, pieces(n)) - 1) / Swift.max(1, pieces(n))
            let k = (blocks + perPiece - 1) / perPiece
            func run(_ c: Int) {
                for b in (c * perPiece)..<Swift.min(blocks, (c + 1) * perPiece) {
                    base[b] = sumContiguous(p + b * sumBlock, Swift.min(sumBlock, n - b * sumBlock))
                }
            }
            if k <= 1 { run(0) } else { DispatchQueue.concurrentPerform(iterations: k, execute: run) }
            var s: Float = 0
            for b in 0..<blocks { s += base[b] }
            return s
        }
    }
}
