import Script
import XCTest
@testable import Lesson

/// `--format slides`: where a lesson is cut into slides, what each slide holds, and the page.
final class SlideDeckTests: XCTestCase {
    private func deck(_ source: String, session: FakeSession = FakeSession([])) -> (SlideDeck, LessonRun) {
        let run = LessonRunner().run(LessonParser.parse(source: source, path: "deck.md"), in: session)
        return (SlideRenderer(options: RenderOptions(timings: false)).render(run), run)
    }

    static let lecture = """
    # Gradients by hand

    A first look at gradients.

    <!-- notes -->
    Welcome everyone; ask who has seen a derivative.
    <!-- /notes -->

    ## The model

    The model is ŷ = x·w.

    ### A detail

    Still on the model slide.

    ```swift
    print("forward")
    ```

    ---

    After the break, no heading.

    <!-- notes -->
    Pause here for *questions*.
    <!-- /notes -->

    ## The loss

    ```swift
    print("loss")
    ```

    ```text
    <!-- notes -->
    this marker is inside a code block, so it is shown
    ```

    """

    func testSlidesStartAtTitleAndSecondLevelHeadingsAndAtThematicBreaks() {
        let (deck, _) = deck(Self.lecture)
        XCTAssertEqual(deck.title, "Gradients by hand")
        XCTAssertEqual(deck.slides.count, 4)
        XCTAssertEqual(deck.slides.map(\.isTitle), [true, false, false, false])
        XCTAssertTrue(deck.slides[0].html.contains("<h1"))
        XCTAssertTrue(deck.slides[0].html.contains("A first look"))
        XCTAssertTrue(deck.slides[1].html.contains("The model</h2>"))
        XCTAssertTrue(deck.slides[1].html.contains("A detail</h3>"), "a ### heading stays on its slide")
        XCTAssertTrue(deck.slides[2].html.contains("After the break"))
        XCTAssertFalse(deck.slides[2].html.contains("<hr"), "the break itself is not drawn")
        XCTAssertTrue(deck.slides[3].html.contains("The loss</h2>"))
    }

    func testCellsAndTheirOutputsSitOnTheSlideWhereTheyStand() {
        let session = FakeSession([("\"forward\"", [.text("forward out\n")]), ("\"loss\"", [.text("loss out\n")])])
        let (deck, _) = deck(Self.lecture, session: session)
        XCTAssertTrue(deck.slides[1].html.contains("class=\"cell\""))
        XCTAssertTrue(deck.slides[1].html.contains("forward out"))
        XCTAssertFalse(deck.slides[2].html.contains("forward out"))
        XCTAssertTrue(deck.slides[3].html.contains("loss out"))
        XCTAssertTrue(deck.slides[3].html.contains("this marker is inside a code block"))
    }

    func testSpeakerNotesGoToTheirSlideAndNeverIntoTheHandouts() throws {
        let (deck, run) = deck(Self.lecture)
        XCTAssertTrue(deck.slides[0].notes.contains("Welcome everyone"))
        XCTAssertTrue(deck.slides[2].notes.contains("<em>questions</em>"))
        XCTAssertEqual(deck.slides[1].notes, "")
        XCTAssertFalse(deck.slides.contains { $0.html.contains("Welcome everyone") })
        let html = HTMLRenderer().render(run).content
        let markdown = MarkdownRenderer(chartBaseName: "deck").render(run).markdown
        for handout in [html, markdown] {
            XCTAssertFalse(handout.contains("Welcome everyone"))
            XCTAssertFalse(handout.contains("questions"))
            XCTAssertTrue(handout.contains("this marker is inside a code block"))
        }
        XCTAssertFalse(markdown.contains("<!-- /notes -->"))
        XCTAssertTrue(markdown.contains("A first look at gradients.\n\n## The model"), markdown)
    }

    func testNotesLeftOpenEndAtTheNextCell() {
        let (deck, run) = deck("# T\n\n<!-- notes -->\nsecret plan\n\n```swift\nprint(1)\n```\n\nshown again\n")
        XCTAssertTrue(deck.slides[0].notes.contains("secret plan"))
        XCTAssertTrue(deck.slides[0].html.contains("shown again"))
        XCTAssertFalse(HTMLRenderer().render(run).content.contains("secret plan"))
    }

    func testTheDeckIsOneSelfContainedPageWithItsOwnNavigationAndPrintPages() throws {
        let (deck, run) = deck(Self.lecture)
        let pages = HTMLPages(templates: try PageTemplates.load(), options: RenderOptions(timings: false))
        let html = pages.slideDeck(deck, run: run)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertEqual(html.components(separatedBy: "<section class=\"slide").count - 1, 4)
        XCTAssertTrue(html.contains("id=\"slide-4\""))
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 1, "one script: the navigation")
        XCTAssertFalse(html.contains("<script src"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains("src=\"http"))
        XCTAssertTrue(html.contains("size: 1280px 720px"), "print: one 16:9 slide per page")
        XCTAssertTrue(html.contains("requestFullscreen"))
        XCTAssertTrue(html.contains("ArrowRight"))
        XCTAssertTrue(html.contains("prefers-color-scheme: dark"))
        XCTAssertTrue(html.contains("Welcome everyone"), "notes are in the deck, for the speaker view")
        XCTAssertTrue(html.contains("1 / 4"), "each slide carries its number for print and script-less reading")
    }

    func testSlidesIsAFormatOfRunAndBuild() throws {
        XCTAssertEqual(try HandoutFormat.parseList("html,slides"), [.html, .slides])
        let folder = RenderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (_, run) = deck(Self.lecture)
        let writer = HandoutWriter(formats: [.slides], pages: HTMLPages(templates: try PageTemplates.load(),
                                                                         options: RenderOptions()))
        let written = try writer.write(run, name: "deck", to: folder)
        XCTAssertEqual(written, [folder + "/deck.slides.html"])
    }
}

/// `lesson build --slides --student`: a deck per lesson, linked from the index, and the
/// student edition throughout the site.
final class SlideCourseBuildTests: XCTestCase {
    func testABuildWithSlidesAndStudentWritesADeckPerLessonLinkedFromTheIndex() throws {
        let source = RenderFixtures.temporaryDirectory()
        let out = source + "/site"
        defer { try? FileManager.default.removeItem(atPath: source) }
        try "# One\n\n## Part\n\n```swift solution\nlet answer = 42 // SECRET\n```\n\n```swift check\nassert(answer == 42, \"HIDDEN\")\n```\n"
            .write(toFile: source + "/01-one.md", atomically: true, encoding: .utf8)
        try "# Two\n\n<!-- notes -->\nNOTE_FOR_SPEAKER\n<!-- /notes -->\n\nNothing to hide.\n".write(toFile: source + "/02-two.md", atomically: true, encoding: .utf8)
        var builder = CourseBuilder(sourceDirectory: source, outputDirectory: out, makeSession: { _ in FakeSession([]) },
                                    pages: HTMLPages(templates: try PageTemplates.load(), options: RenderOptions(timings: false)))
        builder.formats = [.html, .slides]
        builder.student = true
        let result = try builder.build()
        XCTAssertFalse(result.failed)
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("href=\"01-one.slides.html\""), index)
        XCTAssertTrue(index.contains("href=\"02-two.slides.html\""))
        XCTAssertTrue(index.contains("Nothing to hide."), "the summary is the first paragraph of the handout")
        for file in ["01-one.html", "01-one.slides.html", "02-two.html", "02-two.slides.html", "course.html", "index.html"] {
            let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
            XCTAssertFalse(text.contains("SECRET"), file)
            XCTAssertFalse(text.contains("HIDDEN"), file)
            XCTAssertFalse(text.contains("NOTE_FOR_SPEAKER"), file)
            XCTAssertFalse(text.contains("badge-solution\">"), file)
        }
        XCTAssertTrue(try String(contentsOfFile: out + "/01-one.slides.html", encoding: .utf8).contains("// your code here"))

        // The lecturer's build: notes only in the decks, never in the index's summaries.
        builder.student = false
        _ = try builder.build()
        XCTAssertFalse(try String(contentsOfFile: out + "/index.html", encoding: .utf8).contains("NOTE_FOR_SPEAKER"))
        XCTAssertFalse(try String(contentsOfFile: out + "/02-two.html", encoding: .utf8).contains("NOTE_FOR_SPEAKER"))
        XCTAssertTrue(try String(contentsOfFile: out + "/02-two.slides.html", encoding: .utf8).contains("NOTE_FOR_SPEAKER"))
    }
}
