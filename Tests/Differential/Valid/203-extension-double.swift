import Foundation
extension Double {
    var squared: Double { return self * self }
    func clamped(_ low: Double, _ high: Double) -> Double {
        return Swift.min(Swift.max(self, low), high)
    }
    func rounded(to places: Int) -> Double {
        var factor = 1.0
        for _ in 0..<places { factor *= 10.0 }
        return (self * factor).rounded() / factor
    }
    var sigmoid: Double {
        return 1.0 / (1.0 + (-self).exponential)
    }
    var exponential: Double {
        // A few terms of the series are enough for small values.
        var term = 1.0, sum = 1.0
        for n in 1...20 {
            term *= self / Double(n)
            sum += term
        }
        return sum
    }
}

print(1.5.squared)
print(7.3.clamped(0.0, 5.0), (-2.0).clamped(0.0, 5.0))
print(3.14159.rounded(to: 2))
print(0.0.sigmoid)
print(2.0.sigmoid.rounded(to: 4))
