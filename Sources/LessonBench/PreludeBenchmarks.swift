import Foundation
import Prelude
import Script

/// Benchmarks of the Prelude's bindings: lesson code calling the tensor library, to set
/// against the engine's own cost for the same work (`tensor.matmul4x2x5_sigmoid`).
enum PreludeBenchmarks {
    static let iterations = 10_000

    static func all() -> [Benchmark] {
        let session = makeLessonSession(directory: ".")
        _ = session.run(CellSource(code: "let a = Tensor.randn([4, 2])\nlet b = Tensor.randn([2, 5])",
                                   file: "bench", firstLine: 1), timeout: nil)
        let loopCell = CellSource(code: "for _ in 0..<\(iterations) { let y = sigmoid(matmul(a, b)) }",
                                  file: "bench", firstLine: 1)
        let emptyCell = CellSource(code: "for _ in 0..<\(iterations) { let y = 0 }", file: "bench", firstLine: 1)
        return [
            // ns per iteration of `let y = sigmoid(matmul(a, b))` (4x2 · 2x5) in a lesson
            // cell: a cell of 10,000 iterations minus the same loop with an empty body.
            Benchmark(name: "prelude.tensor_small_ops", body: {}, measureOverride: { samples in
                var perIteration: [Double] = []
                for k in 0...samples {
                    let t0 = now()
                    blackHole(session.run(loopCell, timeout: nil))
                    let t1 = now()
                    blackHole(session.run(emptyCell, timeout: nil))
                    let t2 = now()
                    if k > 0 { perIteration.append(max(0, Double(t1 - t0) - Double(t2 - t1)) / Double(iterations)) }
                }
                perIteration.sort()
                return perIteration[perIteration.count / 2]
            }),
        ]
    }
}

private func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
