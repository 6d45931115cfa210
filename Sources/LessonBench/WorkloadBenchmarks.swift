import Foundation
import Prelude
import Script
import TensorEngine

/// The workloads of bench/workloads, in-process (start-up excluded): each lesson's cells but
/// the last are run once as set-up, then the last cell is timed, warm, `samples` times.
/// `matmulN` multiplies two N×N tensors with the engine directly. bench/run.py runs these
/// interleaved with the PyTorch and NumPy peers and prints medians, minima and maxima.
///
///     LessonBench workload NAME SAMPLES   prints {"name": NAME, "samples_ns": [...]}
enum WorkloadBenchmarks {
    static func run(_ name: String, samples: Int) throws -> [Double] {
        let work: () throws -> Void
        if name.hasPrefix("matmul"), let n = Int(name.dropFirst("matmul".count)) {
            let rng = RandomGenerator(seed: 3)
            let a = try Tensor.randn([n, n], using: rng), b = try Tensor.randn([n, n], using: rng)
            work = { blackHole(try matmul(a, b)) }
        } else {
            let path = "bench/workloads/\(name).md"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let cells = swiftBlocks(text).map { CellSource(code: $0.code, file: path, firstLine: $0.line) }
            guard let timed = cells.last else { throw BenchError("\(path): no swift cells") }
            let session = makeLessonSession(directory: "bench/workloads")
            for cell in cells.dropLast() {
                if let e = session.run(cell, timeout: nil).error { throw BenchError("\(path): \(e)") }
            }
            work = {
                if let e = session.run(timed, timeout: nil).error { throw BenchError("\(path): \(e)") }
            }
        }
        try work()  // warm up: caches, the buffer pool, lazy state
        var times: [Double] = []
        for _ in 0..<samples {
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start))
        }
        return times
    }

    /// The code of each ```swift block and the line of its first code line.
    static func swiftBlocks(_ text: String) -> [(code: String, line: Int)] {
        var blocks: [(String, Int)] = []
        var current: [String]? = nil, start = 0
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if current == nil, line.hasPrefix("```swift") { current = []; start = i + 2 }
            else if current != nil, line.hasPrefix("```") { blocks.append((current!.joined(separator: "\n"), start)); current = nil }
            else if current != nil { current!.append(String(line)) }
        }
        return blocks
    }

    struct BenchError: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }
}
