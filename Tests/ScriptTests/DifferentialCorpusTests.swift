import Foundation
import XCTest
@testable import Script

/// Runs the differential corpus (Tests/Differential, see its README) through the interpreter.
/// swiftc is the reference: Tests/Scripts/swiftc-differential.sh checks that swiftc prints
/// each valid program's .out and rejects each invalid program with its .err.
///
/// - A valid program must print exactly its .out, with no error.
/// - An invalid program must be rejected before it runs (it prints nothing, although every
///   invalid program prints before its mistake) with a first error at the .err's line and
///   column and with the .err's message (the first line of the interpreter's: notes such as
///   "note: did you mean 'total'?" may follow it, as swiftc prints its notes after its error).
///
/// Programs that do not yet behave so are listed, with a reason, in known-differences.txt.
/// An unlisted difference fails the test, and so does a listed program that now behaves
/// (the list only shrinks, and stays true). With DIFFERENTIAL_OUTPUT_DIR set, each
/// program's result is also written there (NAME.out or NAME.err).
final class DifferentialCorpusTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Differential")

    func testValidProgramsPrintWhatSwiftcPrints() throws {
        let known = try knownDifferences()
        let names = try programs(in: "Valid")
        XCTAssertGreaterThanOrEqual(names.count, 150)
        var identical = 0
        for name in names {
            let code = try source("Valid", name)
            let expected = try String(contentsOf: Self.root.appendingPathComponent("Valid/\(name).out"), encoding: .utf8)
            let r = runCells([code], timeout: 20)
            // What a failing program shows after its printed text, as swiftc's binary would stop there.
            let shown = r.text + r.errors.map { "error: \($0.formatted)\n" }.joined()
            try record(name, ".out", shown)
            let same = shown == expected
            if same { identical += 1 }
            judge("Valid/\(name)", same: same, known: known) {
                "prints something else than swiftc:\n" + lineDiff(expected: expected, actual: shown)
            }
        }
        print("differential corpus: valid identical \(identical)/\(names.count)")
    }

    func testInvalidProgramsAreRejectedBeforeTheyRunWithSwiftcsFirstError() throws {
        let known = try knownDifferences()
        let names = try programs(in: "Invalid")
        XCTAssertGreaterThanOrEqual(names.count, 50)
        var right = 0
        for name in names {
            let code = try source("Invalid", name)
            let expected = try String(contentsOf: Self.root.appendingPathComponent("Invalid/\(name).err"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let r = runCells([code], timeout: 20)
            let first = r.errors.first.map { e in
                (e.location.map { "\($0.line):\($0.column): " } ?? "?:?: ") + "error: "
                    + e.message.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces)
            }
            try record(name, ".err", (first ?? "(no error)") + "\n" + (r.text.isEmpty ? "" : "printed:\n" + r.text))
            let same = first == expected && r.text.isEmpty
            if same { right += 1 }
            judge("Invalid/\(name)", same: same, known: known) {
                "expected, before it runs: \(expected)\n  got: \(first ?? "no error")"
                    + (r.text.isEmpty ? "" : "\n  after it printed: \(r.text.prefix(200))")
            }
        }
        print("differential corpus: invalid rejected right \(right)/\(names.count)")
    }

    /// "Nothing printed" proves a rejection came before the run only if the program prints
    /// first: at its top level, before its mistake's line or before the call that runs it.
    func testEveryInvalidProgramPrintsBeforeItsMistakeRuns() throws {
        for name in try programs(in: "Invalid") {
            let lines = try source("Invalid", name).split(separator: "\n", omittingEmptySubsequences: false)
            let err = try String(contentsOf: Self.root.appendingPathComponent("Invalid/\(name).err"), encoding: .utf8)
            let errorLine = Int(err.prefix { $0 != ":" }) ?? 0
            let printLine = (lines.firstIndex { $0 == "print(\"start\")" } ?? lines.count) + 1
            XCTAssertGreaterThan(errorLine, 0, "\(name).err has no line")
            // A mistake inside a declaration above the print must be in code called after it.
            if printLine >= errorLine {
                let callsAfter = printLine < lines.count && lines[printLine...].contains { !$0.hasPrefix(" ") && $0.contains("(") }
                XCTAssertTrue(callsAfter, "\(name) prints `start` only after its mistake (line \(errorLine)) and calls nothing after it")
            }
        }
    }

    func testEveryKnownDifferenceNamesAProgramAndGivesAReason() throws {
        for (name, reason) in try knownDifferences() {
            XCTAssertTrue(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(name + ".swift").path),
                          "known-differences.txt names \(name), which is not in the corpus")
            XCTAssertFalse(reason.isEmpty, "known-differences.txt gives no reason for \(name)")
        }
    }

    /// Fails on an unlisted difference, and on a listed program that no longer differs.
    private func judge(_ name: String, same: Bool, known: [String: String], difference: () -> String) {
        switch (same, known[name]) {
        case (false, nil):
            XCTFail("\(name) \(difference())")
        case (true, let reason?):
            XCTFail("\(name) now behaves as under swiftc: remove it from known-differences.txt (it said: \(reason))")
        default:
            break
        }
    }

    /// `Valid/NNN-topic: reason` lines; `#` starts a comment line.
    private func knownDifferences() throws -> [String: String] {
        let text = try String(contentsOf: Self.root.appendingPathComponent("known-differences.txt"), encoding: .utf8)
        var known: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: ":", maxSplits: 1)
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            XCTAssertNil(known[name], "known-differences.txt lists \(name) twice")
            known[name] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return known
    }

    private func programs(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(".swift".count)) }.sorted()
    }

    private func source(_ folder: String, _ name: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent("\(folder)/\(name).swift"), encoding: .utf8)
    }

    private func record(_ name: String, _ suffix: String, _ text: String) throws {
        guard let dir = ProcessInfo.processInfo.environment["DIFFERENTIAL_OUTPUT_DIR"] else { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try text.write(toFile: dir + "/" + name + suffix, atomically: true, encoding: .utf8)
    }
}

/// The first lines where two outputs part, for a failure message that shows the difference.
private func lineDiff(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(e.count, a.count) where out.count < 12 {
        let x = i < e.count ? String(e[i]) : "(end)", y = i < a.count ? String(a[i]) : "(end)"
        if x != y { out.append("  line \(i + 1): swiftc \(x)\n          lesson \(y)") }
    }
    return out.joined(separator: "\n")
}
