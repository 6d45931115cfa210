import ArgumentParser
import Foundation
import Lesson
import CellProtocol

/// `lesson export FILE.md --to ipynb|swift-package`: writes one lesson in a form that leaves
/// the tool (a Jupyter notebook with the outputs of a run, a SwiftPM package built against
/// LessonKit). The forms are the `ExportTarget`s in `ExportTarget.all`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exports one lesson: --to ipynb runs it and writes OUT/NAME.ipynb, a Jupyter notebook with its outputs; --to swift-package writes OUT as a SwiftPM package built against LessonKit.",
        discussion: """
            Targets:
            \(ExportTarget.all.map { "  \($0.name)  \($0.help)" }.joined(separator: "\n"))

            Examples:
              lesson export Lessons/08-xor.md --to ipynb
                  Write output/08-xor.ipynb: the prose as Markdown cells, the code cells with their outputs.
              lesson export Lessons/08-xor.md --to ipynb --out notebooks --student
                  The students' edition (no solutions, no checks) as notebooks/08-xor.ipynb.
              lesson export Lessons/08-xor.md --to swift-package --out xor
                  A package whose main.swift holds the cells in order (prose as comments);
                  `cd xor && swift run -c release` prints what the cells print. Cells marked
                  norun or expect-error are left out. LessonKit comes from the lesson tool's
                  own package (found from the tool's location) unless --lessonkit names another.

            Exit status: 0 the lesson ran cleanly; 1 a cell failed (the export is still written, with the error where it happened); 2 the command could not be carried out (no such file, an unknown target, a folder that cannot be written); nothing is written half.
            """)

    @Argument(help: "The lesson: a Markdown file.")
    var file: String

    @Option(help: ArgumentHelp("What to export to: \(ExportTarget.all.map(\.name).joined(separator: ", ")).", valueName: "target"))
    var to: String

    @Option(help: ArgumentHelp("Folder to write into (made if missing; for swift-package, the package folder, which must be new or empty).", valueName: "dir"))
    var out: String = "output"

    @Option(help: ArgumentHelp("For swift-package: the package that declares LessonKit (default: the lesson tool's own).", valueName: "path"))
    var lessonkit: String?

    @OptionGroup var running: RunningOptions

    mutating func validate() throws {
        guard ExportTarget.named(to) != nil else {
            throw ValidationError("unknown export target '\(to)' (use \(ExportTarget.all.map(\.name).joined(separator: ", ")))")
        }
    }

    mutating func run() throws {
        guard let target = ExportTarget.named(to) else { throw ExitCode.cannotRun }   // validate() said why
        if target.name == ExportTarget.swiftPackageName {
            try exportSwiftPackage(file: file, out: out, lessonKit: lessonkit)
            return
        }
        let lesson = try CommandLineRun(file: file, runner: try running.runner())
        let written = try write(target, lesson.shown(student: running.student), name: HandoutWriter.name(of: file))
        try lesson.finish(written: written)
    }

    /// Writes the export; a failure is reported and ends the command with status 2.
    private func write(_ target: ExportTarget, _ run: LessonRun, name: String) throws -> [String] {
        do {
            return try target.write(run, name, out)
        } catch {
            Console.err("\(error)")
            throw ExitCode.cannotRun
        }
    }
}

/// A form `lesson export --to` writes a lesson in. Adding one: declare it (in its own file
/// when it needs more than a handout format, e.g. `ExportSwiftPackage.swift` with
/// `extension ExportTarget { static let swiftPackage = ... }`) and add it to `all`.
struct ExportTarget {
    /// The name `--to` takes.
    var name: String
    /// One line for `--help`: what it writes.
    var help: String
    /// Writes `run` as `name` into the folder; returns the paths written. Must write
    /// atomically (nothing half-written on an error) and throw a message on failure.
    var write: (_ run: LessonRun, _ name: String, _ directory: String) throws -> [String]

    /// Every target `--to` knows, in the order `--help` lists them.
    static let all: [ExportTarget] = [.notebook, .swiftPackage]

    static func named(_ name: String) -> ExportTarget? {
        all.first { $0.name == name.lowercased() }
    }

    /// The Jupyter notebook of the run: the `ipynb` handout format.
    static let notebook = handout(.ipynb, help: "a Jupyter notebook (nbformat 4.5), OUT/NAME.ipynb, with the outputs of this run")

    /// A target that writes one handout format through `HandoutWriter`.
    static func handout(_ format: HandoutFormat, help: String) -> ExportTarget {
        ExportTarget(name: format.name, help: help) { run, name, directory in
            let pages = HTMLPages(templates: try PageTemplates.load(), options: RenderOptions(timings: false))
            return try HandoutWriter(formats: [format], pages: pages).write(run, name: name, to: directory)
        }
    }
}
