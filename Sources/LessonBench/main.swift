import Foundation

// lesson-bench [FILTER]: runs the Swift side of bench/ and prints one JSON line per
// benchmark ({"name": ..., "median_ns": ...}). bench/run puts these beside the peers'.
let filter = CommandLine.arguments.dropFirst().first
let all = TensorBenchmarks.all() + ScriptBenchmarks.all() + PreludeBenchmarks.all() + PlotBenchmarks.all() + RenderBenchmarks.all()
for b in all where filter.map({ b.name.contains($0) }) ?? true {
    let ns = b.measure()
    print("{\"name\": \"\(b.name)\", \"median_ns\": \(ns)}")
    fflush(stdout)
}
