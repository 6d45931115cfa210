import CellProtocol
import Foundation

/// `lesson check --swiftc`: every lesson exported as a program (SwiftPackageExport), all of
/// them built as one SwiftPM package with one executable per lesson (one build of LessonKit
/// and the engines, in release: the engines are slow in debug), each program run, and its
/// output compared cell by cell with the interpreter's run of the same lesson.
///
/// A compile error points into the lesson (the programs carry `#sourceLocation`), a run that
/// stops early reports its error at the cell it was in, and a difference is reported at the
/// cell's line with a diff, as `lesson check` reports its own failures.
public struct CompiledCheck {
    /// The package that declares LessonKit.
    public var lessonKit: String
    /// Where the programs' package is written and built (kept between runs, so a second
    /// check rebuilds only what changed).
    public var packageDirectory: String
    /// Seconds a program may run.
    public var timeout: Double
    public var rtol: Double

    public init(lessonKit: String, packageDirectory: String, timeout: Double = 600,
                rtol: Double = OutputComparison.defaultRelativeTolerance) {
        self.lessonKit = lessonKit
        self.packageDirectory = packageDirectory
        self.timeout = timeout
        self.rtol = rtol
    }

    /// What the compiled check found in one lesson.
    public struct LessonResult: Sendable {
        public var path: String
        public var failures: [CheckFailure]
        /// Cells whose compiled output was compared.
        public var comparedCells: Int
    }

    /// The whole check: each lesson's result, and the seconds spent building and running.
    public struct Report: Sendable {
        public var lessons: [LessonResult]
        public var buildSeconds: Double
        public var runSeconds: Double
    }

    /// Checks `documents` against the interpreter's results for them (`interpreted`, by path).
    public func check(_ documents: [LessonDocument], interpreted: [String: LessonCheckResult]) throws -> Report {
        // A lesson with no cell to run (a course's README) has no program.
        let documents = documents.filter { $0.cells.contains { !$0.options.norun && !$0.options.expectError } }
        guard (try? ChildProcess.run("/usr/bin/env", ["swift", "--version"], timeout: 60))?.status == 0 else {
            throw Diagnostic(.error, "--swiftc needs the Swift toolchain, and `swift` is not on PATH", file: "swift")
        }
        let names = programNames(documents)
        try writePackage(documents, names: names)
        let buildStart = Date()
        let built = try build(documents, names: names)
        let buildSeconds = Date().timeIntervalSince(buildStart)
        let runStart = Date()
        var lessons: [LessonResult] = []
        let binaries = try binaryFolder()
        for (document, name) in zip(documents, names) {
            if let errors = built[document.path], !errors.isEmpty {
                lessons.append(LessonResult(path: document.path, failures: errors, comparedCells: 0))
                continue
            }
            lessons.append(try runProgram(document, binary: binaries + "/" + name, interpreted: interpreted[document.path]))
        }
        return Report(lessons: lessons, buildSeconds: buildSeconds, runSeconds: Date().timeIntervalSince(runStart))
    }

    /// One program name per lesson, made unique (two folders may hold `01-intro.md`).
    func programNames(_ documents: [LessonDocument]) -> [String] {
        var seen: [String: Int] = [:]
        return documents.map { d in
            let base = SwiftPackageExport.programName(for: d.path)
            let n = seen[base, default: 0]
            seen[base] = n + 1
            return n == 0 ? base : base + "_\(n + 1)"
        }
    }

    /// Package.swift and Sources/NAME/main.swift per lesson; files whose text is unchanged
    /// are left alone (so the build stays incremental), programs no longer wanted removed.
    func writePackage(_ documents: [LessonDocument], names: [String]) throws {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: packageDirectory)
        let sources = root.appendingPathComponent("Sources")
        try fm.createDirectory(at: sources, withIntermediateDirectories: true)
        func write(_ text: String, _ url: URL) throws {
            if (try? String(contentsOf: url, encoding: .utf8)) == text { return }
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        }
        try write(SwiftPackageExport.manifest(name: "LessonPrograms", lessonKit: URL(fileURLWithPath: lessonKit).standardizedFileURL.path, programs: names),
                  root.appendingPathComponent("Package.swift"))
        for (document, name) in zip(documents, names) {
            try write(SwiftPackageExport.mainSwift(document, checking: true), sources.appendingPathComponent("\(name)/main.swift"))
        }
        for stale in (try? fm.contentsOfDirectory(atPath: sources.path)) ?? [] where !names.contains(stale) {
            try fm.removeItem(at: sources.appendingPathComponent(stale))
        }
    }

    /// `swift build -c release`: the compile errors of each lesson (by path), empty when its
    /// program built. When the whole build fails, each program is built on its own to learn
    /// which ones compile.
    func build(_ documents: [LessonDocument], names: [String]) throws -> [String: [CheckFailure]] {
        let all = try swiftBuild([])
        var result: [String: [CheckFailure]] = [:]
        if all.status == 0 { return result }
        for (document, name) in zip(documents, names) {
            let one = try swiftBuild(["--product", name])
            guard one.status != 0 else { continue }
            var failures = compileErrors(one.stdout + one.stderr, in: document)
            if failures.isEmpty {
                let log = (one.stdout + one.stderr).split(separator: "\n").suffix(15).joined(separator: "\n")
                let headline = "\(document.path): error: the compiled program does not build"
                failures = [CheckFailure(line: 1, headline: headline, message: "the compiled program does not build", details: headline + "\n" + log, diff: nil)]
            }
            result[document.path] = failures
        }
        return result
    }

    /// `swift build` in release, with assertions kept: a lesson's `assert` fails its cell in
    /// the interpreter, so it must stop the compiled program too (-O would drop it).
    private var buildArguments: [String] {
        ["swift", "build", "-c", "release", "--package-path", packageDirectory, "-Xswiftc", "-assert-config", "-Xswiftc", "Debug"]
    }

    private func swiftBuild(_ extra: [String]) throws -> ChildProcess.Outcome {
        try ChildProcess.run("/usr/bin/env", buildArguments + extra, timeout: 3 * 3600)
    }

    /// Where the release binaries are (`swift build --show-bin-path`).
    private func binaryFolder() throws -> String {
        let r = try ChildProcess.run("/usr/bin/env", buildArguments + ["--show-bin-path"], timeout: 600)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// swiftc's `FILE:LINE:COL: error: MESSAGE` lines that point into `document`.
    func compileErrors(_ log: String, in document: LessonDocument) -> [CheckFailure] {
        var failures: [CheckFailure] = []
        for line in log.split(separator: "\n") {
            guard line.hasPrefix(document.path + ":"), let range = line.range(of: ": error: ") else { continue }
            let place = line[line.index(line.startIndex, offsetBy: document.path.count + 1)..<range.lowerBound].split(separator: ":")
            guard let number = place.first.flatMap({ Int($0) }) else { continue }
            let message = String(line[range.upperBound...])
            let headline = String(line)
            guard !failures.contains(where: { $0.headline == headline }) else { continue }
            failures.append(CheckFailure(line: number, headline: headline, message: "swiftc: " + message, details: headline, diff: nil))
        }
        return failures
    }

    /// Runs one program in its lesson's folder and compares its cells with the interpreter's.
    func runProgram(_ document: LessonDocument, binary: String, interpreted: LessonCheckResult?) throws -> LessonResult {
        let folder = URL(fileURLWithPath: document.path).deletingLastPathComponent().path
        let charts = URL(fileURLWithPath: packageDirectory).appendingPathComponent("charts/" + URL(fileURLWithPath: binary).lastPathComponent).path
        let run = try ChildProcess.run(binary, [], in: folder, environment: ["LESSONKIT_CHARTS": charts], timeout: timeout)
        let outputs = Self.cells(of: ControlCharacters.visibleInRecord(run.stdout))
        var failures: [CheckFailure] = []
        var compared = 0
        let checks = interpreted?.cells ?? []
        func interpreterPassed(_ cell: Cell) -> Bool {
            checks.first { $0.cell.index == cell.index }?.outcome == .passed
        }
        let cellsRun = document.cells.filter { !$0.options.norun && !$0.options.expectError }
        let reached = cellsRun.filter { outputs[$0.index] != nil }
        // A program that failed, or never reached some cell, stopped in the last cell it began.
        let stopped = run.status != 0 || run.timedOut || reached.count < cellsRun.count
        for cell in reached {
            if stopped && cell.index == reached.last?.index { break }
            guard let expected = checks.first(where: { $0.cell.index == cell.index }), expected.outcome == .passed,
                  let actual = outputs[cell.index] else { continue }
            compared += 1
            if !OutputComparison.matches(expected: expected.actual, actual: actual, rtol: rtol) {
                let diff = OutputDiff.unified(expected: expected.actual, actual: actual, rtol: rtol)
                    .replacingOccurrences(of: "--- expected", with: "--- interpreter")
                    .replacingOccurrences(of: "+++ actual", with: "+++ compiled")
                let headline = "\(document.path):\(cell.fenceLine): error: the compiled program's output differs from the interpreter's"
                failures.append(CheckFailure(line: cell.fenceLine, headline: headline, message: "compiled output differs",
                                             details: headline + "\n" + diff, diff: diff))
            }
        }
        // Where the interpreter failed too, the lesson's own failure is already reported.
        if stopped, let cell = reached.last ?? cellsRun.first, interpreterPassed(cell) {
            let why = run.timedOut ? "did not finish within \(Int(timeout)) s"
                : run.stderr.split(separator: "\n").last { $0.hasPrefix("error: ") }.map { String($0.dropFirst(7)) }
                ?? "stopped with status \(run.status)"
            let headline = "\(document.path):\(cell.codeLine): error: the compiled program stopped: \(why)"
            failures.append(CheckFailure(line: cell.codeLine, headline: headline, message: "compiled program: " + why,
                                         details: headline + "\n" + String(run.stderr.suffix(2000)), diff: nil))
        }
        return LessonResult(path: document.path, failures: failures, comparedCells: compared)
    }

    /// A program's output cut at its boundary lines: cell index → what the cell printed.
    static func cells(of output: String) -> [Int: String] {
        var result: [Int: String] = [:]
        var current: Int?
        var text = ""
        // The boundary prefix is a control character, shown as a picture in a record.
        let prefix = ControlCharacters.visibleInRecord("\u{1E}cell ")
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(prefix), let index = Int(line.dropFirst(prefix.count)) {
                if let current { result[current] = text }
                current = index
                text = ""
            } else if current != nil {
                text += line + "\n"
            }
        }
        if let current { result[current] = text }
        return result
    }
}
