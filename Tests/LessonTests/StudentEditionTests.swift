import Script
import XCTest
@testable import Lesson

/// `--student`: the exercise sheet made from the lecturer's lesson.
final class StudentEditionTests: XCTestCase {
    static let lesson = """
    # Exercises

    <!-- notes -->
    Remind them the checks are hidden.
    <!-- /notes -->

    ## Exercise 1: the square

    ```swift solution
    func square(_ x: Int) -> Int { SECRET_ANSWER_ONE * x }
    print(square(3))
    ```

    ```output
    9
    ```

    ```swift check
    assert(square(3) == 9, "HIDDEN_CHECK_MESSAGE")
    ```

    ## Exercise 2: a loop

    - In a list item:

      ```swift
      var total = 0
      for i in 0..<4 {
          // BEGIN SOLUTION
          total += SECRET_ANSWER_TWO
          // END SOLUTION
      }
      print(total)
      ```

    ```swift exercise=loop check
    assert(total == 6, "HIDDEN_CHECK_TWO")
    ```

    ```swift
    print("shown to all")
    ```

    """

    private func edition() -> (LessonRun, LessonRun) {
        let session = FakeSession([("square(3)", [.text("9\n")]), ("print(total)", [.text("6\n")]),
                                   ("shown to all", [.text("shown to all\n")])])
        let run = LessonRunner().run(LessonParser.parse(source: Self.lesson, path: "ex.md"), in: session)
        return (run, run.studentEdition())
    }

    func testTheParserKnowsSolutionCheckAndExerciseOptions() {
        let document = LessonParser.parse(source: Self.lesson, path: "ex.md")
        XCTAssertEqual(document.warnings.count, 0, "\(document.warnings)")
        let cells = document.cells
        XCTAssertTrue(cells[0].options.solution)
        XCTAssertTrue(cells[1].options.check)
        XCTAssertTrue(cells[1].options.hide, "a check is hidden wherever it runs")
        XCTAssertEqual(cells[3].options.exercise, "loop")
        XCTAssertEqual(Exercises.names(in: document),
                       ["Exercise 1: the square", "Exercise 1: the square", "Exercise 2: a loop", "loop", "Exercise 2: a loop"])
    }

    func testSolutionRegionsBecomeOnePlaceholderLineAtTheirIndentation() {
        let code = "var t = 0\nfor i in 0..<3 {\n    // BEGIN SOLUTION\n    t += i\n    t *= 2\n    // END SOLUTION\n}\n"
        XCTAssertEqual(Exercises.removingSolutionRegions(code),
                       "var t = 0\nfor i in 0..<3 {\n    // your code here\n}\n")
        XCTAssertNil(Exercises.removingSolutionRegions("print(1)\n"))
        XCTAssertEqual(Exercises.removingSolutionRegions("a\n// BEGIN SOLUTION\nb\n"), "a\n// your code here\n",
                       "a region left open runs to the end of the cell")
    }

    func testTheStudentEditionHasNoSolutionNoCheckAndNoNotesInAnyFormat() throws {
        let (_, student) = edition()
        let options = RenderOptions(timings: false)
        let pages = HTMLPages(templates: try PageTemplates.load(), options: options)
        let html = pages.lessonPage(HTMLRenderer(options: options).render(student), run: student)
        let markdown = MarkdownRenderer(chartBaseName: "ex").render(student).markdown
        let slides = pages.slideDeck(SlideRenderer(options: options).render(student), run: student)
        for (format, text) in [("html", html), ("md", markdown), ("slides", slides)] {
            for secret in ["SECRET_ANSWER_ONE", "SECRET_ANSWER_TWO", "HIDDEN_CHECK", "assert(", "BEGIN SOLUTION",
                           "Remind them", "swift check", "swift solution", "badge-solution\">"] {
                XCTAssertFalse(text.contains(secret), "\(format) shows '\(secret)'")
            }
            XCTAssertTrue(text.contains("// your code here"), format)
            XCTAssertTrue(text.contains("shown to all"), format)
        }
        XCTAssertFalse(markdown.contains("9\n"), "the solution's output is gone:\n\(markdown)")
        XCTAssertFalse(markdown.contains("```output"))
        XCTAssertTrue(markdown.contains("```swift\n// your code here\n```"), markdown)
        XCTAssertTrue(markdown.contains("  ```swift\n  var total = 0\n  for i in 0..<4 {\n      // your code here\n  }\n"),
                      "a region inside a list item keeps the item's indentation:\n\(markdown)")
        XCTAssertTrue(html.contains("[3]") && !html.contains("[4]"), "three cells, numbered without gaps")
    }

    func testTheStudentMarkdownIsALessonAgainWithEveryExerciseInPlace() {
        let (_, student) = edition()
        let markdown = MarkdownRenderer(chartBaseName: "ex").render(student).markdown
        let reread = LessonParser.parse(source: markdown, path: "student.md")
        XCTAssertEqual(reread.warnings.count, 0)
        XCTAssertEqual(reread.cells.count, 3)
        XCTAssertFalse(reread.cells.contains { $0.options.check || $0.options.solution })
        XCTAssertEqual(Exercises.names(in: reread), ["Exercise 1: the square", "Exercise 2: a loop", "Exercise 2: a loop"])
    }

    func testTheLecturersHandoutKeepsSolutionsAndHidesChecks() {
        let (run, _) = edition()
        let html = HTMLRenderer().render(run).content
        XCTAssertTrue(html.contains("SECRET_ANSWER_ONE"))
        XCTAssertTrue(html.contains("<span class=\"badge badge-solution\">solution</span>"), "the lecturer sees which cells are answers")
        XCTAssertFalse(html.contains("HIDDEN_CHECK_MESSAGE"), "a check's source is hidden, like a hide cell's")
    }
}
