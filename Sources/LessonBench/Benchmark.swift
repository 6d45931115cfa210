import Foundation

/// One micro-benchmark: a name and a body run many times; we report the median per run.
struct Benchmark {
    let name: String
    /// Runs the measured work once per call.
    let body: () -> Void
    /// Calls per sample; raise it for work that takes well under a microsecond.
    var innerLoops = 1
    /// For a benchmark whose number is not "time of one body run" (a difference of two
    /// timings, say): given the sample count, returns the median itself.
    var measureOverride: ((Int) -> Double)? = nil

    /// Median nanoseconds per call over `samples` samples.
    func measure(samples: Int = 15) -> Double {
        if let measureOverride { return measureOverride(samples) }
        body()  // warm up caches and lazy state
        var times: [Double] = []
        for _ in 0..<samples {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<innerLoops { body() }
            let end = DispatchTime.now().uptimeNanoseconds
            times.append(Double(end - start) / Double(innerLoops))
        }
        times.sort()
        return times[times.count / 2]
    }
}

/// Keeps the optimiser from removing work whose result is otherwise unused.
@inline(never) func blackHole<T>(_ x: T) { _ = x }
