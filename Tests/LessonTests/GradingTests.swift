import Prelude
import Script
import XCTest
@testable import Lesson

/// How `lesson grade` reads code: what a copy declares, what a check refers to.
final class GradingTests: XCTestCase {
    /// Code is tokenised by the language's lexer, which the tool installs at start.
    override class func setUp() {
        super.setUp()
        installLessonSyntax()
    }

    func testTopLevelDeclarationsAreFoundWithTheirPlace() {
        let code = "let a = 1\nvar (b, c) = (2, 3)\nfunc abs(_ x: Double) -> Double {\n    let inner = x\n    return inner\n}\nclass Tensor {}\n"
        let found = ExerciseGrader.topLevelDeclarations(code)
        XCTAssertEqual(found.map(\.name), ["a", "b", "c", "abs", "Tensor"])
        XCTAssertEqual(found[3].line, 2)
        XCTAssertEqual(found[3].column, 6)
    }

    func testNamesACheckUsesLeaveOutMembersAndArgumentLabels() {
        let names = ExerciseGrader.names(in: "assert(abs(model.weight.item - 3) < 0.1, \"w\")\nlet g = f(x: 2, y: wB)\n")
        XCTAssertTrue(names.isSuperset(of: ["assert", "abs", "model", "f", "wB", "g"]))
        XCTAssertFalse(names.contains("weight"))
        XCTAssertFalse(names.contains("item"))
        XCTAssertFalse(names.contains("x"))
    }

    func testChecksGoAfterTheStudentsLastCellOfTheirExercise() throws {
        let lesson = LessonParser.parse(source: """
        # L

        ## Ex 1

        ```swift solution
        let a = 1
        ```

        ```swift check
        assert(a == 1, "a")
        ```

        ## Ex 2

        ```swift check
        assert(b == 2, "b")
        ```

        """, path: "lesson.md")
        let student = LessonParser.parse(source: """
        # L

        ## Ex 1

        ```swift
        let a = 1
        ```

        ```swift
        print("more of ex 1")
        ```

        ## Ex 2

        ```swift
        let b = 3
        ```

        """, path: "student.md")
        let session = FakeSession([])
        let result = try ExerciseGrader().grade(student: student, against: lesson) { session }
        XCTAssertEqual(session.ran.map(\.file), ["student.md", "student.md", "lesson.md", "student.md", "lesson.md"])
        XCTAssertEqual(session.ran[2].code, "assert(a == 1, \"a\")\n")
        XCTAssertEqual(session.ran[2].firstLine, 10, "a check's errors point into the lesson")
        XCTAssertEqual(result.exercises.map(\.name), ["Ex 1", "Ex 2"])
    }

    func testAnExerciseMissingFromTheCopyFails() throws {
        let lesson = LessonParser.parse(source: "# L\n\n## Ex 1\n\n```swift check\nassert(true, \"x\")\n```\n", path: "l.md")
        let student = LessonParser.parse(source: "# L\n\n## Something else\n", path: "s.md")
        let result = try ExerciseGrader().grade(student: student, against: lesson) { FakeSession([]) }
        XCTAssertEqual(result.failed, 1)
        XCTAssertTrue(result.exercises[0].failures[0].message.contains("not in the student's copy"))
    }
}
