import XCTest
@testable import TensorEngine

/// The engine's hook for whoever runs it (issue 12): large products run in bounded tiles
/// that look at the thread's limits, and large tensors count against a memory budget.
final class ComputeLimitsTests: XCTestCase {
    override func tearDown() {
        ComputeLimits.current = nil
    }

    func testTiledProductEqualsTheWholeProduct() throws {
        let rng = RandomGenerator(seed: 3)
        // 1100 × 1030 × 1050 multiply-adds pass the split threshold (2^30).
        let a = try Tensor.randn([1100, 1030], using: rng), b = try Tensor.randn([1030, 1050], using: rng)
        let whole = try a.matmul(b)
        let wholeT = try Tensor.matmulForward(b, transA: true, a, transB: true)  // bᵀ·aᵀ = (a·b)ᵀ
        ComputeLimits.current = ComputeLimits(memoryLimit: 1 << 40)
        let tiled = try a.matmul(b)
        let tiledT = try Tensor.matmulForward(b, transA: true, a, transB: true)
        // Tiles sum in another order: equal up to rounding.
        for (x, y) in Array(zip(whole.floats, tiled.floats)) + Array(zip(wholeT.floats, tiledT.floats)) {
            XCTAssertEqual(x, y, accuracy: 1e-3 * max(1, abs(x)))
        }
    }

    func testAStoppedProductReturnsBetweenTiles() throws {
        let a = try Tensor.ones([4096, 4096])
        var polls = 0
        ComputeLimits.current = ComputeLimits(memoryLimit: 1 << 40, shouldStop: { polls += 1; return true })
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try a.matmul(a)  // 2^36 multiply-adds: many seconds unless it stops at once
        XCTAssertEqual(polls, 1)
        XCTAssertLessThan(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, 2)
    }

    func testTensorsCountAgainstTheBudgetWhileAlive() throws {
        var over = 0
        let limits = ComputeLimits(memoryLimit: 10 << 20, overBudget: { over += 1 })
        ComputeLimits.current = limits
        var keep: [Tensor] = []
        for _ in 0..<4 { keep.append(try Tensor.zeros([512 * 1024])) }  // 2 MB each
        XCTAssertEqual(limits.memoryInUse, 8 << 20)
        XCTAssertThrowsError(try Tensor.zeros([1024 * 1024])) { error in
            XCTAssertEqual((error as? TensorError)?.kind, .tooLarge)
            XCTAssertTrue("\(error)".contains("of the 10 MB memory budget"), "\(error)")
        }
        // An operator's result cannot fail: it is counted and reported instead.
        let sum = try keep[0] + keep[1]
        XCTAssertEqual(over, 0)
        keep.append(sum)
        _ = try keep[0] + keep[1]
        XCTAssertEqual(over, 1)
        keep.removeAll()
        XCTAssertEqual(limits.memoryInUse, 2 << 20)  // `sum` is still alive
        XCTAssertEqual(try Tensor.zeros([16]).count, 16)  // small tensors are not counted
    }
}
