import XCTest
@testable import TensorEngine

/// The vectorised Box-Muller keeps the seeding contract: the same generator state gives the
/// same values as the scalar `normal()`, and leaves the generator where the scalar path would.
final class NormalGeneratorTests: XCTestCase {
    func testFillNormalMatchesScalarNormalsAndLeavesTheSameState() {
        for count in [0, 1, 7, 8, 9, 1001, 4096] {
            let scalar = RandomGenerator(seed: 42), vector = RandomGenerator(seed: 42)
            _ = scalar.normal(); _ = vector.normal()   // leave a spare pending on both
            let expected = (0..<count).map { _ in Float(scalar.normal()) }
            var got = [Float](repeating: 0, count: count)
            got.withUnsafeMutableBufferPointer { vector.fillNormal($0.baseAddress!, count: count) }
            for i in 0..<count {
                XCTAssertEqual(got[i], expected[i], accuracy: Swift.max(1e-6, expected[i].magnitude * 1e-6), "value \(i) of \(count)")
            }
            XCTAssertEqual(vector.normal(), scalar.normal(), "count \(count): the generators diverged")
            XCTAssertEqual(vector.next(), scalar.next())
        }
    }

    func testRandnIsSeededAndStandard() throws {
        let a = try Tensor.randn([100_000], using: RandomGenerator(seed: 7))
        let b = try Tensor.randn([100_000], using: RandomGenerator(seed: 7))
        XCTAssertEqual(a.floats, b.floats)
        let mean = a.mean().scalars[0], sd = (try ((a - mean) * (a - mean)).mean().item).squareRoot()
        XCTAssertEqual(mean, 0, accuracy: 0.01)
        XCTAssertEqual(sd, 1, accuracy: 0.01)
    }
}
