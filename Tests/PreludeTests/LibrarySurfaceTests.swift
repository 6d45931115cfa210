import XCTest
@testable import Prelude
import Script

/// The names and labels of LANGUAGE.md §3, each used once through a real session.
final class LibrarySurfaceTests: XCTestCase {
    func testCreationAndReading() {
        let r = runClean(["""
        print(Tensor.zeros([2, 3]).shape, Tensor.ones([2]).scalars, Tensor.full([2], 7).scalars)
        print(Tensor.arange(0, 5, step: 2).scalars, Tensor.linspace(0, 1, count: 3).scalars)
        print(Tensor.eye(2).scalars, Tensor.zeros(like: Tensor([1, 2, 3])).shape)
        print(Tensor.oneHot(Tensor([0, 2]), count: 3).scalars)
        print(Tensor.rand([2, 2]).rank, Tensor.randn([3], requiresGrad: true).requiresGrad)
        let t = Tensor([[1, 2], [3, 4]])
        t.requiresGrad = true
        print(t.requiresGrad, t.T.scalars, t.grad.scalars, Tensor(2.5).item)
        """])
        XCTAssertEqual(r.text, """
        [2, 3] [1.0, 1.0] [7.0, 7.0]
        [0.0, 2.0, 4.0] [0.0, 0.5, 1.0]
        [1.0, 0.0, 0.0, 1.0] [3]
        [1.0, 0.0, 0.0, 0.0, 0.0, 1.0]
        2 true
        true [1.0, 3.0, 2.0, 4.0] [0.0, 0.0, 0.0, 0.0] 2.5

        """)
    }

    func testFunctionsOnTensorsAndOnDoubles() {
        let r = runClean(["""
        let t = Tensor([0.0, 1.0])
        print(exp(t).scalars[0], tanh(t).scalars[0], sigmoid(t).scalars[0], relu(-t).scalars)
        print(exp(0.0), tanh(0.0), sigmoid(0.0), relu(-1.0), leakyRelu(-1.0, slope: 0.1))
        print(softmax(Tensor([[1.0, 1.0]]), axis: 1).scalars, pow(Tensor([3.0]), 2).scalars)
        print(concat([t, t], axis: 0).shape, stack([t, t], axis: 0).shape, matmul(Tensor([[1, 2]]), Tensor([[3], [4]])).item)
        print(Tensor([1, 2]).matmul(Tensor([3, 4])).item, logSoftmax(t, axis: 0).shape, elu(t).shape, selu(t).shape, softplus(t).shape)
        print(abs(-t).scalars, sqrt(Tensor([4.0])).item, log(Tensor([1.0])).item, sin(t).shape, cos(t).shape, atan(t).shape)
        """])
        XCTAssertEqual(r.text, """
        1.0 0.0 0.5 [0.0, 0.0]
        1.0 0.0 0.5 0.0 -0.1
        [0.5, 0.5] [9.0]
        [4] [2, 2] 11.0
        11.0 [2] [2] [2] [2]
        [0.0, 1.0] 2.0 0.0 [2] [2] [2]

        """)
    }

    func testMethodsAndIndexing() {
        let r = runClean(["""
        let t = Tensor([[1, 2, 3], [4, 5, 6]])
        print(t.transposed(0, 1).shape, t.reshaped([3, -1]).shape, t.flattened().shape, t.unsqueezed(axis: 0).shape)
        print(Tensor([[1], [2]]).squeezed().shape, t.sum().item, t.sum(axis: 0).scalars, t.mean(axis: 1, keepDims: true).shape)
        print(t.max().item, t.max(axis: 1).scalars, t.min().item, t.argmax().item, t.argmax(axis: 1).scalars)
        print(t.clamped(min: 2, max: 5).scalars, t.detached().requiresGrad, Tensor([3, 4]).norm().item)
        print(t[1].scalars, t[0, 1].item, t[-1, -1].item, t[0..<1].shape, t[1...].shape, t[..., 1].scalars, t[..<1, 1...2].scalars)
        print((t .== 2).scalars, (t .> 3).sum().item, (-t).scalars[0], (1 + t * 2 - 1).scalars[5])
        noGrad { t[0, 0] = Tensor(9.0) }
        print(t[0, 0].item)
        """])
        XCTAssertEqual(r.text, """
        [3, 2] [3, 2] [6] [1, 2, 3]
        [2] 21.0 [5.0, 7.0, 9.0] [2, 1]
        6.0 [3.0, 6.0] 1.0 5.0 [2.0, 2.0]
        [2.0, 2.0, 3.0, 4.0, 5.0, 5.0] false 5.0
        [4.0, 5.0, 6.0] 2.0 6.0 [1, 3] [1, 3] [2.0, 5.0] [2.0, 3.0]
        [0.0, 1.0, 0.0, 0.0, 0.0, 0.0] 3.0 -1.0 12.0
        9.0

        """)
    }

    func testLossesOptimisersAndSchedules() {
        let r = runClean(["""
        let p = Tensor([[0.5, 1.0]])
        let y = Tensor([[0.0, 1.0]])
        print(MSELoss()(p, y).item, MSELoss(reduction: .sum)(p, y).item, MSELoss(reduction: .none)(p, y).shape)
        print(L1Loss()(p, y).item, SmoothL1Loss()(p, y).shape, BCELoss()(Tensor([0.5]), Tensor([1.0])).item > 0)
        print(BCEWithLogitsLoss()(Tensor([0.0]), Tensor([1.0])).item > 0, CrossEntropyLoss()(Tensor([[1.0, 2.0]]), Tensor([1])).shape)
        print(NLLLoss()(logSoftmax(Tensor([[1.0, 2.0]]), axis: 1), Tensor([0])).item > 0)
        let w = Tensor([1.0, -2.0], requiresGrad: true)
        let optimizers = [SGD([w], lr: 0.1, momentum: 0.9, weightDecay: 0), Adam([w], lr: 0.1, betas: (0.9, 0.999), eps: 1e-8),
                          Adagrad([w], lr: 0.1), RMSprop([w], lr: 0.1, alpha: 0.99)]
        let sgd = optimizers[0]
        let scheduler = StepLR(sgd, stepSize: 2, gamma: 0.5)
        for o in optimizers {
            o.zeroGrad()
            (w * w).sum().backward()
            print(clipGradNorm([w], maxNorm: 1.0) > 1)
            o.step()
        }
        scheduler.step(); scheduler.step()
        print(sgd.lr)
        sgd.lr = 0.01
        print(sgd.lr)
        """])
        XCTAssertEqual(r.text, """
        0.125 0.25 [1, 2]
        0.25 [] true
        true []
        true
        true
        true
        true
        true
        0.05
        0.01

        """)
    }

    func testLayersAndModuleMethods() {
        let r = runClean(["""
        let layers: [Module] = [Sigmoid(), Tanh(), ReLU(), LeakyReLU(slope: 0.1), SELU(), ELU(), Softmax(axis: 1), LogSoftmax(axis: 1), Dropout(0.5), Flatten()]
        let x = Tensor.randn([2, 3])
        for l in layers { print(l(x).shape, terminator: " ") }
        print()
        let lin = Linear(3, 2, bias: false)
        print(lin.weight.shape, lin.bias == nil, Embedding(10, 4)(Tensor([1, 2])).shape)
        let (out, (h, c)) = LSTM(inputSize: 3, hiddenSize: 4)(Tensor.randn([5, 1, 3]))
        print(out.shape, h.shape, c.shape)
        let (o2, h2) = GRU(inputSize: 3, hiddenSize: 4, layers: 2, batchFirst: true)(Tensor.randn([1, 5, 3]))
        print(o2.shape, h2.shape, RNNCell(inputSize: 3, hiddenSize: 2)(x).shape, GRUCell(inputSize: 3, hiddenSize: 2)(x).shape)
        let (h3, c3) = LSTMCell(inputSize: 3, hiddenSize: 2)(x)
        print(h3.shape, c3.shape)
        let image = Tensor.randn([1, 1, 6, 6])
        print(Conv2d(1, 2, kernelSize: 3, stride: 1, padding: 1)(image).shape, MaxPool2d(kernelSize: 2, stride: 2)(image).shape)
        print(Conv1d(2, 3, kernelSize: 3)(Tensor.randn([1, 2, 8])).shape, LayerNorm(3)(x).shape)
        print(conv2d(image, Tensor.ones([1, 1, 3, 3]), stride: 1, padding: 0).shape, maxPool2d(image, kernelSize: 3).shape)
        let q = Tensor.randn([4, 8])
        print(scaledDotProductAttention(q, q, q, mask: nil).shape)
        let (a, weights) = MultiheadAttention(embedDim: 8, heads: 2)(q, q, q)
        print(a.shape, weights.shape)
        let model = Sequential(Linear(3, 4), ReLU(), Dropout(0.2), Linear(4, 1))
        model.eval()
        print(model.isTraining, model.parameters().count)
        model.train()
        model.zeroGrad()
        print(model.isTraining)
        """])
        XCTAssertEqual(r.text, """
        [2, 3] [2, 3] [2, 3] [2, 3] [2, 3] [2, 3] [2, 3] [2, 3] [2, 3] [2, 3] \n\
        [2, 3] true [2, 4]
        [5, 1, 4] [1, 1, 4] [1, 1, 4]
        [1, 5, 4] [2, 1, 4] [2, 2] [2, 2]
        [2, 2] [2, 2]
        [1, 2, 6, 6] [1, 1, 3, 3]
        [1, 3, 6] [2, 3]
        [1, 1, 4, 4] [1, 1, 2, 2]
        [4, 8]
        [4, 8] [4, 4]
        false 4
        true

        """)
    }
}
