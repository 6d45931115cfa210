import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import Script
@testable import Lesson

final class CheckShardTests: XCTestCase {
    func testShardsOneTwoThreeOfThreeCoverEveryLessonOnce() {
        let paths = (1...10).map { String(format: "Lessons/%02d-lesson.md", $0) }.shuffled()
        let shards = (1...3).map { Shard("\($0)/3")!.select(paths) }
        XCTAssertEqual(shards.flatMap { $0 }.sorted(), paths.sorted())
        XCTAssertEqual(Set(shards.flatMap { $0 }).count, paths.count)
        XCTAssertEqual(shards.map(\.count), [4, 3, 3])
        // Stable: the same lessons in another order give the same shards.
        XCTAssertEqual(Shard("2/3")!.select(paths.reversed()), shards[1])
    }

    func testShardIsValidated() {
        XCTAssertNotNil(Shard("1/1"))
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3", ""] {
            XCTAssertNil(Shard(bad), bad)
        }
    }
}

final class CheckLessonPathsTests: XCTestCase {
    func testFoldersAreSearchedRecursivelyInNameOrder() throws {
        let root = try makeTemporaryFolder("CheckLessonPathsTests")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        for folder in ["a", "a-b", "a/deep", ".hidden"] { try fm.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true) }
        for file in ["b.md", "a/z.md", "a-b/a.md", "a/deep/x.md", "a/notes.txt", ".hidden/h.md", "a/.h.md"] {
            fm.createFile(atPath: root + "/" + file, contents: Data("# x\n".utf8))
        }
        let (files, errors) = LessonPaths.expand([root + "/b.md", root])
        XCTAssertEqual(errors, [])
        XCTAssertEqual(files.map { String($0.dropFirst(root.count + 1)) }, ["a/deep/x.md", "a/z.md", "a-b/a.md", "b.md"])
    }

    func testMissingPathAndEmptyFolderAreErrors() throws {
        let root = try makeTemporaryFolder("CheckLessonPathsTests")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, errors) = LessonPaths.expand([root + "/missing.md", root])
        XCTAssertEqual(files, [])
        XCTAssertEqual(errors.map(\.headline), ["\(root)/missing.md: error: no such file or folder",
                                                "\(root): error: no lessons (.md files) in this folder"])
    }
}

final class CheckJUnitTests: XCTestCase {
    /// Counts elements and reads the root's attributes.
    private final class Counter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        var rootAttributes: [String: String] = [:]
        var failureText = ""
        private var inFailure = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
            if name == "testsuites" { rootAttributes = attributes }
            inFailure = name == "failure"
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "failure" { inFailure = false }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inFailure { failureText += string }
        }
    }

    func testJUnitXMLParsesAndItsCountsAreRight() {
        let checker = LessonChecker()
        let passing = checker.check(LessonParser.parse(source: "```swift\nsay a\n```\n```output\na\n```\n```swift norun\nx\n```\n",
                                                       path: "Lessons/01 <&> \"first\".md")) { CheckFakeSession() }
        let failing = checker.check(LessonParser.parse(source: "```swift\nsay b\u{1}\n```\n```output\nc\n```\n```swift\nfail oops\n```\n```swift\nsay z\n```\n",
                                                       path: "Lessons/02.md")) { CheckFakeSession() }
        let xml = JUnitReport.xml([passing, failing])
        let parser = XMLParser(data: Data(xml.utf8))
        let counter = Counter()
        parser.delegate = counter
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")\n\(xml)")
        XCTAssertEqual(counter.counts["testsuite"], 2)
        XCTAssertEqual(counter.counts["testcase"], 5)
        XCTAssertEqual(counter.counts["failure"], 2)
        XCTAssertEqual(counter.counts["skipped"], 2)
        XCTAssertEqual(counter.rootAttributes["tests"], "5")
        XCTAssertEqual(counter.rootAttributes["failures"], "2")
        XCTAssertEqual(counter.rootAttributes["skipped"], "2")
        XCTAssertTrue(counter.failureText.contains("-c\n+b"), counter.failureText)
        XCTAssertTrue(counter.failureText.contains("error: oops"), counter.failureText)
    }
}

final class CheckJobsTests: XCTestCase {
    func testResultsComeBackInOrderFromBigStackThreads() {
        var delivered: [Int] = []
        CheckJobs.run(count: 50, jobs: 4, work: { i -> (Int, Bool) in
            usleep(UInt32((50 - i) * 200))   // later jobs finish first
            return (i, !Thread.isMainThread)
        }, deliver: { i, result in
            XCTAssertEqual(i, result.0)
            XCTAssertTrue(result.1, "work runs on worker threads")
            delivered.append(i)
        })
        XCTAssertEqual(delivered, Array(0..<50))
    }

    func testDeepRecursionFitsInAWorkersStack() {
        func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
        var result = 0
        // About 100 bytes a frame or more: far past the 8 MB of a default thread.
        CheckJobs.run(count: 1, jobs: 1, work: { _ in depth(400_000) }, deliver: { _, r in result = r })
        XCTAssertEqual(result, 400_000)
    }

    func testLessonsRunInParallelEachInItsOwnSession() {
        let docs = (0..<8).map { LessonParser.parse(source: "```swift\nsay \($0)\n```\n```output\n\($0)\n```\n", path: "l\($0).md") }
        var results: [LessonCheckResult] = []
        CheckJobs.run(count: docs.count, jobs: 3, work: { i in LessonChecker().check(docs[i]) { CheckFakeSession() } },
                      deliver: { _, r in results.append(r) })
        XCTAssertEqual(results.map(\.path), docs.map(\.path))
        XCTAssertTrue(results.allSatisfy { !$0.failed })
    }
}
