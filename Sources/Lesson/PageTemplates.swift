import Foundation
import Mustache

/// The Mustache templates that lay out handout pages: `page` (one lesson), `index` (a
/// course's table of contents), `course` (every lesson in one printable page), and the
/// partials they share (`style`, the CSS). The built-in set lives in `Templates/`; an
/// author's `--template DIR` replaces any of them by file name (`page.mustache`...).
/// Templates are compiled once per folder and kept for the life of the process. A file with
/// no Mustache tag (the 15 KB `style` CSS) is not parsed at all: it is inserted as plain
/// text (swift-mustache's parser takes ~10 ms over that much text).
public struct PageTemplates: Sendable {
    /// Problems finding or compiling templates; the message names the file.
    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The compiled templates, made on first use (a run writing only Markdown never needs them).
    private let compiled: Compiled
    /// Names of the templates every page kind needs.
    static let required = ["page", "index", "course"]

    /// The built-in templates, with `directory`'s `*.mustache` files (if given) in their place.
    /// An author's folder is compiled at once, so its mistakes are reported before any lesson
    /// runs; the built-in set is compiled when the first page is rendered.
    public static func load(overrides directory: String? = nil) throws -> PageTemplates {
        let key = directory ?? ""
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let cached = cache[key] { return cached }
        let builtIn = try builtInDirectory()
        let loaded: PageTemplates
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw LoadError(description: "\(directory): error: template folder not found")
            }
            var templates = try compileFolder(builtIn)
            let custom = try compileFolder(directory)
            if custom.templates.isEmpty {
                throw LoadError(description: "\(directory): error: no *.mustache templates in this folder")
            }
            templates.templates.merge(custom.templates) { _, mine in mine }
            templates.verbatim.merge(custom.verbatim) { _, mine in mine }
            try checkRequired(templates.templates.keys)
            loaded = PageTemplates(compiled: Compiled(templates))
        } else {
            try checkRequired(templateNames(in: builtIn))
            loaded = PageTemplates(compiled: Compiled(folder: builtIn))
        }
        cache[key] = loaded
        return loaded
    }

    /// Renders the template `name` with `context` (dictionaries, arrays, strings, Bools).
    public func render(_ name: String, _ context: [String: Any]) -> String {
        let (library, verbatim) = compiled.made
        var context = context
        for (key, text) in verbatim { context[key] = text }
        return library.render(context, withTemplate: name) ?? ""
    }

    /// A folder's templates: the compiled ones, and the text of the tag-free ones under the
    /// context key their stand-in template (`{{{key}}}`) prints.
    struct Folder {
        var templates: [String: MustacheTemplate] = [:]
        var verbatim: [String: String] = [:]
    }

    /// A `MustacheLibrary` and the verbatim texts, given or compiled from a folder on first use.
    private final class Compiled: @unchecked Sendable {
        private let lock = NSLock()
        private var library: (MustacheLibrary, [String: String])?
        private let folder: String

        init(_ templates: Folder) {
            library = (MustacheLibrary(templates: templates.templates), templates.verbatim)
            folder = ""
        }

        init(folder: String) { self.folder = folder }

        var made: (MustacheLibrary, [String: String]) {
            lock.lock()
            defer { lock.unlock() }
            if let library { return library }
            do {
                let templates = try PageTemplates.compileFolder(folder)
                let made = (MustacheLibrary(templates: templates.templates), templates.verbatim)
                library = made
                return made
            } catch {
                // The built-in templates ship with the program and are compiled by its tests;
                // failing here means a damaged installation.
                fatalError("the built-in page templates do not compile: \(error)")
            }
        }
    }

    private static func checkRequired<S: Sequence>(_ names: S) throws where S.Element == String {
        let present = Set(names)
        for name in required where !present.contains(name) {
            throw LoadError(description: "error: the template '\(name).mustache' is missing")
        }
    }

    /// Names (without extension) of the `*.mustache` files in `directory`.
    private static func templateNames(in directory: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
    }

    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [String: PageTemplates] = [:]

    /// Every `*.mustache` file of `directory`, compiled, keyed by name without extension.
    /// A file without `{{` (whose rendering is its text) becomes the stand-in `{{{key}}}`
    /// and its text goes into `verbatim[key]`: same output, no parsing.
    static func compileFolder(_ directory: String) throws -> Folder {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var folder = Folder()
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8) else {
                throw LoadError(description: "\(path): error: cannot read the template (is it UTF-8?)")
            }
            let name = String(file.dropLast(".mustache".count))
            do {
                if !text.contains("{{"), name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
                    let key = "lessonVerbatimTemplate_" + name
                    folder.templates[name] = try MustacheTemplate(string: "{{{" + key + "}}}")
                    folder.verbatim[key] = text
                } else {
                    folder.templates[name] = try MustacheTemplate(string: text)
                }
            } catch let error as MustacheTemplate.ParserError {
                throw LoadError(description:
                    "\(path):\(error.context.lineNumber):\(error.context.columnNumber): error: \(error.error)")
            } catch {
                throw LoadError(description: "\(path): error: \(error)")
            }
        }
        return folder
    }

    /// Where the built-in templates are: in the resource bundle beside the executable
    /// (how SwiftPM installs it), else in the source tree this file was built from.
    /// Looked up by hand because `Bundle.module` stops the process when it is missing.
    static func builtInDirectory() throws -> String {
        let bundleName = "lesson_Lesson.resources"
        var candidates: [String] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName).path)
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName).path)
        if let resources = Bundle.main.resourceURL {
            candidates.append(resources.appendingPathComponent(bundleName).path)
        }
        let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Templates").path
        for bundle in candidates {
            let path = (bundle as NSString).appendingPathComponent("Templates")
            if FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("page.mustache")) {
                return path
            }
        }
        if FileManager.default.fileExists(atPath: (fromSource as NSString).appendingPathComponent("page.mustache")) {
            return fromSource
        }
        throw LoadError(description:
            "error: the built-in page templates were not found (looked in \(candidates.joined(separator: ", ")) and \(fromSource)); pass --template DIR")
    }
}
