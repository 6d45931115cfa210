import CSleef
import Foundation

/// A seeded pseudo-random generator (xoshiro256**, seeded through SplitMix64): fast, portable,
/// and the same sequence on every platform. There is no global generator: each session owns
/// one and passes it to every random op, so runs are reproducible and threads never interfere.
public final class RandomGenerator: RandomNumberGenerator {
    private var s0: UInt64 = 0, s1: UInt64 = 0, s2: UInt64 = 0, s3: UInt64 = 0
    /// The second value of the last Box-Muller pair, returned by the next `normal()`.
    private var spareNormal: Double?

    /// A generator started from `seed`.
    public init(seed: UInt64 = 0) { reseed(seed) }

    /// A generator started from `seed` (an Int, as lessons write it).
    public convenience init(seed: Int) { self.init(seed: UInt64(bitPattern: Int64(seed))) }

    /// Restarts the sequence from `seed`.
    public func reseed(_ seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
        spareNormal = nil
    }

    /// The next 64 random bits.
    @inline(__always)
    public func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform in [0, 1), with 53 random bits.
    @inline(__always)
    public func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in [0, 1) as a Float, with 24 random bits (never rounds up to 1).
    @inline(__always)
    public func uniformFloat() -> Float { Float(next() >> 40) * 0x1.0p-24 }

    /// Standard normal (mean 0, deviation 1) by the Box-Muller transform.
    public func normal() -> Double {
        if let z = spareNormal { spareNormal = nil; return z }
        let u1 = 1 - uniform()          // in (0, 1]: log(u1) is finite
        let u2 = uniform()
        let r = (-2 * Foundation.log(u1)).squareRoot()
        spareNormal = r * Foundation.sin(2 * .pi * u2)
        return r * Foundation.cos(2 * .pi * u2)
    }

    /// Fills `p[0..<count]` with standard normals, as `count` calls of `normal()` would
    /// (the same uniforms in the same order, the same spare handling), but with the
    /// transcendentals of four pairs at a time done by SLEEF: 11M values take a tenth of the
    /// time. The values equal the scalar path's up to SLEEF's 1-ULP (double) rounding, far
    /// below Float's resolution.
    public func fillNormal(_ p: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        if i < count, let z = spareNormal { p[i] = Float(z); spareNormal = nil; i += 1 }
        guard VectorMath.active else {
            while i < count { p[i] = Float(normal()); i += 1 }
            return
        }
        let chunk = 256   // pairs per SLEEF call
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * chunk) { buffer in
            let u1 = buffer.baseAddress!, u2 = u1 + chunk, zc = u2 + chunk, zs = zc + chunk
            while count - i >= 2 * 4 {
                let pairs = Swift.min(chunk, (count - i) / 2) & ~3
                for k in 0..<pairs {
                    u1[k] = 1 - uniform()
                    u2[k] = uniform()
                }
                lesson_sleef_box_muller(u1, u2, zc, zs, pairs)
                for k in 0..<pairs {
                    p[i] = Float(zc[k])
                    p[i + 1] = Float(zs[k])
                    i += 2
                }
            }
        }
        while i < count { p[i] = Float(normal()); i += 1 }
    }

    /// A uniform integer in `0..<n` (n > 0), without modulo bias.
    public func integer(below n: Int) -> Int {
        var generator = self  // a reference: the standard library's `using:` wants an inout
        return Int.random(in: 0..<n, using: &generator)
    }
}
