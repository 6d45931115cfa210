import CSleef
import XCTest
@testable import TensorEngine

/// The SLEEF kernels against the scalar rows they replace, over the whole float range.
final class VectorMathTests: XCTestCase {
    /// Every 4093rd bit pattern (both signs, denormals, every binade: ~1M floats) and the
    /// special values.
    static let inputs: [Float] = {
        var xs: [Float] = [0, -0, .infinity, -.infinity, .nan, -.nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                           .leastNormalMagnitude, -.leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                           .ulpOfOne, 1, -1, 88.72, 88.73, -87.33, -103.97, -104, 89, 9, -9, 15, -15, 20, -20]
        var bits: UInt32 = 0
        while true {
            xs.append(Float(bitPattern: bits))
            let (next, overflow) = bits.addingReportingOverflow(4093)
            if overflow { break }
            bits = next
        }
        return xs
    }()

    /// The distance in units in the last place between two floats of the same sign (0 when
    /// both are NaN or equal, .max when only one is NaN or the signs differ).
    func ulpDistance(_ a: Float, _ b: Float) -> UInt32 {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : .max }
        if a == b { return 0 }
        if (a < 0) != (b < 0) && a != 0 && b != 0 { return .max }
        let ia = Int64(a.magnitude.bitPattern), ib = Int64(b.magnitude.bitPattern)
        return UInt32(clamping: Swift.abs(ia - ib))
    }

    /// Checks `f`'s vector kernel against its scalar row: at most `ulps` apart where the
    /// scalar result is a normal number, at most the smallest normal apart where it is denormal.
    func check<F: UnaryFunction>(_ f: F, _ name: String, ulps: UInt32, file: StaticString = #filePath, line: UInt = #line) throws {
        try XCTSkipUnless(VectorMath.available, "no AVX2/FMA here: the scalar rows are used")
        let xs = Self.inputs, n = xs.count
        var vector = [Float](repeating: 0, count: n)
        xs.withUnsafeBufferPointer { x in
            vector.withUnsafeMutableBufferPointer { y in UnaryKernels.forward(f, x.baseAddress!, y.baseAddress!, n) }
        }
        var worst: UInt32 = 0, worstAt: Float = 0, failures = 0
        for i in 0..<n {
            let ref = f.forward(xs[i]), got = vector[i]
            let ok: Bool
            if !ref.isNaN && ref.magnitude < .leastNormalMagnitude && !got.isNaN {
                ok = (ref - got).magnitude <= .leastNormalMagnitude
            } else {
                let d = ulpDistance(ref, got)
                ok = d <= ulps
                if d > worst && ok { worst = d; worstAt = xs[i] }
            }
            if !ok {
                failures += 1
                if failures <= 5 { XCTFail("\(name)(\(xs[i])) = \(got), scalar \(ref)", file: file, line: line) }
            }
        }
        XCTAssertEqual(failures, 0, "\(name): \(failures) of \(n) values out of tolerance (worst within: \(worst) ulp at \(worstAt))", file: file, line: line)
    }

    func testExpMatchesScalarOverTheWholeRange() throws { try check(ExpFunction(), "exp", ulps: 2) }
    func testLogMatchesScalarOverTheWholeRange() throws { try check(LogFunction(), "log", ulps: 2) }
    func testTanhMatchesScalarOverTheWholeRange() throws { try check(TanhFunction(), "tanh", ulps: 2) }
    func testSigmoidMatchesScalarOverTheWholeRange() throws { try check(SigmoidFunction(), "sigmoid", ulps: 4) }
    func testSoftplusMatchesScalarOverTheWholeRange() throws { try check(SoftplusFunction(), "softplus", ulps: 4) }
    func testEluAndSeluMatchScalarOverTheWholeRange() throws {
        try check(EluFunction(alpha: 1), "elu", ulps: 4)
        try check(SeluFunction(), "selu", ulps: 4)
    }

    /// Softplus's fused backward (g·sigmoid(x)) against the scalar derivative.
    func testSoftplusBackwardMatchesScalar() throws {
        try XCTSkipUnless(VectorMath.available, "no AVX2/FMA here")
        let xs = Self.inputs.filter { !$0.isNaN }, n = xs.count
        let g = [Float](repeating: 0.5, count: n), y = [Float](repeating: 0, count: n)
        var gx = [Float](repeating: 0, count: n)
        gx.withUnsafeMutableBufferPointer { out in
            UnaryKernels.backward(SoftplusFunction(), g, xs, y, out.baseAddress!, n)
        }
        for i in 0..<n {
            let ref = 0.5 * SigmoidFunction().forward(xs[i])
            XCTAssert(ref.magnitude < .leastNormalMagnitude ? (ref - gx[i]).magnitude <= .leastNormalMagnitude : ulpDistance(ref, gx[i]) <= 4,
                      "softplus' at \(xs[i]): \(gx[i]) vs \(ref)")
        }
    }

    /// Lengths that are not multiples of the vector width go through the padded tail, and a
    /// tensor op gives the same values as the kernel.
    func testTailsAndTensorOpsAgree() throws {
        for n in [1, 7, 8, 9, 15, 17, 33] {
            let x = try Tensor(shape: [n], scalars: (0..<n).map { Float($0) * 0.37 - 3 })
            let got = tanh(x).floats
            for i in 0..<n { XCTAssertEqual(got[i], tanhf(x.floats[i]), accuracy: 4e-7) }
        }
    }

    /// The LSTM's vector backward row gives the very floats of the scalar loop it replaces
    /// (FusedLSTM.swift): the same operations in the same order, no fused multiply-add; widths
    /// below, at and past the vector width exercise the scalar tail.
    func testLSTMBackwardRowEqualsTheScalarLoop() throws {
        try XCTSkipUnless(VectorMath.available, "no AVX2/FMA here: the scalar loop is used")
        let rng = RandomGenerator(seed: 5)
        for H in [1, 7, 8, 13, 128] {
            func draw(_ n: Int, _ lo: Float, _ hi: Float) -> [Float] { (0..<n).map { _ in lo + (hi - lo) * Float(rng.uniform()) } }
            let row = draw(4 * H, 0, 1), cPrev = draw(H, -2, 2), tc = draw(H, -1, 1), dh = draw(H, -3, 3)
            var dc = draw(H, -3, 3), drow = [Float](repeating: .nan, count: 4 * H)
            var refDc = dc, ref = drow
            for j in 0..<H {
                let i = row[j], f = row[H + j], gg = row[2 * H + j], og = row[3 * H + j], th = tc[j], dhj = dh[j]
                let dcj = refDc[j] + dhj * og * (1 - th * th)
                ref[j] = dcj * gg * i * (1 - i)
                ref[H + j] = dcj * cPrev[j] * f * (1 - f)
                ref[2 * H + j] = dcj * i * (1 - gg * gg)
                ref[3 * H + j] = dhj * th * og * (1 - og)
                refDc[j] = dcj * f
            }
            lesson_lstm_backward_row(row, cPrev, tc, dh, &dc, &drow, H)
            XCTAssertEqual(drow.map(\.bitPattern), ref.map(\.bitPattern), "gate gradients, H = \(H)")
            XCTAssertEqual(dc.map(\.bitPattern), refDc.map(\.bitPattern), "c's gradient, H = \(H)")
        }
    }

    /// softmax and logSoftmax along the last axis (SLEEF's exp) against the scalar path
    /// (glibc's expf), forward and logSoftmax's backward, on rows with huge logits and -inf.
    func testSoftmaxVectorPathMatchesScalar() throws {
        try XCTSkipUnless(VectorMath.available, "no AVX2/FMA here")
        defer { VectorMath.enabled = true }
        let rng = RandomGenerator(seed: 6)
        var values = (0..<(6 * 19)).map { _ in Float(rng.uniform() * 20 - 10) }
        values[3] = -.infinity; values[20] = 1000; values[21] = -1000
        for k in 0..<19 { values[5 * 19 + k] = -.infinity }   // a row all -inf
        func run(vector: Bool) throws -> [[Float]] {
            VectorMath.enabled = vector
            let x = try Tensor(shape: [6, 19], scalars: values)
            x.requiresGrad = true
            let weights = try Tensor(shape: [6, 19], scalars: (0..<(6 * 19)).map { Float($0 % 7) - 3 })
            let y = try logSoftmax(x)
            try (y * weights).sum().backward()
            return [try softmax(x).floats, y.floats, x.grad.floats]
        }
        let scalar = try run(vector: false), vector = try run(vector: true)
        for (name, (a, b)) in zip(["softmax", "logSoftmax", "logSoftmax'"], zip(scalar, vector)) {
            for (i, (u, v)) in zip(a, b).enumerated() {
                XCTAssert(u.isNaN ? v.isNaN : (u == v || (u - v).magnitude <= 4e-6 * Swift.max(1, u.magnitude)),
                          "\(name)[\(i)]: vector \(v), scalar \(u)")
            }
        }
    }

    /// The LSTM's forward row kernel gives the floats of the Swift path it replaces when the
    /// hidden size is a multiple of 8 (FusedLSTM.gatesAndState): the same SLEEF functions, the
    /// same products and sums.
    func testLSTMForwardRowEqualsTheSwiftPath() throws {
        try XCTSkipUnless(VectorMath.available, "no AVX2/FMA here: the Swift path is used")
        let rng = RandomGenerator(seed: 7)
        for H in [8, 16, 128] {
            func draw(_ n: Int) -> [Float] { (0..<n).map { _ in Float(rng.uniform() * 12 - 6) } }
            let pre = draw(4 * H), cPrev = draw(H)
            var ref = pre, refC = [Float](repeating: 0, count: H), refTc = refC, refH = refC
            ref.withUnsafeMutableBufferPointer { r in
                let row = r.baseAddress!
                UnaryKernels.forward(SigmoidFunction(), row, row, 2 * H)
                UnaryKernels.forward(TanhFunction(), row + 2 * H, row + 2 * H, H)
                UnaryKernels.forward(SigmoidFunction(), row + 3 * H, row + 3 * H, H)
            }
            for j in 0..<H { refC[j] = ref[H + j] * cPrev[j] + ref[j] * ref[2 * H + j] }
            refC.withUnsafeBufferPointer { c in
                refTc.withUnsafeMutableBufferPointer { UnaryKernels.forward(TanhFunction(), c.baseAddress!, $0.baseAddress!, H) }
            }
            for j in 0..<H { refH[j] = ref[3 * H + j] * refTc[j] }
            var row = pre, c = [Float](repeating: .nan, count: H), tc = c, h = c
            lesson_lstm_forward_row(&row, cPrev, &c, &tc, &h, H)
            XCTAssertEqual(row.map(\.bitPattern), ref.map(\.bitPattern), "gates, H = \(H)")
            XCTAssertEqual(c.map(\.bitPattern), refC.map(\.bitPattern), "c, H = \(H)")
            XCTAssertEqual(tc.map(\.bitPattern), refTc.map(\.bitPattern), "tanh c, H = \(H)")
            XCTAssertEqual(h.map(\.bitPattern), refH.map(\.bitPattern), "h, H = \(H)")
        }
    }
}
