import Script

/// Makes the session a lesson runs in: the language with the tensor library, the charts
/// and Swift's basics bound in, its random generator seeded with `seed`.
/// - Parameter directory: the lesson's folder; `loadCSV` may read only below it.
/// - Parameter memoryLimit: bytes the session's values may hold (`--memory-limit`).
public func makeLessonSession(directory: String, seed: Int = 0,
                              memoryLimit: Int = defaultSessionMemoryLimit) -> CellSession {
    LessonSession(ScriptSession(library: lessonLibrary(), directory: directory, seed: seed, memoryLimit: memoryLimit))
}

/// The session lessons run in, as the runner asks for it: the language with the tensor
/// library and charts, seeded with 0, reading below the lesson's folder.
public let lessonSessionFactory: (_ lessonDirectory: String) -> CellSession = { makeLessonSession(directory: $0) }

/// Gives the layers above the language (highlighted handouts, grading) the language's own
/// lexer. The tool calls it once at start; so do tests and benchmarks that render code.
public func installLessonSyntax() {
    LessonSyntax.install { highlightTokens($0) }
}

/// Bytes as the session's own messages write them (`4 GB`, `512 MB`), for the tool's help.
public func sessionByteText(_ bytes: Int) -> String { byteText(bytes) }
