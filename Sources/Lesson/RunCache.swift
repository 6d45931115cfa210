import Foundation
import CellProtocol

/// Results of earlier lesson runs, kept in a folder so that `run`, `check` and `build`
/// re-run a lesson only when something that decides its results changed (issue 17).
///
/// An entry's name is made of SHA-256s of what is known before the run: the lesson's path,
/// the tool's identity and the options that change results (the timeout, `--allow-errors`, `--memory-limit`),
/// then the lesson's exact text; a lesson keeps only its latest entry. Inside it are the data files the lesson read while it ran (as
/// `loadCSV` recorded them), each with the SHA-256 of its content, and the results. An
/// entry is used only when every one of those files still has that content (a file that
/// was missing must still be missing), so a changed CSV re-runs exactly the lessons that
/// read it.
///
/// Safe against crashes and concurrent builds: each entry is one file, written aside and
/// renamed into place (`AtomicFile`), with no index shared between entries; it starts
/// with a format line carrying the SHA-256 of the rest, and an entry that is truncated,
/// corrupt, of another format or for another key is ignored (and replaced by the next run).
public struct RunCache: Sendable {
    /// The cache's folder (made when the first entry is written).
    public let directory: String
    /// Names the tool that made the results (its version and build), part of every key.
    public let toolIdentity: String

    /// The first bytes of every entry; a new layout changes the number.
    static let magic = "lesson-run-cache 1"

    public init(directory: String, toolIdentity: String) {
        self.directory = directory
        self.toolIdentity = toolIdentity
    }

    /// The cache folder beside handouts written to `outputDirectory`.
    public static func directory(besideOutput outputDirectory: String) -> String {
        (outputDirectory as NSString).appendingPathComponent(".lesson-cache")
    }

    /// What is known about a run before it starts.
    public struct Options: Sendable, Hashable {
        public var timeout: Double?
        public var allowErrors: Bool
        /// `--memory-limit`: an `expect-error` cell may pass by running out of it.
        public var memoryLimit: Int?

        public init(timeout: Double?, allowErrors: Bool, memoryLimit: Int? = nil) {
            self.timeout = timeout
            self.allowErrors = allowErrors
            self.memoryLimit = memoryLimit
        }
    }

    /// The SHA-256 naming the entry for `document` run with `options`.
    public func key(for document: LessonDocument, options: Options) -> String {
        ContentHash.sha256(Self.framed([slot(for: document, options: options),
                                        document.hasByteOrderMark ? "bom" : "", document.source]))
    }

    /// What entries for one lesson file share, whatever its text: one lesson keeps one
    /// entry, and storing a new one removes the older ones.
    func slot(for document: LessonDocument, options: Options) -> String {
        String(ContentHash.sha256(Self.framed([Self.magic, toolIdentity, document.path,
                                               options.timeout.map { "\($0)" } ?? "none",
                                               options.allowErrors ? "allow-errors" : "stop",
                                               options.memoryLimit.map { "\($0)" } ?? "default"])).prefix(32))
    }

    /// Each part on its own length-prefixed line, so no two lists of parts collide when joined.
    private static func framed(_ parts: [String]) -> String {
        parts.map { "\($0.utf8.count):\($0)\n" }.joined()
    }

    func entryPath(for document: LessonDocument, options: Options) -> String {
        (directory as NSString).appendingPathComponent(slot(for: document, options: options) + "-"
                                                       + key(for: document, options: options) + ".json")
    }

    /// The stored results for `document`, when there is a sound entry whose data files are unchanged.
    public func lookup(_ document: LessonDocument, options: Options) -> LessonRun? {
        let key = key(for: document, options: options)
        guard let data = FileManager.default.contents(atPath: entryPath(for: document, options: options)),
              let entry = Self.decode(Array(data)), entry.key == key, entry.lesson == document.path else { return nil }
        let folder = Self.lessonFolder(document)
        for read in entry.reads where Self.fingerprint(read.path, in: folder) != read.sha256 {
            return nil
        }
        return entry.run.run(of: document)
    }

    /// Stores `run`'s results with the files its session read. Runs that failed, were not
    /// run, or whose data changed while they ran are not stored (a failure may be a
    /// timeout on a busy machine: it is worth running again). Returns false when nothing was stored.
    @discardableResult
    public func store(_ run: LessonRun, options: Options, filesRead: [String], startedAt: Date) -> Bool {
        guard run.wasRun, !run.fromCache, !run.failed else { return false }
        let folder = Self.lessonFolder(run.document)
        var reads: [CacheEntry.Read] = []
        for path in filesRead {
            // A file changed during the run may have been read before or after the change.
            let full = (folder as NSString).appendingPathComponent(path)
            if let modified = (try? FileManager.default.attributesOfItem(atPath: full))?[.modificationDate] as? Date,
               modified >= startedAt {
                return false
            }
            reads.append(CacheEntry.Read(path: path, sha256: Self.fingerprint(path, in: folder)))
        }
        let key = key(for: run.document, options: options)
        let entry = CacheEntry(lesson: run.document.path, key: key, reads: reads, run: CachedRun(run))
        let path = entryPath(for: run.document, options: options)
        do {
            try HandoutWriter.makeDirectory(directory)
            try Self.writeIgnoreFile(in: directory)
            try AtomicFile.write(Self.encode(entry), to: path)
        } catch {
            return false  // a cache that cannot be written only costs the next run its time
        }
        removeOlderEntries(slot: slot(for: run.document, options: options), keeping: (path as NSString).lastPathComponent)
        return true
    }

    /// Removes the lesson's entries for earlier texts, and temporary files that a killed
    /// run left behind (older than ten minutes: a younger one may be another build's write).
    private func removeOlderEntries(slot: String, keeping name: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let stale = Date().addingTimeInterval(-600)
        for other in names where other != name {
            let path = (directory as NSString).appendingPathComponent(other)
            if other.hasPrefix(slot + "-") && other.hasSuffix(".json") {
                try? FileManager.default.removeItem(atPath: path)
            } else if other.hasPrefix("." + slot + "-") && other.hasSuffix(".tmp"),
                      let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                      modified < stale {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }

    /// The entry's bytes: the format line with the payload's SHA-256, then the payload (JSON).
    static func encode(_ entry: CacheEntry) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let payload = try encoder.encode(entry)
        return Array("\(magic) \(ContentHash.sha256(payload))\n".utf8) + Array(payload)
    }

    /// The entry in `bytes`, or nil when they are not a whole, sound entry of this format.
    static func decode(_ bytes: [UInt8]) -> CacheEntry? {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")),
              let header = String(bytes: bytes[..<newline], encoding: .utf8) else { return nil }
        let payload = Array(bytes[(newline + 1)...])
        guard header == "\(magic) \(ContentHash.sha256(payload))" else { return nil }
        return try? JSONDecoder().decode(CacheEntry.self, from: Data(payload))
    }

    /// A data file's SHA-256, or nil when it does not exist (or cannot be read).
    static func fingerprint(_ path: String, in folder: String) -> String? {
        ContentHash.sha256(file: (folder as NSString).appendingPathComponent(path))
    }

    static func lessonFolder(_ document: LessonDocument) -> String {
        let folder = (document.path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Keeps the cache out of git wherever the output folder is.
    static func writeIgnoreFile(in directory: String) throws {
        let path = (directory as NSString).appendingPathComponent(".gitignore")
        guard !FileManager.default.fileExists(atPath: path) else { return }
        try AtomicFile.write(Array("# lesson's run cache (see `lesson build --help`): not for git\n*\n".utf8), to: path)
    }
}

/// One cache file's payload.
struct CacheEntry: Codable {
    struct Read: Codable, Equatable {
        /// As the lesson named it, relative to its folder.
        var path: String
        /// Its content's SHA-256 when the run was stored; nil when it did not exist.
        var sha256: String?
    }

    /// The lesson file as the user named it (for people reading the cache; also checked).
    var lesson: String
    var key: String
    var reads: [Read]
    var run: CachedRun
}
