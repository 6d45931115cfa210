import Foundation
// Find a root of f by bisection, halving the bracket until it is small.
func bisect(_ f: (Double) -> Double, _ lo0: Double, _ hi0: Double) -> Double {
    var lo = lo0, hi = hi0
    for _ in 0..<60 {
        let mid = (lo + hi) / 2
        if (f(lo) < 0) == (f(mid) < 0) { lo = mid } else { hi = mid }
    }
    return (lo + hi) / 2
}
let r = bisect({ $0 * $0 - 2 }, 0, 2)
print(String(format: "%.10f", r))
print(String(format: "%.6f", bisect({ cos($0) - $0 }, 0, 1)))
