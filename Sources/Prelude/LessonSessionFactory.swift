import Script

/// Makes the session a lesson runs in: the language with the tensor library, the charts
/// and Swift's basics bound in, its random generator seeded with `seed`.
/// - Parameter directory: the lesson's folder; `loadCSV` may read only below it.
/// - Parameter memoryLimit: bytes the session's values may hold (`--memory-limit`).
public func makeLessonSession(directory: String, seed: Int = 0,
                              memoryLimit: Int = NativeContext.defaultMemoryLimit) -> CellSession {
    LessonSession(ScriptSession(library: lessonLibrary(), directory: directory, seed: seed, memoryLimit: memoryLimit))
}
