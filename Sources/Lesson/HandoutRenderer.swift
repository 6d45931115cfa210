import Foundation

/// One output format of `lesson run --format` and `lesson build --format`: a type that
/// turns a run lesson into the files of its handout. A format is one renderer file that
/// conforms to this protocol, plus its line in `HandoutFormat.registered`; `HandoutWriter`
/// writes whatever the chosen formats' renderers return, and `--format` learns the name
/// from the registry.
public protocol HandoutRenderer {
    /// The name `--format` takes (`html`, `md`).
    static var format: HandoutFormat { get }
    /// Other names `--format` accepts for it (`markdown`).
    static var aliases: [String] { get }
    /// Ends the name of the format's main file: `NAME` + `fileSuffix` (`.slides.html`).
    static var fileSuffix: String { get }
    /// When set, a lesson's HTML page written beside this format links to its main file
    /// with this text (a download link); nil for formats the page does not offer.
    static var downloadLabel: String? { get }
    /// The files of `run`'s handout, in the order they are to be written (files the main
    /// file refers to first). No file is written here: `HandoutWriter` writes them.
    static func files(for run: LessonRun, in context: HandoutContext) -> [HandoutFile]
    /// True for a file of the output folder that an earlier handout of this format left
    /// and this one no longer has (the Markdown's `NAME-N.svg` beyond its chart count).
    static func isStale(_ fileName: String, name: String, written: Set<String>) -> Bool
}

extension HandoutRenderer {
    public static var aliases: [String] { [] }
    public static var downloadLabel: String? { nil }
    public static func isStale(_ fileName: String, name: String, written: Set<String>) -> Bool { false }
}

/// What a renderer may use besides the run: the handout's name and how its pages are laid out.
public struct HandoutContext {
    /// The lesson's file name without `.md`: every file of the handout starts with it.
    public var name: String
    public var pages: HTMLPages
    /// Where the lesson sits in a course (`lesson build`), for the page's links.
    public var navigation: CourseNavigation?
    /// The lesson's HTML body when the caller already rendered it (a course does, for titles).
    public var rendered: RenderedLesson?
    /// Links to the other files of this handout that the HTML page offers for download.
    public var downloads: [PageLink]

    public init(name: String, pages: HTMLPages, navigation: CourseNavigation? = nil,
                rendered: RenderedLesson? = nil, downloads: [PageLink] = []) {
        self.name = name
        self.pages = pages
        self.navigation = navigation
        self.rendered = rendered
        self.downloads = downloads
    }
}

/// One file of a handout: its name in the output folder and its text.
public struct HandoutFile: Sendable, Equatable {
    public var fileName: String
    public var text: String

    public init(fileName: String, text: String) {
        self.fileName = fileName
        self.text = text
    }
}

/// The name of a handout format, as `--format` takes it. The formats themselves are the
/// renderers in `registered`; each renderer's file names its format (`.md`, `.ipynb`).
public struct HandoutFormat: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    public var description: String { name }

    /// Every handout format, in the order its files are written. Adding a format: write
    /// its renderer (one file, conforming to `HandoutRenderer`) and add it here.
    public static let registered: [any HandoutRenderer.Type] = [
        HTMLRenderer.self, SlideRenderer.self, MarkdownRenderer.self, NotebookRenderer.self,
    ]

    /// The renderer of this format; nil for a name no renderer has.
    public var renderer: (any HandoutRenderer.Type)? {
        Self.registered.first { $0.format == self }
    }

    /// The registered formats' names, for help and error messages: `html, slides, md, ipynb`.
    public static var names: String {
        registered.map { $0.format.name }.joined(separator: ", ")
    }

    /// Each format with the file it writes, for help: `html (NAME.html), md (NAME.md)`.
    public static var namesWithFiles: String {
        registered.map { "\($0.format.name) (NAME\($0.fileSuffix))" }.joined(separator: ", ")
    }

    /// Parses `html,md`; throws a message naming the unknown format and the known ones.
    public static func parseList(_ text: String) throws -> Set<HandoutFormat> {
        let usage = "use \(names), or a list such as html,md"
        var formats: Set<HandoutFormat> = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let renderer = registered.first(where: { $0.format.name == name || $0.aliases.contains(name) }) else {
                throw HandoutError("unknown format '\(name)' (\(usage))")
            }
            formats.insert(renderer.format)
        }
        if formats.isEmpty { throw HandoutError("no format given (\(usage))") }
        return formats
    }
}
