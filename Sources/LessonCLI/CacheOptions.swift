import ArgumentParser
import Foundation
import Lesson

/// `--no-cache` and `--cache-dir`, shared by `run`, `check` and `build`: lessons whose
/// text, data files, options and tool are unchanged reuse their previous results.
struct CacheOptions: ParsableArguments {
    @Flag(help: "Run every lesson, neither reading nor writing the run cache.")
    var noCache = false

    @Option(help: ArgumentHelp("Folder of the run cache (default: .lesson-cache in the output folder).", valueName: "dir"))
    var cacheDir: String?

    /// The cache for handouts written to `outputDirectory`; nil with `--no-cache`.
    func cache(besideOutput outputDirectory: String) -> RunCache? {
        guard !noCache else { return nil }
        return RunCache(directory: cacheDir ?? RunCache.directory(besideOutput: outputDirectory),
                        toolIdentity: Self.toolIdentity)
    }

    /// The version, plus the size and time of the executable: a rebuilt tool may give
    /// other results, so it does not reuse the results of the one before.
    static let toolIdentity: String = {
        var identity = "lesson \(LessonCommand.version)"
        if let path = Bundle.main.executablePath,
           let attributes = try? FileManager.default.attributesOfItem(atPath: path) {
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            identity += " \(size) \(modified)"
        }
        return identity
    }()
}
