import XCTest
@testable import Script

/// Runs cells in one session and returns what they printed (and their errors' messages).
func runCells(_ cells: [String], library: NativeLibrary = NativeLibrary(), timeout: Double? = 10) -> (text: String, errors: [Diagnostic], outputs: [CellOutput]) {
    let s = ScriptSession(library: library)
    var text = ""
    var errors: [Diagnostic] = []
    var all: [CellOutput] = []
    for (i, c) in cells.enumerated() {
        let run = s.run(CellSource(code: c, file: "t.md", firstLine: 10 * i + 1), timeout: timeout)
        for o in run.outputs {
            all.append(o)
            switch o {
            case .text(let t): text += t
            case .error(let d): errors.append(d)
            default: break
            }
        }
    }
    return (text, errors, all)
}

/// Output of one program (printing only); fails the test on an error.
func output(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let r = runCells([code])
    if let e = r.errors.first { XCTFail("unexpected error: \(e.formatted)", file: file, line: line) }
    return r.text
}

/// The first error's message of a program.
func errorMessage(_ code: String) -> String? {
    runCells([code]).errors.first?.message
}
