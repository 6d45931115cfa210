import Foundation
import CellProtocol

/// Turns the paths given on the command line into lesson files: files as named, folders
/// searched recursively for `.md` files (hidden entries skipped), all in name order.
public enum LessonPaths {
    /// The lesson files under `arguments`, sorted by name and without duplicates, plus one
    /// error per argument that names nothing (or a folder without lessons).
    public static func expand(_ arguments: [String]) -> (files: [String], errors: [Diagnostic]) {
        var files: [String] = []
        var errors: [Diagnostic] = []
        let fm = FileManager.default
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isFolder) else {
                errors.append(Diagnostic(.error, "no such file or folder", file: argument))
                continue
            }
            guard isFolder.boolValue else { files.append(argument); continue }
            var visited = Set<String>()
            let found = lessons(in: argument, visited: &visited)
            if found.isEmpty {
                errors.append(Diagnostic(.error, "no lessons (.md files) in this folder", file: argument))
            }
            files += found
        }
        var seen = Set<String>()
        let unique = files.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        return (sorted(unique), errors)
    }

    /// Paths in name order, compared folder by folder (so `a/z.md` comes before `a-b/a.md`).
    public static func sorted(_ paths: [String]) -> [String] {
        paths.map { ($0, $0.split(separator: "/").map(String.init)) }
            .sorted { $0.1.lexicographicallyPrecedes($1.1) }
            .map(\.0)
    }

    private static func lessons(in folder: String, visited: inout Set<String>) -> [String] {
        let fm = FileManager.default
        // Symbolic links may loop back; visit each real folder once.
        guard visited.insert(URL(fileURLWithPath: folder).resolvingSymlinksInPath().path).inserted,
              let names = try? fm.contentsOfDirectory(atPath: folder) else { return [] }
        var result: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                result += lessons(in: path, visited: &visited)
            } else if name.hasSuffix(".md") {
                result.append(path)
            }
        }
        return result
    }
}
