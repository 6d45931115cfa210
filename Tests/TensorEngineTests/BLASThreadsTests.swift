import CBLAS
import XCTest
@testable import TensorEngine

/// The BLAS thread policy of BLASThreads.swift: one count read once, products below the
/// threshold on one thread and larger ones on every core when automatic, a fixed count given
/// to OpenBLAS once and never changed per product.
final class BLASThreadsTests: XCTestCase {
    override func tearDown() {
        BLASThreads.fixed = BLASThreads.fromEnvironment
        BLASThreads.prepare(multiplyAdds: 1)
    }

    func testAutomaticPolicyUsesOneThreadBelowTheThresholdAndEveryCoreAbove() {
        BLASThreads.fixed = nil
        XCTAssertEqual(BLASThreads.threads(forMultiplyAdds: 256 * 256 * 256), 1, "256³ stays on one thread")
        XCTAssertEqual(BLASThreads.threads(forMultiplyAdds: BLASThreads.parallelThreshold - 1), 1)
        XCTAssertEqual(BLASThreads.threads(forMultiplyAdds: BLASThreads.parallelThreshold), BLASThreads.cores)
        BLASThreads.prepare(multiplyAdds: 1)
        XCTAssertEqual(Int(openblas_get_num_threads()), 1)
        // Many small products in a row never touch OpenBLAS's setting again.
        for _ in 0..<100 { BLASThreads.prepare(multiplyAdds: 64 * 64 * 64) }
        XCTAssertEqual(BLASThreads.current, 1)
    }

    func testAFixedCountHoldsForEveryProductSize() {
        BLASThreads.set(2)
        for size in [1, 1 << 20, BLASThreads.parallelThreshold, 1 << 30] {
            XCTAssertEqual(BLASThreads.threads(forMultiplyAdds: size), 2)
            BLASThreads.prepare(multiplyAdds: size)
            XCTAssertEqual(BLASThreads.current, 2)
        }
        XCTAssertEqual(Int(openblas_get_num_threads()), min(2, Int(openblas_get_num_procs())))
    }
}
