// From LanguageConformanceTests.testMathFunctions (LANGUAGE.md §2).
import Foundation
print(exp(0.0), log(1.0), sqrt(16.0), pow(2.0, 10.0), sin(0.0), cos(0.0), tan(0.0))
print(atan(0.0), tanh(0.0), abs(-2.5), abs(-3), max(1.5, 2.5), min(1, 2), max(3, 7, 5))
print(floor(2.7), ceil(2.1), round(2.5), round(-2.5), (2.0).squareRoot(), 9.0.squareRoot())
print(Double.pi, Double.infinity, -Double.infinity, (0.0 / 0.0).isNaN, Double.pi.isNaN)
print(exp(1.0), log(10.0))
