/// Benchmarks of the Tensor side; bench/run compares them with the peers.
enum TensorBenchmarks {
    static func all() -> [Benchmark] { [] }
}
