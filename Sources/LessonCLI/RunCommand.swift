import ArgumentParser
import Foundation
import Lesson
import CellProtocol
import Prelude

/// `lesson run FILE.md`: runs one lesson and writes its handouts.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Runs one lesson and writes its handouts: OUT/NAME.html and OUT/NAME.md (+ NAME-N.svg charts).",
        discussion: "Exit status: 0 the lesson ran cleanly; 1 a cell failed (the handouts are still written, with the error where it happened); 2 the command could not be carried out.")

    @Argument(help: "The lesson: a Markdown file.")
    var file: String

    @OptionGroup var handout: HandoutOptions

    @OptionGroup var caching: CacheOptions

    @Option(help: "Handout formats: html, md, slides (NAME.slides.html), or a list such as html,md,slides.")
    var format: String = "html,md"

    mutating func run() throws {
        let setup = try handout.setUp(formats: format)
        let document: LessonDocument
        do {
            document = try LessonParser.read(path: file)
        } catch let d as Diagnostic {
            Console.report(d)
            throw ExitCode.cannotRun
        }
        let reporter = TerminalReporter(detail: .cells)
        reporter.warnings(document.warnings)
        var runner = setup.runner
        runner.cache = caching.cache(besideOutput: handout.out)
        reporter.attach(to: &runner, for: document)
        let lessonRunner = runner
        let run = LargeStackThread.run { lessonRunner.run(document, makeSession: lessonSessionFactory) }
        let writer = HandoutWriter(formats: setup.formats, pages: setup.pages)
        let written: [String]
        do {
            // The student edition hides solutions and checks; the lesson still ran in full.
            written = try writer.write(handout.student ? run.studentEdition() : run,
                                       name: HandoutWriter.name(of: file), to: handout.out)
        } catch {
            Console.err("\(error)")
            throw ExitCode.cannotRun
        }
        reporter.lessonEnded(run)
        for path in written where !path.hasSuffix(".svg") { reporter.note("wrote \(path)") }
        reporter.summary()
        annotateFailures(of: run)
        if run.failed { throw ExitCode.lessonFailed }
    }
}

/// Options `run` and `build` share: where handouts go and how they are made.
struct HandoutOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Folder for the handouts (made if missing).", valueName: "dir"))
    var out: String = "output"

    @Option(help: ArgumentHelp("Seconds each cell may run; a cell's timeout=N overrides it.", valueName: "seconds"))
    var timeout: Double = LessonRunner.defaultTimeout

    @Flag(help: "Keep running the cells after one fails (otherwise later cells are marked \"not run\").")
    var allowErrors = false

    @Option(help: MemoryLimit.help)
    var memoryLimit: MemoryLimit?

    @Flag(help: "Leave cell and lesson durations out, so two runs give byte-identical handouts.")
    var noTimings = false

    @Option(help: ArgumentHelp("Folder of Mustache templates (page.mustache, index.mustache, course.mustache, style.mustache) replacing the built-in ones.", valueName: "dir"))
    var template: String?

    @Flag(help: "Let raw HTML in the lessons' prose into the HTML handouts (omitted by default).")
    var unsafeHtml = false

    @Flag(help: "Write the student edition: solution cells and regions replaced by `// your code here`, their outputs, check cells and speaker notes left out.")
    var student = false

    /// What the options make: the runner, the formats and the page templates.
    struct Setup {
        var runner: LessonRunner
        var formats: Set<HandoutFormat>
        var pages: HTMLPages
    }

    /// Checks the options; a bad one is reported and ends the command with status 2.
    func setUp(formats text: String) throws -> Setup {
        guard timeout > 0, timeout <= LessonRunner.maximumTimeout else {
            throw ValidationError("--timeout must be a positive number of seconds, at most \(Int(LessonRunner.maximumTimeout)) (one day); got \(timeout)")
        }
        let formats: Set<HandoutFormat>
        let templates: PageTemplates
        do {
            formats = try HandoutFormat.parseList(text)
            templates = try PageTemplates.load(overrides: template.map { ($0 as NSString).expandingTildeInPath })
        } catch let error as HandoutError {
            throw ValidationError(error.description)
        } catch {
            Console.err("\(error)")
            throw ExitCode.cannotRun
        }
        let options = RenderOptions(unsafeHTML: unsafeHtml, timings: !noTimings)
        var runner = LessonRunner(timeout: timeout, allowErrors: allowErrors)
        runner.memoryLimit = memoryLimit?.bytes
        return Setup(runner: runner, formats: formats,
                     pages: HTMLPages(templates: templates, options: options))
    }
}

/// Under GitHub Actions, each failed cell also as an `::error` annotation on its line.
func annotateFailures(of run: LessonRun) {
    guard Console.githubActions else { return }
    for case let d? in run.failures.map(\.failure) {
        Console.annotate("error", file: d.file, line: d.location?.line, column: d.location?.column, message: d.message)
    }
}
