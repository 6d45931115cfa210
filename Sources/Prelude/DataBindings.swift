// Data (LANGUAGE.md §3 "Data"): `loadCSV(_:skipHeader:)` reading only inside the lesson's
// folder, `TensorDataset(_:_:)`, and `DataLoader(_:batchSize:shuffle:)` iterated as
// `for (x, y) in loader`. Shuffling draws from the session's one generator.

import Foundation
import Script
import TensorEngine

/// Samples paired along their first axis.
final class DatasetObject: NativeObject {
    let inputs: Tensor
    let labels: Tensor

    init(_ inputs: Tensor, _ labels: Tensor, type: NativeType) {
        self.inputs = inputs
        self.labels = labels
        super.init(type: type)
    }

    var count: Int { inputs.shape[0] }
}

/// Batches of a dataset, reshuffled at each pass when `shuffle` is on.
final class DataLoaderObject: NativeObject {
    let dataset: DatasetObject
    let batchSize: Int
    let shuffle: Bool

    init(_ dataset: DatasetObject, batchSize: Int, shuffle: Bool, type: NativeType) {
        self.dataset = dataset
        self.batchSize = batchSize
        self.shuffle = shuffle
        super.init(type: type)
    }

    var batchCount: Int { (dataset.count + batchSize - 1) / batchSize }
}

/// Rows `indices` of `t` along its first axis, as a new tensor (no gradient: data).
func gatherRows(_ t: Tensor, _ indices: ArraySlice<Int>) throws -> Tensor {
    let rowSize = t.shape[0] == 0 ? 0 : t.count / t.shape[0]
    var out = [Float](repeating: 0, count: indices.count * rowSize)
    t.withUnsafeBufferPointer { src in
        var k = 0
        for i in indices {
            for j in 0..<rowSize { out[k + j] = src[i * rowSize + j] }
            k += rowSize
        }
    }
    return try Tensor(shape: [indices.count] + t.shape.dropFirst(), scalars: out)
}

extension Prelude {
    func bindData() {
        let lib = library
        let wrap = self.wrap as (Tensor) -> Value

        lib.function("loadCSV", ["_", Param("skipHeader", default: false)]) { call in
            let path = try call.string(0)
            call.context.recordRead(path)
            let url = try lessonFile(path, directory: call.context.lessonDirectory, op: "loadCSV")
            return wrap(try readCSV(url, named: path, skipHeader: try call.bool(1)))
        }

        let dataset = lib.addType("TensorDataset")
        dataset.initializer(["_", "_"]) { call in
            let x = try tensorLike(call[0], op: "TensorDataset"), y = try tensorLike(call[1], op: "TensorDataset")
            guard x.rank > 0, y.rank > 0 else {
                throw ScriptError("TensorDataset: inputs and labels need a first axis of samples; got shapes \(shapeText(x.shape)) and \(shapeText(y.shape))")
            }
            guard x.shape[0] == y.shape[0] else {
                throw ScriptError("TensorDataset: inputs (shape \(shapeText(x.shape))) and labels (shape \(shapeText(y.shape))) must have the same number of samples along axis 0")
            }
            return .native(DatasetObject(x.detached(), y.detached(), type: dataset))
        }
        func ds(_ v: Value) throws -> DatasetObject { try v.asNative(DatasetObject.self, expected: "TensorDataset") }
        dataset.property("count") { call in .int(try ds(call.receiver).count) }
        dataset.addSubscript(get: guarded { call in
            let d = try ds(call.receiver)
            let i = try call.int(0)
            guard i >= -d.count, i < d.count else { throw ScriptError("TensorDataset: index \(i) is out of range for \(d.count) samples") }
            return .makeTuple([wrap(try d.inputs.indexed([.index(i)])), wrap(try d.labels.indexed([.index(i)]))])
        })
        dataset.describe = { v in
            guard case .native(let n) = v, let d = n as? DatasetObject else { return "TensorDataset()" }
            return "TensorDataset(\(d.count) samples: inputs \(shapeText(d.inputs.shape)), labels \(shapeText(d.labels.shape)))"
        }

        let loader = lib.addType("DataLoader")
        loader.initializer(["_", Param("batchSize", default: 1), Param("shuffle", default: false)]) { call in
            let d = try ds(call[0])
            let size = try call.int(1)
            guard size > 0 else { throw ScriptError("DataLoader: batchSize must be at least 1, got \(size)") }
            return .native(DataLoaderObject(d, batchSize: size, shuffle: try call.bool(2), type: loader))
        }
        func dl(_ v: Value) throws -> DataLoaderObject { try v.asNative(DataLoaderObject.self, expected: "DataLoader") }
        loader.property("count") { call in .int(try dl(call.receiver).batchCount) }
        loader.property("batchSize") { call in .int(try dl(call.receiver).batchSize) }
        loader.makeIterator = { v, context in
            let l = try dl(v)
            let n = l.dataset.count
            var order = Array(0..<n)
            if l.shuffle {
                // Fisher–Yates with the session's generator: reproducible under manualSeed.
                for i in stride(from: n - 1, to: 0, by: -1) {
                    order.swapAt(i, context.random.nextInt(in: 0..<(i + 1)))
                }
            }
            var start = 0
            return {
                guard start < n else { return nil }
                let end = Swift.min(start + l.batchSize, n)
                defer { start = end }
                let rows = order[start..<end]
                return try translatingErrors {
                    .makeTuple([wrap(try gatherRows(l.dataset.inputs, rows)), wrap(try gatherRows(l.dataset.labels, rows))])
                }
            }
        }
        loader.describe = { v in
            guard case .native(let n) = v, let l = n as? DataLoaderObject else { return "DataLoader()" }
            return "DataLoader(\(l.dataset.count) samples, batchSize: \(l.batchSize), shuffle: \(l.shuffle))"
        }
    }
}

/// The file `path` names inside the lesson folder `directory`. Refuses absolute paths, `..`,
/// `~`, and anything whose real path (symlinks resolved) is not below the folder's real path.
func lessonFile(_ path: String, directory: String, op: String) throws -> URL {
    func refuse(_ why: String) -> ScriptError {
        ScriptError("\(op): cannot read '\(path)': \(why)")
    }
    guard !path.isEmpty else { throw refuse("the path is empty") }
    guard !path.hasPrefix("/"), !path.hasPrefix("~") else {
        throw refuse("the path must be relative to the lesson's folder")
    }
    let parts = path.split(separator: "/", omittingEmptySubsequences: true)
    guard !parts.contains("..") else { throw refuse("the path may not leave the lesson's folder") }
    guard !path.contains("\0") else { throw refuse("the path contains a NUL character") }
    let base = URL(fileURLWithPath: directory).resolvingSymlinksInPath().standardizedFileURL.path
    let file = URL(fileURLWithPath: base).appendingPathComponent(path).resolvingSymlinksInPath().standardizedFileURL
    let prefix = base.hasSuffix("/") ? base : base + "/"
    guard file.path.hasPrefix(prefix) else { throw refuse("the path leads outside the lesson's folder") }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else {
        throw refuse("no such file in the lesson's folder")
    }
    guard !isDirectory.boolValue else { throw refuse("it is a folder, not a file") }
    return file
}

/// Largest CSV file `loadCSV` reads (the tensor size cap would refuse more anyway).
let csvByteLimit = 256 << 20

/// The file's numbers as a [rows, columns] tensor, parsed by the engine's `parseCSV`
/// (errors name the file and the line).
func readCSV(_ url: URL, named name: String, skipHeader: Bool) throws -> Tensor {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    if let size = attributes?[.size] as? Int, size > csvByteLimit {
        throw ScriptError("loadCSV: '\(name)' is larger than \(csvByteLimit >> 20) MB")
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        throw ScriptError("loadCSV: cannot read '\(name)'")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw ScriptError("loadCSV: '\(name)' is not UTF-8 text")
    }
    return try translatingErrors { try parseCSV(text, path: name, skipHeader: skipHeader) }
}
