import XCTest
@testable import Plot

final class ReductionTests: XCTestCase {
    private let sx = AxisScale(lo: 0, hi: 1_000_000, isLog: false, p0: 50, p1: 650)
    private let sy = AxisScale(lo: -2, hi: 2, isLog: false, p0: 350, p1: 50)

    private func signal(_ n: Int) -> ([Double], [Double]) {
        let x = (0..<n).map(Double.init)
        let y = x.map { sin($0 / 5000) + 0.5 * sin($0 / 7) }
        return (x, y)
    }

    func testMillionPointsKeepAtMostFourPerPixelColumn() {
        let (x, y) = signal(1_000_000)
        let p = Reduction.polyline(x, y, sx: sx, sy: sy, reduce: true)
        XCTAssertLessThanOrEqual(p.count, 4 * 601)
        XCTAssertGreaterThan(p.count, 2 * 600)
        XCTAssertEqual(p.skipped, 0)
        XCTAssertEqual(p.runStarts, [0])
    }

    func testReductionKeepsEveryColumnsExtremesInOrder() {
        let (x, y) = signal(200_000)
        let p = Reduction.polyline(x, y, sx: sx, sy: sy, reduce: true)
        let full = Reduction.polyline(x, y, sx: sx, sy: sy, reduce: false)
        // Same extremes per pixel column, and the x order of the input is kept.
        var lo: [Int: Double] = [:], hi: [Int: Double] = [:]
        for k in 0..<full.count {
            let c = Int(full.xs[k].rounded(.down))
            lo[c] = min(lo[c] ?? .infinity, full.ys[k]); hi[c] = max(hi[c] ?? -.infinity, full.ys[k])
        }
        var rlo: [Int: Double] = [:], rhi: [Int: Double] = [:]
        for k in 0..<p.count {
            let c = Int(p.xs[k].rounded(.down))
            rlo[c] = min(rlo[c] ?? .infinity, p.ys[k]); rhi[c] = max(rhi[c] ?? -.infinity, p.ys[k])
            if k > 0 { XCTAssertGreaterThanOrEqual(p.xs[k], p.xs[k - 1]) }
        }
        XCTAssertEqual(lo, rlo)
        XCTAssertEqual(hi, rhi)
        XCTAssertEqual(p.xs.first, full.xs.first)
        XCTAssertEqual(p.xs.last, full.xs.last)
        XCTAssertEqual(p.ys.last, full.ys.last)
    }

    func testNonFinitePointsBreakTheLineAndAreCounted() {
        let x: [Double] = [0, 1, 2, 3, 4, 5]
        let y: [Double] = [0, 1, .nan, 1, .infinity, 0]
        let p = Reduction.polyline(x, y, sx: AxisScale(lo: 0, hi: 5, isLog: false, p0: 0, p1: 500), sy: sy, reduce: false)
        XCTAssertEqual(p.skipped, 2)
        XCTAssertEqual(p.count, 4)
        XCTAssertEqual(p.runStarts, [0, 2, 3])
    }

    func testLogAxisSkipsValuesAtOrBelowZero() {
        let ly = AxisScale(lo: -2, hi: 0, isLog: true, p0: 300, p1: 0)
        let p = Reduction.polyline([0, 1, 2], [0.1, 0, 1], sx: AxisScale(lo: 0, hi: 2, isLog: false, p0: 0, p1: 100), sy: ly, reduce: false)
        XCTAssertEqual(p.skipped, 1)
        XCTAssertEqual(p.ys, [150, 0])
    }

    func testScatterDropsPointsOnAnAlreadyDrawnPixel() {
        let x = (0..<10_000).map { Double($0 % 100) / 100 }
        let y = x.map { $0 * 0 }
        let s = AxisScale(lo: 0, hi: 1, isLog: false, p0: 0, p1: 100)
        let p = Reduction.scatter(x, y, sx: s, sy: AxisScale(lo: -1, hi: 1, isLog: false, p0: 100, p1: 0),
                                  reduce: true, width: 100, height: 100, originX: 0, originY: 0)
        XCTAssertEqual(p.count, 100)
    }
}
