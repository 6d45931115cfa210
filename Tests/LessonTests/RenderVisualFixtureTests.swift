import Foundation
import Script
import XCTest
@testable import Lesson

/// Writes the fixture lesson's handouts where Tests/Visual/render/screenshot.sh asks
/// (RENDER_VISUAL_OUT), so the page with every kind of output can be looked at in a browser.
/// Its charts are the Plot module's golden SVGs (Tests/Visual/render/charts), so the page
/// shows real charts themed by the page's CSS variables.
final class RenderVisualFixtureTests: XCTestCase {
    func testWriteFixtureHandoutsForTheVisualCheck() throws {
        guard let out = ProcessInfo.processInfo.environment["RENDER_VISUAL_OUT"] else {
            throw XCTSkip("set RENDER_VISUAL_OUT to write the visual fixture")
        }
        let chartFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Visual/render/charts").standardizedFileURL.path
        var run = RenderFixtures.run()
        let charts = ["line", "contour", "heatmap", "bar"].compactMap { name -> CellOutput? in
            guard let svg = try? String(contentsOfFile: chartFolder + "/\(name).svg", encoding: .utf8) else { return nil }
            return .chart(ChartOutput(svg: svg, title: name))
        }
        if let i = run.cells.firstIndex(where: { $0.cell.code.contains("plot(") }), !charts.isEmpty {
            run.cells[i].outputs = charts
        }
        let pages = HTMLPages(templates: try PageTemplates.load(), options: RenderOptions(timings: true))
        let writer = HandoutWriter(formats: [.html, .md], pages: pages)
        let written = try writer.write(run, name: "fixture", to: out)
        XCTAssertTrue(written.contains { $0.hasSuffix("fixture.html") })
    }
}
