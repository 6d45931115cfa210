import XCTest
@testable import TensorEngine

/// Every bad input is a thrown TensorError with a message that says what and where.
final class ErrorTests: XCTestCase {
    private func assertError<T>(_ kind: TensorError.Kind, mentions words: [String] = [], _ body: @autoclosure () throws -> T,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard let e = error as? TensorError else { return XCTFail("not a TensorError: \(error)", file: file, line: line) }
            XCTAssertEqual(e.kind, kind, e.message, file: file, line: line)
            for w in words { XCTAssertTrue(e.message.contains(w), "\(e.message) does not mention \(w)", file: file, line: line) }
        }
    }

    func testShapeMismatchesNameOpAndShapes() throws {
        let a = try Tensor.zeros([2, 3]), b = try Tensor.zeros([3, 2])
        assertError(.shapeMismatch, mentions: ["*", "[2, 3]", "[3, 2]"], try a * b)
        assertError(.shapeMismatch, mentions: ["matmul", "[2, 3]", "[2, 3]"], try matmul(a, a))
        assertError(.shapeMismatch, mentions: ["concat"], try concat([a, try Tensor.zeros([2, 3, 1])]))
        assertError(.shapeMismatch, mentions: ["MSELoss", "[4, 1]", "[4]"], try MSELoss()(try Tensor.zeros([4, 1]), try Tensor.zeros([4])))
        assertError(.shapeMismatch, mentions: ["-="], try a -= b)
        assertError(.shapeMismatch, mentions: ["CrossEntropyLoss"], try CrossEntropyLoss()(a, Tensor([0, 1, 1])))
    }

    func testIndexOutOfRange() throws {
        let t = try Tensor.zeros([2, 3])
        assertError(.indexOutOfRange, mentions: ["index 2", "size 2"], try t[2])
        assertError(.indexOutOfRange, mentions: ["-4"], try t[0, -4])
        assertError(.indexOutOfRange, mentions: ["3 indices"], try t[0, 0, 0])
        assertError(.indexOutOfRange, mentions: ["1..<5"], try t[.all, .range(1..<5)])
        assertError(.indexOutOfRange, mentions: ["axis 2"], try t.sum(axis: 2))
        assertError(.indexOutOfRange, mentions: ["class index 3"], try CrossEntropyLoss()(t, Tensor([0, 3])))
        assertError(.indexOutOfRange, try Tensor.oneHot(Tensor([1.5]), count: 3))
    }

    func testItemOnSeveralElements() throws {
        assertError(.notAScalar, mentions: ["[3]", "item"], try Tensor([1, 2, 3]).item)
    }

    func testBackwardErrors() throws {
        assertError(.notAScalar, mentions: ["backward"], try Tensor([1, 2], requiresGrad: true).sum(axis: 0, keepDims: true).reshaped([1, 1]).expandedForTest().backward())
        assertError(.noGradient, mentions: ["requiresGrad"], try Tensor([1, 2]).sum().backward())
    }

    func testInPlaceOnRequiresGradSaysUseNoGrad() throws {
        let w = Tensor([1], requiresGrad: true)
        assertError(.inPlaceOnRequiresGrad, mentions: ["noGrad"], try w *= 2)
        assertError(.inPlaceOnRequiresGrad, mentions: ["noGrad"], try w.setIndexed([0], to: Tensor(3)))
    }

    func testSizeCapAndBadShapes() throws {
        assertError(.tooLarge, mentions: ["cap"], try Tensor.zeros([1 << 20, 1 << 10]))
        assertError(.tooLarge, try Tensor.zeros([1 << 30, 1 << 30, 1 << 30]))   // overflow, not a crash
        let big = try Tensor.zeros([1 << 14, 1]), row = try Tensor.zeros([1, 1 << 15])
        assertError(.tooLarge, try big + row)                                       // broadcast to 2^29
        assertError(.invalidShape, mentions: ["negative"], try Tensor.zeros([-1]))
        assertError(.invalidShape, mentions: ["[6]", "[4, -1]"], try Tensor.zeros([6]).reshaped([4, -1]))
        assertError(.invalidShape, try Tensor.zeros([6]).reshaped([-1, -1]))
        assertError(.invalidShape, try Tensor(shape: [2, 2], scalars: [1, 2, 3] as [Float]))
        assertError(.invalidShape, try Tensor([[1, 2], [3]]))
        assertError(.invalidArgument, try Tensor.arange(0, 1, step: 0))
        assertError(.invalidArgument, mentions: ["[0, 1]"], try BCELoss()(Tensor([1.5]), Tensor([1])))
        assertError(.invalidShape, mentions: ["rank 3"], try Tensor.zeros([1, 2, 3]).T)
    }
}

private extension Tensor {
    /// A [2]-shaped result that requires grad (so backward fails on shape, not on grad).
    func expandedForTest() throws -> Tensor { try self.reshaped([1]) * Tensor([1, 1]) }
}
