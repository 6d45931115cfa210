import XCTest
@testable import Prelude
import Script

final class DataBindingTests: XCTestCase {
    func testDataLoaderOverLoadCSVYieldsBatchesOfInputsAndLabels() throws {
        let folder = temporaryFolder()
        try "x1,x2,y\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n9,10,1\n".write(toFile: folder + "/data.csv", atomically: true, encoding: .utf8)
        let r = runClean(["""
        let data = loadCSV("data.csv", skipHeader: true)
        print(data.shape)
        let x = data[..., 0..<2]
        let y = data[..., 2]
        let loader = DataLoader(TensorDataset(x, y), batchSize: 2, shuffle: false)
        for (inputs, labels) in loader {
            print(inputs.shape, labels.scalars)
        }
        var seen = 0.0
        for (_, labels) in DataLoader(TensorDataset(x, y), batchSize: 2, shuffle: true) { seen += labels.sum().item }
        print(seen)
        """], directory: folder)
        XCTAssertEqual(r.text, "[5, 3]\n[2, 2] [0.0, 1.0]\n[2, 2] [0.0, 1.0]\n[1, 2] [1.0]\n3.0\n")
    }

    func testTheSessionRecordsTheFilesLoadCSVAskedForOnceEachEvenMissingOnes() throws {
        let folder = temporaryFolder()
        try "1,2\n".write(toFile: folder + "/a.csv", atomically: true, encoding: .utf8)
        let session = makeLessonSession(directory: folder)
        for code in ["let a = loadCSV(\"a.csv\")", "let b = loadCSV(\"a.csv\")", "let c = loadCSV(\"missing.csv\")"] {
            _ = session.run(CellSource(code: code, file: "t.md", firstLine: 1, columnOffset: 0), timeout: 10)
        }
        XCTAssertEqual(session.filesRead, ["a.csv", "missing.csv"])
    }

    func testLoadCSVRefusesPathsOutsideTheLessonFolder() throws {
        let outside = temporaryFolder()
        try "1,2\n".write(toFile: outside + "/secret.csv", atomically: true, encoding: .utf8)
        let folder = temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: outside + "/secret.csv")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dir", withDestinationPath: outside)
        for path in [outside + "/secret.csv", "../" + (outside as NSString).lastPathComponent + "/secret.csv", "link.csv", "dir/secret.csv", "~/secret.csv"] {
            let r = runLesson(["let t = loadCSV(\"\(path)\")"], directory: folder)
            XCTAssertEqual(r.errors.count, 1, path)
            XCTAssertTrue(r.errors.first?.message.hasPrefix("loadCSV: cannot read") ?? false, r.errors.first?.message ?? path)
        }
    }

    func testLoadCSVReportsTheFileAndLineOfABadNumber() throws {
        let folder = temporaryFolder()
        try "1,2\n3,x\n".write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
        let r = runLesson(["let t = loadCSV(\"bad.csv\")"], directory: folder)
        XCTAssertTrue(r.errors.first?.message.contains("bad.csv:2") ?? false, r.errors.first?.message ?? "no error")
    }
}
