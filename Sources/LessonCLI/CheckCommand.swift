import ArgumentParser
import Foundation
import Lesson
import CellProtocol
import Prelude

/// `lesson check`: runs lessons and compares each cell's output with its ```output block.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Runs lessons and compares their outputs with their ```output blocks.",
        discussion: """
            Each path is a lesson file or a folder searched recursively for .md files; lessons run in name order, each in a fresh session. A cell fails when it errors, when an expect-error cell does not fail, or when its output differs from the ```output block directly after it: lines compare with trailing white space ignored, numbers within a relative tolerance (--rtol), and a line `...` matches any lines. A cell without an output block only has to run. The last line printed is `N passed, M failed` (lessons).

            With --update, the output blocks are rewritten from this run instead: added after cells that print something and have none, emptied (not removed) when a cell now prints nothing. Nothing else in the file changes, and each file is replaced atomically.

            Exit codes: 0 all passed; 1 a lesson failed; 2 the command could not be carried out.

            Examples:
              lesson check Lessons
              lesson check Lessons/03-xor.md --update
              lesson check Lessons --shard 2/3 --junit check-2.xml
              lesson check --swiftc Lessons

            With --swiftc, each lesson is also exported as a Swift program built against LessonKit (as `lesson export --to swift-package` does), all of them built with swift build -c release as one package, each run, and its output compared cell by cell with the interpreter's: a compile error, an early stop or a difference fails the lesson at the cell's line.
            """)

    @Argument(help: "Lesson files or folders (searched recursively for .md files).")
    var paths: [String]

    @Flag(help: "Write the current outputs into the lessons' ```output blocks instead of comparing.")
    var update = false

    @Option(help: "Lessons to run at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Run only the K-th of N stable slices of the lessons, as in 2/3.", valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Also write the results as JUnit XML to this file.", valueName: "file"))
    var junit: String?

    @OptionGroup var caching: CacheOptions

    @Option(help: "Relative tolerance for numbers in outputs.")
    var rtol: Double = OutputComparison.defaultRelativeTolerance

    @Option(help: MemoryLimit.help)
    var memoryLimit: MemoryLimit?

    @OptionGroup var compiled: SwiftcOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one lesson file or folder") }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, as in 2/3; got '\(shard)'")
        }
        if !(rtol >= 0 && rtol.isFinite) { throw ValidationError("--rtol must be a number ≥ 0, got \(rtol)") }
        _ = try validatedJobs(jobs)
    }

    func run() throws {
        var files = try LessonInputs.files(paths)
        if let shard = shard.flatMap(Shard.init) { files = shard.select(files) }
        let documents = try LessonInputs.documents(files)
        var checker = LessonChecker(rtol: rtol, update: update)
        checker.cache = caching.cache(besideOutput: "output")
        var results: [LessonCheckResult] = []
        CheckJobs.run(count: documents.count, jobs: try validatedJobs(jobs), work: { i in
            checker.check(documents[i]) {
                let session = lessonSessionFactory(LessonInputs.folder(of: documents[i].path))
                if let memoryLimit { session.memoryLimit = memoryLimit.bytes }
                return session
            }
        }, deliver: { _, result in
            CheckReport.print(result)
            results.append(result)
        })
        var cannotRun = results.contains { $0.writeError != nil }
        var failedPaths = Set(results.filter(\.failed).map(\.path))
        var compiledSuites: [JUnitReport.Suite] = []
        if compiled.swiftc {
            let report = try compiled.check(documents, results: results, rtol: rtol)
            failedPaths.formUnion(report.lessons.filter { !$0.failures.isEmpty }.map(\.path))
            compiledSuites = SwiftcOptions.junitSuites(report)
        }
        if let junit {
            do {
                let suites = JUnitReport.suites(results) + compiledSuites
                try AtomicFile.write(Array(JUnitReport.xml(name: "lesson check", suites: suites).utf8), to: junit)
            } catch let d as Diagnostic {
                Console.report(d)
                cannotRun = true
            }
        }
        let failed = failedPaths.count
        if checker.cache != nil {
            // Lessons with no cell to run neither ran nor came from the cache.
            let cached = results.filter(\.fromCache).count
            let ran = results.filter { !$0.fromCache && $0.cells.contains { $0.outcome == .passed || $0.outcome == .failed } }.count
            if ran + cached > 0 { Console.out("\(ran) ran, \(cached) from the cache") }
        }
        Console.out("\(results.count - failed) passed, \(failed) failed")
        if cannotRun { throw ExitCode.cannotRun }
        if failed > 0 { throw ExitCode.lessonFailed }
    }
}

/// How `lesson check` prints one lesson: warnings and failures (with diffs) on standard
/// error, then a status line on standard output.
enum CheckReport {
    static func print(_ result: LessonCheckResult) {
        result.warnings.forEach(Console.report)
        for check in result.failures {
            guard let failure = check.failure else { continue }
            Console.err(failure.details)
            Console.annotate("error", file: result.path, line: failure.line, message: failure.message)
        }
        if let error = result.writeError { Console.report(error) }
        let ran = result.cells.filter { $0.outcome == .passed || $0.outcome == .failed }.count
        let time = String(format: "%.2f s", result.duration)
        if result.failed {
            Console.out("FAIL \(result.path) (\(result.failures.count) of \(result.cells.count) cells failed, \(result.fromCache ? "from the cache" : time))")
        } else {
            let source = result.fromCache ? "from the cache" : time
            Console.out("PASS \(result.path) (\(ran) cells, \(source))" + (result.updated ? ", updated" : ""))
        }
    }
}
