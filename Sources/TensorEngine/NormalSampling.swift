import CSleef

/// Box-Muller in bulk for a generator that is not the engine's own (the lesson language's,
/// which the Prelude owns): the caller draws the uniform pairs in its own order, so its
/// seeding contract holds, and this computes r·cos(2πu2), r = √(−2 ln u1), for 256 pairs at a
/// time with SLEEF (double precision, as the scalar formula) instead of one libm log and cos
/// per value: 8M normals went from ~0.5 s to a fraction of that.
public enum NormalSampling {
    /// Fills `out` with one normal per pair from `drawPair` (u1 in (0, 1], u2 in [0, 1)),
    /// using the cosine half of each Box-Muller pair, in order.
    public static func fillCosine(_ out: UnsafeMutableBufferPointer<Float>, drawPair: () -> (Double, Double)) {
        let n = out.count, chunk = 256
        guard let p = out.baseAddress else { return }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * chunk) { buffer in
            let u1 = buffer.baseAddress!, u2 = u1 + chunk, zc = u2 + chunk, zs = zc + chunk
            var i = 0
            while i < n {
                let m = Swift.min(chunk, n - i)
                for k in 0..<m { (u1[k], u2[k]) = drawPair() }
                let vectorised = VectorMath.active ? m & ~3 : 0
                if vectorised > 0 { lesson_sleef_box_muller(u1, u2, zc, zs, vectorised) }
                for k in vectorised..<m {
                    zc[k] = (-2 * _log(u1[k])).squareRoot() * _cos(2 * Double.pi * u2[k])
                }
                for k in 0..<m { p[i + k] = Float(zc[k]) }
                i += m
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
@inline(__always) private func _log(_ x: Double) -> Double { Glibc.log(x) }
@inline(__always) private func _cos(_ x: Double) -> Double { Glibc.cos(x) }
#else
import Darwin
@inline(__always) private func _log(_ x: Double) -> Double { Darwin.log(x) }
@inline(__always) private func _cos(_ x: Double) -> Double { Darwin.cos(x) }
#endif
