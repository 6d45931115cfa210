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
        let loopCell = CellSource(code: scalarLoop, file: "bench", firstLine: 1)
        let callSession = ScriptSession()
        _ = callSession.run(CellSource(code: "func add(_ a: Int, _ b: Int) -> Int { a + b }", file: "bench", firstLine: 1), timeout: nil)
        let calls = 100_000
        let callCell = CellSource(code: "var s = 0\nfor i in 0..<\(calls) { s = add(s, i) }", file: "bench", firstLine: 1)
        let emptyCell = CellSource(code: "var s = 0\nfor i in 0..<\(calls) { s = s + i }", file: "bench", firstLine: 1)
        // Growing collections in a loop (bench/script/collections_peers.py does the same in
        // CPython): amortised O(1) per append or insert, as in Swift.
        let collectionSession = ScriptSession()
        let appendCell = CellSource(code: "var rows: [Int] = []\nfor i in 0..<1_000_000 { rows.append(i) }", file: "bench", firstLine: 1)
        let insertCell = CellSource(code: "var d: [Int: Int] = [:]\nfor i in 0..<100_000 { d[i] = i }", file: "bench", firstLine: 1)
        return [
            // The whole cell (1,000,000 appends), in ns.
            Benchmark(name: "script.append_1m") {
                blackHole(collectionSession.run(appendCell, timeout: nil))
            },
            // The whole cell (100,000 inserts of new keys), in ns.
            Benchmark(name: "script.dict_insert_100k") {
                blackHole(collectionSession.run(insertCell, timeout: nil))
            },
            // The whole cell (900,000 iterations), in ns.
            Benchmark(name: "script.scalar_loop_900k") {
                blackHole(loopSession.run(loopCell, timeout: nil))
            },
            // ns per call: a cell of 100,000 calls minus the same loop without the call,
            // divided by 100,000; the median over the samples.
            Benchmark(name: "script.call_2arg", body: {}, measureOverride: { samples in
                var perCall: [Double] = []
                for k in 0...samples {
                    let t0 = now()
                    blackHole(callSession.run(callCell, timeout: nil))
                    let t1 = now()
                    blackHole(callSession.run(emptyCell, timeout: nil))
                    let t2 = now()
                    if k > 0 { perCall.append(max(0, Double(t1 - t0) - Double(t2 - t1)) / Double(calls)) }  // k == 0 warms up
                }
                perCall.sort()
                return perCall[perCall.count / 2]
            }),
        ]
    }
}

import Foundation
private func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
