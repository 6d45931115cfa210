import XCTest
@testable import TensorEngine

final class AutogradTests: XCTestCase {
    func testBackwardOfProductGivesOtherOperand() throws {
        let x = Tensor(3, requiresGrad: true), y = Tensor(4, requiresGrad: true)
        try (x * y + x).backward()
        XCTAssertEqual(x.grad.scalars, [5])
        XCTAssertEqual(y.grad.scalars, [3])
    }

    func testGradientsAccumulateAcrossBackwardPasses() throws {
        let x = Tensor(2, requiresGrad: true)
        try (x * x).backward()
        try (x * x).backward()
        XCTAssertEqual(x.grad.scalars, [8])
        x.zeroGrad()
        XCTAssertEqual(x.grad.scalars, [0])
    }

    func testBroadcastGradientIsSummedBackToShape() throws {
        let a = try randomTensor([3, 4]), b = try randomTensor([4], seed: 2)
        try (a + b).sum().backward()
        XCTAssertEqual(b.grad.shape, [4])
        XCTAssertEqual(b.grad.scalars, [3, 3, 3, 3])
    }

    func testSharedOperandGradientsAreIndependent() throws {
        let a = Tensor([1, 2], requiresGrad: true), b = Tensor([3, 4], requiresGrad: true)
        try (a + b).sum().backward()
        try noGrad { try a.grad *= 10 }
        XCTAssertEqual(b.grad.scalars, [1, 1])
    }

    func testBackwardFromNonScalarIsAnError() throws {
        let x = Tensor([1, 2], requiresGrad: true)
        XCTAssertThrowsError(try (x * 2).backward()) { XCTAssertEqual(($0 as! TensorError).kind, .notAScalar) }
    }

    func testNoGradRecordsNothing() throws {
        let x = Tensor([1, 2], requiresGrad: true)
        let y = noGrad { x * 2 }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertTrue((x * 2).requiresGrad)
    }

    func testInPlaceUpdateOnRequiresGradNeedsNoGrad() throws {
        let w = Tensor([1, 2], requiresGrad: true)
        XCTAssertThrowsError(try w -= 1) { error in
            XCTAssertEqual((error as! TensorError).kind, .inPlaceOnRequiresGrad)
            XCTAssertTrue("\(error)".contains("noGrad"))
        }
        try noGrad { try w -= Tensor([0.5, 0.5]) }
        XCTAssertEqual(w.scalars, [0.5, 1.5])
    }

    func testGradModeIsPerThread() throws {
        let x = Tensor([1], requiresGrad: true)
        var otherThreadRecorded = false
        try noGrad {
            let thread = Thread { otherThreadRecorded = (x * 2).requiresGrad }
            thread.start()
            while !thread.isFinished { usleep(1000) }
            XCTAssertFalse((x * 2).requiresGrad)
        }
        XCTAssertTrue(otherThreadRecorded)
    }
}
