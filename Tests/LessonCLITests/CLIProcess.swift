import Foundation
import XCTest

/// Runs the built `lesson` binary, as a user or CI would.
struct CLIProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
        var stdoutLines: [Substring] { stdout.split(separator: "\n") }
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        var looked: [String]
        var description: String { "the `lesson` binary was not found (looked in \(looked)); build it with `swift build`" }
    }

    /// The `lesson` executable that `swift build` put beside this test bundle: the products
    /// folder (the .xctest bundle's folder), then the package's .build/debug.
    /// `LESSON_CLI_TEST_BINARY` overrides both.
    static func binary() throws -> URL {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["LESSON_CLI_TEST_BINARY"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        for bundle in Bundle.allBundles + [Bundle.main] {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("lesson"))
            candidates.append(bundle.bundleURL.appendingPathComponent("lesson"))
        }
        let package = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/lesson"))
        for url in candidates {
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
               fm.isExecutableFile(atPath: url.path) {
                return url
            }
        }
        throw BinaryNotFound(looked: candidates.map(\.path))
    }

    /// Runs `lesson arguments` in `directory` with `environment` added, and waits for it.
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["GITHUB_ACTIONS"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drain both pipes before waiting, so that a full pipe cannot block the child.
        var outData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
