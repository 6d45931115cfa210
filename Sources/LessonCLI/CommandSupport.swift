import ArgumentParser
import Foundation
import Lesson
import CellProtocol

/// The exit codes every `lesson` command uses (DESIGN.md).
extension ExitCode {
    /// A lesson failed: a cell error, an output mismatch, an expected error that did not happen.
    static let lessonFailed = ExitCode(1)
    /// The command could not be carried out: no such file, not UTF-8, a bad option.
    static let cannotRun = ExitCode(2)
}

/// Where commands write: standard output for results, standard error for diagnostics.
/// Writes go straight to the file descriptors (no buffering), so that a lesson's
/// diagnostics and its status line stay in order when both streams share a terminal.
enum Console {
    /// True under GitHub Actions, where failures are also printed as `::error` annotations.
    static let githubActions = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"

    /// Writes `text` and a newline to standard output.
    static func out(_ text: String) { write(text + "\n", to: FileHandle.standardOutput) }

    /// Writes `text` and a newline to standard error.
    static func err(_ text: String) { write(text + "\n", to: FileHandle.standardError) }

    /// Everything the commands print may carry lesson text (file names, messages, code,
    /// diffs), so it is made safe here, where it leaves: no control character reaches the
    /// terminal, and under GitHub Actions no line can be a workflow command. The tool's own
    /// annotations go out through `annotate`.
    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(ControlCharacters.safeForTerminal(text, githubActions: githubActions).utf8))
    }

    /// A diagnostic as swiftc prints it (source line and caret), plus its GitHub annotation.
    static func report(_ d: Diagnostic) {
        err(d.formatted)
        annotate(d.severity == .warning ? "warning" : "error", file: d.file,
                 line: d.location?.line, column: d.location?.column, message: d.message)
    }

    /// Under GitHub Actions, prints the annotation for a problem (see `annotation`).
    static func annotate(_ kind: String, file: String, line: Int?, column: Int? = nil, message: String) {
        guard githubActions else { return }
        FileHandle.standardError.write(Data((annotation(kind, file: file, line: line, column: column, message: message) + "\n").utf8))
    }

    /// `::error file=...,line=...::message`, escaped as the GitHub Actions runner expects
    /// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions):
    /// `%`, CR and LF in the message, also `:` and `,` in properties, so lesson text stays
    /// data on one line; other control characters are made visible first.
    static func annotation(_ kind: String, file: String, line: Int?, column: Int? = nil, message: String) -> String {
        var properties = "file=" + escapeProperty(ControlCharacters.safeForTerminal(file))
        if let line { properties += ",line=\(line)" }
        if let column { properties += ",col=\(column)" }
        return "::\(kind) \(properties)::\(escapeData(ControlCharacters.safeForTerminal(message)))"
    }

    private static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// Shared steps of the commands that take lesson paths.
enum LessonInputs {
    /// The lesson files under `paths` (files as named, folders recursively, in name order).
    /// Prints one line per path that names nothing and throws exit code 2.
    static func files(_ paths: [String]) throws -> [String] {
        let (files, errors) = LessonPaths.expand(paths)
        guard errors.isEmpty else {
            errors.forEach(Console.report)
            throw ExitCode.cannotRun
        }
        return files
    }

    /// Reads and parses every file before anything runs, so that a bad file stops the
    /// command (exit 2) with nothing run and nothing written. Warnings are left in the
    /// documents for the caller to print with the lesson's report.
    static func documents(_ files: [String]) throws -> [LessonDocument] {
        var documents: [LessonDocument] = []
        var failed = false
        for file in files {
            do {
                documents.append(try LessonParser.read(path: file))
            } catch let d as Diagnostic {
                Console.report(d)
                failed = true
            }
        }
        if failed { throw ExitCode.cannotRun }
        return documents
    }

    /// The folder a lesson's session may read data from: the lesson's own folder.
    static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }
}

/// Reads `--jobs`: at least 1; the number of cores when not given.
func validatedJobs(_ jobs: Int?) throws -> Int {
    guard let jobs else { return max(1, ProcessInfo.processInfo.activeProcessorCount) }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    return jobs
}
