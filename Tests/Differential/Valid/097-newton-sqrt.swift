import Foundation
// Newton's method for a square root, stopping at a tolerance.
func newtonSqrt(_ x: Double) -> Double {
    var guess = x / 2
    var steps = 0
    while abs(guess * guess - x) > 1e-12 && steps < 100 {
        guess = (guess + x / guess) / 2
        steps += 1
    }
    return guess
}
print(newtonSqrt(2), newtonSqrt(144), newtonSqrt(0.25))
print(abs(newtonSqrt(10) - 10.0.squareRoot()) < 1e-9)
