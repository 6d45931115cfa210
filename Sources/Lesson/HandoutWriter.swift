import Foundation
import CellProtocol

/// The handout formats `lesson run --format` and `lesson build --format` know.
public enum HandoutFormat: String, CaseIterable, Sendable {
    case html
    case md
    /// A slide deck, `NAME.slides.html` (SlideRenderer).
    case slides

    /// Parses `html,md`; throws a message naming the unknown format.
    public static func parseList(_ text: String) throws -> Set<HandoutFormat> {
        var formats: Set<HandoutFormat> = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = HandoutFormat(rawValue: name == "markdown" ? "md" : name) else {
                throw HandoutError("unknown format '\(name)' (use html, md, slides or a list such as html,md,slides)")
            }
            formats.insert(format)
        }
        if formats.isEmpty { throw HandoutError("no format given (use html, md, slides or a list such as html,md,slides)") }
        return formats
    }
}

/// A handout could not be made or written: the message says which file and why.
public struct HandoutError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Renders a run lesson into its handout files and writes them: `NAME.html`, `NAME.md`
/// and the chart files `NAME-N.svg` the Markdown links to, and the deck `NAME.slides.html`. Every file is written aside
/// and renamed into place, so a reader never sees half a handout.
public struct HandoutWriter {
    public var formats: Set<HandoutFormat>
    public var pages: HTMLPages

    public init(formats: Set<HandoutFormat>, pages: HTMLPages) {
        self.formats = formats
        self.pages = pages
    }

    /// Writes the handouts of `run` into `directory` (made if missing) under `name`;
    /// returns the paths written, in a stable order.
    @discardableResult
    public func write(_ run: LessonRun, name: String, to directory: String,
                      navigation: CourseNavigation? = nil, rendered: RenderedLesson? = nil) throws -> [String] {
        try Self.makeDirectory(directory)
        var written: [String] = []
        if formats.contains(.html) {
            let lesson = rendered ?? HTMLRenderer(options: pages.options).render(run)
            let path = (directory as NSString).appendingPathComponent(name + ".html")
            try Self.write(pages.lessonPage(lesson, run: run, navigation: navigation), to: path)
            written.append(path)
        }
        if formats.contains(.slides) {
            let deck = SlideRenderer(options: pages.options).render(run)
            let path = (directory as NSString).appendingPathComponent(name + ".slides.html")
            try Self.write(pages.slideDeck(deck, run: run), to: path)
            written.append(path)
        }
        if formats.contains(.md) {
            let handout = MarkdownRenderer(chartBaseName: name).render(run)
            let path = (directory as NSString).appendingPathComponent(name + ".md")
            for chart in handout.charts {
                let chartPath = (directory as NSString).appendingPathComponent(chart.fileName)
                try Self.write(chart.svg, to: chartPath)
                written.append(chartPath)
            }
            try Self.write(handout.markdown, to: path)
            written.append(path)
            Self.removeStaleCharts(in: directory, name: name, keeping: handout.charts.count)
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

    /// Deletes `NAME-N.svg` left by an earlier run that had more charts than this one.
    static func removeStaleCharts(in directory: String, name: String, keeping count: Int) {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let prefix = name + "-"
        for file in files where file.hasPrefix(prefix) && file.hasSuffix(".svg") {
            let middle = file.dropFirst(prefix.count).dropLast(4)
            if let n = Int(middle), n > count, String(n) == middle {
                try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(file))
            }
        }
    }

    /// The handout name of a lesson file: its file name without `.md`.
    public static func name(of path: String) -> String {
        let file = (path as NSString).lastPathComponent
        return file.lowercased().hasSuffix(".md") ? String(file.dropLast(3)) : file
    }
}
