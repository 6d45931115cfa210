import XCTest
import Foundation
@testable import TensorEngine

/// TensorDataset, DataLoader and loadCSV.
final class DataTests: XCTestCase {
    private func dataset(_ n: Int) throws -> TensorDataset {
        let x = try Tensor.arange(0, Double(n)).reshaped([n, 1]) * Tensor([1, 10])   // row i: [i, 10i]
        return try TensorDataset(x, Tensor.arange(0, Double(n)))
    }

    func testTensorDatasetPairsRows() throws {
        let d = try dataset(5)
        XCTAssertEqual(d.count, 5)
        let (x, y) = try d[3]
        XCTAssertEqual(x.scalars, [3, 30])
        XCTAssertEqual(try y.item, 3)
        XCTAssertThrowsError(try d[5])
        XCTAssertThrowsError(try TensorDataset(Tensor.zeros([3, 2]), Tensor.zeros([4])))
    }

    func testBatchesCoverTheDatasetExactlyOncePerEpoch() throws {
        let loader = try DataLoader(try dataset(10), batchSize: 4, shuffle: true, using: RandomGenerator(seed: 1))
        XCTAssertEqual(loader.count, 3)
        for _ in 0..<3 {
            var seen: [Double] = [], sizes: [Int] = []
            for (inputs, labels) in loader {
                sizes.append(labels.count)
                XCTAssertEqual(inputs.shape, [labels.count, 2])
                // Inputs and labels stay paired: column 0 of the input is the label.
                XCTAssertEqual(try inputs[.all, 0].scalars, labels.scalars)
                seen += labels.scalars
            }
            XCTAssertEqual(sizes, [4, 4, 2])
            XCTAssertEqual(seen.sorted(), (0..<10).map(Double.init))
        }
        let dropping = try DataLoader(try dataset(10), batchSize: 4, dropLast: true)
        XCTAssertEqual(Array(dropping).map { $0.labels.count }, [4, 4])
        XCTAssertEqual(dropping.count, 2)
    }

    func testShuffleIsReproducibleAndNewEachEpoch() throws {
        func epochs(_ seed: UInt64) throws -> [[Double]] {
            let loader = try DataLoader(try dataset(12), batchSize: 12, shuffle: true, using: RandomGenerator(seed: seed))
            return loader.prefix(1).map(\.labels.scalars) + loader.prefix(1).map(\.labels.scalars)
        }
        let a = try epochs(7), b = try epochs(7)
        XCTAssertEqual(a, b)                    // same seed, same orders
        XCTAssertNotEqual(a[0], a[1])           // a new order per epoch
        XCTAssertNotEqual(a[0], (0..<12).map(Double.init))
        let plain = try DataLoader(try dataset(5), batchSize: 2)
        XCTAssertEqual(Array(plain).flatMap(\.labels.scalars), [0, 1, 2, 3, 4])
        XCTAssertThrowsError(try DataLoader(try dataset(5), batchSize: 2, shuffle: true))
        XCTAssertThrowsError(try DataLoader(try dataset(5), batchSize: 0))
    }

    // MARK: CSV

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("DataTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func csvError(_ body: () throws -> Tensor) -> CSVError? {
        do { _ = try body(); return nil } catch { return error as? CSVError }
    }

    func testLoadCSVReadsNumbersWithHeaderQuotesAndCRLF() throws {
        try write("data.csv", "hours,passed\r\n1, 0\r\n2.5,\"1\"\r\n\r\n-3e-1,1\r\n")
        let t = try loadCSV("data.csv", skipHeader: true, baseDirectory: folder.path)
        XCTAssertEqual(t.shape, [3, 2])
        assertClose(t.scalars, [1, 0, 2.5, 1, -0.3, 1])
        XCTAssertEqual(try loadCSV(folder.appendingPathComponent("data.csv").path, skipHeader: true).shape, [3, 2])
    }

    func testCSVErrorsNameFileAndLine() throws {
        let base = folder.path
        let missing = csvError { try loadCSV("nope.csv", baseDirectory: base) }
        XCTAssertEqual(missing?.description, "nope.csv: no such file")

        try write("ragged.csv", "1,2,3\n4,5,6\n7,8\n")
        let ragged = csvError { try loadCSV("ragged.csv", baseDirectory: base) }
        XCTAssertEqual(ragged?.line, 3)
        XCTAssertEqual(ragged?.description, "ragged.csv:3: has 2 fields, but line 1 has 3")

        try write("word.csv", "x,y\n1,2\n3,abc\n")
        let word = csvError { try loadCSV("word.csv", skipHeader: true, baseDirectory: base) }
        XCTAssertEqual(word?.description, "word.csv:3: field 2 is \"abc\", not a number")
        let header = csvError { try loadCSV("word.csv", baseDirectory: base) }
        XCTAssertEqual(header?.line, 1)
        XCTAssert(header?.description.contains("skipHeader") == true)

        try write("empty-field.csv", "1,,3\n")
        XCTAssertEqual(csvError { try loadCSV("empty-field.csv", baseDirectory: base) }?.description,
                       "empty-field.csv:1: field 2 is an empty field, not a number")
        try write("empty.csv", "a,b\n\n")
        XCTAssertEqual(csvError { try loadCSV("empty.csv", skipHeader: true, baseDirectory: base) }?.description,
                       "empty.csv: has no rows of numbers")
        XCTAssertEqual(csvError { try loadCSV(".", baseDirectory: base) }?.description, ".: is a folder, not a file")
    }
}
