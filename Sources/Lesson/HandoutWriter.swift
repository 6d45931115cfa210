import Foundation
import CellProtocol

/// A handout could not be made or written: the message says which file and why.
public struct HandoutError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Renders a run lesson into its handout files and writes them: for each chosen format, the
/// files its renderer (`HandoutFormat.registered`) returns, such as `NAME.html`, `NAME.md`
/// with the chart files `NAME-N.svg` it links to, the deck `NAME.slides.html`, the notebook
/// `NAME.ipynb`. Every file is written aside and renamed into place, so a reader never sees
/// half a handout; files an earlier handout left and this one no longer has are removed.
public struct HandoutWriter {
    public var formats: Set<HandoutFormat>
    public var pages: HTMLPages

    public init(formats: Set<HandoutFormat>, pages: HTMLPages) {
        self.formats = formats
        self.pages = pages
    }

    /// Writes the handouts of `run` into `directory` (made if missing) under `name`;
    /// returns the paths written, in a stable order (the registry's, then each renderer's).
    @discardableResult
    public func write(_ run: LessonRun, name: String, to directory: String,
                      navigation: CourseNavigation? = nil, rendered: RenderedLesson? = nil) throws -> [String] {
        try Self.makeDirectory(directory)
        let renderers = HandoutFormat.registered.filter { formats.contains($0.format) }
        // The page offers the other files written beside it whose formats ask for a link.
        let downloads = renderers.compactMap { renderer in
            renderer.downloadLabel.map { PageLink(href: RelativeLink.href(toFile: name + renderer.fileSuffix), title: $0) }
        }
        let context = HandoutContext(name: name, pages: pages, navigation: navigation,
                                     rendered: rendered, downloads: downloads)
        var written: [String] = []
        for renderer in renderers {
            let files = renderer.files(for: run, in: context)
            for file in files {
                let path = (directory as NSString).appendingPathComponent(file.fileName)
                try Self.write(file.text, to: path)
                written.append(path)
            }
            Self.removeStale(of: renderer, in: directory, name: name, written: Set(files.map(\.fileName)))
        }
        return written
    }

    /// Writes `text` to `path` atomically (a temporary file beside it, then a rename).
    public static func write(_ text: String, to path: String) throws {
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
        } catch let d as Diagnostic {
            throw HandoutError(d.headline)
        }
    }

    /// Makes `directory` and its parents; an existing file in the way is an error.
    public static func makeDirectory(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw HandoutError("\(directory): error: exists and is not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw HandoutError("\(directory): error: cannot make the folder: \((error as NSError).localizedDescription)")
        }
    }

    /// Deletes the files of `directory` that `renderer` calls stale: left by an earlier
    /// handout (one with more charts, say) and not written this time.
    static func removeStale(of renderer: any HandoutRenderer.Type, in directory: String, name: String,
                            written: Set<String>) {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for file in files where !written.contains(file) && renderer.isStale(file, name: name, written: written) {
            try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(file))
        }
    }

    /// The handout name of a lesson file: its file name without `.md`.
    public static func name(of path: String) -> String {
        let file = (path as NSString).lastPathComponent
        return file.lowercased().hasSuffix(".md") ? String(file.dropLast(3)) : file
    }
}
