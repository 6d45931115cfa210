import XCTest
@testable import TensorEngine

/// conv1d/conv2d (functional and layers) and max pooling: reference values and gradients.
final class ConvTests: XCTestCase {
    func testConv2dOnTheTextbookFiveByFiveExample() throws {
        let input = try Tensor([[3, 3, 2, 1, 0], [0, 0, 1, 3, 1], [3, 1, 2, 2, 3], [2, 0, 0, 2, 2], [2, 0, 0, 0, 1]]).reshaped([1, 1, 5, 5])
        let kernel = try Tensor([[0, 1, 2], [2, 2, 0], [0, 1, 2]]).reshaped([1, 1, 3, 3])
        let out = try conv2d(input, kernel)
        XCTAssertEqual(out.shape, [1, 1, 3, 3])
        XCTAssertEqual(out.scalars, [12, 12, 17, 10, 17, 19, 9, 6, 14])
        // Padding 1 keeps 5x5; its centre is the unpadded result; stride 2 picks every other one.
        let padded = try conv2d(input, kernel, padding: 1)
        XCTAssertEqual(padded.shape, [1, 1, 5, 5])
        XCTAssertEqual(try padded[0, 0, .range(1..<4), .range(1..<4)].scalars, out.scalars)
        XCTAssertEqual(try conv2d(input, kernel, stride: 2).scalars, [12, 17, 9, 14])
        // Unbatched [C, H, W] input, and a bias.
        XCTAssertEqual(try conv2d(input.reshaped([1, 5, 5]), kernel, bias: Tensor([1])).scalars, out.scalars.map { $0 + 1 })
    }

    func testConv2dGradientsWithStridePaddingBatchAndChannels() throws {
        let x = try randomTensor([2, 3, 5, 4], seed: 1), w = try randomTensor([4, 3, 3, 2], seed: 2), b = try randomTensor([4], seed: 3)
        try checkGradients("conv2d", [x, w, b]) { try conv2d($0[0], $0[1], bias: $0[2]) }
        try checkGradients("conv2d stride 2 padding 1", [x, w, b]) { try conv2d($0[0], $0[1], bias: $0[2], stride: 2, padding: 1) }
        try checkGradients("conv2d (2,1) (0,2)", [x, w]) { try conv2d($0[0], $0[1], stride: (2, 1), padding: (0, 2)) }
    }

    func testConv2dUsesSgemmPathForLargerShapesWithTheSameResult() throws {
        // 8 output channels × 27 patch × 36 positions is above the sgemm threshold; compare to
        // a direct loop.
        let x = try randomTensor([2, 3, 6, 6], seed: 4), w = try randomTensor([8, 3, 3, 3], seed: 5)
        let y = try conv2d(x, w, padding: 1)
        let xs = x.floats, ws = w.floats
        var expected: [Double] = []
        for n in 0..<2 { for o in 0..<8 { for i in 0..<6 { for j in 0..<6 {
            var s: Float = 0
            for c in 0..<3 { for di in 0..<3 { for dj in 0..<3 {
                let yy = i + di - 1, xx = j + dj - 1
                if yy >= 0 && yy < 6 && xx >= 0 && xx < 6 { s += xs[((n * 3 + c) * 6 + yy) * 6 + xx] * ws[((o * 3 + c) * 3 + di) * 3 + dj] }
            } } }
            expected.append(Double(s))
        } } } }
        assertClose(y.scalars, expected, accuracy: 1e-4)
    }

    func testConv1dValuesAndGradients() throws {
        let x = try Tensor(shape: [1, 1, 5], scalars: [1, 2, 3, 4, 5] as [Double])
        let w = try Tensor(shape: [1, 1, 2], scalars: [1, 2] as [Double])
        XCTAssertEqual(try conv1d(x, w).scalars, [5, 8, 11, 14])
        // Padded [0, 1, 2, 3, 4, 5, 0], windows at 0, 2, 4.
        XCTAssertEqual(try conv1d(x, w, stride: 2, padding: 1).scalars, [2, 8, 14])
        XCTAssertEqual(try conv1d(x.reshaped([1, 5]), w).shape, [1, 4])
        let xs = try randomTensor([3, 2, 7], seed: 6), ws = try randomTensor([4, 2, 3], seed: 7), bs = try randomTensor([4], seed: 8)
        try checkGradients("conv1d", [xs, ws, bs]) { try conv1d($0[0], $0[1], bias: $0[2], stride: 2, padding: 1) }
    }

    func testConvLayersShapesInitialisationAndErrors() throws {
        let rng = RandomGenerator(seed: 9)
        let conv = try Conv2d(3, 6, kernelSize: 5, stride: 1, padding: 2, using: rng)
        XCTAssertEqual(conv.weight.shape, [6, 3, 5, 5])
        let bound = 1 / (75.0).squareRoot()
        XCTAssertTrue((conv.weight.scalars + conv.bias!.scalars).allSatisfy { abs($0) <= bound })
        XCTAssertEqual(try conv(Tensor.zeros([2, 3, 8, 9])).shape, [2, 6, 8, 9])
        let c1 = try Conv1d(2, 4, kernelSize: 3, stride: 2, using: rng)
        XCTAssertEqual(try c1(Tensor.zeros([5, 2, 9])).shape, [5, 4, 4])
        XCTAssertEqual(c1.parameters().map(\.shape), [[4, 2, 3], [4]])
        XCTAssertThrowsError(try conv(Tensor.zeros([2, 4, 8, 8]))) { XCTAssert("\($0)".contains("channels")) }
        XCTAssertThrowsError(try conv2d(Tensor.zeros([1, 1, 2, 2]), Tensor.zeros([1, 1, 3, 3]))) { XCTAssert("\($0)".contains("larger")) }
        XCTAssertThrowsError(try conv2d(Tensor.zeros([1, 1, 4, 4]), Tensor.zeros([1, 1, 3, 3]), stride: 0))
        XCTAssertThrowsError(try Conv2d(3, 6, kernelSize: 0, using: rng))
    }

    func testMaxPool2dValuesAndGradient() throws {
        let x = try Tensor(shape: [1, 1, 4, 4], scalars: [1, 5, 2, 0,
                                                          3, 4, 8, 1,
                                                          0, 2, 7, 6,
                                                          9, 1, 3, 3] as [Double])
        XCTAssertEqual(try maxPool2d(x, kernelSize: 2).scalars, [5, 8, 9, 7])
        XCTAssertEqual(try maxPool2d(x, kernelSize: 2, stride: 1).scalars, [5, 8, 8, 4, 8, 8, 9, 7, 7])
        XCTAssertEqual(try MaxPool2d(kernelSize: 3)(x.reshaped([1, 4, 4])).scalars, [8])
        let leaf = x.detached()
        leaf.requiresGrad = true
        try maxPool2d(leaf, kernelSize: 2).sum().backward()
        XCTAssertEqual(leaf.grad.scalars, [0, 1, 0, 0,  0, 0, 1, 0,  0, 0, 1, 0,  1, 0, 0, 0])
        // Random values have no ties, so finite differences are valid.
        try checkGradients("maxPool2d", [try randomTensor([2, 3, 5, 6], seed: 10)]) { try maxPool2d($0[0], kernelSize: 2, stride: 1) }
        try checkGradients("maxPool2d (3,2)", [try randomTensor([2, 2, 6, 5], seed: 11)]) {
            try maxPool2d($0[0], kernelSize: (3, 2), stride: (2, 2))
        }
        XCTAssertThrowsError(try maxPool2d(x, kernelSize: 5))
        XCTAssertThrowsError(try MaxPool2d(kernelSize: 0))
    }

    func testSmallConvNetTrainsOnBarOrientation() throws {
        // Vertical bars (class 0) against horizontal bars (class 1) on 6x6 images.
        let rng = RandomGenerator(seed: 12)
        var images: [Double] = [], labels: [Double] = []
        for k in 0..<6 {
            for vertical in [true, false] {
                for i in 0..<6 { for j in 0..<6 { images.append((vertical ? j : i) == k ? 1 : 0) } }
                labels.append(vertical ? 0 : 1)
            }
        }
        let x = try Tensor(shape: [12, 1, 6, 6], scalars: images), y = Tensor(labels)
        let model = Sequential(try Conv2d(1, 4, kernelSize: 3, padding: 1, using: rng), ReLU(),
                               try MaxPool2d(kernelSize: 2), Flatten(), try Linear(36, 2, using: rng))
        let optimizer = Adam(model.parameters(), lr: 0.02)
        var loss = Double.infinity
        for _ in 0..<200 where loss > 0.01 {
            let l = try CrossEntropyLoss()(try model(x), y)
            optimizer.zeroGrad()
            try l.backward()
            optimizer.step()
            loss = try l.item
        }
        XCTAssertLessThan(loss, 0.01)
    }
    /// im2col and col2im copy runs of valid columns; against the element-by-element definition
    /// over many geometries (padding wider than the kernel, strides past the image).
    func testIm2colAndCol2imMatchTheirDefinitionForManyGeometries() throws {
        for (width, kw, sw, pw) in [(1, 1, 1, 0), (5, 3, 1, 1), (5, 3, 2, 1), (6, 2, 3, 3), (4, 4, 1, 3), (7, 3, 2, 0), (3, 1, 3, 2)] {
            let geo = try ConvGeometry(op: "test", input: [1, 2, 3, width], kernel: (2, kw), stride: (1, sw), padding: (1, pw))
            let x = (0..<(2 * 3 * width)).map { Float($0 + 1) }
            var cols = [Float](repeating: -1, count: geo.patch * geo.positions)
            x.withUnsafeBufferPointer { xp in cols.withUnsafeMutableBufferPointer { geo.im2col(xp.baseAddress!, $0.baseAddress!) } }
            var expected = [Float](repeating: 0, count: cols.count)
            var back = [Float](repeating: 0, count: x.count)
            for c in 0..<2 { for i in 0..<2 { for j in 0..<kw { for oy in 0..<geo.outH { for ox in 0..<geo.outW {
                let y = oy - 1 + i, xx = ox * sw - pw + j
                let k = ((c * 2 + i) * kw + j) * geo.positions + oy * geo.outW + ox
                if y >= 0 && y < 3 && xx >= 0 && xx < width {
                    expected[k] = x[(c * 3 + y) * width + xx]
                    back[(c * 3 + y) * width + xx] += cols[k]
                }
            } } } } }
            XCTAssertEqual(cols, expected, "im2col width \(width) kernel \(kw) stride \(sw) padding \(pw)")
            var folded = [Float](repeating: 0, count: x.count)
            cols.withUnsafeBufferPointer { cp in folded.withUnsafeMutableBufferPointer { geo.col2im(cp.baseAddress!, $0.baseAddress!) } }
            XCTAssertEqual(folded, back, "col2im width \(width) kernel \(kw) stride \(sw) padding \(pw)")
        }
    }
}
