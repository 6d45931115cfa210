import Foundation
import XCTest
@testable import Script

/// Runs every program of Tests/Scripts/Conformance (valid Swift, checked against swiftc by
/// Tests/Scripts/swiftc-conformance.sh) through the interpreter and compares its output
/// with the program's .out file. With CONFORMANCE_OUTPUT_DIR set, also writes each output
/// there so the script can diff it against swiftc's.
final class SwiftConformanceProgramTests: XCTestCase {
    func testProgramsPrintWhatSwiftPrints() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scripts/Conformance")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".swift") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 8)
        let outDir = ProcessInfo.processInfo.environment["CONFORMANCE_OUTPUT_DIR"]
        for name in names {
            let code = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let base = String(name.dropLast(".swift".count))
            let r = runCells([code], timeout: 20)
            // What a failing cell shows after its printed text, as swiftc's binary would stop there.
            let shown = r.text + r.errors.map { "error: \($0.formatted)\n" }.joined()
            if let outDir {
                try shown.write(toFile: outDir + "/" + base + ".out", atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOf: dir.appendingPathComponent(base + ".out"), encoding: .utf8)
            XCTAssertEqual(shown, expected, name)
        }
    }
}
