import ArgumentParser
import Foundation
import Lesson
import CellProtocol
import Prelude

/// How a lesson is run: the options every command that runs lessons and writes something
/// from them shares (`run`, `build`, `export`, `preview`).
struct RunningOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds each cell may run; a cell's timeout=N overrides it.", valueName: "seconds"))
    var timeout: Double = LessonRunner.defaultTimeout

    @Flag(help: "Keep running the cells after one fails (otherwise later cells are marked \"not run\").")
    var allowErrors = false

    @Option(help: MemoryLimit.help)
    var memoryLimit: MemoryLimit?

    @Flag(help: "Write the student edition: solution cells and regions replaced by `// your code here`, their outputs, check cells and speaker notes left out.")
    var student = false

    /// The runner the options describe; a bad option ends the command with status 2.
    func runner() throws -> LessonRunner {
        guard timeout > 0, timeout <= LessonRunner.maximumTimeout else {
            throw ValidationError("--timeout must be a positive number of seconds, at most \(Int(LessonRunner.maximumTimeout)) (one day); got \(timeout)")
        }
        var runner = LessonRunner(timeout: timeout, allowErrors: allowErrors)
        runner.memoryLimit = memoryLimit?.bytes
        return runner
    }
}

/// One lesson run from the command line, as `lesson run` and `lesson export` run it: read
/// and parsed first (a bad file ends the command with status 2 before anything runs), then
/// run in a fresh session on a large-stack thread, each cell reported on the terminal.
struct CommandLineRun {
    var run: LessonRun
    var reporter: TerminalReporter

    init(file: String, runner: LessonRunner) throws {
        let document: LessonDocument
        do {
            document = try LessonParser.read(path: file)
        } catch let d as Diagnostic {
            Console.report(d)
            throw ExitCode.cannotRun
        }
        reporter = TerminalReporter(detail: .cells)
        reporter.warnings(document.warnings)
        var runner = runner
        reporter.attach(to: &runner, for: document)
        let lessonRunner = runner
        run = LargeStackThread.run { lessonRunner.run(document, makeSession: lessonSessionFactory) }
    }

    /// What the handouts show: the student edition when asked for (the lesson still ran in full).
    func shown(student: Bool) -> LessonRun { student ? run.studentEdition() : run }

    /// After the files are written: the lesson's line, the files, the summary, and exit
    /// status 1 when a cell failed.
    func finish(written: [String]) throws {
        reporter.lessonEnded(run)
        for path in written where !path.hasSuffix(".svg") { reporter.note("wrote \(path)") }
        reporter.summary()
        annotateFailures(of: run)
        if run.failed { throw ExitCode.lessonFailed }
    }
}
