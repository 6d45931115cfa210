import XCTest
@testable import TensorEngine

/// Reference values computed by hand (in Double, Python's math module) from the formulas in
/// PyTorch's loss documentation (torch.nn.*Loss pages), on fixed inputs.
final class LossTests: XCTestCase {
    let p = Tensor([0.2, 0.7, 0.9]), t = Tensor([0, 1, 1])

    func testMSEIsMeanOfSquaredDifferences() throws {
        // ((0.2)² + (0.3)² + (0.1)²) / 3
        assertClose([try MSELoss()(p, t).item], [0.14 / 3])
        assertClose([try MSELoss(reduction: .sum)(p, t).item], [0.14])
        assertClose(try MSELoss(reduction: .none)(p, t).scalars, [0.04, 0.09, 0.01])
    }

    func testL1IsMeanAbsoluteDifference() throws {
        assertClose([try L1Loss()(p, t).item], [0.2])          // (0.2 + 0.3 + 0.1) / 3
    }

    func testSmoothL1IsQuadraticBelowBetaLinearAbove() throws {
        // 0.5·0.5² = 0.125 and 3 - 0.5 = 2.5 (beta = 1)
        assertClose(try SmoothL1Loss(reduction: .none)(Tensor([0.5, 3]), Tensor([0, 0])).scalars, [0.125, 2.5])
    }

    func testBCEMatchesFormula() throws {
        // -(log 0.8 + log 0.7 + log 0.9) / 3
        assertClose([try BCELoss()(p, t).item], [0.22839300363692283])
        // log clamped at -100: p = 0 against t = 1 costs 100, not inf.
        assertClose([try BCELoss()(Tensor([0]), Tensor([1])).item], [100])
    }

    func testBCEWithLogitsMatchesFormulaAndIsStable() throws {
        // mean of max(x,0) - x·t + log(1 + e^-|x|) for x = [0.5, -1, 2], t = [1, 0, 1]
        assertClose([try BCEWithLogitsLoss()(Tensor([0.5, -1, 2]), Tensor([1, 0, 1])).item], [0.3047555609137673])
        let big = try BCEWithLogitsLoss(reduction: .none)(Tensor([1000, -1000]), Tensor([0, 1]))
        assertClose(big.scalars, [1000, 1000])
    }

    func testCrossEntropyOfLogitsAndClassIndices() throws {
        // row 0: log(e + e² + e³) - 3; row 1: log 3; mean of the two
        let logits = try Tensor([[1, 2, 3], [1, 1, 1]])
        assertClose([try CrossEntropyLoss()(logits, Tensor([2, 0])).item], [0.753109126556245])
    }

    func testNLLPicksNegativeLogProbabilityOfTarget() throws {
        let logp = try Tensor([[-1, -2], [-0.5, -3]])
        assertClose([try NLLLoss()(logp, Tensor([1, 0])).item], [1.25])   // (2 + 0.5) / 2
        assertClose(try NLLLoss(reduction: .none)(logp, Tensor([1, 0])).scalars, [2, 0.5])
    }

    func testSoftmaxOfHugeLogitsIsFiniteAndExact() throws {
        let x = try Tensor([[1000, 1000], [-1000, 0], [1000, -1000]])
        let s = try softmax(x)
        XCTAssertEqual(s.scalars, [0.5, 0.5, 0, 1, 1, 0])
        let ls = try logSoftmax(x)
        assertClose(ls.scalars, [-Foundation.log(2.0), -Foundation.log(2.0), -1000, 0, 0, -2000])
        XCTAssertTrue(ls.scalars.allSatisfy { $0.isFinite })
    }
}
