import ArgumentParser
import Foundation
import Lesson
import CellProtocol
import Prelude

/// `lesson build DIR`: renders a whole course folder into a handout site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Runs every lesson of a course folder and writes a handout site: a page per lesson with previous/next links, index.html, course.html (and course.pdf with --pdf).",
        discussion: "Lessons are the folder's *.md files in name order (README.md gives the course's title and introduction). Exit status: 0 every lesson ran cleanly; 1 a lesson failed; 2 the command could not be carried out.")

    @Argument(help: "The course folder.")
    var directory: String

    @OptionGroup var handout: HandoutOptions

    @OptionGroup var caching: CacheOptions

    @Option(help: ArgumentHelp("Handout formats for each lesson: \(HandoutFormat.names), or a list such as html,md.", valueName: "formats"))
    var format: String = "html"

    @Option(help: "Lessons to run at once, each in its own session on its own thread (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Also print course.html to course.pdf with headless Chromium (when installed).")
    var pdf = false

    @Flag(help: "Also write a slide deck per lesson (NAME.slides.html).")
    var slides = false

    @Flag(help: "Also write a Jupyter notebook per lesson (NAME.ipynb), linked from the lesson's page.")
    var ipynb = false

    @Option(help: "The PDF's paper size: a4 or letter.")
    var paper: String = "a4"

    mutating func run() throws {
        let jobs = try validatedJobs(self.jobs)
        let paperSize: String
        switch paper.lowercased() {
        case "a4": paperSize = "A4"
        case "letter": paperSize = "letter"
        default:
            Console.err("error: unknown paper size '\(paper)' (use a4 or letter)")
            throw ExitCode.cannotRun
        }
        let setup = try handout.setUp(formats: format)
        let reporter = TerminalReporter(detail: jobs > 1 ? .lessons : .cells)
        var builder = CourseBuilder(sourceDirectory: directory, outputDirectory: handout.out,
                                    makeSession: lessonSessionFactory, pages: setup.pages)
        builder.jobs = jobs
        builder.formats = setup.formats.union(slides ? [.slides] : []).union(ipynb ? [.ipynb] : [])
        builder.student = handout.running.student
        builder.pdf = pdf
        builder.paper = paperSize
        builder.runner = setup.runner
        builder.runner.cache = caching.cache(besideOutput: handout.out)
        reporter.reportsCache = builder.runner.cache != nil
        let result: CourseBuilder.Result
        do {
            result = try builder.build(reporter: reporter)
        } catch {
            Console.err("\(error)")
            throw ExitCode.cannotRun
        }
        result.unreadable.forEach(Console.report)
        result.runs.forEach(annotateFailures)
        reporter.note("wrote \(result.written.filter { !$0.hasSuffix(".svg") }.count) pages to \(handout.out) (open \((handout.out as NSString).appendingPathComponent("index.html")))")
        reporter.summary()
        if let problem = result.pdfProblem {
            Console.err("error: \(problem)")
            throw ExitCode.cannotRun
        }
        if !result.unreadable.isEmpty { throw ExitCode.cannotRun }
        if result.failed { throw ExitCode.lessonFailed }
    }
}
