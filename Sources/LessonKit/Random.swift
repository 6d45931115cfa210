// The program's one random generator, drawn exactly as the interpreter's session draws
// (Script's ScriptRandom): xoshiro256** seeded through SplitMix64 (TensorEngine's
// RandomGenerator), uniform Doubles and Floats from its top bits, integers by Lemire's
// multiply-and-reject. Every program starts from seed 0, as every lesson does. `multinomial`
// draws from it too.

import TensorEngine

/// The generator behind `manualSeed`, `Int.random(in:)`, `Double.random(in:)`, `shuffled()`,
/// random tensors, shuffling data loaders and every layer's initial weights.
final class LessonRandom {
    static let shared = LessonRandom()
    private var bits = RandomGenerator(seed: 0)

    func seed(_ seed: Int) { bits = RandomGenerator(seed: seed) }
    func next() -> UInt64 { bits.next() }
    func nextDouble() -> Double { bits.uniform() }
    func nextFloat() -> Float { bits.uniformFloat() }

    /// Uniform integer in `range` (unbiased: Lemire's multiply-and-reject, as ScriptRandom).
    func nextInt(in range: Range<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound))
        if span == 0 { return range.lowerBound }
        var m = next().multipliedFullWidth(by: span)
        if m.low < span {
            let threshold = (0 &- span) % span
            while m.low < threshold { m = next().multipliedFullWidth(by: span) }
        }
        return range.lowerBound &+ Int(bitPattern: UInt(m.high))
    }

    /// A fresh generator for one layer's initial weights (the Prelude's `layerRandom`).
    func layerGenerator() -> RandomGenerator { RandomGenerator(seed: next()) }
}

/// Restarts the one generator from `seed`.
public func manualSeed(_ seed: Int) {
    LessonRandom.shared.seed(seed)
}

extension Int {
    /// A uniform integer in `range`, from the lesson's generator.
    public static func random(in range: Range<Int>) -> Int {
        guard !range.isEmpty else { fail("Int.random(in:) needs a non-empty Int range") }
        return LessonRandom.shared.nextInt(in: range)
    }

    /// A uniform integer in `range`, from the lesson's generator.
    public static func random(in range: ClosedRange<Int>) -> Int {
        random(in: range.lowerBound..<(range.upperBound + 1))
    }
}

extension Double {
    /// A uniform number in `range`, from the lesson's generator.
    public static func random(in range: Range<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * LessonRandom.shared.nextDouble()
    }

    /// A uniform number in `range`, from the lesson's generator.
    public static func random(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * LessonRandom.shared.nextDouble()
    }
}

extension Array {
    /// The elements in a random order (Fisher–Yates with the lesson's generator).
    public func shuffled() -> [Element] {
        var b = self
        b.shuffle()
        return b
    }

    /// Puts the elements in a random order (Fisher–Yates with the lesson's generator).
    public mutating func shuffle() {
        guard count > 1 else { return }
        for i in stride(from: count - 1, to: 0, by: -1) {
            swapAt(i, LessonRandom.shared.nextInt(in: 0..<(i + 1)))
        }
    }
}

/// `samples` category indices drawn per row of `probabilities` (`[C]` or `[rows, C]`, weights
/// ≥ 0 that need not sum to 1), from the lesson's generator; without `replacement` each index
/// at most once per row.
public func multinomial(_ probabilities: Tensor, samples: Int, replacement: Bool = false) -> Tensor {
    Tensor(attempt {
        try TensorEngine.multinomial(probabilities.base, samples: samples, replacement: replacement) {
            LessonRandom.shared.nextDouble()
        }
    })
}
