import TensorEngine

/// Benchmarks of the Tensor side; bench/tensor/numpy_peers.py measures the same work in NumPy.
enum TensorBenchmarks {
    static func all() -> [Benchmark] {
        [matmulSigmoid(), mlpTrainStep(), sgemm1024()] + parallelSweep()
    }

    /// Element-wise kernels on one thread against two, by size (`ParallelKernels`): `a * b`
    /// (memory-bound) and `sigmoid(a)` (SLEEF, compute-bound) with the split forced off
    /// (`_1t`) and forced on (`_2t`), 2^14...2^22 elements. Where `_2t` starts to win is
    /// `ParallelKernels.minimumElements`.
    static func parallelSweep() -> [Benchmark] {
        let rng = RandomGenerator(seed: 4)
        return stride(from: 14, through: 22, by: 2).flatMap { power -> [Benchmark] in
            let n = 1 << power
            let a = try! Tensor.randn([n], using: rng), b = try! Tensor.randn([n], using: rng)
            return [(1, Int.max), (2, 1)].flatMap { threads, minimum -> [Benchmark] in
                func run(_ body: @escaping () -> Void) -> () -> Void {
                    { let saved = ParallelKernels.minimumElements; ParallelKernels.minimumElements = minimum; body(); ParallelKernels.minimumElements = saved }
                }
                return [Benchmark(name: "tensor.parallel_mul_2^\(power)_\(threads)t", body: run { blackHole(try! a * b) }),
                        Benchmark(name: "tensor.parallel_sigmoid_2^\(power)_\(threads)t", body: run { blackHole(sigmoid(a)) })]
            }
        }
    }

    /// A tiny product and an activation: the per-op overhead a lesson pays everywhere.
    static func matmulSigmoid() -> Benchmark {
        let rng = RandomGenerator(seed: 1)
        let a = try! Tensor.randn([4, 2], using: rng), b = try! Tensor.randn([2, 5], using: rng)
        return Benchmark(name: "tensor.matmul4x2x5_sigmoid", body: {
            blackHole(sigmoid(try! matmul(a, b)))
        }, innerLoops: 2000)
    }

    /// One training step of a 2-8-1 MLP on the four XOR points: forward, MSE loss, backward,
    /// SGD update.
    static func mlpTrainStep() -> Benchmark {
        let rng = RandomGenerator(seed: 2)
        let x = try! Tensor([[0, 0], [0, 1], [1, 0], [1, 1]]), y = try! Tensor([[0], [1], [1], [0]])
        let w1 = try! Tensor.randn([2, 8], using: rng, requiresGrad: true)
        let b1 = try! Tensor.zeros([8], requiresGrad: true)
        let w2 = try! Tensor.randn([8, 1], using: rng, requiresGrad: true)
        let b2 = try! Tensor.zeros([1], requiresGrad: true)
        let optimizer = SGD([w1, b1, w2, b2], lr: 0.1)
        let mse = MSELoss()
        return Benchmark(name: "tensor.mlp_train_step", body: {
            let hidden = tanh(try! matmul(x, w1) + b1)
            let out = sigmoid(try! matmul(hidden, w2) + b2)
            let loss = try! mse(out, y)
            optimizer.zeroGrad()
            try! loss.backward()
            optimizer.step()
        }, innerLoops: 200)
    }

    /// A 1024×1024 single-precision product through OpenBLAS: GFLOP/s = 2·1024³ / ns.
    static func sgemm1024() -> Benchmark {
        let rng = RandomGenerator(seed: 3)
        let a = try! Tensor.randn([1024, 1024], using: rng), b = try! Tensor.randn([1024, 1024], using: rng)
        return Benchmark(name: "tensor.sgemm1024", body: { blackHole(try! matmul(a, b)) })
    }
}
