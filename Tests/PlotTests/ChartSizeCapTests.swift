import XCTest
@testable import Plot

/// Charts never grow past what a panel can show: big heatmap and contour grids and level
/// counts are reduced when the figure is built, with a note on the chart; a figure that
/// would still take more than `SVGWriter.maximumBytes` of SVG is refused with a message.
final class ChartSizeCapTests: XCTestCase {
    private func grid(_ rows: Int, _ cols: Int, _ f: (Int, Int) -> Double) -> [[Double]] {
        (0..<rows).map { i in (0..<cols).map { j in f(i, j) } }
    }

    /// A pseudo-random grid (each cell its own colour, the worst case for merged runs).
    private func noise(_ rows: Int, _ cols: Int) -> [[Double]] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return grid(rows, cols) { _, _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    func testAThousandByThousandHeatmapIsShownAsBlockMeansWithANote() throws {
        let fig = Figure(title: "big")
        try fig.heatmap(noise(1000, 1000))
        let svg = try fig.svg()
        assertWellFormedSVG(svg, "1000x1000 heatmap")
        XCTAssertTrue(svg.contains("1000×1000 grid shown as 125×125 cells, each the mean of up to 8×8 values"), String(svg.suffix(2000)))
        XCTAssertLessThan(svg.utf8.count, 2 << 20)
    }

    func testAHugeHeatmapStaysSmall() throws {
        // (5000×5000 runs in Tests/Scripts/hostile-files.sh on the release build.)
        let z = grid(3000, 2000) { i, j in Double((i * 7 + j * 13) % 101) }
        let fig = Figure()
        try fig.heatmap(z, rowLabels: (0..<3000).map { "r\($0)" }, columnLabels: [])
        let svg = try fig.svg()
        XCTAssertTrue(svg.contains("3000×2000 grid shown as 125×125 cells, each the mean of up to 24×16 values"), String(svg.suffix(1500)))
        XCTAssertTrue(svg.contains(">r0<") && !svg.contains(">r1<"), "each block keeps its first row's label")
        XCTAssertLessThan(svg.utf8.count, 2 << 20)
    }

    func testBlockMeansAverageTheFiniteValuesOfEachBlock() {
        let z: [[Double]] = grid(4, 300) { i, j in j < 150 ? Double(i) : (i == 0 ? .nan : 10) }
        let r = GridReduction.blockMeans(z, rowLabels: [], columnLabels: [], maxSide: 128)
        XCTAssertEqual(r.z.count, 4)
        XCTAssertEqual(r.z[0].count, 100)                        // 300 columns in blocks of 3
        XCTAssertEqual(r.z[2][0], 2)
        XCTAssertEqual(r.z[1][99], 10)
        XCTAssertTrue(r.z[0][99].isNaN)                           // no finite value in the block: NaN, counted as missing
        XCTAssertNotNil(r.note)
        XCTAssertNil(GridReduction.blockMeans(grid(128, 128) { _, _ in 0 }, rowLabels: [], columnLabels: [], maxSide: 128).note)
    }

    func testBlocksCoverEveryIndexOnceInNearlyEqualSizes() {
        for (n, side) in [(129, 128), (1000, 128), (5000, 128), (10, 3), (7, 7)] {
            let blocks = GridReduction.blocks(n, side)
            XCTAssertLessThanOrEqual(blocks.count, side)
            XCTAssertEqual(blocks.flatMap { Array($0) }, Array(0..<n))
            let sizes = Set(blocks.map(\.count))
            XCTAssertLessThanOrEqual((sizes.max() ?? 0) - (sizes.min() ?? 0), 1, "\(n) in \(side)")
        }
        let picks = GridReduction.picks(1000, 200)
        XCTAssertEqual(picks.count, 200)
        XCTAssertEqual(picks.first, 0)
        XCTAssertEqual(picks.last, 999)
        XCTAssertEqual(picks, picks.sorted())
        XCTAssertEqual(Set(picks).count, 200)
    }

    func testAThousandLevelContourOnAThousandSquareGridIsReducedWithNotes() throws {
        let xs = (0..<1000).map { Double($0) / 100 }, ys = xs
        let z = ys.map { y in xs.map { x in sin(x) * cos(y) + 0.01 * x * y } }
        let start = Date()
        let fig = Figure(title: "surface")
        try fig.contour(xs, ys, z, levels: 1000)
        let svg = try fig.svg()
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
        assertWellFormedSVG(svg, "1000-level contour")
        XCTAssertTrue(svg.contains("1000×1000 grid traced at 200×200 evenly spaced points"), String(svg.suffix(2000)))
        XCTAssertTrue(svg.contains("1000 levels asked for, 100 drawn"))
        XCTAssertLessThanOrEqual(svg.utf8.count, SVGWriter.maximumBytes)
    }

    func testAContourOnNoiseIsReducedOrRefusedButNeverHuge() throws {
        let xs = (0..<80).map(Double.init)
        let fig = Figure()
        try fig.contour(xs, xs, noise(80, 80), levels: 100)
        do {
            let svg = try fig.svg()
            XCTAssertLessThanOrEqual(svg.utf8.count, SVGWriter.maximumBytes + 64 * 1024)
        } catch let error as PlotError {
            XCTAssertTrue(error.message.contains("MB of SVG"), error.message)
        }
    }

    func testAFigureThatWouldPassTheSVGCapIsRefusedWithAMessage() throws {
        let fig = Figure(title: "too many bars")
        let n = 200_000
        try fig.bar((0..<n).map { "category \($0)" }, (0..<n).map { Double($0 % 17) })
        XCTAssertThrowsError(try fig.svg()) { error in
            XCTAssertTrue((error as? PlotError)?.message.contains("4 MB of SVG") ?? false, "\(error)")
        }
        // Many small panels side by side count together.
        let panels = try (0..<3).map { _ -> Figure in
            let f = Figure()
            try f.bar((0..<60_000).map { "c\($0)" }, (0..<60_000).map(Double.init))
            return f
        }
        XCTAssertThrowsError(try Figure.svg(panels: panels))
    }

    func testTheWriterStopsAppendingAtItsLimit() {
        var w = SVGWriter(limit: 100)
        for _ in 0..<1000 { w.raw("<g>"); w.num(123.4); w.escaped("a&b") }
        XCTAssertTrue(w.overflowed)
        XCTAssertLessThan(w.bytes.count, 130)
        var small = SVGWriter(limit: 100)
        small.raw("<g/>")
        XCTAssertFalse(small.overflowed)
    }
}
