import ArgumentParser
import Foundation
import Lesson
import Prelude

/// `lesson`: the command-line tool. Each subcommand only parses its options and calls `Lesson`.
@main
struct LessonCommand: ParsableCommand {
    /// The tool's version, shown by `lesson --version`.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Runs Markdown lessons and renders them as handouts.",
        discussion: """
            A lesson is a Markdown file whose ```swift blocks are cells, run in order in one session.

            Examples:
              lesson run Lessons/03-xor.md
                  Run a lesson; write output/03-xor.html and output/03-xor.md.
              lesson check Lessons
                  Compare every lesson's outputs with its ```output blocks.
              lesson check --update Lessons/03-xor.md
                  Record the current outputs in the lesson.
              lesson build Lessons --out site
                  Render the whole course as a handout site.
              lesson build Lessons --student --slides --out student-site
                  The students' edition (no solutions, no checks), with slide decks.
              lesson export Lessons/08-xor.md --to ipynb
                  Run a lesson and write it as a Jupyter notebook, output/08-xor.ipynb.
              lesson grade ada/04-linear-regression.md --against Lessons/04-linear-regression.md
                  Run a student's copy with the lesson's hidden checks.
              lesson export Lessons/08-xor.md --to swift-package --out xor
                  Write the lesson as a Swift package built against LessonKit (swift run in it).

            Exit codes: 0 all good; 1 a lesson failed (a cell error, an output mismatch, an expected error that did not happen); 2 the command could not be carried out (no such file, not UTF-8, a bad option).
            """,
        version: version,
        subcommands: [RunCommand.self, CheckCommand.self, BuildCommand.self, ExportCommand.self, GradeCommand.self, PreviewCommand.self])

    /// Parses the command line and runs the command. ArgumentParser reports usage errors
    /// with exit code 64 (EX_USAGE); `lesson` promises 2 for any command it cannot carry out.
    static func main() {
        installLessonSyntax()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitCode.cannotRun.rawValue)
            }
            exit(withError: error)
        }
    }
}
