// Issue #13: operators and static members of a struct ([pos, .zero] takes pos's type), dictionary updates, string capitalisation, ranges, FizzBuzz over a tuple switch.
import Foundation
struct Vec: CustomStringConvertible, Equatable {
    var x: Double, y: Double
    var description: String { "(\(x), \(y))" }
    static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
    static func * (k: Double, v: Vec) -> Vec { Vec(x: k * v.x, y: k * v.y) }
    static let zero = Vec(x: 0, y: 0)
    var norm: Double { (x * x + y * y).squareRoot() }
}
var pos = Vec.zero
let velocity = Vec(x: 1, y: 2)
for _ in 0..<3 { pos = pos + 0.5 * velocity }
print(pos, pos.norm, pos == Vec(x: 1.5, y: 3), [pos, .zero])
let items = ["pen": 1.5, "book": 12.0, "bag": 30.0]
let cheap = items.filter { $0.value < 20 }.keys.sorted()
let totalCost = items.values.reduce(0, +)
print(cheap, totalCost, items.mapValues { $0 * 2 }["pen"] ?? 0)
var inventory: [String: Int] = ["apple": 3]
inventory["apple", default: 0] -= 1
inventory["pear"] = 5
if let n = inventory.removeValue(forKey: "pear") { print("removed", n) }
print(inventory, inventory.isEmpty)
let sentence = "the quick brown fox"
let capitalised = sentence.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
print(capitalised, sentence.contains("quick"), sentence.count, Array(sentence.prefix(3)))
let r = 1...5
print(r.map { $0 * $0 }, r.reduce(1, *), r.contains(3), Array(r.reversed()), (0..<10).filter { $0 % 3 == 0 })
var fizz: [String] = []
for i in 1...15 {
    switch (i % 3, i % 5) {
    case (0, 0): fizz.append("FizzBuzz")
    case (0, _): fizz.append("Fizz")
    case (_, 0): fizz.append("Buzz")
    default: fizz.append(String(i))
    }
}
print(fizz.suffix(5))
let optionalName: String? = nil
let greeting = "Hello, " + (optionalName ?? "world")
print(greeting, optionalName?.count as Any, optionalName == nil)
