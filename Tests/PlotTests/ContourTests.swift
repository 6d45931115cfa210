import XCTest
@testable import Plot

final class ContourTests: XCTestCase {
    func testLevelsFollowMaxNLocator() {
        // matplotlib: contour(z, 10) on [0, 1] gives 0, 0.1, ..., 1.0.
        let l = Contour.levels(0, 1, count: 10)
        XCTAssertEqual(l, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
        XCTAssertEqual(Contour.levels(0.3, 34.6, count: 12), [0, 5, 10, 15, 20, 25, 30, 35])
        XCTAssertEqual(Contour.levels(-3.7, 2.2, count: 5), [-4, -2, 0, 2, 4])
        XCTAssertEqual(Contour.levelTicks(0, 1, count: 4).map(\.label), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    func testLevelsBracketTheData() {
        for (lo, hi, n) in [(0.013, 0.97, 7), (-120.0, 4.0, 20), (1e-5, 3e-5, 3)] {
            let l = Contour.levels(lo, hi, count: n)
            XCTAssertLessThanOrEqual(l.first!, lo)
            XCTAssertGreaterThanOrEqual(l.last!, hi)
            XCTAssertLessThanOrEqual(l.count - 1, n + 1)
        }
    }

    /// z = x² + y² on [-2, 2]²: the level-1 line is the unit circle.
    private func cone(_ n: Int) -> ([Double], [Double], [[Double]]) {
        let v = (0..<n).map { -2 + 4 * Double($0) / Double(n - 1) }
        return (v, v, v.map { y in v.map { x in x * x + y * y } })
    }

    func testContourLineOfAConeIsAClosedCircle() {
        let (x, y, z) = cone(41)
        let lines = Contour.lines(px: x, py: y, z: z, level: 1)
        XCTAssertEqual(lines.count, 1)
        let line = lines[0]
        XCTAssertGreaterThan(line.count, 20)
        XCTAssertEqual(line.first!.0, line.last!.0, accuracy: 1e-12)  // closed
        XCTAssertEqual(line.first!.1, line.last!.1, accuracy: 1e-12)
        for (px, py) in line { XCTAssertEqual((px * px + py * py).squareRoot(), 1, accuracy: 0.01) }
    }

    func testBandsTileTheWholeGrid() {
        let (x, y, z) = cone(21)
        let levels = Contour.levels(0, 8, count: 8)
        let bands = Contour.bands(px: x, py: y, z: z, levels: levels)
        var area = 0.0
        for band in bands {
            for p in band {
                var s = 0.0
                for k in 0..<p.count { let a = p[k], b = p[(k + 1) % p.count]; s += a.x * b.y - b.x * a.y }
                area += abs(s) / 2
            }
        }
        XCTAssertEqual(area, 16, accuracy: 1e-9)
        // The centre cell is in the lowest band, the corners in the highest.
        XCTAssertFalse(bands[0].isEmpty)
        XCTAssertFalse(bands[levels.count - 2].isEmpty)
    }

    func testSaddleCellKeepsHighCornersJoined() {
        // High at bottom-left and top-right, low at the other two: one line around each low corner.
        let lines = Contour.lines(px: [0, 1], py: [0, 1], z: [[1, 0], [0, 1]], level: 0.5)
        XCTAssertEqual(lines.count, 2)
        let ends = lines.map { Set([$0.first!.0 + $0.first!.1 * 10, $0.last!.0 + $0.last!.1 * 10]) }
        // Around (1, 0): bottom edge (0.5, 0) and right edge (1, 0.5); around (0, 1): left and top.
        XCTAssertTrue(ends.contains(Set([0.5, 6.0])))
        XCTAssertTrue(ends.contains(Set([5.0, 10.5])))
    }

    func testNaNCellsAreLeftOut() {
        let z: [[Double]] = [[0, 1, 2], [1, .nan, 3], [2, 3, 4]]
        let bands = Contour.bands(px: [0, 1, 2], py: [0, 1, 2], z: z, levels: [0, 2, 4])
        XCTAssertTrue(bands.allSatisfy(\.isEmpty))
        XCTAssertTrue(Contour.lines(px: [0, 1, 2], py: [0, 1, 2], z: z, level: 1.5).isEmpty)
    }
}
