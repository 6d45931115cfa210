import Foundation
import XCTest

/// End-to-end: `lesson run --student` hands out a bundled lesson, a student fills it in,
/// and `lesson grade` runs it against the lesson's hidden checks.
final class GradeCommandTests: XCTestCase {
    private var folder: String!
    private let lessonName = "02-gradients-by-hand"
    private var lessonPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons/\(lessonName).md").path
    }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("GradeCommandTests-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    private func lesson(_ arguments: String...) throws -> CLIProcess.Result {
        try CLIProcess.run(arguments, in: folder)
    }

    /// The student edition of the bundled lesson, as `lesson run --student` writes it.
    private func studentEdition() throws -> String {
        let r = try lesson("run", lessonPath, "--student", "--format", "md", "--out", "handout", "--no-timings")
        XCTAssertEqual(r.status, 0, r.stderr)
        let text = try String(contentsOfFile: folder + "/handout/\(lessonName).md", encoding: .utf8)
        XCTAssertFalse(text.contains("swift check"))
        XCTAssertFalse(text.contains("swift solution"))
        XCTAssertFalse(text.contains("BEGIN SOLUTION"))
        XCTAssertFalse(text.contains("let error = x * w + b - y"), "exercise A's answer")
        XCTAssertFalse(text.contains("wB -= rateB * g.dw"), "exercise B's answer")
        XCTAssertEqual(text.components(separatedBy: "// your code here").count - 1, 2)
        return text
    }

    /// `text` with its `// your code here` lines filled in, in order.
    private func filled(_ text: String, _ answers: [String]) -> String {
        var parts = text.components(separatedBy: "// your code here")
        XCTAssertEqual(parts.count, answers.count + 1)
        var out = parts.removeFirst()
        for (answer, part) in zip(answers, parts) { out += answer + part }
        return out
    }

    private let answerA = """
    func biasGradients(x: Double, y: Double, w: Double, b: Double) -> (dw: Double, db: Double) {
        (dw: 2 * x * (x * w + b - y), db: 2 * (x * w + b - y))
    }
    """

    func testACorrectCopyPassesEveryExercise() throws {
        let copy = filled(try studentEdition(), [answerA, """
        let g = biasGradients(x: xsB[i], y: ysB[i], w: wB, b: bB)
                wB -= rateB * g.dw
                bB -= rateB * g.db
        """])
        try copy.write(toFile: folder + "/ada.md", atomically: true, encoding: .utf8)
        let r = try lesson("grade", "ada.md", "--against", lessonPath, "--junit", "ada.xml")
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("PASS Exercise A: gradients with a bias"), r.stdout)
        XCTAssertTrue(r.stdout.contains("PASS Exercise B: fitting the bias too"), r.stdout)
        XCTAssertTrue(r.stdout.contains("2 passed, 0 failed"), r.stdout)
        let xml = try String(contentsOfFile: folder + "/ada.xml", encoding: .utf8)
        XCTAssertTrue(xml.contains("tests=\"2\" failures=\"0\""), xml)
    }

    func testAWrongCopyFailsTheRightExerciseWithTheAssertionsMessageAndPlace() throws {
        // Exercise B updates the weight but forgets the bias.
        let copy = filled(try studentEdition(), [answerA, """
        let g = biasGradients(x: xsB[i], y: ysB[i], w: wB, b: bB)
                wB -= rateB * g.dw
        """])
        try copy.write(toFile: folder + "/bob.md", atomically: true, encoding: .utf8)
        let r = try lesson("grade", "bob.md", "--against", lessonPath, "--junit", "bob.xml")
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("PASS Exercise A: gradients with a bias"), r.stdout)
        XCTAssertTrue(r.stdout.contains("FAIL Exercise B: fitting the bias too"), r.stdout)
        // Without the bias the weight makes up for it, so the check on w fails first.
        XCTAssertTrue(r.stdout.contains("assertion failed: w should approach 2"), r.stdout)
        XCTAssertTrue(r.stdout.range(of: "\(lessonName).md:[0-9]+:[0-9]+: error", options: .regularExpression) != nil,
                      "the assert's place in the lesson: \(r.stdout)")
        XCTAssertTrue(r.stdout.contains("1 passed, 1 failed"), r.stdout)
        let xml = try String(contentsOfFile: folder + "/bob.xml", encoding: .utf8)
        XCTAssertTrue(xml.contains("tests=\"2\" failures=\"1\""), xml)
        XCTAssertTrue(xml.contains("w should approach 2"), xml)
    }

    func testAnEmptyCopyFailsAndAStudentsOwnChecksAndAssertsCannotFakeAPass() throws {
        var copy = try studentEdition()
        copy += "\n## Exercise B: fitting the bias too\n\n```swift check\nassert(true, \"fake\")\n```\n"
        try copy.write(toFile: folder + "/eve.md", atomically: true, encoding: .utf8)
        let r = try lesson("grade", "eve.md", "--against", lessonPath)
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("FAIL Exercise A: gradients with a bias"), r.stdout)
        XCTAssertTrue(r.stdout.contains("FAIL Exercise B: fitting the bias too"), r.stdout)
        XCTAssertTrue(r.stderr.contains("check cell in the student's copy is ignored"), r.stderr)
    }

    func testACopyThatRedefinesALibraryNameTheChecksUseFails() throws {
        // Exercise B is wrong; a redefined `abs` (which the checks call) would hide it.
        var copy = filled(try studentEdition(), [answerA, "wB -= 0"])
        copy = copy.replacingOccurrences(of: "## Checked exercises\n", with: """
        ## Checked exercises

        ```swift
        func abs(_ x: Double) -> Double { 0 }
        func assert(_ condition: Bool, _ message: String) {}
        ```

        """)
        try copy.write(toFile: folder + "/mallory.md", atomically: true, encoding: .utf8)
        let r = try lesson("grade", "mallory.md", "--against", lessonPath)
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("FAIL Exercise B: fitting the bias too"), r.stdout)
        XCTAssertTrue(r.stdout.contains("mallory.md:"), r.stdout)
        XCTAssertTrue(r.stdout.contains("'abs' is declared here"), r.stdout)
        XCTAssertTrue(r.stdout.contains("'assert' is declared here"), r.stdout)
    }

    func testALessonWithoutChecksCannotBeGraded() throws {
        try "# Nothing\n\n```swift\nprint(1)\n```\n".write(toFile: folder + "/plain.md", atomically: true, encoding: .utf8)
        let r = try lesson("grade", "plain.md", "--against", "plain.md")
        XCTAssertEqual(r.status, 2, r.stdout + r.stderr)
        XCTAssertTrue(r.stderr.contains("no ```swift check cells"), r.stderr)
        XCTAssertEqual(try lesson("grade", "missing.md", "--against", "plain.md").status, 2)
    }
}
