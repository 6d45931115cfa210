import Foundation
import XCTest

/// End-to-end: `lesson export FILE.md --to ipynb` from the command line.
final class ExportCommandTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ExportCommandTests-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
        # Squares

        ```swift solution
        let answer = 3 * 3  // THE_ANSWER
        print(answer)
        ```

        """.write(toFile: folder + "/squares.md", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    private func notebook(_ path: String) throws -> [String: Any] {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: folder + "/" + path))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testExportWritesTheNotebookWithTheRunsOutputs() throws {
        let r = try CLIProcess.run(["export", "squares.md", "--to", "ipynb", "--out", "nb"], in: folder)
        XCTAssertEqual(r.status, 0, r.stderr)
        let cells = try XCTUnwrap(try notebook("nb/squares.ipynb")["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["cell_type"] as? String }, ["markdown", "code"])
        let output = try XCTUnwrap((cells[1]["outputs"] as? [[String: Any]])?.first)
        XCTAssertEqual(output["output_type"] as? String, "stream")
        XCTAssertEqual(output["text"] as? [String], ["9\n"])
        XCTAssertTrue((cells[1]["source"] as? [String])?.joined().contains("THE_ANSWER") ?? false)

        let student = try CLIProcess.run(["export", "squares.md", "--to", "IPYNB", "--out", "student", "--student"], in: folder)
        XCTAssertEqual(student.status, 0, student.stderr)
        let text = try String(contentsOfFile: folder + "/student/squares.ipynb", encoding: .utf8)
        XCTAssertFalse(text.contains("THE_ANSWER"), "the student edition leaves the solution out")
    }

    func testBadInputExitsWithTwoAndWritesNothing() throws {
        let unknown = try CLIProcess.run(["export", "squares.md", "--to", "docx", "--out", "nb"], in: folder)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("unknown export target 'docx' (use ipynb"), unknown.stderr)
        XCTAssertEqual(try CLIProcess.run(["export", "missing.md", "--to", "ipynb", "--out", "nb"], in: folder).status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/nb"))
    }
}
