import Foundation
import XCTest
@testable import Lesson

/// Writes the fixture lesson's handouts where Tests/Visual/render/screenshot.sh asks
/// (RENDER_VISUAL_OUT), so the page with every kind of output can be looked at in a browser.
final class RenderVisualFixtureTests: XCTestCase {
    func testWriteFixtureHandoutsForTheVisualCheck() throws {
        guard let out = ProcessInfo.processInfo.environment["RENDER_VISUAL_OUT"] else {
            throw XCTSkip("set RENDER_VISUAL_OUT to write the visual fixture")
        }
        let pages = HTMLPages(templates: try PageTemplates.load(), options: RenderOptions(timings: true))
        let writer = HandoutWriter(formats: [.html, .md], pages: pages)
        let written = try writer.write(RenderFixtures.run(), name: "fixture", to: out)
        XCTAssertTrue(written.contains { $0.hasSuffix("fixture.html") })
    }
}
