/// Datasets and mini-batches, as PyTorch's TensorDataset and DataLoader.

/// A dataset: a number of samples, each an (input, label) pair, and a way to gather several
/// samples into one batch.
public protocol Dataset {
    /// The number of samples.
    var count: Int { get }
    /// The samples at `indices`, stacked along a new first axis.
    func batch(_ indices: [Int]) throws -> (inputs: Tensor, labels: Tensor)
}

/// Samples are the rows (first-axis slices) of two tensors with the same first axis.
public struct TensorDataset: Dataset {
    public let inputs: Tensor, labels: Tensor

    /// Pairs row i of `x` with row i of `y`; both must have the same number of rows.
    public init(_ x: Tensor, _ y: Tensor) throws {
        guard x.rank >= 1, y.rank >= 1, x.shape[0] == y.shape[0] else {
            throw TensorError.shapeMismatch("TensorDataset", x.shape, y.shape, "inputs and labels must have the same number of rows (first axis)")
        }
        inputs = x
        labels = y
    }

    public var count: Int { inputs.shape[0] }

    /// Sample `i`: `(x[i], y[i])`.
    public subscript(i: Int) -> (Tensor, Tensor) {
        get throws {
            guard i >= -count, i < count else {
                throw TensorError(.indexOutOfRange, "TensorDataset: index \(i) is out of range for \(count) samples")
            }
            return (try inputs.indexed([.index(i)]), try labels.indexed([.index(i)]))
        }
    }

    public func batch(_ indices: [Int]) throws -> (inputs: Tensor, labels: Tensor) {
        (try gatherRows(inputs, indices), try gatherRows(labels, indices))
    }
}

/// Rows `indices` of `t` as a new tensor `[indices.count, ...]` (a plain copy, not recorded:
/// data is not differentiated).
func gatherRows(_ t: Tensor, _ indices: [Int]) throws -> Tensor {
    let rows = t.shape[0], rowSize = t.count / Swift.max(rows, 1)
    let out = Tensor(uninitialized: [indices.count] + t.shape.dropFirst())
    for (k, i) in indices.enumerated() {
        guard i >= 0, i < rows else {
            throw TensorError(.indexOutOfRange, "batch: row \(i) is out of range for \(rows) rows")
        }
        (out.data + k * rowSize).update(from: t.data + i * rowSize, count: rowSize)
    }
    return out
}

/// Mini-batches of a dataset: iterating yields `(inputs, labels)` batches of `batchSize`
/// samples (the last may be smaller unless `dropLast`), covering every sample once. With
/// `shuffle`, each iteration (epoch) draws a new order from the generator.
public struct DataLoader: Sequence {
    public let dataset: Dataset
    public let batchSize: Int, shuffle: Bool, dropLast: Bool
    private let rng: RandomGenerator?

    /// Batches of `dataset`; `shuffle` needs a generator (`using:`).
    public init(_ dataset: Dataset, batchSize: Int = 1, shuffle: Bool = false, dropLast: Bool = false,
                using rng: RandomGenerator? = nil) throws {
        try requirePositive(batchSize, "batchSize", "DataLoader")
        guard !shuffle || rng != nil else {
            throw TensorError(.invalidArgument, "DataLoader: shuffle needs a random generator (using:)")
        }
        self.dataset = dataset
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.dropLast = dropLast
        self.rng = rng
    }

    /// The number of batches per epoch.
    public var count: Int {
        dropLast ? dataset.count / batchSize : (dataset.count + batchSize - 1) / batchSize
    }

    /// One epoch; a shuffling loader draws the order now.
    public func makeIterator() -> Iterator {
        var order = Array(0..<dataset.count)
        if shuffle, var g = rng { order.shuffle(using: &g) }
        return Iterator(loader: self, order: order)
    }

    /// The batches of one epoch. Gathering rows cannot fail for in-range indices, so a failure
    /// here (a custom Dataset that throws) ends the epoch; `nextBatch()` reports it instead.
    public struct Iterator: IteratorProtocol {
        let loader: DataLoader
        let order: [Int]
        var position = 0

        /// The next batch, or nil at the end of the epoch; errors from the dataset are thrown.
        public mutating func nextBatch() throws -> (inputs: Tensor, labels: Tensor)? {
            let remaining = order.count - position
            guard remaining > 0, !(loader.dropLast && remaining < loader.batchSize) else { return nil }
            let end = Swift.min(position + loader.batchSize, order.count)
            let indices = Array(order[position..<end])
            position = end
            return try loader.dataset.batch(indices)
        }

        public mutating func next() -> (inputs: Tensor, labels: Tensor)? {
            try? nextBatch()
        }
    }
}
