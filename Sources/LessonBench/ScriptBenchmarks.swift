import Script

/// Benchmarks of the Script side; bench/run compares them with the peers.
/// `script.scalar_loop_900k` runs the same loop as bench/script/scalar_loop.py (CPython).
enum ScriptBenchmarks {
    static let scalarLoop = """
        var w = 0.0
        let xs = [1.0, 2.0, 3.0]
        let ys = [2.0, 4.0, 6.0]
        for _ in 0..<300000 {
            for i in 0..<3 {
                let grad = 2 * xs[i] * (xs[i] * w - ys[i])
                w = w - 0.001 * grad
            }
        }
        """

    static func all() -> [Benchmark] {
        let loopSession = ScriptSession()
        let callSession = ScriptSession()
        _ = callSession.run(CellSource(code: "func add(_ a: Int, _ b: Int) -> Int { a + b }", file: "bench", firstLine: 1), timeout: nil)
        let calls = 100_000
        let callCell = CellSource(code: "var s = 0\nfor i in 0..<\(calls) { s = add(s, i) }", file: "bench", firstLine: 1)
        let emptyCell = CellSource(code: "var s = 0\nfor i in 0..<\(calls) { s = s + i }", file: "bench", firstLine: 1)
        return [
            Benchmark(name: "script.scalar_loop_900k") {
                blackHole(loopSession.run(CellSource(code: scalarLoop, file: "bench", firstLine: 1), timeout: nil))
            },
            // Per call: a loop of 100,000 calls minus the same loop without the call.
            Benchmark(name: "script.call_2arg") {
                let t0 = DispatchTimeNow()
                blackHole(callSession.run(callCell, timeout: nil))
                let t1 = DispatchTimeNow()
                blackHole(callSession.run(emptyCell, timeout: nil))
                let t2 = DispatchTimeNow()
                callCost = max(0, Double((t1 - t0)) - Double(t2 - t1)) / Double(calls)
            },
        ]
    }
}

import Foundation
private func DispatchTimeNow() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
/// The last measured per-call cost in ns (the Benchmark reports the whole cell's time).
nonisolated(unsafe) var callCost = 0.0
