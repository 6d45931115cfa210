/// Benchmarks of the Script side; bench/run compares them with the peers.
enum ScriptBenchmarks {
    static func all() -> [Benchmark] { [] }
}
