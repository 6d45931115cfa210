import XCTest
@testable import Prelude
@testable import Script
import TensorEngine

final class TensorBindingTests: XCTestCase {
    func testNestedArraysOfIntsAndDoublesMakeTensorsOfTheirShape() throws {
        let h = BindingHarness()
        let t = try h.tensor([[1, 2, 3], [4.5, 5, 6]])
        XCTAssertEqual(engineTensor(t)?.shape, [2, 3])
        XCTAssertEqual(try h.property(t, "scalars").asDoubleArray(), [1, 2, 3, 4.5, 5, 6])
        XCTAssertEqual(try h.property(try h.tensor(3), "rank").asInt(), 0)
        XCTAssertNotNil(thrownMessage { try h.tensor([[1, 2], [3]]) }?.range(of: "ragged"))
    }

    func testArithmeticTakesNumbersOnEitherSide() throws {
        let h = BindingHarness()
        let t = try h.tensor([1, 2, 3])
        XCTAssertEqual(engineTensor(try h.op("*", 2, t))?.scalars, [2, 4, 6])
        XCTAssertEqual(engineTensor(try h.op("-", t, 1.5))?.scalars, [-0.5, 0.5, 1.5])
        XCTAssertEqual(engineTensor(try h.op(".>", t, 1))?.scalars, [0, 1, 1])
    }

    func testShapeMismatchIsALanguageErrorNamingBothShapes() throws {
        let h = BindingHarness()
        let message = thrownMessage { try h.op("+", try h.tensor([1, 2, 3]), try h.tensor([1, 2])) }
        XCTAssertNotNil(message)
        XCTAssertTrue(message!.contains("[3]") && message!.contains("[2]"), message!)
        let mm = thrownMessage { try h.call("matmul", [try h.tensor([[1, 2]]), try h.tensor([[1, 2]])]) }
        XCTAssertTrue(mm?.contains("[1, 2]") ?? false, mm ?? "no error")
    }

    func testCompoundAssignmentOnARequiresGradTensorNeedsNoGrad() throws {
        let h = BindingHarness()
        let w = try h.tensor([1.0, 2.0], requiresGrad: true)
        let compound = h.library.types["Tensor"]!.findCompound("-=")!
        let message = thrownMessage { try compound(w, .double(0.5)) }
        XCTAssertTrue(message?.contains("noGrad") ?? false, message ?? "no error")
        try TensorEngine.noGrad { try compound(w, .double(0.5)) }
        XCTAssertEqual(engineTensor(w)?.scalars, [0.5, 1.5])
    }

    func testSubscriptsTakeRangesEllipsisAndNegativeIndices() throws {
        let h = BindingHarness()
        let t = try h.tensor([[1, 2, 3], [4, 5, 6]])
        let get = h.library.types["Tensor"]!.findSubscript().0!
        func sub(_ args: [Value]) throws -> [Double] {
            engineTensor(try get(NativeCall(receiver: t, arguments: args, context: h.context)))?.scalars ?? []
        }
        XCTAssertEqual(try sub([.int(-1)]), [4, 5, 6])
        XCTAssertEqual(try sub([.range(RangeValue(lower: nil, upper: nil, closed: true)), .int(0)]), [1, 4])
        XCTAssertEqual(try sub([.int(0), .range(RangeValue(lower: .int(1), upper: nil, closed: true))]), [2, 3])
    }

    func testBackwardFillsGradAndNoGradReturnsTheClosureValue() throws {
        let h = BindingHarness()
        let w = try h.tensor([2.0], requiresGrad: true)
        let loss = try h.method(try h.op("*", w, w), "sum")
        _ = try h.method(loss, "backward")
        XCTAssertEqual(engineTensor(try h.property(w, "grad"))?.scalars, [4])
    }

    func testRandomTensorsFollowTheSessionSeed() throws {
        let a = BindingHarness(), b = BindingHarness()
        let x = try a.staticCall("Tensor", "randn", [[2, 3]])
        let y = try b.staticCall("Tensor", "randn", [[2, 3]])
        XCTAssertEqual(engineTensor(x)?.scalars, engineTensor(y)?.scalars)
        _ = try a.call("manualSeed", [7])
        _ = try b.call("manualSeed", [8])
        XCTAssertNotEqual(engineTensor(try a.staticCall("Tensor", "rand", [[4]]))?.scalars,
                          engineTensor(try b.staticCall("Tensor", "rand", [[4]]))?.scalars)
    }

    func testDisplayedTensorCarriesAGrid() throws {
        let h = BindingHarness()
        let v = h.context.displayValue(try h.tensor([[1, 2], [3, 4]]))
        XCTAssertEqual(v.typeName, "Tensor")
        XCTAssertEqual(v.grid?.rows, [["1.", "2."], ["3.", "4."]])
        XCTAssertTrue(v.text.hasPrefix("tensor([[1., 2.],"), v.text)
    }

    func testActivationsWorkOnDoubleToo() throws {
        let h = BindingHarness()
        XCTAssertEqual(try h.call("sigmoid", [0.0]).asDouble(), 0.5)
        XCTAssertEqual(try h.call("relu", [-2.0]).asDouble(), 0)
        XCTAssertEqual(engineTensor(try h.call("relu", [try h.tensor([-1, 2])]))?.scalars, [0, 2])
    }
}
