// Data (LANGUAGE.md §3 "Data"): `loadCSV(_:skipHeader:)` reading only inside the lesson's
// folder, `TensorDataset(_:_:)`, `randomSplit(_:_:)`, and `DataLoader(_:batchSize:shuffle:)`
// iterated as `for (x, y) in loader` or `for (i, (x, y)) in loader.enumerated()`. Shuffling
// and splitting draw from the session's one generator.

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

/// A loader's `enumerated()`: iterating it runs one pass of the loader, counting batches.
final class EnumeratedLoaderObject: NativeObject {
    let loader: DataLoaderObject

    init(_ loader: DataLoaderObject, type: NativeType) {
        self.loader = loader
        super.init(type: type)
    }
}

/// One pass over a loader: its batches as `(inputs, labels)` tuples, in a fresh order drawn
/// now when it shuffles.
private func batches(of l: DataLoaderObject, _ context: NativeContext, _ wrap: @escaping (Tensor) -> Value) throws -> NativeIterator {
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

/// The dataset a value holds, or a type error naming `TensorDataset`.
private func ds(_ v: Value) throws -> DatasetObject { try v.asNative(DatasetObject.self, expected: "TensorDataset") }

/// The loader a value holds, or a type error naming `DataLoader`.
private func dl(_ v: Value) throws -> DataLoaderObject { try v.asNative(DataLoaderObject.self, expected: "DataLoader") }

extension Prelude {
    func bindData() {
        let wrap = self.wrap as (Tensor) -> Value
        library.function("loadCSV", ["_", Param("skipHeader", default: false)]) { call in
            let path = try call.string(0)
            call.context.recordRead(path)
            return wrap(try readCSV(path, inside: call.context.lessonDirectory, skipHeader: try call.bool(1)))
        }
        let dataset = bindTensorDataset()
        bindRandomSplit(dataset)
        bindDataLoader(dataset)
    }

    /// `TensorDataset(_:_:)` with `count` and a subscript; returns its type.
    private func bindTensorDataset() -> NativeType {
        let wrap = self.wrap as (Tensor) -> Value
        let dataset = library.addType("TensorDataset")
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
        dataset.property("count") { call in .int(try ds(call.receiver).count) }
        dataset.subscripts(get: guarded { call in
            let d = try ds(call.receiver)
            let i = try call.int(0)
            guard i >= -d.count, i < d.count else { throw ScriptError("TensorDataset: index \(i) is out of range for \(d.count) samples") }
            return .makeTuple([wrap(try d.inputs.indexed([.index(i)])), wrap(try d.labels.indexed([.index(i)]))])
        })
        dataset.describe = { v in
            guard case .native(let n) = v, let d = n as? DatasetObject else { return "TensorDataset()" }
            return "TensorDataset(\(d.count) samples: inputs \(shapeText(d.inputs.shape)), labels \(shapeText(d.labels.shape)))"
        }
        return dataset
    }

    /// `randomSplit(dataset, [80, 20])` or `randomSplit(dataset, [0.8, 0.2])`: new datasets.
    private func bindRandomSplit(_ dataset: NativeType) {
        library.function("randomSplit", ["_", "_"]) { call in
            let d = try datasetOf(call[0], call.context, type: dataset, op: "randomSplit")
            let parts = try call[1].asArray()
            let lengths: [Int]
            if parts.allSatisfy({ if case .int = $0 { return true }; return false }) {
                lengths = try parts.map { try $0.asInt() }
            } else {
                lengths = try splitLengths(count: d.count, fractions: try parts.map { try $0.asDouble() })
            }
            let random = call.context.random
            let split = try randomSplitIndices(count: d.count, lengths: lengths) { random.nextInt(in: $0) }
            return .array(try split.map { rows in
                .native(DatasetObject(try gatherRows(d.inputs, rows[...]), try gatherRows(d.labels, rows[...]), type: dataset))
            })
        }
    }

    /// `DataLoader(_:batchSize:shuffle:)`, iterated for batches, and its `enumerated()`.
    private func bindDataLoader(_ dataset: NativeType) {
        let wrap = self.wrap as (Tensor) -> Value
        let loader = library.addType("DataLoader")
        loader.initializer(["_", Param("batchSize", default: 1), Param("shuffle", default: false)]) { call in
            let d = try datasetOf(call[0], call.context, type: dataset, op: "DataLoader")
            let size = try call.int(1)
            guard size > 0 else { throw ScriptError("DataLoader: batchSize must be at least 1, got \(size)") }
            return .native(DataLoaderObject(d, batchSize: size, shuffle: try call.bool(2), type: loader))
        }
        loader.property("count") { call in .int(try dl(call.receiver).batchCount) }
        loader.property("batchSize") { call in .int(try dl(call.receiver).batchSize) }
        loader.iterates { v, context in try batches(of: try dl(v), context, wrap) }
        loader.describe = { v in
            guard case .native(let n) = v, let l = n as? DataLoaderObject else { return "DataLoader()" }
            return "DataLoader(\(l.dataset.count) samples, batchSize: \(l.batchSize), shuffle: \(l.shuffle))"
        }
        // loader.enumerated(): (offset, element) pairs, as Swift's enumerated() of a Sequence.
        // Its type is not recorded in LibraryDeclarations: in LessonKit it is the standard
        // library's EnumeratedSequence, not a type of the lesson API.
        let enumeration = library.addType("EnumeratedSequence<DataLoader>")
        enumeration.makeIterator = { v, context in
            let l = try v.asNative(EnumeratedLoaderObject.self, expected: "EnumeratedSequence<DataLoader>").loader
            let next = try batches(of: l, context, wrap)
            var offset = 0
            return {
                guard let batch = try next() else { return nil }
                defer { offset += 1 }
                return .makeTuple([.int(offset), batch], labels: ["offset", "element"])
            }
        }
        enumeration.describe = { v in
            // As Swift prints an EnumeratedSequence: its base inside.
            guard case .native(let n) = v, let e = n as? EnumeratedLoaderObject else { return "EnumeratedSequence<DataLoader>()" }
            return "EnumeratedSequence<DataLoader>(_base: \(loader.describe?(.native(e.loader)) ?? "DataLoader()"))"
        }
        loader.method("enumerated", []) { call in .native(EnumeratedLoaderObject(try dl(call.receiver), type: enumeration)) }
    }
}

/// Largest CSV file `loadCSV` reads (the tensor size cap would refuse more anyway).
let csvByteLimit = 256 << 20

/// The numbers of the CSV file `path` inside the lesson's folder `directory` as a
/// [rows, columns] tensor, parsed by the engine's `parseCSV` (errors name the file and the
/// line). The file is opened beneath the folder (`LessonFolderFile`), so no path, symbolic
/// link or concurrent swap of folders can make it read, or quote, a file outside.
func readCSV(_ path: String, inside directory: String, skipHeader: Bool) throws -> Tensor {
    let bytes: [UInt8]
    do {
        bytes = try LessonFolderFile.contents(of: path, inside: directory, limit: csvByteLimit)
    } catch let refusal as LessonFolderFile.Refusal {
        throw ScriptError("loadCSV: cannot read '\(path)': \(refusal.reason)")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
        throw ScriptError("loadCSV: '\(path)' is not UTF-8 text")
    }
    return try translatingErrors { try parseCSV(text, path: path, skipHeader: skipHeader) }
}

/// The samples of a dataset: a `TensorDataset`, or a lesson's own type conforming to the
/// `Dataset` protocol (a `count` and a `subscript(_ i: Int)` giving an `(input, label)`
/// pair of tensors or numbers), read once, sample by sample, and stacked.
private func datasetOf(_ v: Value, _ context: NativeContext, type: NativeType, op: String) throws -> DatasetObject {
    guard context.isLessonValue(v) else { return try ds(v) }
    let n = try context.property(v, "count").asInt()
    guard n > 0 else { throw ScriptError("\(op): the dataset is empty (its count is \(n))") }
    var inputs: [Tensor] = [], labels: [Tensor] = []
    inputs.reserveCapacity(n)
    labels.reserveCapacity(n)
    for i in 0..<n {
        let sample = try context.subscriptValue(v, [.int(i)])
        guard case .tuple(let pair) = sample, pair.elements.count == 2 else {
            throw ScriptError("\(op): dataset[\(i)] must be an (input, label) pair, not '\(sample.typeName)'")
        }
        inputs.append(try tensorLike(pair.elements[0], op: op).detached())
        labels.append(try tensorLike(pair.elements[1], op: op).detached())
        if i & 255 == 255 { try context.checkCancelled() }
    }
    return DatasetObject(try stack(inputs), try stack(labels), type: type)
}
