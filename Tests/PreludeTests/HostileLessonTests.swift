import XCTest
@testable import Prelude
import Script

/// Lessons written to break the tool end as one clear error at the right line, and the
/// session goes on: outputs of every kind count against the cell's caps, charts stay small,
/// geometry that would overflow is an error.
final class HostileLessonTests: XCTestCase {
    private func onlyError(_ r: LessonResult, line: Int, saying text: String, file: StaticString = #filePath, at: UInt = #line) {
        XCTAssertEqual(r.errors.count, 1, "\(r.errors.map(\.formatted))", file: file, line: at)
        guard let e = r.errors.first else { return }
        XCTAssertEqual(e.location?.line, line, e.formatted, file: file, line: at)
        XCTAssertTrue(e.message.contains(text), e.message, file: file, line: at)
    }

    func testMarkdownDisplayAndTableInALoopStopAtTheOutputCap() {
        let cells = [
            "for i in 0..<1_000_000 {\n    markdown(\"row \\(i) of a long table written as Markdown\")\n}",
            "for i in 0..<1_000_000 {\n    display([i, i, i, i, i, i, i, i])\n}",
            "for i in 0..<1_000_000 {\n    table([\"a\", \"b\"], [[i, i * 2]])\n}",
            "for i in 0..<1_000_000 {\n    print(\"a line of printed text\", i)\n}",
        ]
        for cell in cells {
            let start = Date()
            let r = runLesson([cell])
            onlyError(r, line: 2, saying: "output passed 1024 KB")
            XCTAssertLessThan(Date().timeIntervalSince(start), 20, cell)
            let kept = r.outputs.reduce(0) { n, o in
                switch o {
                // Each output but text also counts 100 bytes for its frame in the handouts.
                case .text(let s): return n + s.utf8.count
                case .markdown(let s): return n + s.utf8.count + 100
                case .value(let v): return n + v.text.utf8.count + 100
                case .table(let t): return n + ([t.header] + t.rows).joined().reduce(0) { $0 + $1.utf8.count + 1 } + 100
                default: return n
                }
            }
            XCTAssertLessThanOrEqual(kept, 1 << 20, cell)
            XCTAssertGreaterThan(kept, 1 << 18, cell)   // a display value's grid counts too
        }
    }

    func testTheCapIsPerCellAndTheSessionGoesOn() {
        let r = runLesson(["for _ in 0..<100_000 { markdown(\"a fairly long line of Markdown\") }", "print(\"next cell\")"])
        XCTAssertEqual(r.errors.count, 1)
        XCTAssertTrue(r.text.hasSuffix("next cell\n"))
    }

    func testFormatPrecisionIsCappedInALesson() {
        let r = runLesson(["let x = 2.0\nlet s = String(format: \"%.900000000f\", x)"])
        onlyError(r, line: 2, saying: "precision 900000000")
    }

    func testHugeHeatmapsAndContoursAreReducedNotHuge() {
        let r = runClean(["""
        let big = Tensor.rand([1000, 1000])
        let f = Figure(title: "heat")
        f.heatmap(big)
        show(f)
        let xs = Tensor.linspace(0, 10, count: 1000)
        let z = sin(xs).unsqueezed(axis: 1) * cos(xs).unsqueezed(axis: 0)
        let g = Figure(title: "levels")
        g.contour(xs, xs, z, levels: 1000)
        g
        """])
        guard r.charts.count == 2 else { return XCTFail("expected two charts, got \(r.charts.count): \(r.errors.map(\.formatted))") }
        XCTAssertTrue(r.charts[0].svg.contains("1000×1000 grid shown as 125×125 cells"))
        XCTAssertTrue(r.charts[1].svg.contains("1000 levels asked for, 100 drawn"))
        for c in r.charts { XCTAssertLessThan(c.svg.utf8.count, 4 << 20) }
    }

    func testAChartTooLargeToDrawIsAnErrorAtItsLine() {
        let r = runLesson(["""
        let names = Array(repeating: "a category with a long name", count: 400_000)
        let values = Array(repeating: 1.0, count: 400_000)
        let f = Figure()
        f.bar(names, values)
        show(f)
        """])
        onlyError(r, line: 5, saying: "4 MB of SVG")
    }

    func testConvolutionGeometryAndReshapeOverflowAreErrors() {
        let cases: [(String, Int, String)] = [
            ("let c = Conv2d(1, 1, kernelSize: 3, padding: Int.max / 2)\nlet y = c(Tensor.zeros([1, 1, 4, 4]))", 2, "padding"),
            ("let y = conv2d(Tensor.zeros([1, 1, 4, 4]), Tensor.zeros([1, 1, 3, 3]), padding: 1_000_000_000_000)", 1, "conv2d"),
            ("let y = conv1d(Tensor.zeros([1, 1, 8]), Tensor.zeros([1, 1, 2]), stride: Int.max, padding: Int.max)", 1, "padding"),
            ("let t = Tensor.zeros([2, 3])\nlet u = t.reshaped([4294967296, 4294967296])", 2, "cannot reshape [2, 3]"),
            ("let p = maxPool2d(Tensor.zeros([1, 1, 4, 4]), kernelSize: Int.max)", 1, "maxPool2d"),
            ("let e = Tensor.zeros([0, 4611686018427387904, 4])", 1, "cap"),
        ]
        for (code, line, text) in cases {
            onlyError(runLesson([code]), line: line, saying: text)
        }
    }

    func testLoadCSVReadsThroughLinksThatStayInsideTheFolder() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/data/raw", withIntermediateDirectories: true)
        try "1,2\n3,4\n".write(toFile: folder + "/data/raw/x.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/latest", withDestinationPath: "data/raw")
        try FileManager.default.createSymbolicLink(atPath: folder + "/data/up.csv", withDestinationPath: "../data/raw/x.csv")
        try FileManager.default.createSymbolicLink(atPath: folder + "/abs.csv", withDestinationPath: folder + "/data/raw/x.csv")
        let r = runClean(["print(loadCSV(\"latest/x.csv\").shape)", "print(loadCSV(\"data/up.csv\").sum().item)",
                          "print(loadCSV(\"abs.csv\").shape)", "print(loadCSV(\"./data//raw/x.csv\").shape)"], directory: folder)
        XCTAssertEqual(r.text, "[2, 2]\n10.0\n[2, 2]\n[2, 2]\n")
    }

    func testLoadCSVRefusesLinksLeavingTheFolderLoopsFifosAndFolders() throws {
        let outside = temporaryFolder()
        try "secret-value,1\n".write(toFile: outside + "/secret.csv", atomically: true, encoding: .utf8)
        let folder = temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: folder + "/sub/escape.csv", withDestinationPath: "../../" + (outside as NSString).lastPathComponent + "/secret.csv")
        try fm.createSymbolicLink(atPath: folder + "/loop.csv", withDestinationPath: "loop.csv")
        try fm.createSymbolicLink(atPath: folder + "/etc", withDestinationPath: "/etc")
        XCTAssertEqual(mkfifo(folder + "/pipe.csv", 0o600), 0)
        let cases = [("sub/escape.csv", "outside"), ("loop.csv", "symbolic links"), ("etc/passwd", "outside"),
                     ("pipe.csv", "not a regular file"), ("sub", "folder"), ("missing.csv", "no such file"),
                     ("sub/escape.csv/x", "outside")]
        for (path, reason) in cases {
            let start = Date()
            let r = runLesson(["let t = loadCSV(\"\(path)\")"], directory: folder)
            XCTAssertLessThan(Date().timeIntervalSince(start), 5, "\(path) must not block")
            XCTAssertEqual(r.errors.count, 1, path)
            let message = r.errors.first?.message ?? ""
            XCTAssertTrue(message.hasPrefix("loadCSV: cannot read '\(path)'"), message)
            XCTAssertTrue(message.contains(reason), "\(path): \(message)")
            XCTAssertFalse(message.contains("secret-value"), message)
        }
    }

    /// Another thread swaps a folder beside the lesson for a symbolic link to a folder
    /// outside, and back, as fast as it can, while cells read a file through that folder.
    /// Every read must give the inside file or an error that quotes nothing from outside.
    func testLoadCSVCannotBeRacedOutOfTheFolder() throws {
        let outside = temporaryFolder()
        try "666,666\n".write(toFile: outside + "/x.csv", atomically: true, encoding: .utf8)
        try "secret,not-a-number\n".write(toFile: outside + "/bad.csv", atomically: true, encoding: .utf8)
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        try "1,2\n".write(toFile: folder + "/real/x.csv", atomically: true, encoding: .utf8)
        try "3,4\n".write(toFile: folder + "/real/bad.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: outside)
        XCTAssertEqual(rename(folder + "/real", folder + "/d"), 0)

        let stop = ManagedAtomicFlag()
        var swaps = 0
        let swapper = Thread {
            // d is the real folder; swap in the link, then swap back, over and over.
            while !stop.isSet {
                rename(folder + "/d", folder + "/real")
                rename(folder + "/link", folder + "/d")
                rename(folder + "/d", folder + "/link")
                rename(folder + "/real", folder + "/d")
                swaps += 1
            }
        }
        swapper.start()
        defer { stop.set() }
        let session = makeLessonSession(directory: folder)
        var inside = 0, refused = 0
        for i in 0..<3000 {
            let name = i % 2 == 0 ? "d/x.csv" : "d/bad.csv"
            let run = session.run(CellSource(code: "print(loadCSV(\"\(name)\").sum().item)", file: "race.md", firstLine: 1), timeout: 10)
            for output in run.outputs {
                switch output {
                case .text(let t):
                    XCTAssertTrue(t == "3.0\n" || t == "7.0\n", "read a file outside the folder: \(t)")
                    inside += 1
                case .error(let d):
                    XCTAssertFalse(d.message.contains("666") || d.message.contains("secret"), "quoted a file outside: \(d.message)")
                    refused += 1
                default: break
                }
            }
        }
        stop.set()
        XCTAssertEqual(inside + refused, 3000)
        XCTAssertGreaterThan(inside, 0)
        XCTAssertGreaterThan(swaps, 100, "the swapper hardly ran")
    }
}

/// A flag one thread sets and another reads (the test's stop signal).
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}
