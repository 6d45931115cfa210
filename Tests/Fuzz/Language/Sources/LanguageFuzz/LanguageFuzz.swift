import Script

/// libFuzzer's entry point: every input is one cell of the lesson language. It is lexed,
/// parsed, resolved, compiled and run in a fresh session under a 50 ms timeout. Any outcome
/// that is a value or a cell error is fine; a trap, a stack overflow, a hang (libFuzzer's
/// -timeout) or memory past -rss_limit_mb is a finding.
func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    // Inputs that are not UTF-8 are not lessons (the tool refuses them with exit 2).
    guard let code = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let session = ScriptSession(memoryLimit: 256 << 20)
    _ = session.run(CellSource(code: code, file: "fuzz.md", firstLine: 1), timeout: 0.05)
    return 0
}
