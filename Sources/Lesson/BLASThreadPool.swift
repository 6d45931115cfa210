import Foundation

/// OpenBLAS (pthreads build) starts a pool of worker threads when it is loaded, before
/// `main`, and each worker spins (`sched_yield`) for ~0.1-0.3 s waiting for work. Lessons
/// multiply small matrices on one thread (TensorEngine's `MatmulKernel`), so for a short
/// run the spinning workers only steal a core: on a shared 2-core machine they made
/// `lesson run` of a 60 ms lesson take 100 ms. Stopping the pool is safe at any time
/// (OpenBLAS does it itself before a `fork`) and it comes back by itself when a product
/// is big enough to use threads.
enum BLASThreadPool {
    /// Stops OpenBLAS's idle workers once per process; a no-op with a BLAS without them.
    static let quiet: Void = {
        typealias Shutdown = @convention(c) () -> Int32
        // RTLD_DEFAULT: every library loaded into the process.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "blas_thread_shutdown_") else { return }
        _ = unsafeBitCast(symbol, to: Shutdown.self)()
    }()
}
