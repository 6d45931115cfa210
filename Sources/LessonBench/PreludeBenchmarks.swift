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
        _ = session.run(CellSource(code: "let w = Tensor.randn([4, 2], requiresGrad: true)", file: "bench", firstLine: 1), timeout: nil)
        return [
            // ns per iteration of `let y = sigmoid(matmul(a, b))` (4x2 · 2x5) in a lesson
            // cell: a cell of 10,000 iterations minus the same loop with an empty body.
            loop("prelude.tensor_small_ops", "let y = sigmoid(matmul(a, b))", session),
            // A native property read: `w.grad`.
            loop("prelude.tensor_property", "let g = w.grad", session),
            // A native binary operator on small tensors: `a + a` (4x2).
            loop("prelude.tensor_add", "let c = a + a", session),
        ]
    }

    /// ns per iteration of `body` in a cell loop of `iterations`, less the empty loop's.
    static func loop(_ name: String, _ body: String, _ session: CellSession) -> Benchmark {
        let loopCell = CellSource(code: "for _ in 0..<\(iterations) { \(body) }", file: "bench", firstLine: 1)
        let emptyCell = CellSource(code: "for _ in 0..<\(iterations) { let y = 0 }", file: "bench", firstLine: 1)
        return Benchmark(name: name, body: {}, measureOverride: { samples in
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
            })
    }
}

private func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
