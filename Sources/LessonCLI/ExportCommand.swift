import ArgumentParser
import Foundation
import Lesson

/// `lesson export`: a lesson in another form. Each form (`--to`) is one file of its own:
/// ExportSwiftPackage.swift for `swift-package`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exports a lesson to another form.",
        discussion: """
            --to swift-package writes a SwiftPM package whose main.swift holds the lesson's cells in order (prose as comments), built against LessonKit, the lesson API as a Swift library: `swift run` in it prints what the cells print. Cells marked norun or expect-error are left out. LessonKit comes from the lesson tool's own package (found from the tool's location) unless --lessonkit names another.

            Examples:
              lesson export Lessons/08-xor.md --to swift-package --out xor
              cd xor && swift run -c release
            """)

    enum Form: String, ExpressibleByArgument, CaseIterable {
        case swiftPackage = "swift-package"
    }

    @Argument(help: "The lesson file.")
    var file: String

    @Option(help: "The form to write: \(Form.allCases.map(\.rawValue).joined(separator: ", ")).")
    var to: Form

    @Option(help: ArgumentHelp("The folder to create.", valueName: "folder"))
    var out: String

    @Option(help: ArgumentHelp("The package that declares LessonKit (default: the lesson tool's own).", valueName: "path"))
    var lessonkit: String?

    func run() throws {
        switch to {
        case .swiftPackage: try exportSwiftPackage(file: file, out: out, lessonKit: lessonkit)
        }
    }
}
