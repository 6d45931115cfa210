import Foundation

/// Drawing at random from data, as PyTorch's `torch.multinomial` and
/// `torch.utils.data.random_split`. The generator is passed in as a function so that the
/// interpreter's session generator and LessonKit's draw the same numbers from one code path.

/// `samples` category indices per row of `weights` (`[C]` or `[rows, C]`: non-negative,
/// finite, not all zero; they need not sum to 1), each index i drawn with probability
/// `weights[i] / sum`. Without `replacement` an index is drawn at most once per row, so
/// `samples` may not exceed the row's non-zero weights. Result `[samples]` or
/// `[rows, samples]`, indices held as floats (no gradient: a sample is not differentiable).
/// `uniform` gives numbers in [0, 1).
public func multinomial(_ weights: Tensor, samples: Int, replacement: Bool = false,
                        uniform: () -> Double) throws -> Tensor {
    guard weights.rank == 1 || weights.rank == 2 else {
        throw TensorError(.invalidShape, "multinomial: the probabilities must be 1-D [categories] or 2-D [rows, categories], got \(shapeText(weights.shape))")
    }
    let categories = weights.shape[weights.rank - 1], rows = weights.rank == 2 ? weights.shape[0] : 1
    guard categories > 0 else { throw TensorError(.invalidShape, "multinomial: there are no categories to draw from (shape \(shapeText(weights.shape)))") }
    guard samples > 0 else { throw TensorError(.invalidArgument, "multinomial: samples must be positive, got \(samples)") }
    let outShape = weights.rank == 2 ? [rows, samples] : [samples]
    let out = Tensor(uninitialized: outShape, count: try checkedCount(outShape, op: "multinomial"))
    for r in 0..<rows {
        let w = (0..<categories).map { Double(weights.data[r * categories + $0]) }
        guard w.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw TensorError(.invalidArgument, "multinomial: the probabilities must be finite and >= 0 (row \(r) is not)")
        }
        let nonZero = w.filter { $0 > 0 }.count
        guard nonZero > 0 else { throw TensorError(.invalidArgument, "multinomial: row \(r) of the probabilities sums to 0") }
        guard replacement || samples <= nonZero else {
            throw TensorError(.invalidArgument, "multinomial: cannot draw \(samples) samples without replacement from \(nonZero) categories with non-zero probability; pass replacement: true")
        }
        let drawn = replacement ? drawWithReplacement(w, samples, uniform) : drawWithoutReplacement(w, samples, uniform)
        for (s, i) in drawn.enumerated() { out.data[r * samples + s] = Float(i) }
    }
    return out
}

/// `samples` indices drawn independently with probability ∝ `w`: one running sum, then a
/// binary search per draw (O(C + samples·log C), so a large draw cannot hang a cell).
func drawWithReplacement(_ w: [Double], _ samples: Int, _ uniform: () -> Double) -> [Int] {
    var running = 0.0
    let cumulative = w.map { running += $0; return running }
    let last = w.lastIndex { $0 > 0 } ?? 0
    return (0..<samples).map { _ in
        let target = uniform() * running
        // The first index whose running sum passes the target: never a zero weight, whose
        // running sum equals the one before it.
        var lo = 0, hi = cumulative.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > target { hi = mid } else { lo = mid + 1 }
        }
        return Swift.min(lo, last)   // rounding left the target at the total: the last non-zero
    }
}

/// `samples` distinct indices, distributed as drawing one at a time ∝ `w` and removing it:
/// each category gets an exponential clock −log(1 − u)/w and the first `samples` to ring win
/// (the Efraimidis–Spirakis race; O(C·log C) whatever `samples` is). Zero weights never ring.
func drawWithoutReplacement(_ w: [Double], _ samples: Int, _ uniform: () -> Double) -> [Int] {
    let clocks = w.map { weight -> Double in
        let u = uniform()
        return weight > 0 ? -Foundation.log(1 - u) / weight : .infinity   // 1 − u is in (0, 1]
    }
    let order = clocks.indices.sorted { clocks[$0] < clocks[$1] || (clocks[$0] == clocks[$1] && $0 < $1) }
    return Array(order.prefix(samples))
}

/// The sizes of the parts that `fractions` (each in [0, 1], summing to 1) make of `count`
/// samples, as PyTorch's random_split: each part gets ⌊count · fraction⌋, and what is left
/// is handed out one sample at a time to the parts in order.
public func splitLengths(count: Int, fractions: [Double]) throws -> [Int] {
    guard !fractions.isEmpty else { throw TensorError(.invalidArgument, "randomSplit: give at least one length or fraction") }
    guard fractions.allSatisfy({ $0.isFinite && $0 >= 0 && $0 <= 1 }) else {
        throw TensorError(.invalidArgument, "randomSplit: fractions must be between 0 and 1, got \(fractions)")
    }
    let total = fractions.reduce(0, +)
    guard Swift.abs(total - 1) < 1e-9 else {
        throw TensorError(.invalidArgument, "randomSplit: fractions must sum to 1, got \(fractions) (sum \(total)); or give lengths as Ints summing to \(count)")
    }
    var lengths = fractions.map { Int((Double(count) * $0).rounded(.down)) }
    let left = count - lengths.reduce(0, +)
    for i in 0..<Swift.max(left, 0) { lengths[i % lengths.count] += 1 }
    return lengths
}

/// The sample indices of each part: a random permutation of `0..<count` (Fisher–Yates with
/// `randomInt`, as a shuffling DataLoader draws it) cut into consecutive runs of `lengths`,
/// which must be ≥ 0 and sum to `count`.
public func randomSplitIndices(count: Int, lengths: [Int], randomInt: (Range<Int>) -> Int) throws -> [[Int]] {
    guard !lengths.isEmpty else { throw TensorError(.invalidArgument, "randomSplit: give at least one length or fraction") }
    guard lengths.allSatisfy({ $0 >= 0 }) else { throw TensorError(.invalidArgument, "randomSplit: lengths must be >= 0, got \(lengths)") }
    let sum = lengths.reduce(0) { $0.addingReportingOverflow($1).overflow ? Int.max : $0 + $1 }
    guard sum == count else {
        throw TensorError(.invalidArgument, "randomSplit: the lengths \(lengths) sum to \(sum), but the dataset has \(count) samples")
    }
    var order = Array(0..<count)
    for i in stride(from: count - 1, to: 0, by: -1) { order.swapAt(i, randomInt(0..<(i + 1))) }
    var parts: [[Int]] = [], start = 0
    for n in lengths {
        parts.append(Array(order[start..<(start + n)]))
        start += n
    }
    return parts
}
