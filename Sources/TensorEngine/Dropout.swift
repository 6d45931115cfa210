/// Dropout: in training mode, zeroes each element with probability p and scales the rest by
/// 1/(1−p), so the expected value is unchanged; in evaluation mode it passes the input through.
public final class Dropout: Module {
    /// The probability of zeroing an element.
    public let p: Double
    private let rng: RandomGenerator

    /// Dropout with probability `p` in [0, 1], drawing its masks from `rng`.
    public init(_ p: Double = 0.5, using rng: RandomGenerator) throws {
        guard p >= 0, p <= 1 else {
            throw TensorError(.invalidArgument, "Dropout: p must be a probability in [0, 1], got \(p)")
        }
        self.p = p
        self.rng = rng
        super.init()
    }

    public override func forward(_ input: Tensor) throws -> Tensor {
        guard isTraining, p > 0 else { return input }
        // The mask holds 0 or 1/(1-p); p = 1 drops everything (and avoids dividing by 0).
        let keep = Float(1 - p), scale: Float = p < 1 ? 1 / keep : 0
        let mask = Tensor(uninitialized: input.shape, count: input.count)
        for i in 0..<mask.count { mask.data[i] = rng.uniformFloat() < keep ? scale : 0 }
        return try input * mask
    }
}
