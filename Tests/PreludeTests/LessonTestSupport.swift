import Foundation
import XCTest
@testable import Prelude
import Script

/// What cells run in one lesson session showed: all outputs, the printed text, the errors.
struct LessonResult {
    var outputs: [CellOutput] = []
    var text: String { outputs.compactMap { if case .text(let t) = $0 { return t }; return nil }.joined() }
    var errors: [Diagnostic] { outputs.compactMap { if case .error(let d) = $0 { return d }; return nil } }
    var charts: [ChartOutput] { outputs.compactMap { if case .chart(let c) = $0 { return c }; return nil } }
    var tables: [TableOutput] { outputs.compactMap { if case .table(let t) = $0 { return t }; return nil } }
    var values: [DisplayValue] { outputs.compactMap { if case .value(let v) = $0 { return v }; return nil } }
}

/// Runs `cells` in order in one lesson session whose folder is `directory`.
func runLesson(_ cells: [String], directory: String = NSTemporaryDirectory(), timeout: Double = 30) -> LessonResult {
    let session = makeLessonSession(directory: directory)
    var result = LessonResult()
    for (i, code) in cells.enumerated() {
        let run = session.run(CellSource(code: code, file: "lesson.md", firstLine: 100 * i + 1), timeout: timeout)
        result.outputs += run.outputs
    }
    return result
}

/// Runs `cells` and fails the test on any error; returns what they showed.
@discardableResult
func runClean(_ cells: [String], directory: String = NSTemporaryDirectory(), file: StaticString = #filePath, line: UInt = #line) -> LessonResult {
    let r = runLesson(cells, directory: directory)
    for e in r.errors { XCTFail("unexpected error: \(e.formatted)", file: file, line: line) }
    return r
}

/// A fresh empty folder for one test.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "prelude-tests-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
