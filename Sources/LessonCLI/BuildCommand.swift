import ArgumentParser
import Lesson

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build")
}
