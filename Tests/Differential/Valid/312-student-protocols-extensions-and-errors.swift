// Issue #13: protocol defaults, Self-returning chains, Array and Int extensions, a generic function result typed by its argument (?? -1 is a Double), throwing parsers, defer, padding(toLength:).
import Foundation
protocol Describable { var name: String { get }; func describe() -> String }
extension Describable { func describe() -> String { "<\(name)>" } }
struct Layer: Describable {
    let name: String
    var units: Int
}
class Model: Describable {
    var name: String { "model" }
    var layers: [Layer] = []
    weak var parent: Model?
    func describe() -> String { layers.map { $0.describe() }.joined(separator: " -> ") }
    func add(_ l: Layer) -> Self { layers.append(l); return self }
}
let model = Model().add(Layer(name: "in", units: 4)).add(Layer(name: "out", units: 2))
print(model.describe(), model.parent?.name ?? "no parent", model.layers.first?.units ?? 0)
extension Array where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
    func scaled(by k: Double) -> [Double] { map { $0 * k } }
}
let v: [Double] = [1, 2, 3, 4]
print(v.mean, v.scaled(by: 0.5))
extension Int {
    var isEven: Bool { self % 2 == 0 }
    func times(_ f: () -> Void) { for _ in 0..<self { f() } }
}
var hits = 0
3.times { hits += 1 }
print(hits, 4.isEven, (1...10).filter { $0.isEven })
func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2]) ?? 0, largest(["b", "a"]) ?? "", largest([Double]()) ?? -1)
enum ParseError: Error { case empty, bad(String) }
func parse(_ s: String) throws -> Int {
    guard !s.isEmpty else { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.bad(s) }
    return n
}
let inputs = ["12", "", "x3"]
for s in inputs {
    do { print(try parse(s)) } catch ParseError.bad(let t) { print("bad", t) } catch { print("error", error) }
}
let parsed = inputs.compactMap { try? parse($0) }
print(parsed, (try? parse("7")) ?? 0)
func countdown(from n: Int) -> [Int] {
    var out: [Int] = []
    var k = n
    defer { print("done", out.count) }
    while k > 0 { out.append(k); k -= 2 }
    return out
}
print(countdown(from: 7))
struct Temperature {
    var celsius = 25.0
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
var temp = Temperature()
temp.fahrenheit = 212
print(temp.celsius, temp.fahrenheit)
let padded = String(repeating: "-", count: 5) + "|" + "ab".padding(toLength: 4, withPad: ".", startingAt: 0)
print(padded, "x".isEmpty, "Hello".reversed().map(String.init).joined(), "a,b,,c".components(separatedBy: ","))
