import XCTest
@testable import Prelude

/// The tensor library the lectures use (issue 14), through cells as a lesson writes them:
/// `loader.enumerated()`, an `Optimizer` parameter, `randomSplit`, `multinomial`,
/// `EmbeddingBag`, bidirectional recurrent layers, `t.abs()`, attention masks, axis limits.
final class LectureLibraryTests: XCTestCase {
    func testALessonCellUsesThemEndToEnd() {
        let r = runClean(["""
        manualSeed(0)
        // Bags of word indices → EmbeddingBag → bidirectional GRU over the bag sequence → class.
        class Model: Module {
            let bag = EmbeddingBag(12, 4, mode: .mean)
            let gru = GRU(inputSize: 4, hiddenSize: 3, batchFirst: true, bidirectional: true)
            let head = Linear(6, 2)
            override func forward(_ x: Tensor) -> Tensor {
                let n = x.shape[0]
                let bags = bag(x.reshaped([n * 3, 2])).reshaped([n, 3, 4])   // 3 bags of 2 words each
                let (out, _) = gru(bags)
                return head(out[..., 2, ...])
            }
        }
        let x = Tensor.rand([40, 6]) * 11.99
        let words = Tensor(x.scalars.map { Double(Int($0)) }).reshaped([40, 6])
        let labels = Tensor(words.scalars.enumerated().filter { $0.offset % 6 == 0 }.map { $0.element < 6 ? 0.0 : 1.0 })
        let parts = randomSplit(TensorDataset(words, labels), [0.75, 0.25])
        print(parts.map { $0.count })
        let model = Model()
        let criterion = CrossEntropyLoss()
        func train(_ opt: Optimizer, epochs: Int) -> Double {
            var last = 0.0
            for _ in 0..<epochs {
                for (i, (xb, yb)) in DataLoader(parts[0], batchSize: 10, shuffle: true).enumerated() {
                    opt.zeroGrad()
                    let loss = criterion(model(xb), yb)
                    loss.backward()
                    opt.step()
                    if i == 0 { last = loss.item }
                }
            }
            return last
        }
        let first = train(SGD(model.parameters(), lr: 0.1), epochs: 1)
        let later = train(Adam(model.parameters(), lr: 0.05), epochs: 30)
        print(later < first, (model(words) - model(words)).abs().sum().item)
        """])
        XCTAssertEqual(r.text, "[30, 10]\ntrue 0.0\n")
    }

    func testEnumeratedLoaderGivesOffsetsAndTheSameBatches() {
        let r = runClean(["""
        let ds = TensorDataset(Tensor.arange(0, 5), Tensor.arange(10, 15))
        let loader = DataLoader(ds, batchSize: 2)
        for (i, (x, y)) in loader.enumerated() { print(i, x.scalars, y.scalars) }
        for pair in loader.enumerated() { print(pair.offset, pair.element.0.shape) }
        manualSeed(3)
        var plain: [[Double]] = []
        for (x, _) in DataLoader(ds, batchSize: 2, shuffle: true) { plain.append(x.scalars) }
        manualSeed(3)
        var counted: [[Double]] = []
        for (_, (x, _)) in DataLoader(ds, batchSize: 2, shuffle: true).enumerated() { counted.append(x.scalars) }
        print(plain == counted)
        print(loader.enumerated())
        """])
        XCTAssertEqual(r.text, """
        0 [0.0, 1.0] [10.0, 11.0]
        1 [2.0, 3.0] [12.0, 13.0]
        2 [4.0] [14.0]
        0 [2]
        1 [2]
        2 [1]
        true
        EnumeratedSequence<DataLoader>(_base: DataLoader(5 samples, batchSize: 2, shuffle: false))

        """)
    }

    func testAnyOptimiserPassesAsOptimizer() {
        let r = runClean(["""
        let w = Tensor([2.0], requiresGrad: true)
        func descend(_ opt: Optimizer, steps: Int) {
            for _ in 0..<steps {
                opt.zeroGrad()
                let loss = (w * w).sum()
                loss.backward()
                opt.step()
            }
            print(opt, abs(w.item) < 2)
        }
        descend(SGD([w], lr: 0.1), steps: 3)
        descend(Adam([w], lr: 0.1), steps: 3)
        let all: [Optimizer] = [Adagrad([w], lr: 0.1), RMSprop([w], lr: 0.01)]
        for o in all { descend(o, steps: 2) }
        """])
        XCTAssertEqual(r.text, "SGD(lr: 0.1) true\nAdam(lr: 0.1) true\nAdagrad(lr: 0.1) true\nRMSprop(lr: 0.01) true\n")
    }

    func testSamplingAndSplittingAreSeeded() {
        let cell = """
        manualSeed(42)
        let draws = multinomial(Tensor([0.0, 1.0, 3.0]), samples: 6, replacement: true)
        let split = randomSplit(TensorDataset(Tensor.arange(0, 6), Tensor.arange(0, 6)), [4, 2])
        print(draws.scalars.contains(0.0), split[1].count, draws.scalars, split[1][0].0.item)
        """
        let a = runClean([cell]).text, b = runClean([cell]).text
        XCTAssertEqual(a, b)
        XCTAssert(a.hasPrefix("false 2 "), a)
        let e = runLesson(["multinomial(Tensor([1.0, 0.0]), samples: 2)"]).errors
        XCTAssert(e.first?.message.contains("replacement: true") ?? false, "\(e)")
        let s = runLesson(["randomSplit(TensorDataset(Tensor.arange(0, 6), Tensor.arange(0, 6)), [4, 3])"]).errors
        XCTAssert(s.first?.message.contains("sum to 7") ?? false, "\(s)")
    }

    func testLayersAndAbsAndMasks() {
        let r = runClean(["""
        let lstm = LSTM(inputSize: 3, hiddenSize: 4, layers: 2, bidirectional: true)
        let (out, (h, c)) = lstm(Tensor.randn([5, 2, 3]))
        print(out.shape, h.shape, c.shape, lstm.bidirectional)
        print(lstm)
        print(GRU(inputSize: 3, hiddenSize: 4))
        let bag = EmbeddingBag(5, 2, mode: .max)
        print(bag(Tensor([0, 1, 2]), offsets: Tensor([0, 1])).shape, bag(Tensor([[0, 1], [2, 3]])).shape, bag)
        print(Tensor([-1.5, 2.0]).abs(), abs(Tensor([-3.0])))
        let q = Tensor.randn([2, 4])
        let blocked = scaledDotProductAttention(q, q, q, additiveMask: Tensor([[0.0, -1e9], [0.0, 0.0]]))
        let masked = scaledDotProductAttention(q, q, q, mask: Tensor([[1.0, 0.0], [1.0, 1.0]]))
        print((blocked - masked).abs().max().item < 1e-6)
        let mha = MultiheadAttention(embedDim: 4, heads: 2)
        print(mha(q, q, q, additiveMask: Tensor([[0.0, -1e9], [0.0, 0.0]])).1[0].scalars)
        """])
        XCTAssertEqual(r.text, """
        [5, 2, 8] [4, 2, 4] [4, 2, 4] true
        LSTM(inputSize: 3, hiddenSize: 4, layers: 2, batchFirst: false, bidirectional: true)
        GRU(inputSize: 3, hiddenSize: 4, layers: 1, batchFirst: false)
        [2, 2] [2, 2] EmbeddingBag(5, 2, mode: .max)
        tensor([1.5000, 2.0000]) tensor([3.])
        true
        [1.0, 0.0]

        """)
        let e = runLesson(["let q = Tensor.ones([2, 3])", "scaledDotProductAttention(q, q, q, mask: Tensor([[0.0, -1e9], [0.0, 0.0]]))"]).errors
        XCTAssert(e.first?.message.contains("additiveMask:") ?? false, "\(e)")
        let m = runLesson(["EmbeddingBag(5, 2, mode: .median)"]).errors
        XCTAssert(m.first?.message.contains(".mean, .sum or .max") ?? false, "\(m)")
    }

    func testFigureLimits() {
        let r = runClean(["""
        let fig = Figure(title: "zoom", xLimits: (0, 5), yLimits: (-1, 1))
        fig.line([0, 1, 2, 10], [0, 0.5, 2, 3])
        print(fig.xLimits!.1, fig.yLimits!.0)
        fig.xLimits = (1, 2)
        fig.yLimits = nil
        print(fig.xLimits!.0, fig.yLimits == nil)
        fig
        """])
        XCTAssertEqual(r.text, "5.0 -1.0\n1.0 true\n")
        XCTAssertEqual(r.charts.count, 1)
        let e = runLesson(["Figure(xLimits: (5, 0))"]).errors
        XCTAssert(e.first?.message.contains("low < high") ?? false, "\(e)")
        let t = runLesson(["Figure(yLimits: (0, 1), logY: true)"]).errors
        XCTAssertFalse(t.isEmpty)
        let l = runLesson(["Figure(logY: true, yLimits: (0, 1))"]).errors
        XCTAssert(l.first?.message.contains("log axis") ?? false, "\(l)")
    }
}
