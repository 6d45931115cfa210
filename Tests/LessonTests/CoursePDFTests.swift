import Foundation
import XCTest
@testable import Lesson

/// The printed course's contents get their page numbers from the first print's outline.
final class CoursePDFTests: XCTestCase {
    /// A PDF as Chromium writes one: a nested page tree, an outline with a UTF-16 title.
    private let pdf = """
    %PDF-1.4
    1 0 obj
    <</Type /Catalog
    /Pages 3 0 R
    /Outlines 20 0 R>>
    endobj
    3 0 obj
    <</Type /Pages
    /Count 3
    /Kids [4 0 R 5 0 R]>>
    endobj
    4 0 obj
    <</Type /Pages
    /Count 2
    /Kids [10 0 R 11 0 R]>>
    endobj
    5 0 obj
    <</Type /Pages
    /Count 1
    /Kids [12 0 R]>>
    endobj
    10 0 obj
    <</Type /Page
    /Parent 4 0 R>>
    endobj
    11 0 obj
    <</Type /Page
    /Parent 4 0 R>>
    endobj
    12 0 obj
    <</Type /Page
    /Parent 5 0 R>>
    endobj
    21 0 obj
    <</Title (Course \\(book\\))
    /Dest [10 0 R /XYZ 49 775 0]
    /Next 22 0 R>>
    endobj
    22 0 obj
    <</Title (1. Tensors)
    /Dest [11 0 R /XYZ 49 775 0]
    /First 23 0 R
    /Next 24 0 R>>
    endobj
    23 0 obj
    <</Title <FEFF0077208000200061006E0064>
    /Dest [11 0 R /XYZ 49 600 0]>>
    endobj
    24 0 obj
    <</Title (2. Gradients)
    /Dest [12 0 R /XYZ 49 775 0]
    /First 25 0 R>>
    endobj
    25 0 obj
    <</Title (Data streams)
    /Dest [12 0 R /XYZ 49 300 0]>>
    endobj
    30 0 obj
    <</Length 12>>
    stream
    (not a title)
    endstream
    endobj
    20 0 obj
    <</Type /Outlines
    /First 21 0 R
    /Last 24 0 R>>
    endobj
    trailer
    <</Root 1 0 R>>
    %%EOF
    """

    func testTheOutlineIsReadWithEachEntrysPageAndDepth() {
        let outline = PDFOutline.read(Data(pdf.utf8))
        XCTAssertEqual(outline, [
            PDFOutline.Entry(title: "Course (book)", depth: 0, page: 1),
            PDFOutline.Entry(title: "1. Tensors", depth: 0, page: 2),
            PDFOutline.Entry(title: "w₀ and", depth: 1, page: 2),
            PDFOutline.Entry(title: "2. Gradients", depth: 0, page: 3),
            PDFOutline.Entry(title: "Data streams", depth: 1, page: 3),
        ])
    }

    func testSomethingThatIsNotAPDFHasNoOutline() {
        XCTAssertEqual(PDFOutline.read(Data("not a pdf".utf8)), [])
        XCTAssertEqual(PDFOutline.read(path: "/nonexistent/file.pdf"), [])
    }

    private func entry(_ title: String, anchor: String, sections: [String]) -> CourseEntry {
        let toc = sections.enumerated().map { TOCEntry(level: 2, text: $0.element, id: "\(anchor)--s\($0.offset)") }
        let rendered = RenderedLesson(title: title, content: "", toc: toc, cellCount: 0, failureCount: 0, duration: 0, wasRun: true)
        return CourseEntry(href: "\(anchor).html", rendered: rendered, summary: nil, anchor: anchor)
    }

    func testLessonsAndSectionsTakeTheirPagesInOrderEvenWithRepeatedTitles() {
        let outline = [
            PDFOutline.Entry(title: "Course", depth: 0, page: 1),
            PDFOutline.Entry(title: "1. Tensors", depth: 0, page: 2),
            PDFOutline.Entry(title: "Exercises", depth: 1, page: 4),
            PDFOutline.Entry(title: "2. Gradients", depth: 0, page: 5),
            PDFOutline.Entry(title: "Chain  rule", depth: 1, page: 6),
            PDFOutline.Entry(title: "Exercises", depth: 1, page: 7),
        ]
        let entries = [entry("1. Tensors", anchor: "a", sections: ["Exercises"]),
                       entry("2. Gradients", anchor: "b", sections: ["Chain rule", "Exercises", "Not printed"])]
        let pages = CoursePDF.pageNumbers(outline, entries: entries)
        XCTAssertEqual(pages, ["a": 2, "a--s0": 4, "b": 5, "b--s0": 6, "b--s1": 7])
    }

    func testTheCoursePageListsSectionsWithPageNumbersAndThePaperSize() throws {
        let pages = HTMLPages(templates: try PageTemplates.load(), options: RenderOptions())
        let entries = [entry("1. Tensors", anchor: "a", sections: ["Broadcasting"])]
        let numbered = pages.coursePage(title: "C", introduction: nil, entries: entries, paper: "letter", pages: ["a": 2, "a--s0": 3])
        XCTAssertTrue(numbered.contains("@page { size: letter; }"))
        XCTAssertTrue(numbered.contains("<span class=\"lesson-title\">Tensors</span><span class=\"toc-page\">2</span>"))
        XCTAssertTrue(numbered.contains("<a href=\"#a--s0\"><span class=\"toc-section-title\">Broadcasting</span><span class=\"toc-page\">3</span></a>"))
        let plain = pages.coursePage(title: "C", introduction: nil, entries: entries)
        XCTAssertTrue(plain.contains("@page { size: A4; }"), "A4 by default")
        XCTAssertTrue(plain.contains("<span class=\"toc-page\"></span>"), "the same room, empty, before the pages are known")
    }

    func testThePrintStyleNumbersPagesAndKeepsHeadingsAndListItemsWithWhatFollows() throws {
        let style = try String(contentsOfFile: try PageTemplates.builtInDirectory() + "/style.mustache", encoding: .utf8)
        XCTAssertTrue(style.contains("@bottom-center { content: counter(page) \" / \" counter(pages);"))
        XCTAssertTrue(style.contains(".lesson h2 + *"))
        XCTAssertTrue(style.contains(".lesson ol:not(:has(> li:nth-child(7)))"), "a short list of exercises stays whole")
        XCTAssertTrue(style.contains(".lesson ol > li:last-child, .lesson ul > li:last-child { break-before: avoid;"))
    }
}
