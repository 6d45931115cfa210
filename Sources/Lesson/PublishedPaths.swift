import Foundation
import CellProtocol

/// Handouts are published: a page must not show where the lesson sat on the machine that
/// built it. Error and warning locations are given relative to the lesson's folder (the
/// lesson itself by its file name, as the page footer names it), and any absolute path of
/// that folder inside a message is cut back to a relative one.
enum PublishedPaths {
    /// `file` as a handout of `lesson` shows it: relative to the lesson's folder when inside
    /// it, else only its file name.
    static func shown(_ file: String, lesson: String) -> String {
        guard !file.isEmpty else { return file }
        let folder = folderPrefixes(of: lesson)
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        for prefix in folder where absolute.hasPrefix(prefix) {
            return String(absolute.dropFirst(prefix.count))
        }
        return (file as NSString).lastPathComponent
    }

    /// `text` with every absolute path of the lesson's folder made relative to it.
    static func scrubbed(_ text: String, lesson: String) -> String {
        var out = text
        for prefix in folderPrefixes(of: lesson) where out.contains(prefix) {
            out = out.replacingOccurrences(of: prefix, with: "")
        }
        return out
    }

    /// The cell's result with every diagnostic it shows made publishable.
    static func published(_ result: CellResult, lesson: String) -> CellResult {
        guard result.outputs.contains(where: { if case .error = $0 { return true }; return false }) else { return result }
        var copy = result
        copy.outputs = result.outputs.map { output in
            guard case .error(let d) = output else { return output }
            return .error(published(d, lesson: lesson))
        }
        return copy
    }

    /// The diagnostic with its file relative to the lesson and its message scrubbed.
    static func published(_ d: Diagnostic, lesson: String) -> Diagnostic {
        var copy = d
        copy.file = shown(d.file, lesson: lesson)
        copy.message = scrubbed(d.message, lesson: lesson)
        return copy
    }

    /// The lesson's folder as absolute paths ending in "/": as written and with links resolved.
    private static func folderPrefixes(of lesson: String) -> [String] {
        let url = URL(fileURLWithPath: lesson).standardizedFileURL.deletingLastPathComponent()
        var prefixes = [url.path, url.resolvingSymlinksInPath().path]
        prefixes = prefixes.map { $0.hasSuffix("/") ? $0 : $0 + "/" }.filter { $0 != "/" }
        return Array(Set(prefixes)).sorted { $0.count > $1.count }
    }
}
