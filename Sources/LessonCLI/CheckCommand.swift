import ArgumentParser
import Lesson

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check")
}
