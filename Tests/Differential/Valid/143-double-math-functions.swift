import Foundation
let x = 2.0
print(sqrt(x), pow(x, 3), exp(1.0), log(exp(2.0)))
print(sin(Double.pi / 2), cos(0.0), tanh(0.0), atan(1.0) * 4)
print(floor(-2.5), ceil(-2.5), round(2.675 * 100) / 100, abs(-7.25))
print(Double(Int(7.9)), 7.0 / 0.0, -1 / 0.0)
print(Double.infinity > 1e308, (0.0 / 0.0).isNaN, max(2.5, 1), min(-1.0, 0))
