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

    @Option(help: ArgumentHelp("Handout formats: \(HandoutFormat.namesWithFiles), or a list such as html,md,slides.", valueName: "formats"))
    var format: String = "html,md"

    mutating func run() throws {
        let setup = try handout.setUp(formats: format)
        var runner = setup.runner
        runner.cache = caching.cache(besideOutput: handout.out)
        let lesson = try CommandLineRun(file: file, runner: runner)
        let writer = HandoutWriter(formats: setup.formats, pages: setup.pages)
        let written: [String]
        do {
            written = try writer.write(lesson.shown(student: handout.running.student),
                                       name: HandoutWriter.name(of: file), to: handout.out)
        } catch {
            Console.err("\(error)")
            throw ExitCode.cannotRun
        }
        try lesson.finish(written: written)
    }
}

/// Options `run` and `build` share: where handouts go and how they are made.
struct HandoutOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Folder for the handouts (made if missing).", valueName: "dir"))
    var out: String = "output"

    @OptionGroup var running: RunningOptions

    @Flag(help: "Leave cell and lesson durations out, so two runs give byte-identical handouts.")
    var noTimings = false

    @Option(help: ArgumentHelp("Folder of Mustache templates (page.mustache, index.mustache, course.mustache, style.mustache) replacing the built-in ones.", valueName: "dir"))
    var template: String?

    @Flag(help: "Let raw HTML in the lessons' prose into the HTML handouts (omitted by default).")
    var unsafeHtml = false

    /// What the options make: the runner, the formats and the page templates.
    struct Setup {
        var runner: LessonRunner
        var formats: Set<HandoutFormat>
        var pages: HTMLPages
    }

    /// Checks the options; a bad one is reported and ends the command with status 2.
    func setUp(formats text: String) throws -> Setup {
        let runner = try running.runner()
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
