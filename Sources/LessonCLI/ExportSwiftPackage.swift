import ArgumentParser
import Foundation
import CellProtocol
import Lesson

extension ExportTarget {
    static let swiftPackageName = "swift-package"

    /// A SwiftPM package of the lesson's cells, built against LessonKit; made from the
    /// document alone (ExportCommand calls `exportSwiftPackage`, not `write`, for it).
    static let swiftPackage = ExportTarget(name: swiftPackageName,
        help: "a SwiftPM package, OUT/, whose main.swift holds the cells in order, built against LessonKit") { _, _, _ in
        throw HandoutError("swift-package is written from the document, not from a run")
    }
}

/// `lesson export FILE --to swift-package --out DIR`.
func exportSwiftPackage(file: String, out: String, lessonKit: String?) throws {
    let document = try LessonInputs.documents([file])[0]
    let root = try lessonKit.map(LessonKitLocation.checked) ?? LessonKitLocation.find()
    do {
        try SwiftPackageExport.write(document, to: out, lessonKit: root)
    } catch let d as Diagnostic {
        Console.report(d)
        throw ExitCode.cannotRun
    }
    Console.out("wrote \(out) (swift run in it runs the lesson)")
}

/// Where the LessonKit package is: the package this `lesson` was built from, found by walking
/// up from the executable (`.build/release/lesson` sits inside it).
enum LessonKitLocation {
    static func find() throws -> String {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0].contains("/") ? CommandLine.arguments[0] : Bundle.main.executablePath ?? "")
            .resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while folder.pathComponents.count > 1 {
            if declaresLessonKit(folder) { return folder.standardizedFileURL.path }
            folder = folder.deletingLastPathComponent()
        }
        throw ValidationError("cannot find the package that declares LessonKit above \(executable.path); give it with --lessonkit PATH")
    }

    /// `--lessonkit PATH`: a folder whose Package.swift declares LessonKit, as an absolute path.
    static func checked(_ path: String) throws -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        guard declaresLessonKit(url) else {
            throw ValidationError("--lessonkit: \(path) has no Package.swift that declares the LessonKit library")
        }
        return url.path
    }

    /// True when `folder/Package.swift` declares the LessonKit library product.
    static func declaresLessonKit(_ folder: URL) -> Bool {
        guard let manifest = try? String(contentsOf: folder.appendingPathComponent("Package.swift"), encoding: .utf8) else { return false }
        return manifest.contains(".library(name: \"LessonKit\"")
    }
}
