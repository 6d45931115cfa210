import Foundation
import XCTest
@testable import Plot

/// Byte-for-byte comparisons of a small chart of each kind with files in Golden/. After an
/// intended change, run with PLOT_UPDATE_GOLDEN=1 to rewrite them, then look at the diff.
final class GoldenTests: XCTestCase {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func check(_ name: String, _ fig: Figure, file: StaticString = #filePath, line: UInt = #line) throws {
        let svg = try fig.svg()
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
}
