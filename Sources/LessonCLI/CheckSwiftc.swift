import ArgumentParser
import CellProtocol
import Foundation
import Lesson

/// `lesson check --swiftc`: the lessons compiled against LessonKit and run, their outputs
/// compared with the interpreter's (Lesson's CompiledCheck).
struct SwiftcOptions: ParsableArguments {
    @Flag(help: "Also compile each lesson against LessonKit, run it, and compare its output with the interpreter's.")
    var swiftc = false

    @Option(help: ArgumentHelp("With --swiftc: the package that declares LessonKit (default: the lesson tool's own).", valueName: "path"))
    var lessonkit: String?

    @Option(help: ArgumentHelp("With --swiftc: where to write and build the programs' package (kept, so later checks build only what changed; default: a temporary folder).", valueName: "folder"))
    var swiftcPackage: String?

    /// Runs the compiled check and prints its report.
    func check(_ documents: [LessonDocument], results: [LessonCheckResult], rtol: Double) throws -> CompiledCheck.Report {
        let root = try lessonkit.map(LessonKitLocation.checked) ?? LessonKitLocation.find()
        let temporary = swiftcPackage == nil
        let folder = swiftcPackage ?? FileManager.default.temporaryDirectory.appendingPathComponent("lesson-swiftc-\(UUID().uuidString)").path
        defer { if temporary { try? FileManager.default.removeItem(atPath: folder) } }
        let checker = CompiledCheck(lessonKit: root, packageDirectory: folder, rtol: rtol)
        let interpreted = Dictionary(results.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let report: CompiledCheck.Report
        do {
            report = try checker.check(documents, interpreted: interpreted)
        } catch let d as Diagnostic {
            Console.report(d)
            throw ExitCode.cannotRun
        } catch {
            Console.report(Diagnostic(.error, "--swiftc: \(error)", file: folder))
            throw ExitCode.cannotRun
        }
        var failed = 0
        for lesson in report.lessons {
            for failure in lesson.failures {
                Console.err(failure.details)
                Console.annotate("error", file: lesson.path, line: failure.line, message: failure.message)
            }
            if lesson.failures.isEmpty {
                Console.out("PASS swiftc \(lesson.path) (\(lesson.comparedCells) cells compared)")
            } else {
                failed += 1
                Console.out("FAIL swiftc \(lesson.path) (\(lesson.failures.count) problems)")
            }
        }
        Console.out(String(format: "swiftc: %d of %d lessons print what the interpreter prints (build %.0f s, runs %.1f s)",
                           report.lessons.count - failed, report.lessons.count, report.buildSeconds, report.runSeconds))
        return report
    }

    /// `--junit`: a suite per lesson, `swiftc LESSON`, with a case per problem found (or one
    /// passing case for the whole program).
    static func junitSuites(_ report: CompiledCheck.Report) -> [JUnitReport.Suite] {
        report.lessons.map { lesson in
            let cases = lesson.failures.isEmpty
                ? [JUnitReport.TestCase(name: "compiled program (\(lesson.comparedCells) cells)", file: lesson.path, line: 1, time: 0, outcome: .passed)]
                : lesson.failures.map {
                    JUnitReport.TestCase(name: "compiled program (line \($0.line))", file: lesson.path, line: $0.line, time: 0,
                                         outcome: .failed(message: $0.message, type: $0.diff == nil ? "error" : "mismatch", details: $0.details))
                }
            return JUnitReport.Suite(name: "swiftc " + lesson.path, time: 0, cases: cases)
        }
    }
}
