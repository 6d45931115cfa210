import XCTest
@testable import TensorEngine

final class ArithmeticTests: XCTestCase {
    func testElementwiseOpsBroadcastRowAgainstMatrix() throws {
        let a = try Tensor([[1, 2, 3], [4, 5, 6]])
        let b = Tensor([10, 20, 30])
        XCTAssertEqual(try (a + b).scalars, [11, 22, 33, 14, 25, 36])
        XCTAssertEqual(try (a - b).scalars, [-9, -18, -27, -6, -15, -24])
        XCTAssertEqual(try (a * b).scalars, [10, 40, 90, 40, 100, 180])
        XCTAssertEqual(try (b / a).shape, [2, 3])
    }

    func testColumnAndRowBroadcastToMatrix() throws {
        let col = try Tensor(shape: [3, 1], scalars: [1, 2, 3] as [Double])
        let row = try Tensor(shape: [1, 2], scalars: [10, 20] as [Double])
        let s = try col + row
        XCTAssertEqual(s.shape, [3, 2])
        XCTAssertEqual(s.scalars, [11, 21, 12, 22, 13, 23])
    }

    func testNumberOnEitherSide() throws {
        let a = Tensor([1, 2, 4])
        XCTAssertEqual((a + 1).scalars, [2, 3, 5])
        XCTAssertEqual((1 - a).scalars, [0, -1, -3])
        XCTAssertEqual((2 * a).scalars, [2, 4, 8])
        XCTAssertEqual((4 / a).scalars, [4, 2, 1])
        XCTAssertEqual((-a).scalars, [-1, -2, -4])
    }

    func testShapeMismatchNamesOpAndBothShapes() throws {
        let a = try Tensor.zeros([2, 3]), b = try Tensor.zeros([4])
        XCTAssertThrowsError(try a + b) { error in
            let e = error as! TensorError
            XCTAssertEqual(e.kind, .shapeMismatch)
            XCTAssertTrue(e.description.contains("+"))
            XCTAssertTrue(e.description.contains("[2, 3]"))
            XCTAssertTrue(e.description.contains("[4]"))
        }
    }

    func testComparisonsGiveZeroOneTensors() throws {
        let a = Tensor([1, 2, 3])
        XCTAssertEqual((a .> 1.5).scalars, [0, 1, 1])
        XCTAssertEqual((a .<= 2).scalars, [1, 1, 0])
        XCTAssertEqual(try (a .== Tensor([1, 0, 3])).scalars, [1, 0, 1])
        XCTAssertEqual(try (a .!= Tensor([1, 0, 3])).scalars, [0, 1, 0])
        XCTAssertEqual((2 .< a).scalars, [0, 0, 1])
    }

    func testLogOfZeroIsMinusInfinityAndZeroOverZeroIsNaN() throws {
        XCTAssertEqual(log(Tensor([0])).scalars, [-.infinity])
        XCTAssertTrue(try (Tensor([0]) / Tensor([0])).scalars[0].isNaN)
    }
}
