/// Benchmarks of the Render side; bench/run compares them with the peers.
enum RenderBenchmarks {
    static func all() -> [Benchmark] { [] }
}
