import ArgumentParser
import Foundation
import Lesson
import Prelude
import Preview

/// `lesson preview PATH`: a live preview server (the Preview module does the work).
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serves a lesson or a course on 127.0.0.1, re-runs a lesson when it or a data file it read changes, and reloads the open page.",
        discussion: """
            Prints the URL and opens nothing. While a lesson runs, its page shows which cell is running; a save during a run cancels it and runs the new version. A failing cell shows its error in the page and here; the server goes on. Ctrl-C stops it.

            Examples:
              lesson preview Lessons/03-xor.md
              lesson preview Lessons --port 8080

            Exit codes: 0 stopped by Ctrl-C; 2 it could not start (no such file, the port is taken).
            """)

    @Argument(help: "A lesson file or a course folder.")
    var path: String

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "N"))
    var port: Int = 4000

    @Option(help: ArgumentHelp("The address to listen on. Anything but loopback lets other machines see the lessons.", valueName: "address"))
    var host: String = "127.0.0.1"

    @OptionGroup var handout: HandoutOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, got \(port)") }
    }

    func run() throws {
        let setup = try handout.setUp(formats: "html")
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            Console.err("warning: serving on \(host): anyone who can reach this machine can read these lessons")
        }
        let configuration = PreviewConfiguration(
            path: path, host: host, port: port, timeout: handout.running.timeout, allowErrors: handout.running.allowErrors,
            pages: setup.pages, makeSession: lessonSessionFactory, log: { Console.err($0) })
        do {
            try PreviewServer(configuration: configuration).runBlocking()
        } catch let error as PreviewError {
            Console.err(error.description)
            throw ExitCode.cannotRun
        }
    }
}
