import Foundation
extension Array where Element == Double {
    func mean() -> Double {
        return isEmpty ? 0.0 : reduce(0.0, +) / Double(count)
    }
    func variance() -> Double {
        let m = mean()
        return map { ($0 - m) * ($0 - m) }.reduce(0.0, +) / Double(count)
    }
    func normalised() -> [Double] {
        let lo = self.min()!, hi = self.max()!
        return map { ($0 - lo) / (hi - lo) }
    }
    func dot(_ other: [Double]) -> Double {
        return zip(self, other).map { $0 * $1 }.reduce(0.0, +)
    }
}

let xs = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
print(xs.mean())
print(xs.variance())
print(xs.variance().squareRoot())
print([1.0, 3.0, 5.0].normalised())
print([1.0, 2.0, 3.0].dot([4.0, 5.0, 6.0]))
let empty: [Double] = []
print(empty.mean())
