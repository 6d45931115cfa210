import XCTest
@testable import TensorEngine

/// Finite-difference gradient checking: the analytic gradient from `backward()` against central
/// differences (f(x+h) - f(x-h)) / 2h, element by element. The op's output is reduced with fixed
/// random weights, so every output element gets a different gradient (a plain sum would hide
/// mistakes that permute or broadcast gradients).
func checkGradients(_ name: String, _ inputs: [Tensor], eps: Float = 1e-2, tolerance: Double = 2e-2,
                    file: StaticString = #filePath, line: UInt = #line,
                    _ f: ([Tensor]) throws -> Tensor) throws {
    for t in inputs { t.requiresGrad = true; t.zeroGrad() }
    let probe = try noGrad { try f(inputs) }
    let rng = RandomGenerator(seed: 99)
    let weights = try Tensor.uniform(probe.shape, low: 0.5, high: 1.5, using: rng)
    func loss() throws -> Tensor { try (f(inputs) * weights).sum() }
    try loss().backward()
    for (k, t) in inputs.enumerated() {
        let analytic = t.grad.floats
        for i in 0..<t.count {
            let saved = t.data[i]
            t.data[i] = saved + eps
            let up = try noGrad { try Double(loss().item) }
            t.data[i] = saved - eps
            let down = try noGrad { try Double(loss().item) }
            t.data[i] = saved
            let numeric = (up - down) / (2 * Double(eps))
            let a = Double(analytic[i])
            let scale = max(1, abs(numeric), abs(a))
            XCTAssert(abs(numeric - a) <= tolerance * scale,
                      "\(name): input \(k) element \(i): analytic \(a), numeric \(numeric)", file: file, line: line)
        }
    }
}

/// A tensor of `shape` with normal values (seeded), requiring grad.
func randomTensor(_ shape: [Int], seed: UInt64 = 1, scale: Double = 1, shift: Double = 0) throws -> Tensor {
    let t = try Tensor.randn(shape, using: RandomGenerator(seed: seed)) * scale + shift
    let leaf = t.detached()
    leaf.requiresGrad = true
    return leaf
}

/// Asserts two arrays of numbers agree within `accuracy`.
func assertClose(_ a: [Double], _ b: [Double], accuracy: Double = 1e-5, _ message: String = "",
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, "count differs \(message)", file: file, line: line)
    for (x, y) in zip(a, b) where !(abs(x - y) <= accuracy * max(1, abs(y))) {
        XCTFail("\(a) is not close to \(b) \(message)", file: file, line: line)
        return
    }
}
