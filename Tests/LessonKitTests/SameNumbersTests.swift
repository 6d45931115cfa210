import Foundation
import LessonKit
import Prelude
import Script
import XCTest

/// A compiled lesson draws the same numbers as the interpreter: LessonKit's generator,
/// random tensors, layer weights, shuffles and tables against a `ScriptSession` with the
/// Prelude's library running the same code.
final class SameNumbersTests: XCTestCase {
    /// What the interpreter prints for `code`.
    private func interpreted(_ code: String) -> String {
        let session = ScriptSession(library: lessonLibrary())
        let run = session.run(CellSource(code: code, file: "cell.swift", firstLine: 1), timeout: 60)
        return run.outputs.map { output -> String in
            switch output {
            case .text(let s): return s
            case .error(let d): return "error: \(d.message)\n"
            default: return ""
            }
        }.joined()
    }

    func testRandomTensorsAndLayersMatchTheInterpreter() {
        manualSeed(3)
        let compiled = [Tensor.rand([2, 3]).description, Tensor.randn([7]).description,
                        Linear(3, 2).weight.description, String(Int.random(in: 0..<1000)),
                        String(Double.random(in: -1..<1)), [1, 2, 3, 4, 5, 6].shuffled().description,
                        Embedding(4, 2).weight.description, RNN(inputSize: 2, hiddenSize: 2).parameters()[0].description]
        let expected = interpreted("""
            manualSeed(3)
            print(Tensor.rand([2, 3]))
            print(Tensor.randn([7]))
            print(Linear(3, 2).weight)
            print(Int.random(in: 0..<1000))
            print(Double.random(in: -1..<1))
            print([1, 2, 3, 4, 5, 6].shuffled())
            print(Embedding(4, 2).weight)
            print(RNN(inputSize: 2, hiddenSize: 2).parameters()[0])
            """)
        XCTAssertEqual(compiled.joined(separator: "\n") + "\n", expected)
    }

    func testShuffledBatchesMatchTheInterpreter() {
        manualSeed(5)
        let x = Tensor.arange(0, 10).reshaped([10, 1])
        let loader = DataLoader(TensorDataset(x, x), batchSize: 4, shuffle: true)
        var compiled = ""
        for (inputs, _) in loader { compiled += inputs.flattened().description + "\n" }
        let expected = interpreted("""
            manualSeed(5)
            let x = Tensor.arange(0, 10).reshaped([10, 1])
            let loader = DataLoader(TensorDataset(x, x), batchSize: 4, shuffle: true)
            for (inputs, _) in loader { print(inputs.flattened()) }
            """)
        XCTAssertEqual(compiled, expected)
    }

    /// The lectures' library (issue 14): sampling, splitting, enumerated batches, a helper
    /// taking any `Optimizer`, bidirectional layers, EmbeddingBag, abs(), masks, axis limits.
    func testTheLecturesLibraryMatchesTheInterpreter() {
        manualSeed(9)
        var compiled = multinomial(Tensor([0.2, 0.0, 0.5, 0.3]), samples: 3).description + "\n"
        compiled += multinomial(Tensor([[1.0, 2.0], [3.0, 1.0]]), samples: 4, replacement: true).description + "\n"
        let ds = TensorDataset(Tensor.arange(0, 10).reshaped([10, 1]), Tensor.arange(0, 10))
        let parts = randomSplit(ds, [0.7, 0.3])
        let fixed = randomSplit(ds, [5, 5])
        compiled += "\(parts.map { $0.count }) \(parts[1][0].1) \(fixed[0][4].1)\n"
        for (i, (x, _)) in DataLoader(parts[0], batchSize: 3, shuffle: true).enumerated() { compiled += "\(i) \(x.flattened())\n" }
        let gru = GRU(inputSize: 1, hiddenSize: 2, layers: 2, batchFirst: true, bidirectional: true)
        let bag = EmbeddingBag(10, 2, mode: .max)
        let w = Tensor([1.5, -2.0], requiresGrad: true)
        func train(_ opt: Optimizer) {
            opt.zeroGrad()
            (w * w).sum().backward()
            opt.step()
        }
        for opt in [SGD([w], lr: 0.1), Adam([w]), Adagrad([w]), RMSprop([w])] as [Optimizer] { train(opt) }
        compiled += "\(gru(Tensor.arange(0, 6).reshaped([2, 3, 1])).1) \(gru)\n"
        compiled += "\(bag(Tensor([1, 2, 3]), offsets: Tensor([0, 1]))) \(w.abs())\n"
        let q = Tensor.randn([2, 2])
        compiled += "\(scaledDotProductAttention(q, q, q, additiveMask: Tensor([[0.0, -1e9], [0.0, 0.0]])))\n"
        let fig = Figure(xLimits: (0, 1), yLimits: (-2, 2))
        fig.yLimits = nil
        compiled += "\(fig.xLimits!.1) \(fig.yLimits == nil)\n"
        let expected = interpreted("""
            manualSeed(9)
            print(multinomial(Tensor([0.2, 0.0, 0.5, 0.3]), samples: 3))
            print(multinomial(Tensor([[1.0, 2.0], [3.0, 1.0]]), samples: 4, replacement: true))
            let ds = TensorDataset(Tensor.arange(0, 10).reshaped([10, 1]), Tensor.arange(0, 10))
            let parts = randomSplit(ds, [0.7, 0.3])
            let fixed = randomSplit(ds, [5, 5])
            print(parts.map { $0.count }, parts[1][0].1, fixed[0][4].1)
            for (i, (x, _)) in DataLoader(parts[0], batchSize: 3, shuffle: true).enumerated() { print(i, x.flattened()) }
            let gru = GRU(inputSize: 1, hiddenSize: 2, layers: 2, batchFirst: true, bidirectional: true)
            let bag = EmbeddingBag(10, 2, mode: .max)
            let w = Tensor([1.5, -2.0], requiresGrad: true)
            func train(_ opt: Optimizer) {
                opt.zeroGrad()
                (w * w).sum().backward()
                opt.step()
            }
            for opt in [SGD([w], lr: 0.1), Adam([w]), Adagrad([w]), RMSprop([w])] as [Optimizer] { train(opt) }
            print(gru(Tensor.arange(0, 6).reshaped([2, 3, 1])).1, gru)
            print(bag(Tensor([1, 2, 3]), offsets: Tensor([0, 1])), w.abs())
            let q = Tensor.randn([2, 2])
            print(scaledDotProductAttention(q, q, q, additiveMask: Tensor([[0.0, -1e9], [0.0, 0.0]])))
            let fig = Figure(xLimits: (0, 1), yLimits: (-2, 2))
            fig.yLimits = nil
            print(fig.xLimits!.1, fig.yLimits == nil)
            """)
        XCTAssertEqual(compiled, expected)
    }

    /// A model of one's own: parameters found in declaration order, trained to the same loss.
    func testAModuleSubclassTrainsAsInTheInterpreter() {
        final class Model: Module {
            let l1 = Linear(2, 3)
            let l2 = Linear(3, 1)
            override func forward(_ x: Tensor) -> Tensor { sigmoid(l2(tanh(l1(x)))) }
        }
        manualSeed(1)
        let model = Model()
        let x = Tensor([[0.0, 1.0], [1.0, 0.0]]), y = Tensor([[1.0], [0.0]])
        let optimizer = Adam(model.parameters(), lr: 0.1)
        var loss = 0.0
        for _ in 0..<20 {
            let l = BCELoss()(model(x), y)
            optimizer.zeroGrad()
            l.backward()
            optimizer.step()
            loss = l.item
        }
        let compiled = "\(model.parameters().count) \(model.parameterCount) \(loss)\n"
        let expected = interpreted("""
            class Model: Module {
                let l1 = Linear(2, 3)
                let l2 = Linear(3, 1)
                override func forward(_ x: Tensor) -> Tensor { sigmoid(l2(tanh(l1(x)))) }
            }
            manualSeed(1)
            let model = Model()
            let x = Tensor([[0.0, 1.0], [1.0, 0.0]])
            let y = Tensor([[1.0], [0.0]])
            let optimizer = Adam(model.parameters(), lr: 0.1)
            var loss = 0.0
            for _ in 0..<20 {
                let l = BCELoss()(model(x), y)
                optimizer.zeroGrad()
                l.backward()
                optimizer.step()
                loss = l.item
            }
            print(model.parameters().count, model.parameterCount, loss)
            """)
        XCTAssertEqual(compiled, expected)
    }
}
