/// Benchmarks of the Plot side; bench/run compares them with the peers.
enum PlotBenchmarks {
    static func all() -> [Benchmark] { [] }
}
