import Foundation
import Script
import XCTest
@testable import Lesson

/// The course site's language reference page and the index's summaries (issue 16).
final class BuildCourseReferenceTests: XCTestCase {
    private func build(_ lessons: [String: String]) throws -> (out: String, result: CourseBuilder.Result) {
        let source = RenderFixtures.temporaryDirectory()
        let out = RenderFixtures.temporaryDirectory() + "/site"
        for (name, text) in lessons { try text.write(toFile: source + "/" + name, atomically: true, encoding: .utf8) }
        let pages = HTMLPages(templates: try PageTemplates.load(), options: RenderOptions(timings: false))
        let builder = CourseBuilder(sourceDirectory: source, outputDirectory: out,
                                    makeSession: { _ in FakeSession([]) }, pages: pages)
        return (out, try builder.build())
    }

    func testTheSiteHasTheLanguageReferenceAsAPageLinkedFromTheIndex() throws {
        let (out, result) = try build(["01-a.md": "# A\n\nOne lesson.\n"])
        let page = try String(contentsOfFile: out + "/language.html", encoding: .utf8)
        XCTAssertTrue(result.written.contains(out + "/language.html"))
        XCTAssertTrue(page.contains("<h1 id=\"the-lesson-language-contract\">The lesson language: contract"), String(page.prefix(3000)))
        XCTAssertTrue(page.contains("<h2 id=\"1-cells-and-their-options\">"))
        XCTAssertTrue(page.contains("<nav class=\"toc\""), "the reference has its table of contents")
        XCTAssertTrue(page.contains("<header class=\"course-bar\"><a href=\"index.html\">"), "and leads back to the index")
        XCTAssertTrue(page.contains("<p class=\"colophon\">LANGUAGE.md</p>"), "no cell count for a page without cells")
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("<a href=\"language.html\">The lesson language reference</a>"), index)
    }

    func testTheIndexSummaryIsTheCompleteSentencesThatOpenTheLesson() throws {
        let (out, _) = try build([
            "01-list.md": "# Lists\n\nLessons 2 and 3 did it by hand. Real code uses three pieces, with the same shape:\n\n1. a model\n2. a loss\n",
            "02-plain.md": "# Plain\n\nA tensor is an array of numbers, e.g. a matrix. It has a **shape**.\n",
            "03-math.md": "# Math\n\nWe derived $\\partial L / \\partial w = 2x$ by hand.\n",
            "04-fragment.md": "# Fragment\n\nYou will learn:\n\n- things\n\nThe real opening sentence.\n",
        ])
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("<div class=\"lesson-summary\"><p>Lessons 2 and 3 did it by hand.</p>\n</div>"), index)
        XCTAssertTrue(index.contains("<div class=\"lesson-summary\"><p>A tensor is an array of numbers, e.g. a matrix. It has a <strong>shape</strong>.</p>"), index)
        XCTAssertTrue(index.contains("<div class=\"lesson-summary\"><p>We derived <math>"), "formulas are drawn in summaries: \(index)")
        XCTAssertTrue(index.contains("<div class=\"lesson-summary\"><p>The real opening sentence.</p>"), index)
    }

    func testCompleteSentencesIgnoreFullStopsInCodeAndFormulas() {
        XCTAssertEqual(LessonSummary.completeSentences("Call `a.b()` and $x. y$ then stop. Then a list:"),
                       "Call `a.b()` and $x. y$ then stop.")
        XCTAssertNil(LessonSummary.completeSentences("You will learn:"))
        XCTAssertEqual(LessonSummary.completeSentences("It works (*really*.) Next:"), "It works (*really*.)")
    }
}
