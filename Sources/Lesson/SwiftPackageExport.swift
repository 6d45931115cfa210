import CellProtocol
import Foundation

/// `lesson export --to swift-package`: a lesson as a SwiftPM package whose `main.swift` holds
/// the lesson's cells in order, the prose as comments, built against LessonKit (the lesson
/// API as a compiled library). `swift run` in it prints what the cells print.
///
/// Cells marked `norun` or `expect-error` are left out (a note says where); a cell whose last
/// statement is an expression with a value ends in an explicit `display(…)`, as the
/// interpreter shows that value.
public enum SwiftPackageExport {
    /// The program of `document`. With `checking`, each cell starts with a boundary line
    /// (`lessonCellBoundary`) and a `#sourceLocation` naming the lesson's file and line, so
    /// that `lesson check --swiftc` can cut the output into cells and compile errors point
    /// into the lesson.
    public static func mainSwift(_ document: LessonDocument, checking: Bool = false) -> String {
        var out = "// \(URL(fileURLWithPath: document.path).lastPathComponent), exported by `lesson export --to swift-package`.\n"
        out += "// The prose is in comments; each cell's code follows as it is in the lesson.\n\n"
        out += "import Foundation\nimport LessonKit\n"
        for block in document.blocks {
            switch block {
            case .prose(let prose):
                // Blank lines around the prose are the space between blocks, not part of it.
                let lines = OutputComparison.rawLines(of: prose.text).drop { $0.allSatisfy(\.isWhitespace) }
                guard !lines.isEmpty else { continue }
                out += "\n" + lines.map { $0.allSatisfy(\.isWhitespace) ? "//" : "// " + $0 }.joined(separator: "\n") + "\n"
            case .cell(let cell):
                out += "\n" + program(of: cell, in: document, checking: checking)
            }
        }
        return out
    }

    /// One cell's code, or the note that it is left out.
    static func program(of cell: Cell, in document: LessonDocument, checking: Bool) -> String {
        let place = "\(URL(fileURLWithPath: document.path).lastPathComponent):\(cell.fenceLine)"
        if cell.options.norun { return "// (the cell at \(place) is marked norun: left out)\n" }
        if cell.options.expectError { return "// (the cell at \(place) is expected to fail: left out)\n" }
        var code = cell.code
        if let shown = FinalStatement.displayedExpression(in: code) {
            code.replaceSubrange(shown, with: "display(" + code[shown] + ")")
        }
        if !code.hasSuffix("\n") { code += "\n" }
        var out = "// MARK: \(place)\n"
        if checking {
            out += "lessonCellBoundary(\(cell.index))\n"
            out += "#sourceLocation(file: \(swiftStringLiteral(document.path)), line: \(cell.codeLine))\n"
            out += code
            out += "#sourceLocation()\n"
        } else {
            out += code
        }
        return out
    }

    /// The files the lesson reads with `loadCSV("…")` (literal paths inside the lesson's
    /// folder only), to copy into the package.
    public static func dataFiles(_ document: LessonDocument) -> [String] {
        var files: [String] = []
        for cell in document.cells where !cell.options.norun {
            var rest = Substring(cell.code)
            while let call = rest.range(of: "loadCSV(\"") {
                rest = rest[call.upperBound...]
                guard let end = rest.firstIndex(where: { $0 == "\"" || $0 == "\\" || $0 == "\n" }), rest[end] == "\"" else { continue }
                let path = String(rest[..<end])
                let parts = path.split(separator: "/")
                if !path.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty, !files.contains(path) { files.append(path) }
            }
        }
        return files
    }

    /// The manifest of a package of `programs` (target name → its folder under Sources),
    /// depending on the package at `lessonKit` (a path, relative to the package or absolute).
    public static func manifest(name: String, lessonKit: String, programs: [String]) -> String {
        let identity = URL(fileURLWithPath: lessonKit).standardizedFileURL.lastPathComponent.lowercased()
        let targets = programs.map {
            "        .executableTarget(name: \(swiftStringLiteral($0)), dependencies: [.product(name: \"LessonKit\", package: \(swiftStringLiteral(identity)))]),"
        }
        return """
            // swift-tools-version:5.9
            // Built by `lesson export --to swift-package`. LessonKit (the lesson API as a Swift library)
            // comes from the lesson tool's package at the path below: point it at your copy, or use
            // .package(url: …, from: …) once the package is published.
            import PackageDescription

            let package = Package(
                name: \(swiftStringLiteral(name)),
                platforms: [.macOS(.v13)],
                dependencies: [
                    .package(path: \(swiftStringLiteral(lessonKit))),
                ],
                targets: [
            \(targets.joined(separator: "\n"))
                ]
            )

            """
    }

    /// A Swift identifier for a lesson file: `01-tensors.md` → `Lesson01Tensors`.
    public static func programName(for path: String) -> String {
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let words = stem.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        return "Lesson" + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Writes the package for `document` as the new folder `directory` (which must not exist
    /// or be empty): Package.swift, Sources/NAME/main.swift, the data files the lesson reads,
    /// and a .gitignore. It is written beside `directory` first and moved into place, so a
    /// failure leaves no half-written package.
    public static func write(_ document: LessonDocument, to directory: String, lessonKit: String) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        if let existing = try? fm.contentsOfDirectory(atPath: target.path), !existing.isEmpty {
            throw Diagnostic(.error, "already exists and is not empty; choose a new folder for the package", file: directory)
        }
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: target.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw Diagnostic(.error, "is a file; choose a new folder for the package", file: directory)
        }
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString)")
        do {
            let name = programName(for: document.path)
            let sources = staging.appendingPathComponent("Sources/\(name)")
            try fm.createDirectory(at: sources, withIntermediateDirectories: true)
            let dependency = relativePath(from: target.path, to: lessonKit)
            try Data(manifest(name: name, lessonKit: dependency, programs: [name]).utf8).write(to: staging.appendingPathComponent("Package.swift"))
            try Data(mainSwift(document).utf8).write(to: sources.appendingPathComponent("main.swift"))
            try Data(".build/\n.swiftpm/\ncharts/\n".utf8).write(to: staging.appendingPathComponent(".gitignore"))
            let folder = URL(fileURLWithPath: document.path).deletingLastPathComponent()
            for file in dataFiles(document) {
                let source = folder.appendingPathComponent(file)
                guard fm.fileExists(atPath: source.path) else {
                    throw Diagnostic(.error, "the lesson reads \(file), which is not in its folder", file: document.path)
                }
                let copy = staging.appendingPathComponent(file)
                try fm.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.copyItem(at: source, to: copy)
            }
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.moveItem(at: staging, to: target)
        } catch {
            try? fm.removeItem(at: staging)
            if let d = error as? Diagnostic { throw d }
            throw Diagnostic(.error, "cannot write the package: \(error.localizedDescription)", file: directory)
        }
    }

    /// `to` relative to the folder `from` when both are absolute paths on one tree (so the
    /// package keeps working when both move together); `to` as it is otherwise.
    static func relativePath(from: String, to: String) -> String {
        let a = URL(fileURLWithPath: from).standardizedFileURL.pathComponents
        let b = URL(fileURLWithPath: to).standardizedFileURL.pathComponents
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        guard common > 1 else { return URL(fileURLWithPath: to).standardizedFileURL.path }
        let path = Array(repeating: "..", count: a.count - common) + b[common...]
        return path.isEmpty ? "." : path.joined(separator: "/")
    }

    /// `s` as a Swift string literal.
    static func swiftStringLiteral(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F { out += "\\u{\(String(c.value, radix: 16))}" } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
