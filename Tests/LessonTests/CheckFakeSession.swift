import Foundation
import Script
@testable import Lesson

/// A stand-in for the language in check tests: each line of a cell is `say TEXT` (prints
/// TEXT and a newline), `fail MESSAGE` (ends the cell with an error) or ignored.
final class CheckFakeSession: CellSession {
    var progressHandler: ((ProgressUpdate) -> Void)?
    /// Cells run, in order, for tests that check the order or the thread.
    private(set) var ran: [String] = []

    func run(_ cell: CellSource, timeout: Double?) -> CellRun {
        ran.append(cell.code)
        var outputs: [CellOutput] = []
        for (offset, line) in cell.code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("say ") {
                outputs.append(.text(line.dropFirst(4) + "\n"))
            } else if line.hasPrefix("fail ") {
                outputs.append(.error(Diagnostic(.error, String(line.dropFirst(5)), file: cell.file,
                                                 location: SourceLocation(line: cell.firstLine + offset,
                                                                          column: cell.columnOffset + 1),
                                                 sourceLine: String(line))))
                break
            }
        }
        return CellRun(outputs: outputs, duration: 0.001)
    }
}

/// A temporary folder for a test, removed afterwards.
func makeTemporaryFolder(_ name: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}
