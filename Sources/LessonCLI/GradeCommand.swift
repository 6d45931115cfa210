import ArgumentParser
import Foundation
import Lesson
import CellProtocol
import Prelude

/// `lesson grade STUDENT.md --against LESSON.md`: runs a student's copy with the lesson's
/// hidden checks and reports each exercise.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Runs a student's filled-in copy of a lesson with the lesson's hidden ```swift check cells and reports each exercise.",
        discussion: """
            The student's cells run in order in one fresh session; the lesson's check cells run after the student's last cell of their exercise (the cells under the same heading, or marked exercise=NAME). Checks come only from LESSON.md: check cells in the student's copy are ignored, with a warning. An exercise passes when its checks pass and the student's cells in it ran without error. Each line reads `PASS name` or `FAIL name`, followed by the failed assertion's message at its file:line. The student's cells read data files (loadCSV) from the folder of the student's copy, never from the lesson's, so a copy cannot read the lesson and its answers.

            Exit codes: 0 every exercise passed; 1 an exercise failed; 2 the command could not be carried out (a file missing or unreadable, a lesson without check cells).

            Example:
              lesson grade submissions/ada/04-linear-regression.md --against Lessons/04-linear-regression.md --junit ada.xml
            """)

    @Argument(help: "The student's copy: the student edition with the exercises filled in.")
    var student: String

    @Option(help: ArgumentHelp("The lecturer's lesson, whose ```swift check cells test the exercises.", valueName: "lesson.md"))
    var against: String

    @Option(help: ArgumentHelp("Also write the result as JUnit XML to this file.", valueName: "file"))
    var junit: String?

    @Option(help: ArgumentHelp("Seconds each cell may run; a cell's timeout=N overrides it.", valueName: "seconds"))
    var timeout: Double = LessonRunner.defaultTimeout

    func validate() throws {
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)")
        }
    }

    func run() throws {
        let documents = try LessonInputs.documents([student, against])
        let (studentCopy, lesson) = (documents[0], documents[1])
        _ = LessonRunner(timeout: timeout)   // quiets the BLAS threads, as every running command does
        let grader = ExerciseGrader(timeout: timeout)
        let outcome = LargeStackThread.run { () -> Result<GradeResult, ExerciseGrader.Problem> in
            do {
                return .success(try grader.grade(student: studentCopy, against: lesson) {
                    lessonSessionFactory(LessonInputs.folder(of: studentCopy.path))
                })
            } catch let problem as ExerciseGrader.Problem {
                return .failure(problem)
            } catch {
                return .failure(ExerciseGrader.Problem(description: "\(error)"))
            }
        }
        let result: GradeResult
        switch outcome {
        case .success(let graded): result = graded
        case .failure(let problem):
            Console.err(problem.description)
            throw ExitCode.cannotRun
        }
        result.warnings.forEach(Console.report)
        for exercise in result.exercises {
            Console.out((exercise.passed ? "PASS " : "FAIL ") + exercise.name
                        + " (\(exercise.checks == 1 ? "1 check" : "\(exercise.checks) checks"))")
            for failure in exercise.failures {
                Console.out(failure.formatted.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "    " + $0 }.joined(separator: "\n"))
                if Console.githubActions {
                    Console.err(Console.annotation("error", file: failure.file, line: failure.location?.line,
                                                   column: failure.location?.column, message: failure.message))
                }
            }
        }
        var cannotRun = false
        if let junit {
            do {
                try AtomicFile.write(Array(result.junitXML.utf8), to: junit)
            } catch let d as Diagnostic {
                Console.report(d)
                cannotRun = true
            }
        }
        Console.out("\(result.passed) passed, \(result.failed) failed (exercises of \(lesson.path))")
        if cannotRun { throw ExitCode.cannotRun }
        if result.failed > 0 { throw ExitCode.lessonFailed }
    }
}
