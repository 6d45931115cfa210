import CBLAS
import CSleef
import Foundation
import XCTest
@testable import TensorEngine

/// BLASCore.swift: when OpenBLAS does not know the CPU and falls back to kernels without AVX,
/// the engine has it choose again by the CPU's features; otherwise OpenBLAS's choice stands.
final class BLASCoreTests: XCTestCase {
    func testAFallbackCoreIsReplacedByTheSetTheCPUsFeaturesCallFor() {
        XCTAssertEqual(BLASCore.replacement(for: "Prescott", vectorLevel: 2, userChoice: nil), "SkylakeX")
        XCTAssertEqual(BLASCore.replacement(for: "Core2", vectorLevel: 1, userChoice: nil), "Haswell")
        XCTAssertEqual(BLASCore.replacement(for: "Nehalem", vectorLevel: 2, userChoice: nil), "SkylakeX")
    }

    func testOpenBLASsChoiceStandsWhenItHasVectorsOrTheUserChoseOrTheCPUHasNone() {
        for core in ["Haswell", "SkylakeX", "Cooperlake", "SapphireRapids", "Zen", "Sandybridge"] {
            XCTAssertNil(BLASCore.replacement(for: core, vectorLevel: 2, userChoice: nil), core)
        }
        XCTAssertNil(BLASCore.replacement(for: "Prescott", vectorLevel: 2, userChoice: "Prescott"), "the user's OPENBLAS_CORETYPE stands")
        XCTAssertNil(BLASCore.replacement(for: "Prescott", vectorLevel: 0, userChoice: nil), "an old CPU keeps the old kernels")
    }

    func testAfterTheFirstProductOpenBLASRunsKernelsThatMatchTheCPU() throws {
        _ = try Tensor.ones([64, 64]).matmul(Tensor.ones([64, 64]))
        let level = Int(lesson_cpu_vector_level())
        let userChoice = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"]
        if level > 0 && userChoice == nil {
            XCTAssertTrue(BLASCore.vectorCores.contains(BLASCore.name.lowercased()),
                          "OpenBLAS runs \(BLASCore.name) on a CPU with AVX2 (corrected: \(String(describing: BLASCore.correction)))")
        }
        if userChoice == nil {
            XCTAssertNil(getenv("OPENBLAS_CORETYPE"), "the variable set for OpenBLAS's second choice is restored")
        }
        // The products are still right with the chosen kernels.
        let a = try Tensor.arange(0, 12).reshaped([3, 4]), b = try Tensor.arange(0, 8).reshaped([4, 2])
        let big = try Tensor.ones([40, 40]).matmul(Tensor.ones([40, 40]))
        XCTAssertEqual(try big.sum().item, 40 * 40 * 40)
        XCTAssertEqual(try a.matmul(b).scalars, [28, 34, 76, 98, 124, 162])
    }
}
