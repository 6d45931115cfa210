import Foundation
func softmax(_ xs: [Double]) -> [Double] {
    let m = xs.max()!
    let exps = xs.map { exp($0 - m) }
    let total = exps.reduce(0, +)
    return exps.map { $0 / total }
}
let p = softmax([1, 2, 3])
print(p.map { String(format: "%.4f", $0) })
print(abs(p.reduce(0, +) - 1) < 1e-12, p.firstIndex(of: p.max()!)!)
