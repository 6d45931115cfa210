import Foundation
import XCTest

/// End-to-end: `--format slides` and `build --slides --student` from the command line.
final class SlidesCommandTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("SlidesCommandTests-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder + "/course", withIntermediateDirectories: true)
        try """
        # Squares

        ## The square

        <!-- notes -->
        SPEAKER_ONLY
        <!-- /notes -->

        ```swift solution
        func square(_ x: Int) -> Int { x * x }  // THE_ANSWER
        ```

        ```swift check
        assert(square(3) == 9, "square(3) is 9")
        ```

        """.write(toFile: folder + "/course/01-squares.md", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    func testRunWritesADeckWithTheSpeakerNotes() throws {
        let r = try CLIProcess.run(["run", "course/01-squares.md", "--format", "slides,html", "--out", "out"], in: folder)
        XCTAssertEqual(r.status, 0, r.stderr)
        let deck = try String(contentsOfFile: folder + "/out/01-squares.slides.html", encoding: .utf8)
        XCTAssertTrue(deck.contains("SPEAKER_ONLY"))
        XCTAssertTrue(deck.contains("THE_ANSWER"))
        XCTAssertTrue(deck.contains("<span class=\"badge badge-solution\">solution</span>"), "the lecturer's deck shows the answer")
        let handout = try String(contentsOfFile: folder + "/out/01-squares.html", encoding: .utf8)
        XCTAssertFalse(handout.contains("SPEAKER_ONLY"))
        XCTAssertEqual(try CLIProcess.run(["run", "course/01-squares.md", "--format", "pptx"], in: folder).status, 2)
    }

    func testBuildWithSlidesAndStudentLeavesOutAnswersChecksAndNotes() throws {
        let r = try CLIProcess.run(["build", "course", "--slides", "--student", "--format", "html,md", "--out", "site"], in: folder)
        XCTAssertEqual(r.status, 0, r.stderr)
        for file in ["01-squares.html", "01-squares.md", "01-squares.slides.html", "course.html", "index.html"] {
            let text = try String(contentsOfFile: folder + "/site/" + file, encoding: .utf8)
            XCTAssertFalse(text.contains("THE_ANSWER") || text.contains("badge-solution\">"), file)
            XCTAssertFalse(text.contains("square(3) is 9"), file)
            XCTAssertFalse(text.contains("SPEAKER_ONLY"), file)
        }
    }
}
