import XCTest
@testable import TensorEngine

final class TensorBasicsTests: XCTestCase {
    func testCreationOps() throws {
        XCTAssertEqual(try Tensor.arange(0, 5, step: 2).scalars, [0, 2, 4])
        XCTAssertEqual(try Tensor.linspace(0, 1, count: 5).scalars, [0, 0.25, 0.5, 0.75, 1])
        XCTAssertEqual(try Tensor.eye(2).scalars, [1, 0, 0, 1])
        XCTAssertEqual(try Tensor.full([2], 7).scalars, [7, 7])
        XCTAssertEqual(try Tensor.oneHot(Tensor([2, 0]), count: 3).scalars, [0, 0, 1, 1, 0, 0])
        XCTAssertEqual(Tensor.zeros(like: try Tensor.ones([2, 3])).shape, [2, 3])
        XCTAssertEqual(Tensor(3.5).shape, [])
        XCTAssertEqual(try Tensor(3.5).item, 3.5)
    }

    func testRandomTensorsAreReproducibleFromSeed() throws {
        let a = try Tensor.randn([100], using: RandomGenerator(seed: 42))
        let b = try Tensor.randn([100], using: RandomGenerator(seed: 42))
        XCTAssertEqual(a.scalars, b.scalars)
        XCTAssertNotEqual(a.scalars, try Tensor.randn([100], using: RandomGenerator(seed: 43)).scalars)
        let u = try Tensor.rand([10_000], using: RandomGenerator(seed: 1))
        XCTAssertTrue(u.scalars.allSatisfy { $0 >= 0 && $0 < 1 })
        assertClose([u.mean().scalars[0]], [0.5], accuracy: 0.02)
        let n = try Tensor.randn([10_000], using: RandomGenerator(seed: 1))
        assertClose([n.mean().scalars[0]], [0], accuracy: 0.03)
        assertClose([try (n * n).mean().scalars[0]], [1], accuracy: 0.05)
    }

    func testIndexingWithRangesAllAndNegativeIndices() throws {
        let t = try Tensor.arange(0, 12).reshaped([3, 4])
        XCTAssertEqual(try t[1].scalars, [4, 5, 6, 7])
        XCTAssertEqual(try t[-1, -1].item, 11)
        XCTAssertEqual(try t[.range(0..<2)].shape, [2, 4])
        XCTAssertEqual(try t[.all, 2].scalars, [2, 6, 10])
        XCTAssertEqual(try t[.all, .range(1...2)].scalars, [1, 2, 5, 6, 9, 10])
        XCTAssertEqual(try t[.range(lower: 1, upper: nil, closed: false), .range(lower: nil, upper: -2, closed: false)].scalars, [4, 5, 8, 9])
        try t.setIndexed([.all, 0], to: Tensor(-1))
        XCTAssertEqual(try t[.all, 0].scalars, [-1, -1, -1])
    }

    func testReductionsAndShapes() throws {
        let t = try Tensor([[1, 5, 3], [4, 2, 6]])
        XCTAssertEqual(try t.sum(axis: 0).scalars, [5, 7, 9])
        XCTAssertEqual(try t.mean(axis: 1, keepDims: true).shape, [2, 1])
        XCTAssertEqual(try t.max(axis: 1).scalars, [5, 6])
        XCTAssertEqual(try t.argmax(axis: 1).scalars, [1, 2])
        XCTAssertEqual(try t.argmax().item, 5)
        XCTAssertEqual(try t.min().item, 1)
        XCTAssertEqual(try t.T.shape, [3, 2])
        XCTAssertEqual(try t.T.scalars, [1, 4, 5, 2, 3, 6])
        XCTAssertEqual(try t.reshaped([-1]).shape, [6])
        XCTAssertEqual(try t.unsqueezed(axis: 0).squeezed().shape, [2, 3])
        XCTAssertEqual(try concat([t, t], axis: 1).shape, [2, 6])
        XCTAssertEqual(try stack([t, t]).shape, [2, 2, 3])
        XCTAssertEqual(Tensor([3, 4]).norm().scalars, [5])
    }

    func testMatmulShapesAndSgemmAgreesWithLoop() throws {
        let rng = RandomGenerator(seed: 5)
        let a = try Tensor.randn([2, 3, 4], using: rng), b = try Tensor.randn([4, 5], using: rng)
        XCTAssertEqual(try matmul(a, b).shape, [2, 3, 5])
        XCTAssertEqual(try matmul(Tensor([1, 2]), Tensor([3, 4])).shape, [])
        XCTAssertEqual(try matmul(Tensor([1, 2]), Tensor([3, 4])).item, 11)
        // 20·30·40 goes through sgemm; compare with a Double reference.
        let x = try Tensor.randn([20, 30], using: rng), y = try Tensor.randn([30, 40], using: rng)
        let p = try matmul(x, y).scalars, xs = x.scalars, ys = y.scalars
        var reference = [Double](repeating: 0, count: 800)
        for i in 0..<20 { for j in 0..<40 { for k in 0..<30 { reference[i * 40 + j] += xs[i * 30 + k] * ys[k * 40 + j] } } }
        assertClose(p, reference, accuracy: 1e-4)
    }

    func testFormattingLooksLikePyTorch() throws {
        XCTAssertEqual(try Tensor([[1, 2], [3, 4]]).description, "tensor([[1., 2.],\n        [3., 4.]])")
        XCTAssertEqual(Tensor([0.5, -1.25]).description, "tensor([ 0.5000, -1.2500])")
        XCTAssertEqual(Tensor(2.5, requiresGrad: true).description, "tensor(2.5000, requiresGrad: true)")
        XCTAssertEqual(Tensor([1e-6, 1]).description, "tensor([1.0000e-06, 1.0000e+00])")
        XCTAssertEqual(Tensor([.nan, 1, -.infinity]).description, "tensor([ nan,   1., -inf])")
        let big = try Tensor.arange(0, 2000).formatted()
        XCTAssertEqual(big, "tensor([   0.,    1.,    2.,  ..., 1997., 1998., 1999.])")
        XCTAssertEqual(try Tensor([[1, 2.5]]).formattedRows(), [["1.0000", "2.5000"]])
    }
}
