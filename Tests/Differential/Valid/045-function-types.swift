// From LanguageConformanceTests.testFunctionTypes (LANGUAGE.md §2).
import Foundation
func square(_ x: Double) -> Double { x * x }
func apply(_ f: (Double) -> Double, to x: Double) -> Double { f(x) }
let g: (Double) -> Double = square
var fs: [(Double) -> Double] = [square, { $0 + 1 }]
fs.append(sqrt)
print(apply(square, to: 3), g(2), fs.map { $0(4.0) })
func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int { { g(f($0)) } }
print(compose({ $0 + 1 }, { $0 * 2 })(5))
