import ArgumentParser
import Lesson

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run")
}
