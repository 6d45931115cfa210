import XCTest
@testable import Lesson

/// The CSS partial: inserted as plain text (no Mustache parsing), and still replaceable.
final class PageStyleTests: XCTestCase {
    func testTheBuiltInStyleIsInsertedVerbatim() throws {
        let css = try String(contentsOfFile: try PageTemplates.builtInDirectory() + "/style.mustache", encoding: .utf8)
        let html = try PageTemplates.load().render("index", ["title": "C"])
        XCTAssertTrue(html.contains("<style>\n" + css + "</style>"), "the CSS is not inserted as it is")
    }

    func testAnAuthorsPlainStyleReplacesTheBuiltInOne() throws {
        let dir = RenderFixtures.temporaryDirectory()
        try "body { color: red; }\n".write(toFile: dir + "/style.mustache", atomically: true, encoding: .utf8)
        let html = try PageTemplates.load(overrides: dir).render("index", ["title": "C"])
        XCTAssertTrue(html.contains("<style>\nbody { color: red; }\n</style>"), html)
    }

    func testAnAuthorsStyleMayBeATemplate() throws {
        let dir = RenderFixtures.temporaryDirectory()
        try "h1 { color: {{#title}}blue{{/title}}; }\n".write(toFile: dir + "/style.mustache", atomically: true, encoding: .utf8)
        let html = try PageTemplates.load(overrides: dir).render("index", ["title": "C"])
        XCTAssertTrue(html.contains("<style>\nh1 { color: blue; }\n</style>"), html)
    }
}
