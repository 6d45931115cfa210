import Foundation

// lesson-bench [FILTER]: runs the Swift side of bench/ and prints one JSON line per
// benchmark ({"name": ..., "median_ns": ...}). bench/run puts these beside the peers'.
// lesson-bench workload NAME SAMPLES: one workload of bench/workloads (WorkloadBenchmarks).
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "workload", arguments.count == 3, let samples = Int(arguments[2]) {
    do {
        let times = try WorkloadBenchmarks.run(arguments[1], samples: samples)
        print("{\"name\": \"\(arguments[1])\", \"samples_ns\": [\(times.map { String(Int($0)) }.joined(separator: ", "))]}")
        exit(0)
    } catch {
        FileHandle.standardError.write("workload \(arguments[1]): \(error)\n".data(using: .utf8)!)
        exit(1)
    }
}
let filter = arguments.first
let all = TensorBenchmarks.all() + ScriptBenchmarks.all() + PreludeBenchmarks.all() + PlotBenchmarks.all() + RenderBenchmarks.all()
for b in all where filter.map({ b.name.contains($0) }) ?? true {
    let ns = b.measure()
    print("{\"name\": \"\(b.name)\", \"median_ns\": \(ns)}")
    fflush(stdout)
}
