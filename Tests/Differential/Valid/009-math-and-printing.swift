// Math on Double, conversions, print's separator/terminator and number formatting.
import Foundation

print(exp(0.0), log(1.0), sqrt(16.0), pow(2.0, 10.0), sin(0.0), cos(0.0), tan(0.0))
print(atan(0.0), tanh(0.0), abs(-2.5), abs(-3), max(1.5, 2.5), min(1, 2), max(3, 7, 5))
print(floor(2.7), ceil(2.1), round(2.5), round(-2.5), (2.0).squareRoot(), 9.0.squareRoot())
print(Double.pi, Double.infinity, -Double.infinity, (0.0 / 0.0).isNaN, Double.pi.isNaN)
print(exp(1.0), log(10.0), Double(3), Int(7.9))

print("a", "b", "c", separator: "-")
print("no newline", terminator: "")
print("!")
print(1, 2, separator: ", ", terminator: ".\n")
print()
print(0.1 + 0.2)
print(1e16, 1e15, 123456789012345680.0)
print(Double(3), -0.0, 1.0 / 3.0, 2.5e-5, 0.0001, 1e-7)
print(100.0, 1.5e300, Double.greatestFiniteMagnitude, 5e-324)
print(0.1 * 3, 2.0 / 3.0, 1e-5 * 3)
var acc = 0.0
for i in 1...10 { acc += 1.0 / Double(i) }
print(acc)
assert(acc > 2, "harmonic sum")
