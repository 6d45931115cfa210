import Foundation
import CellProtocol

/// `lesson grade STUDENT.md --against LESSON.md`: runs a student's filled-in copy with the
/// lesson's hidden check cells put back where they belong, and judges each exercise.
///
/// The checks come from the lesson file only. A check of exercise E runs right after the
/// student's last cell of E (a cell under E's heading, or marked `exercise=E`), or, when
/// the student's section of E has no cell, where that section starts. The student's own
/// cells run in their order, in one fresh session, each to the end even after another
/// failed. `swift check` cells in the student's copy are never run (a warning says so), so
/// a student cannot supply checks of their own. An exercise passes when all its checks
/// pass and none of the student's cells in it failed.
public struct ExerciseGrader {
    /// Seconds a cell may run unless its `timeout=N` says otherwise.
    public var timeout: Double?

    public init(timeout: Double? = LessonRunner.defaultTimeout) {
        self.timeout = timeout
    }

    /// Why grading cannot be carried out (exit 2).
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// Grades `student` against `lesson`'s checks in a session from `makeSession`.
    public func grade(student: LessonDocument, against lesson: LessonDocument,
                      makeSession: () -> CellSession) throws -> GradeResult {
        let checks = try Checks(lesson)
        var warnings = student.warnings
        let placement = Placement(checks, in: student)
        let plan = Self.plan(student, placement: placement, checks: checks, lessonPath: lesson.path, warnings: &warnings)
        let redefinitions = Self.redefinitions(student, lesson: lesson, checks: checks)

        let session = makeSession()
        let start = DispatchTime.now().uptimeNanoseconds
        let ran = run(plan, in: session, student: student, names: placement.studentNames, lesson: lesson,
                      checks: checks, warnings: &warnings)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9

        let grades = checks.order.map { name -> ExerciseGrade in
            let cells = checks.byExercise[name]!
            let line = cells.first!.fenceLine
            if placement.missing.contains(name) {
                let d = Diagnostic(.error,
                    "exercise '\(name)' is not in the student's copy (no heading '\(name)' and no cell marked exercise=\(name))",
                    file: student.path)
                return ExerciseGrade(name: name, lessonLine: line, checks: cells.count, failures: [d], duration: 0)
            }
            let results = ran.checkResults[name] ?? []
            let failures = (redefinitions[name] ?? []) + (ran.studentFailures[name] ?? []) + results.compactMap(\.failure)
            return ExerciseGrade(name: name, lessonLine: line, checks: cells.count, failures: failures,
                                 duration: results.reduce(0) { $0 + $1.duration })
        }
        return GradeResult(studentPath: student.path, lessonPath: lesson.path, exercises: grades,
                           warnings: warnings, duration: seconds)
    }

    /// The lesson's check cells by exercise, in the order the checks first name them.
    private struct Checks {
        var order: [String] = []
        var byExercise: [String: [Cell]] = [:]

        init(_ lesson: LessonDocument) throws {
            let names = Exercises.names(in: lesson)
            for cell in lesson.cells where cell.options.check {
                let name = names[cell.index] ?? ExerciseGrader.untitled
                if byExercise[name] == nil { order.append(name) }
                byExercise[name, default: []].append(cell)
            }
            guard !order.isEmpty else {
                throw Problem(description: "\(lesson.path): error: the lesson has no ```swift check cells, so there is nothing to grade")
            }
        }
    }

    /// Where each exercise's checks go: after the student's last cell of the exercise, or
    /// where its section starts when it has no cell; `missing` when it has neither.
    private struct Placement {
        /// The student's exercise names by cell index.
        var studentNames: [String?]
        /// Position among the student's cells -> the exercises whose checks run there.
        var insertAt: [Int: [String]] = [:]
        var missing: Set<String> = []

        init(_ checks: Checks, in student: LessonDocument) {
            let names = Exercises.names(in: student)
            studentNames = names
            let sections = Exercises.headingPositions(in: student)
            for name in checks.order {
                let last = student.cells.last { !$0.options.check && (names[$0.index] ?? ExerciseGrader.untitled) == name }
                if let last {
                    insertAt[last.index + 1, default: []].append(name)
                } else if let start = sections[name] {
                    insertAt[start, default: []].append(name)
                } else {
                    missing.insert(name)
                }
            }
        }
    }

    private enum Step { case student(Cell), check(Cell, exercise: String) }

    /// One plan, run in one session: the student's cells with the checks in between. The
    /// student's own check cells are left out, with a warning.
    private static func plan(_ student: LessonDocument, placement: Placement, checks: Checks, lessonPath: String,
                             warnings: inout [Diagnostic]) -> [Step] {
        var plan: [Step] = []
        for position in 0...student.cells.count {
            for name in placement.insertAt[position] ?? [] {
                plan += checks.byExercise[name]!.map { .check($0, exercise: name) }
            }
            guard position < student.cells.count else { break }
            let cell = student.cells[position]
            if cell.options.check {
                warnings.append(Diagnostic(.warning,
                    "a check cell in the student's copy is ignored: checks come from the lesson (\(lessonPath))",
                    file: student.path, location: SourceLocation(line: cell.fenceLine, column: 1)))
                continue
            }
            plan.append(.student(cell))
        }
        return plan
    }

    /// A copy must not redefine a library name the checks rely on (`assert`, `abs`...):
    /// that could make a check pass that should fail. Names the lesson itself declares
    /// (the exercises' functions and variables) are the student's to define.
    private static func redefinitions(_ student: LessonDocument, lesson: LessonDocument,
                                      checks: Checks) -> [String: [Diagnostic]] {
        var lessonDeclared: Set<String> = []
        for cell in lesson.cells where !cell.options.check {
            lessonDeclared.formUnion(topLevelDeclarations(cell.code).map(\.name))
        }
        var redefinitions: [String: [Diagnostic]] = [:]
        for name in checks.order {
            var used: Set<String> = [], declaredByChecks: Set<String> = []
            for cell in checks.byExercise[name]! {
                used.formUnion(names(in: cell.code))
                declaredByChecks.formUnion(topLevelDeclarations(cell.code).map(\.name))
            }
            let reserved = used.subtracting(lessonDeclared).subtracting(declaredByChecks)
            for cell in student.cells where !cell.options.check {
                for declaration in topLevelDeclarations(cell.code) where reserved.contains(declaration.name) {
                    redefinitions[name, default: []].append(Diagnostic(.error,
                        "'\(declaration.name)' is declared here, but the checks of '\(name)' use the library's '\(declaration.name)': a copy may not redefine it",
                        file: student.path,
                        location: SourceLocation(line: cell.codeLine + declaration.line, column: cell.columnOffset + declaration.column)))
                }
            }
        }
        return redefinitions
    }

    /// What running the plan found, by exercise.
    private struct Ran {
        var studentFailures: [String: [Diagnostic]] = [:]
        var checkResults: [String: [(cell: Cell, failure: Diagnostic?, duration: Double)]] = [:]
    }

    /// Runs the plan's cells in order in one session. A student's cell that fails counts
    /// against its exercise, or is a warning outside every exercise.
    private func run(_ plan: [Step], in session: CellSession, student: LessonDocument, names studentNames: [String?],
                     lesson: LessonDocument, checks: Checks, warnings: inout [Diagnostic]) -> Ran {
        var ran = Ran()
        for step in plan {
            switch step {
            case .student(let cell):
                guard !cell.options.norun else { continue }
                let outcome = session.run(CellSource(code: cell.code, file: student.path, firstLine: cell.codeLine,
                                                     columnOffset: cell.columnOffset),
                                          timeout: cell.options.timeout ?? timeout)
                let result = LessonRunner.judge(cell, outcome, file: student.path)
                guard result.status == .failed, let failure = result.failure else { continue }
                let name = studentNames[cell.index] ?? Self.untitled
                if checks.byExercise[name] != nil {
                    ran.studentFailures[name, default: []].append(failure)
                } else {
                    warnings.append(failure)   // outside every exercise: reported, not graded
                }
            case .check(let cell, let name):
                // The check's diagnostics point into the lesson file, where its asserts are.
                let outcome = session.run(CellSource(code: cell.code, file: lesson.path, firstLine: cell.codeLine,
                                                     columnOffset: cell.columnOffset),
                                          timeout: cell.options.timeout ?? timeout)
                let result = LessonRunner.judge(cell, outcome, file: lesson.path)
                ran.checkResults[name, default: []].append((cell, result.status == .failed ? result.failure : nil,
                                                            outcome.duration))
            }
        }
        return ran
    }

    /// The names `code` declares at its top level (`let`, `var`, `func`, `class`, `struct`,
    /// `enum`), with their 0-based line and 1-based column in the code.
    static func topLevelDeclarations(_ code: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        var depth = 0
        var declaring = false
        var pattern = false   // after let/var, a tuple pattern may declare several names
        for token in LessonSyntax.tokens(code) {
            switch token.kind {
            case .punctuation:
                if token.text == "{" { depth += 1 } else if token.text == "}" { depth = max(0, depth - 1) }
                if token.text != "(" && token.text != "," { declaring = false }
            case .keyword:
                declaring = depth == 0 && ["let", "var", "func", "class", "struct", "enum"].contains(token.text)
                pattern = token.text == "let" || token.text == "var"
            case .identifier, .typeName:
                if declaring {
                    let before = code[..<token.range.lowerBound]
                    let line = before.reduce(0) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 }
                    let lineStart = before.lastIndex(where: { $0 == "\n" || $0 == "\r\n" }).map { code.index(after: $0) } ?? code.startIndex
                    found.append((token.text, line, code[lineStart..<token.range.lowerBound].count + 1))
                }
                // `let (a, b) = ...` declares both; `let x: T`, `func f(x: T)` only the first name.
                if !pattern { declaring = false }
            default:
                declaring = false
            }
        }
        return found
    }

    /// The names `code` refers to: every name but members (`.item`) and argument labels (`x:`).
    static func names(in code: String) -> Set<String> {
        let tokens = LessonSyntax.tokens(code)
        var names: Set<String> = []
        for (i, token) in tokens.enumerated() where token.kind == .identifier || token.kind == .typeName {
            if i > 0, tokens[i - 1].text == "." || tokens[i - 1].text == "?." { continue }
            if i + 1 < tokens.count, tokens[i + 1].text == ":" { continue }
            names.insert(token.text)
        }
        return names
    }

    /// The name of checks above every heading that name no exercise.
    static let untitled = "(before the first heading)"
}

/// How a student's copy fared, exercise by exercise.
public struct GradeResult: Sendable {
    public var studentPath: String
    public var lessonPath: String
    /// In the order the lesson's checks first name them.
    public var exercises: [ExerciseGrade]
    /// Problems with the student's copy that did not stop grading (ignored check cells).
    public var warnings: [Diagnostic]
    public var duration: Double

    public var passed: Int { exercises.filter(\.passed).count }
    public var failed: Int { exercises.count - passed }
}

/// One exercise's verdict.
public struct ExerciseGrade: Sendable {
    public var name: String
    /// The line of the exercise's first check cell in the lesson.
    public var lessonLine: Int
    /// How many check cells test it.
    public var checks: Int
    /// Why it failed: the failed asserts (file:line in the lesson) and the errors of the
    /// student's own cells of the exercise; empty when it passed.
    public var failures: [Diagnostic]
    public var duration: Double

    public var passed: Bool { failures.isEmpty }
}

extension GradeResult {
    /// The grade as JUnit XML: one `<testcase>` per exercise, failing with the assert's message.
    public var junitXML: String {
        JUnitReport.xml(name: "lesson grade", suites: [
            JUnitReport.Suite(name: studentPath, time: duration, cases: exercises.map { exercise in
                let outcome: JUnitReport.TestCase.Outcome = exercise.passed ? .passed : .failed(
                    message: exercise.failures.first?.message ?? "failed", type: "error",
                    details: exercise.failures.map(\.formatted).joined(separator: "\n"))
                return JUnitReport.TestCase(name: exercise.name, file: lessonPath, line: exercise.lessonLine,
                                            time: exercise.duration, outcome: outcome)
            }),
        ])
    }
}
