import XCTest
@testable import Plot

final class TicksTests: XCTestCase {
    func testUnitIntervalGetsTenthsWithoutFloatNoise() {
        let t = Ticks.linear(0, 1, maxBins: 10).major
        XCTAssertEqual(t.map(\.label), ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"])
        XCTAssertEqual(t[3].value, 0.3)  // not 0.30000000000000004
        XCTAssertEqual(t[7].value, 0.7)
    }

    func testStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        for (lo, hi, bins) in [(0.0, 7.3, 5), (-3.2, 48.0, 6), (0.001, 0.0043, 4), (1e5, 3.7e5, 5), (-1.0, 1.0, 3)] {
            let step = TickStep.covering(lo, hi, maxBins: bins)
            XCTAssertTrue([1, 2, 5].contains(step.mantissa), "\(lo)...\(hi)")
            let first = (lo / step.value).rounded(.down), last = (hi / step.value).rounded(.up)
            XCTAssertLessThanOrEqual(last - first, Double(bins), "\(lo)...\(hi) step \(step)")
        }
        XCTAssertEqual(TickStep.covering(0, 10, maxBins: 5), TickStep(mantissa: 2, exponent: 0))
        XCTAssertEqual(TickStep.covering(0, 10, maxBins: 10), TickStep(mantissa: 1, exponent: 0))
        XCTAssertEqual(TickStep.covering(0, 0.07, maxBins: 4), TickStep(mantissa: 2, exponent: -2))
    }

    func testTicksStayInsideTheRange() {
        let t = Ticks.linear(-0.35, 2.6, maxBins: 7).major
        XCTAssertEqual(t.map(\.label), ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5"])
        XCTAssertTrue(t.allSatisfy { $0.value >= -0.35 && $0.value <= 2.6 })
    }

    func testNegativeLabelsUseTheMinusSign() {
        let t = Ticks.linear(-10, 10, maxBins: 4).major
        XCTAssertEqual(t.map(\.label), ["\u{2212}10", "\u{2212}5", "0", "5", "10"])
    }

    func testHugeAndTinyValuesUseScientificLabels() {
        XCTAssertEqual(Ticks.linear(0, 3e6, maxBins: 3).major.map(\.label), ["0", "10⁶", "2×10⁶", "3×10⁶"])
        XCTAssertEqual(Ticks.linear(0, 2e-4, maxBins: 2).major.map(\.label), ["0", "10⁻⁴", "2×10⁻⁴"])
        XCTAssertEqual(NumberFormat.scientific(25, exponent: -6), "2.5×10⁻⁵")
    }

    func testLogAxisTicksAtDecadesWithMinorTicks() {
        let t = Ticks.log(-3.2, 0.5, maxBins: 6)
        XCTAssertEqual(t.major.map(\.label), ["0.001", "0.01", "0.1", "1"])
        XCTAssertEqual(t.major.map(\.value), [0.001, 0.01, 0.1, 1])
        XCTAssertTrue(t.minor.contains(0.002) && t.minor.contains(3))
        XCTAssertEqual(Ticks.log(-9, 1, maxBins: 5).major.map(\.label), ["10⁻⁹", "10⁻⁶", "0.001", "1"])
    }

    func testShortLogRangeFallsBackToTwoAndFive() {
        XCTAssertEqual(Ticks.log(log10(0.15), log10(6), maxBins: 6).major.map(\.label), ["0.2", "0.5", "1", "2", "5"])
    }

    func testDecimalFormattingIsExact() {
        XCTAssertEqual(NumberFormat.decimal(3, exponent: -1), "0.3")
        XCTAssertEqual(NumberFormat.decimal(-25, exponent: -3), "\u{2212}0.025")
        XCTAssertEqual(NumberFormat.decimal(12, exponent: 2), "1200")
        XCTAssertEqual(NumberFormat.fixed(-0.0001, decimals: 2), "0.00")
        XCTAssertEqual(NumberFormat.short(0.30000000000000004), "0.3")
        XCTAssertEqual(NumberFormat.short(-1234.5678), "\u{2212}1235")
        XCTAssertEqual(NumberFormat.short(0.012345), "0.01235")
    }
}

final class AxisRangeTests: XCTestCase {
    func testRangeIsPaddedByFivePercent() {
        let (a, b) = AxisRange.padded(0, 10)
        XCTAssertEqual(a, -0.5, accuracy: 1e-12)
        XCTAssertEqual(b, 10.5, accuracy: 1e-12)
    }

    func testStickyZeroIsNotPadded() {
        let (a, b) = AxisRange.padded(0, 200, sticky: [0])
        XCTAssertEqual(a, 0)
        XCTAssertEqual(b, 210, accuracy: 1e-9)
    }

    func testSingleValueGetsAWindowAroundIt() {
        XCTAssertEqual(AxisRange.padded(5, 5).0, 4.5, accuracy: 1e-12)
        XCTAssertEqual(AxisRange.padded(5, 5).1, 5.5, accuracy: 1e-12)
        XCTAssertEqual(AxisRange.padded(0, 0).0, -1)
        XCTAssertEqual(AxisRange.padded(0, 0).1, 1)
    }

    func testScaleMapsLimitsToPixelEnds() {
        let s = AxisScale(lo: -1, hi: 3, isLog: false, p0: 300, p1: 20)
        XCTAssertEqual(s.px(-1), 300)
        XCTAssertEqual(s.px(3), 20)
        XCTAssertEqual(s.px(1), 160)
        let l = AxisScale(lo: -2, hi: 2, isLog: true, p0: 0, p1: 400)
        XCTAssertEqual(l.px(1), 200, accuracy: 1e-9)
        XCTAssertEqual(l.px(0.1), 100, accuracy: 1e-9)
    }
}

final class TickOffsetTests: XCTestCase {
    func testLargeValuesWithATinySpreadAreLabelledRelativeToAnOffset() {
        let t = Ticks.linear(1e9 - 0.1, 1e9 + 3.1, maxBins: 5)
        XCTAssertEqual(t.major.map(\.label), ["0", "1", "2", "3"])
        XCTAssertEqual(t.major.first?.value, 1e9)
        XCTAssertEqual(t.offset, "+10⁹")
        XCTAssertNil(Ticks.linear(0, 1, maxBins: 5).offset)
    }
}
