import Foundation
import Lesson

/// What the preview compares between two looks at a lesson's files: the lesson's text
/// (hashed: an edit that keeps the size within the clock's resolution is still seen) and,
/// for each data file it read, whether it exists, its size and its modification time.
/// Polling is simple and works the same on every system and file system.
struct FileFingerprint: Hashable {
    var lesson: String?
    var data: [String: FileStamp]

    /// `lessonPath`'s fingerprint with `dataFiles` (full paths).
    init(lessonPath: String, dataFiles: [String]) {
        lesson = ContentHash.sha256(file: lessonPath)
        data = Dictionary(dataFiles.map { ($0, FileStamp(path: $0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// True when a data file was modified at or after `date` (it may have changed under a run).
    func dataModified(since date: Date) -> Bool {
        data.values.contains { ($0.modified ?? .distantPast) >= date }
    }
}

/// A file's size and modification time; both nil when it does not exist.
struct FileStamp: Hashable {
    var size: Int?
    var modified: Date?

    init(path: String) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        size = (attributes?[.size] as? NSNumber)?.intValue
        modified = attributes?[.modificationDate] as? Date
    }
}
