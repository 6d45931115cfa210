import XCTest
@testable import TensorEngine

/// Module discovery and modes; Linear, Sequential, activation modules, Dropout, Embedding,
/// Flatten and LayerNorm.
final class LayerTests: XCTestCase {
    /// A model written as lessons write them: layers as stored properties, found by reflection.
    private final class TwoLayer: Module {
        let l1: Linear, l2: Linear
        let extra: [Linear]
        let scale: Tensor            // a learnable tensor of its own
        let constant = Tensor(2)     // no requiresGrad: not a parameter
        init(_ rng: RandomGenerator) throws {
            l1 = try Linear(3, 4, using: rng)
            l2 = try Linear(4, 2, using: rng)
            extra = [try Linear(2, 2, bias: false, using: rng)]
            scale = try Tensor.ones([1], requiresGrad: true)
            super.init()
        }
        override func forward(_ x: Tensor) throws -> Tensor {
            try extra[0](l2(sigmoid(l1(x)))) * scale
        }
    }

    func testParametersAreFoundByReflectionInDeclarationOrderWithNames() throws {
        let model = try TwoLayer(RandomGenerator(seed: 1))
        let names = model.namedParameters().map(\.name)
        XCTAssertEqual(names, ["scale", "l1.weight", "l1.bias", "l2.weight", "l2.bias", "extra.0.weight"])
        XCTAssertTrue(model.parameters()[1] === model.l1.weight)
        XCTAssertEqual(model.parameterCount, 1 + 12 + 4 + 8 + 2 + 4)
        XCTAssertEqual(try model(Tensor.ones([5, 3])).shape, [5, 2])
    }

    func testSharedModulesAndRegisteredTensorsAreListedOnce() throws {
        let rng = RandomGenerator(seed: 2)
        let shared = try Linear(2, 2, using: rng)
        let model = Sequential(shared, ReLU(), shared)
        XCTAssertEqual(model.parameters().count, 2)
        let extra = try Tensor.zeros([3], requiresGrad: true)
        model.register(extra, name: "offset")
        model.register(extra)
        XCTAssertEqual(model.namedParameters().map(\.name), ["offset", "0.weight", "0.bias"])
    }

    func testZeroGradTrainAndEvalReachEveryDescendant() throws {
        let rng = RandomGenerator(seed: 3)
        let dropout = try Dropout(0.5, using: rng)
        let model = Sequential([try Linear(2, 3, using: rng), Sequential(dropout, Tanh())])
        try model(Tensor.ones([4, 2])).sum().backward()
        XCTAssertNotNil(model.parameters()[0].gradIfPresent)
        model.zeroGrad()
        XCTAssertTrue(model.parameters().allSatisfy { $0.gradIfPresent == nil })
        model.eval()
        XCTAssertFalse(dropout.isTraining)
        model.train()
        XCTAssertTrue(dropout.isTraining && model.isTraining)
    }

    func testModuleWithoutForwardThrows() {
        XCTAssertThrowsError(try Module()(Tensor(1))) { XCTAssert("\($0)".contains("forward")) }
    }

    func testLinearShapesAndPyTorchInitialisationBounds() throws {
        let layer = try Linear(16, 3, using: RandomGenerator(seed: 4))
        XCTAssertEqual(layer.weight.shape, [3, 16])
        XCTAssertEqual(layer.bias?.shape, [3])
        let bound = 0.25  // 1/√16
        XCTAssertTrue((layer.weight.scalars + layer.bias!.scalars).allSatisfy { abs($0) <= bound })
        XCTAssertGreaterThan(layer.weight.scalars.map(abs).max()!, 0.15)  // spread over the range
        XCTAssertEqual(try layer(Tensor.ones([2, 5, 16])).shape, [2, 5, 3])
        XCTAssertEqual(try layer(Tensor.ones([16])).shape, [3])
        XCTAssertNil(try Linear(2, 2, bias: false, using: RandomGenerator()).bias)
        XCTAssertThrowsError(try layer(Tensor.ones([2, 15])))
        XCTAssertThrowsError(try Linear(0, 2, using: RandomGenerator()))
    }

    func testLinearComputesXTimesWeightTransposedPlusBias() throws {
        let layer = try Linear(2, 3, using: RandomGenerator())
        noGrad {
            _ = layer.weight.withUnsafeMutableBufferPointer { $0.update(from: [1, 2, 3, 4, 5, 6]) }
            _ = layer.bias!.withUnsafeMutableBufferPointer { $0.update(from: [0.5, -1, 0]) }
        }
        let y = try layer(Tensor([[1, 1], [2, -1]]))
        assertClose(y.scalars, [3.5, 6, 11, 0.5, 1, 4])
    }

    func testLinearGradientsWithBatchAndLeadingAxes() throws {
        let w = try randomTensor([3, 4], seed: 1), b = try randomTensor([3], seed: 2)
        try checkGradients("linear", [try randomTensor([5, 4], seed: 3), w, b]) { try linear($0[0], $0[1], $0[2]) }
        try checkGradients("linear 3-D", [try randomTensor([2, 3, 4], seed: 4), w]) { try linear($0[0], $0[1]) }
    }

    func testSequentialMLPTrainsXOR() throws {
        let rng = RandomGenerator(seed: 0)
        let model = Sequential(try Linear(2, 8, using: rng), Tanh(), try Linear(8, 1, using: rng), Sigmoid())
        let x = try Tensor([[0, 0], [0, 1], [1, 0], [1, 1]]), y = try Tensor([[0], [1], [1], [0]])
        let optimizer = Adam(model.parameters(), lr: 0.05)
        var loss = Double.infinity
        for _ in 0..<1000 where loss > 0.02 {
            let l = try BCELoss()(try model(x), y)
            optimizer.zeroGrad()
            try l.backward()
            optimizer.step()
            loss = try l.item
        }
        XCTAssertLessThan(loss, 0.02)
        let p = try noGrad { try model(x) }.scalars
        XCTAssertEqual(p.map { $0 > 0.5 }, [false, true, true, false])
    }

    func testActivationModulesMatchTheirFunctions() throws {
        let x = try randomTensor([3, 4], seed: 5)
        let pairs: [(Module, Tensor)] = [
            (Sigmoid(), sigmoid(x)), (Tanh(), tanh(x)), (ReLU(), relu(x)),
            (LeakyReLU(slope: 0.2), leakyRelu(x, slope: 0.2)), (Softplus(), softplus(x)), (SELU(), selu(x)), (ELU(alpha: 0.5), elu(x, alpha: 0.5)),
            (Softmax(axis: 0), try softmax(x, axis: 0)), (LogSoftmax(), try logSoftmax(x)),
        ]
        for (module, expected) in pairs { assertClose(try module(x).scalars, expected.scalars, "\(type(of: module))") }
        XCTAssertEqual(try Flatten()(Tensor.zeros([2, 3, 4, 5])).shape, [2, 60])
        XCTAssertEqual(try Flatten(startAxis: 0)(Tensor.zeros([2, 3])).shape, [6])
        XCTAssertEqual(try Flatten(startAxis: 1, endAxis: 2)(Tensor.zeros([2, 3, 4, 5])).shape, [2, 12, 5])
    }

    func testDropoutScalesKeptElementsOnlyInTraining() throws {
        let dropout = try Dropout(0.25, using: RandomGenerator(seed: 6))
        let x = try Tensor.ones([10_000])
        let y = try dropout(x).scalars
        let kept = y.filter { $0 != 0 }
        XCTAssertTrue(kept.allSatisfy { abs($0 - 4.0 / 3) < 1e-6 })
        XCTAssertEqual(Double(kept.count) / 10_000, 0.75, accuracy: 0.02)
        dropout.eval()
        XCTAssertEqual(try dropout(x).scalars, x.scalars)
        XCTAssertEqual(try Dropout(1, using: RandomGenerator())(x).sum().item, 0)
        XCTAssertThrowsError(try Dropout(1.5, using: RandomGenerator()))
    }

    func testDropoutGradientUsesTheSameMask() throws {
        let dropout = try Dropout(0.5, using: RandomGenerator(seed: 7))
        let x = try randomTensor([4, 5], seed: 8)
        let y = try dropout(x)
        try y.sum().backward()
        let ratio = try y / x
        assertClose(x.grad.scalars, ratio.scalars, accuracy: 1e-5)
    }

    func testEmbeddingLooksUpRowsForAnyIndexShapeAndScattersGradients() throws {
        let table = try Embedding(5, 3, using: RandomGenerator(seed: 9))
        let idx = try Tensor([[4, 0, 4], [1, 2, 0]])
        let y = try table(idx)
        XCTAssertEqual(y.shape, [2, 3, 3])
        XCTAssertEqual(try y[0, 2].scalars, try table.weight[4].scalars)
        try checkGradients("embedding", [table.weight]) { try embedding(idx, $0[0]) }
        XCTAssertEqual(try table(Tensor(3)).shape, [3])
        XCTAssertThrowsError(try table(Tensor([5]))) { XCTAssert("\($0)".contains("0..<5")) }
        XCTAssertThrowsError(try table(Tensor([1.5])))
    }

    func testLayerNormNormalisesEachRowAndHasCorrectGradients() throws {
        let norm = try LayerNorm(4)
        let x = try randomTensor([3, 4], seed: 10, scale: 3, shift: 1)
        let y = try norm(x)
        for r in 0..<3 {
            let row: [Double] = try y[.index(r)].scalars
            let mean: Double = row.reduce(0, +) / 4
            let variance: Double = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 4
            XCTAssertEqual(mean, 0, accuracy: 1e-5)
            XCTAssertEqual(variance, 1, accuracy: 1e-3)
        }
        // A fixed row: [1, 2, 3, 4] has mean 2.5 and variance 1.25.
        let fixed = try norm(Tensor([[1, 2, 3, 4]]))
        assertClose(fixed.scalars, [-1.5, -0.5, 0.5, 1.5].map { $0 / (1.25 + 1e-5).squareRoot() }, accuracy: 1e-5)
        let weight = try randomTensor([2, 4], seed: 11), bias = try randomTensor([2, 4], seed: 12)
        try checkGradients("layerNorm", [try randomTensor([3, 2, 4], seed: 13), weight, bias], tolerance: 3e-2) {
            try layerNorm($0[0], normalizedShape: [2, 4], weight: $0[1], bias: $0[2])
        }
        XCTAssertThrowsError(try norm(Tensor.ones([2, 5])))
    }
}
