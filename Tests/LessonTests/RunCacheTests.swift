import Foundation
import Prelude
import Script
import XCTest
@testable import Lesson

/// The run cache (issue 17): what makes an entry valid, and that nothing unsound is used.
final class RunCacheTests: XCTestCase {
    private var folder = ""
    private var cache: RunCache!
    private let options = RunCache.Options(timeout: 60, allowErrors: false)

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder("run-cache")
        cache = RunCache(directory: folder + "/out/.lesson-cache", toolIdentity: "test 1")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func lesson(_ code: String, name: String = "lesson.md") throws -> LessonDocument {
        let path = folder + "/" + name
        try "# Lesson\n\n```swift\n\(code)\n```\n\n```swift\nprint(\"second\")\n```\n".write(toFile: path, atomically: true, encoding: .utf8)
        return try LessonParser.read(path: path)
    }

    private func runner() -> LessonRunner {
        var runner = LessonRunner(timeout: 60)
        runner.cache = cache
        return runner
    }

    private func html(_ run: LessonRun) -> String {
        HTMLRenderer(options: RenderOptions(timings: false)).render(run).content
    }

    func testASecondRunComesFromTheCacheAndRendersTheSameHandout() throws {
        let document = try lesson("print(\"hello\")\ndisplay([1, 2, 3])\nplot([1.0, 3.0, 2.0], title: \"loss\")")
        let first = LargeStackThread.run { self.runner().run(document, makeSession: lessonSessionFactory) }
        XCTAssertFalse(first.fromCache)
        XCTAssertFalse(first.failed, "\(first.failures.map(\.failure))")
        let second = LargeStackThread.run { self.runner().run(document, makeSession: { _ in XCTFail("ran again"); return FakeSession([]) }) }
        XCTAssertTrue(second.fromCache)
        XCTAssertEqual(html(second), html(first))
        XCTAssertEqual(second.cells.map(\.outputs), first.cells.map(\.outputs))
        XCTAssertEqual(second.cells.map(\.duration), first.cells.map(\.duration))
    }

    func testAChangedOrCreatedDataFileMakesTheEntryStale() throws {
        try "1,2\n".write(toFile: folder + "/a.csv", atomically: true, encoding: .utf8)
        let document = try lesson("print(loadCSV(\"a.csv\"))")
        let run = LargeStackThread.run { self.runner().run(document, makeSession: lessonSessionFactory) }
        XCTAssertFalse(run.failed)
        XCTAssertNotNil(cache.lookup(document, options: options))
        try "1,2\n".write(toFile: folder + "/a.csv", atomically: true, encoding: .utf8)
        XCTAssertNotNil(cache.lookup(document, options: options), "same bytes, new time: still valid")
        try "1,3\n".write(toFile: folder + "/a.csv", atomically: true, encoding: .utf8)
        XCTAssertNil(cache.lookup(document, options: options))

        try "# M\n\n```swift expect-error\nprint(loadCSV(\"later.csv\"))\n```\n".write(toFile: folder + "/missing.md", atomically: true, encoding: .utf8)
        let document2 = try LessonParser.read(path: folder + "/missing.md")
        let run2 = LargeStackThread.run { self.runner().run(document2, makeSession: lessonSessionFactory) }
        XCTAssertFalse(run2.failed)
        XCTAssertNotNil(cache.lookup(document2, options: options))
        try "5\n".write(toFile: folder + "/later.csv", atomically: true, encoding: .utf8)
        XCTAssertNil(cache.lookup(document2, options: options), "a file that was missing now exists")
    }

    func testTextOptionsAndToolArePartOfTheKey() throws {
        let document = try lesson("print(1)")
        _ = LargeStackThread.run { self.runner().run(document, makeSession: lessonSessionFactory) }
        XCTAssertNotNil(cache.lookup(document, options: options))
        XCTAssertNil(cache.lookup(document, options: RunCache.Options(timeout: 30, allowErrors: false)))
        XCTAssertNil(cache.lookup(document, options: RunCache.Options(timeout: 60, allowErrors: true)))
        XCTAssertNil(RunCache(directory: cache.directory, toolIdentity: "test 2").lookup(document, options: options))
        XCTAssertNil(cache.lookup(try lesson("print(2)"), options: options))
    }

    func testALessonKeepsOnlyItsLatestEntry() throws {
        for n in 1...3 {
            let document = try lesson("print(\(n))")
            _ = LargeStackThread.run { self.runner().run(document, makeSession: lessonSessionFactory) }
        }
        _ = LargeStackThread.run { self.runner().run(try! self.lesson("print(0)", name: "other.md"), makeSession: lessonSessionFactory) }
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.directory).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(entries.count, 2, "\(entries)")
        XCTAssertNotNil(cache.lookup(try lesson("print(3)"), options: options))
    }

    func testFailedRunsAreNotStored() throws {
        let document = try lesson("let x: Int = nowhere")
        let run = LargeStackThread.run { self.runner().run(document, makeSession: lessonSessionFactory) }
        XCTAssertTrue(run.failed)
        XCTAssertNil(cache.lookup(document, options: options))
    }

    func testATruncatedOrAlteredEntryIsNeverUsed() throws {
        let document = try lesson("print(\"some output\")")
        _ = LargeStackThread.run { self.runner().run(document, makeSession: lessonSessionFactory) }
        let path = cache.entryPath(for: document, options: options)
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            try bytes.prefix(length).write(to: URL(fileURLWithPath: path))
            XCTAssertNil(cache.lookup(document, options: options), "truncated to \(length) bytes")
        }
        var altered = [UInt8](bytes)
        let index = try XCTUnwrap(altered.lastIndex(of: UInt8(ascii: "s")))
        altered[index] = UInt8(ascii: "S")
        try Data(altered).write(to: URL(fileURLWithPath: path))
        XCTAssertNil(cache.lookup(document, options: options), "one byte changed")
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertNotNil(cache.lookup(document, options: options), "the intact entry")
    }

    func testTheCacheFolderIsIgnoredByGit() throws {
        let document = try lesson("print(1)")
        _ = LargeStackThread.run { self.runner().run(document, makeSession: lessonSessionFactory) }
        let ignore = try String(contentsOfFile: cache.directory + "/.gitignore", encoding: .utf8)
        XCTAssertTrue(ignore.split(separator: "\n").contains("*"))
    }

    func testACancelledRunStopsItsLoopAndIsNotStored() throws {
        let document = try lesson("var i = 0\nwhile true { i += 1 }")
        var runner = self.runner()
        let cancellation = RunCancellation()
        runner.cancellation = cancellation
        let started = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { cancellation.cancel() }
        let run = LargeStackThread.run { runner.run(document, makeSession: lessonSessionFactory) }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(run.cells.map(\.status), [.failed, .notRun])
        XCTAssertEqual(run.cells[0].failure?.message, cancelledMessage)
        XCTAssertNil(cache.lookup(document, options: options))
    }
}
