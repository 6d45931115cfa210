import ArgumentParser
import Lesson

@main
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Runs Markdown lessons and renders them as handouts.",
        subcommands: [RunCommand.self, CheckCommand.self, BuildCommand.self])
}
