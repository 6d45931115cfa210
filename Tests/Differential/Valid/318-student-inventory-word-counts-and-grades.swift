import Foundation
// Top-level computed properties and a small inventory
var width = 3.0
var height = 4.0
var area: Double { width * height }
var diagonal: Double {
    get { (width * width + height * height).squareRoot() }
}
print(area, diagonal)
width = 6
print(area)

struct Item { let name: String; var qty: Int; let price: Double }
var stock = [Item(name: "pen", qty: 10, price: 1.5), Item(name: "book", qty: 2, price: 12.0)]
stock[0].qty -= 3
let value = stock.reduce(0.0) { $0 + Double($1.qty) * $1.price }
print("value:", value)
let names = stock.map(\.name).joined(separator: ", ")
print(names)
let cheap = stock.filter { $0.price < 5 }.map { $0.name }
print(cheap)
var counts: [String: Int] = [:]
for w in "the cat and the hat and the bat".split(separator: " ") { counts[String(w), default: 0] += 1 }
for (k, v) in counts.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }) { print(k, v) }
enum Grade: String, CaseIterable { case a = "A", b = "B", c = "C" }
for g in Grade.allCases { print(g.rawValue, terminator: " ") }
print()
let scores = [88, 92, 75, 64]
func grade(_ s: Int) -> Grade { s >= 90 ? .a : s >= 75 ? .b : .c }
print(scores.map { grade($0).rawValue })
let avg = Double(scores.reduce(0, +)) / Double(scores.count)
print(String(format: "%.2f", avg))
var fib = [0, 1]
while fib.count < 10 { fib.append(fib[fib.count - 1] + fib[fib.count - 2]) }
print(fib)
let matrix = [[1, 2], [3, 4]]
let transposed = (0..<2).map { j in matrix.map { $0[j] } }
print(transposed)
