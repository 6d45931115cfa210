import Foundation
import XCTest
@testable import Plot

/// Byte-for-byte comparisons of a small chart of each kind with files in Golden/. After an
/// intended change, run with PLOT_UPDATE_GOLDEN=1 to rewrite them, then look at the diff.
final class GoldenTests: XCTestCase {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func check(_ name: String, _ fig: Figure, svg given: String? = nil,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let svg = try given ?? fig.svg()
        assertWellFormedSVG(svg, name, file: file, line: line)
        let url = Self.folder.appendingPathComponent("\(name).svg")
        if ProcessInfo.processInfo.environment["PLOT_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try svg.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            return XCTFail("missing \(url.path); run with PLOT_UPDATE_GOLDEN=1", file: file, line: line)
        }
        if svg != golden {
            // Ids hash the whole document, so mask them to point at the line that really changed.
            func lines(_ s: String) -> [String] {
                let re = try! NSRegularExpression(pattern: "lc[0-9a-f]{1,8}")
                let masked = re.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: "ID")
                return masked.components(separatedBy: "\n")
            }
            let a = lines(svg), b = lines(golden)
            let k = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            XCTFail("\(name).svg differs at line \(k + 1):\n got: \(k < a.count ? a[k] : "<end>")\nwant: \(k < b.count ? b[k] : "<end>")", file: file, line: line)
        }
    }

    func testLineGolden() throws {
        let fig = Figure(title: "Loss", xLabel: "epoch", yLabel: "MSE")
        try fig.line([0.9, 0.5, 0.3, 0.2, 0.15, 0.12], label: "train")
        try fig.line([0.95, 0.6, 0.4, 0.32, 0.3, 0.29], label: "test")
        try check("line", fig)
    }

    func testLogLineGolden() throws {
        let fig = Figure(title: "Loss (log)", xLabel: "epoch", yLabel: "loss", logY: true)
        try fig.line([1, 0.3, 0.05, 0.01, 0.004, 0.002])
        try check("line-log", fig)
    }

    func testScatterGolden() throws {
        let fig = Figure(title: "Points", xLabel: "x", yLabel: "y")
        try fig.scatter([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1], label: "data")
        try check("scatter", fig)
    }

    func testContourGolden() throws {
        let x = [-1.0, -0.5, 0, 0.5, 1], y = [-1.0, 0, 1]
        let z = y.map { b in x.map { w in w * w + 2 * b * b } }
        let fig = Figure(title: "Error surface", xLabel: "w", yLabel: "b")
        try fig.contour(x, y, z, levels: 4)
        try fig.path([-0.8, -0.3, 0], [0.9, 0.3, 0], label: "descent")
        try check("contour", fig)
    }

    func testHeatmapGolden() throws {
        let fig = Figure(title: "Confusion")
        try fig.heatmap([[5, 1], [0, 7]], rowLabels: ["cat", "dog"], columnLabels: ["cat", "dog"])
        try check("heatmap", fig)
    }

    func testHistogramGolden() throws {
        let fig = Figure(title: "Values", xLabel: "v", yLabel: "count")
        try fig.histogram([1, 2, 2, 3, 3, 3, 4, 4, 5, .nan], bins: 5)
        try check("histogram", fig)
    }

    func testBarGolden() throws {
        let fig = Figure(title: "Counts", yLabel: "n")
        try fig.bar(["a", "b", "c"], [3, 7, 5])
        try check("bar", fig)
    }

    // Mixed charts pin what the kinds share: inks over a colour map, the colour bar, legend
    // placement (inside, or in rows above the plot), notes and the description.

    func testLinesOverContourGolden() throws {
        let x = [-2.0, -1, 0, 1, 2], y = [-1.0, -0.5, 0, 0.5, 1]
        let z = y.map { b in x.map { w in w * w - b + (w == 0 && b == 0 ? .nan : 0) } }
        let fig = Figure(title: "Descent", xLabel: "w", yLabel: "b")
        try fig.contour(x, y, z, levels: 6, filled: false, label: "loss")
        try fig.path([-1.5, -0.7, -0.1], [0.8, 0.2, 0.05], label: "sgd")
        try fig.line([-2, 2], [-1, 1], label: "diagonal")
        try fig.scatter([1, 1.5], [-0.5, 0.5], label: "minima")
        try check("contour-lines", fig)
    }

    func testHistogramsWithLegendGolden() throws {
        let fig = Figure(title: "Two samples", xLabel: "v")
        try fig.histogram([1, 1.5, 2, 2, 2.5, 3, 3.5], bins: 4, label: "a")
        try fig.histogram([2, 3, 3, 3.2, 4, 4.5, 5, 5], bins: 6, label: "b")
        try fig.histogram([.nan, .infinity], bins: 3, label: "none")
        try fig.line([0, 5], [1, 1], label: "level")
        try check("histograms", fig)
    }

    func testNotesAndLegendRowsGolden() throws {
        let fig = Figure(title: "Skipped points", xLabel: "step", yLabel: "loss", logY: true)
        fig.width = 300
        fig.height = 220
        try fig.line([1, 2, 3, 4, 5], [1, 0, 0.5, .nan, 0.1], label: "training loss")
        try fig.line([], [], label: "nothing")
        try fig.scatter([1, 2, 3, 4, 5], [0.9, 0.6, -1, 0.2, 0.08], label: "validation")
        try fig.path([1, 5], [0.5, 0.05], label: "trend line")
        try fig.histogram([1, 1, 2, 5], bins: 2, label: "counts")
        try check("notes-legend-rows", fig)
    }

    func testPanelsGolden() throws {
        let a = Figure(title: "a"), b = Figure(title: "b", logY: true)
        try a.scatter([0, 1, 2], [2, 1, 2])
        try b.histogram([1, 2, 2, 3, 3, 3], bins: 3)
        try check("panels", a, svg: try Figure.svg(panels: [a, b, Figure()], columns: 2, title: "Side by side"))
    }
}
