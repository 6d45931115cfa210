import Foundation
import Lesson

/// What `lesson preview` serves and how. (`HTMLPages` holds parsed templates that are
/// only read once loaded, so sharing it between the server's tasks is safe.)
public struct PreviewConfiguration: @unchecked Sendable {
    /// A lesson file, or a course folder (its `*.md` files but README.md, as `lesson build` takes them).
    public var path: String
    /// The address to listen on: loopback unless the user asks for more.
    public var host: String
    /// The port; 0 lets the system pick a free one (the URL printed says which).
    public var port: Int
    /// Seconds each cell may run unless its `timeout=N` says otherwise.
    public var timeout: Double?
    /// Keep running after a failed cell.
    public var allowErrors: Bool
    /// How pages are laid out.
    public var pages: HTMLPages
    /// Where the server's lines go (the URL, each run's result, errors).
    public var log: @Sendable (String) -> Void
    /// Makes each run's session (the tool hands in the language's).
    public var makeSession: SessionFactory

    public init(path: String, host: String = "127.0.0.1", port: Int = 4000, timeout: Double? = LessonRunner.defaultTimeout,
                allowErrors: Bool = false, pages: HTMLPages, makeSession: @escaping SessionFactory,
                log: @escaping @Sendable (String) -> Void) {
        self.makeSession = makeSession
        self.path = path
        self.host = host
        self.port = port
        self.timeout = timeout
        self.allowErrors = allowErrors
        self.pages = pages
        self.log = log
    }

    /// True when `path` is a folder (a course) rather than one lesson.
    public var isCourse: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The lessons to serve now (a course's list is read again on each look, so new lessons appear).
    func lessonPaths() -> [String] {
        guard isCourse else { return [path] }
        return (try? CourseBuilder.lessonFiles(in: path)) ?? []
    }
}

/// Why the preview could not start.
public struct PreviewError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
