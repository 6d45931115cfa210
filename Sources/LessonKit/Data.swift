// Data (LANGUAGE.md §3 "Data"): `loadCSV(_:skipHeader:)`, `TensorDataset(_:_:)`,
// `randomSplit(_:_:)`, and `DataLoader(_:batchSize:shuffle:)` iterated as `for (x, y) in
// loader` or `for (i, (x, y)) in loader.enumerated()`. Shuffling draws
// from the lesson's one generator, as the interpreter's does.

import TensorEngine

/// The numbers of a CSV file as a `[rows, columns]` tensor. A relative path is read from the
/// current directory (an exported lesson's package copies the files its lesson reads).
public func loadCSV(_ path: String, skipHeader: Bool = false) -> Tensor {
    Tensor(attempt { try TensorEngine.loadCSV(path, skipHeader: skipHeader) })
}

/// A dataset of one's own, as PyTorch's map-style `Dataset`: a count and the sample at an
/// index, an `(input, label)` pair. `DataLoader` and `randomSplit` take any.
public protocol Dataset {
    var count: Int { get }
    subscript(index: Int) -> (Tensor, Tensor) { get }
}

/// Samples paired along their first axis.
public final class TensorDataset: Dataset, CustomStringConvertible {
    let data: TensorEngine.TensorDataset

    public init(_ inputs: Tensor, _ labels: Tensor) {
        let x = inputs.base, y = labels.base
        guard x.rank > 0, y.rank > 0 else {
            fail("TensorDataset: inputs and labels need a first axis of samples; got shapes \(shapeText(x.shape)) and \(shapeText(y.shape))")
        }
        guard x.shape[0] == y.shape[0] else {
            fail("TensorDataset: inputs (shape \(shapeText(x.shape))) and labels (shape \(shapeText(y.shape))) must have the same number of samples along axis 0")
        }
        data = attempt { try TensorEngine.TensorDataset(x.detached(), y.detached()) }
    }

    public var count: Int { data.count }

    /// Sample `i` as `(input, label)`; negative counts from the end.
    public subscript(_ i: Int) -> (Tensor, Tensor) {
        guard i >= -count, i < count else { fail("TensorDataset: index \(i) is out of range for \(count) samples") }
        let (x, y) = attempt { try data[i] }
        return (Tensor(x), Tensor(y))
    }

    /// Any dataset's samples, read once in order and stacked (as the interpreter does).
    public convenience init(_ dataset: some Dataset) {
        if let d = dataset as? TensorDataset {
            self.init(Tensor(d.data.inputs), Tensor(d.data.labels))
            return
        }
        guard dataset.count > 0 else { fail("DataLoader: the dataset is empty (its count is \(dataset.count))") }
        let samples = (0..<dataset.count).map { dataset[$0] }
        let x = attempt { try TensorEngine.stack(samples.map { $0.0.base.detached() }) }
        let y = attempt { try TensorEngine.stack(samples.map { $0.1.base.detached() }) }
        self.init(Tensor(x), Tensor(y))
    }

    public var description: String {
        "TensorDataset(\(count) samples: inputs \(shapeText(data.inputs.shape)), labels \(shapeText(data.labels.shape)))"
    }
}

/// The samples of `dataset` in a random order (the lesson's generator), cut into parts of
/// `lengths` samples, which must sum to the dataset's count.
public func randomSplit(_ dataset: some Dataset, _ lengths: [Int]) -> [TensorDataset] {
    let dataset = TensorDataset(dataset)
    let parts = attempt {
        try TensorEngine.randomSplitIndices(count: dataset.count, lengths: lengths) { LessonRandom.shared.nextInt(in: $0) }
    }
    return parts.map { rows in
        let batch = attempt { try dataset.data.batch(rows) }
        return TensorDataset(Tensor(batch.inputs), Tensor(batch.labels))
    }
}

/// `randomSplit` by fractions of the dataset (summing to 1), as PyTorch's random_split: each
/// part gets ⌊count · fraction⌋ samples and the rest go one by one to the parts in order.
public func randomSplit(_ dataset: some Dataset, _ fractions: [Double]) -> [TensorDataset] {
    randomSplit(dataset, attempt { try TensorEngine.splitLengths(count: dataset.count, fractions: fractions) })
}

/// Batches of a dataset, in a fresh random order at each pass when `shuffle` is on.
public final class DataLoader: Sequence, CustomStringConvertible {
    public let dataset: TensorDataset
    public let batchSize: Int
    public let shuffle: Bool

    public init(_ dataset: some Dataset, batchSize: Int = 1, shuffle: Bool = false) {
        guard batchSize > 0 else { fail("DataLoader: batchSize must be at least 1, got \(batchSize)") }
        self.dataset = TensorDataset(dataset)
        self.batchSize = batchSize
        self.shuffle = shuffle
    }

    /// Batches per pass.
    public var count: Int { (dataset.count + batchSize - 1) / batchSize }

    public func makeIterator() -> AnyIterator<(Tensor, Tensor)> {
        let n = dataset.count
        var order = Array(0..<n)
        if shuffle {
            // Fisher–Yates with the lesson's generator: reproducible under manualSeed.
            for i in stride(from: n - 1, to: 0, by: -1) {
                order.swapAt(i, LessonRandom.shared.nextInt(in: 0..<(i + 1)))
            }
        }
        var start = 0
        let data = dataset.data, size = batchSize
        return AnyIterator {
            guard start < n else { return nil }
            let end = Swift.min(start + size, n)
            defer { start = end }
            let batch = attempt { try data.batch(Array(order[start..<end])) }
            return (Tensor(batch.inputs), Tensor(batch.labels))
        }
    }

    /// `(offset, batch)` pairs, as `Sequence.enumerated()` (declared here so that the lesson API
    /// lists it, as the interpreter's does).
    public func enumerated() -> EnumeratedSequence<DataLoader> { sequenceEnumerated(self) }

    public var description: String { "DataLoader(\(dataset.count) samples, batchSize: \(batchSize), shuffle: \(shuffle))" }
}

/// `Sequence.enumerated()` itself (in a generic context the call cannot pick `DataLoader`'s).
private func sequenceEnumerated<S: Sequence>(_ s: S) -> EnumeratedSequence<S> { s.enumerated() }
