import Foundation
import XCTest
@testable import Lesson

/// Every input the Markdown fuzzer (Tests/Fuzz/Markdown, scripts/fuzz-markdown) ever
/// stopped on is kept in Tests/Fuzz/Markdown/regressions and checked here with the fuzzer's
/// own invariants, so `swift test` catches a regression without building the fuzzer.
final class FuzzRegressionTests: XCTestCase {
    private static let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/Markdown/regressions")

    /// The checks of Tests/Fuzz/Markdown/Sources/FuzzMarkdown/FuzzMarkdown.swift.
    static func checkInvariants(_ bytes: [UInt8], name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let document = try? LessonParser.parse(bytes: bytes, path: "fuzz.md") else { return }
        XCTAssertEqual(document.blocks.map(\.text).joined(), document.source, "\(name): blocks do not join back", file: file, line: line)
        let run = LessonRun.notRun(document)
        _ = HTMLRenderer(options: RenderOptions()).render(run)
        _ = MarkdownRenderer(chartBaseName: "fuzz").render(run)
        var outputs: [Int: String] = [:]
        for cell in document.cells where cell.isClosed && !cell.options.norun {
            outputs[cell.index] = "out \(cell.index)\n```\n~~~~\n"
        }
        let updated = LessonUpdater.updatedSource(document, outputs: outputs)
        let again = LessonParser.parse(source: updated, path: "fuzz.md")
        XCTAssertEqual(again.cells.map(\.code), document.cells.map(\.code), "\(name): --update changed the cells' code", file: file, line: line)
        XCTAssertEqual(LessonUpdater.updatedSource(again, outputs: outputs), updated, "\(name): a second --update changed the file", file: file, line: line)
    }

    func testEveryFuzzerFindingStaysFixed() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.regressions.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") && name != "README.md" {
            let bytes = [UInt8](try Data(contentsOf: Self.regressions.appendingPathComponent(name)))
            Self.checkInvariants(bytes, name: name)
        }
    }

    func testTheCourseSatisfiesTheFuzzerInvariants() throws {
        let lessons = Self.regressions.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")
        let names = try FileManager.default.contentsOfDirectory(atPath: lessons.path).filter { $0.hasSuffix(".md") }
        XCTAssertFalse(names.isEmpty)
        for name in names {
            Self.checkInvariants([UInt8](try Data(contentsOf: lessons.appendingPathComponent(name))), name: name)
        }
    }
}
