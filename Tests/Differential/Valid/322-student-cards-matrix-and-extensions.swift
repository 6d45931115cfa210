import Foundation
enum Suit: String, CaseIterable { case hearts = "♥", spades = "♠"
    var isRed: Bool { self == .hearts }
}
struct Card: CustomStringConvertible, Comparable {
    let rank: Int; let suit: Suit
    var description: String { "\(rank)\(suit.rawValue)" }
    static func < (a: Card, b: Card) -> Bool { a.rank < b.rank }
}
var deck: [Card] = []
for s in Suit.allCases { for r in 1...3 { deck.append(Card(rank: r, suit: s)) } }
print(deck, deck.count)
print(deck.sorted().first!, deck.max()!, deck.filter { $0.suit.isRed }.map(\.description))
struct Matrix {
    var rows: Int, cols: Int
    var data: [Double]
    init(_ rows: Int, _ cols: Int) { self.rows = rows; self.cols = cols; data = Array(repeating: 0, count: rows * cols) }
    subscript(r: Int, c: Int) -> Double {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }
    static func identity(_ n: Int) -> Matrix { var m = Matrix(n, n); for i in 0..<n { m[i, i] = 1 }; return m }
}
var m = Matrix.identity(3)
m[0, 2] = 5
print(m.data, m[0, 2])
extension Array where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
}
print([1.0, 2.0, 6.0].mean)
extension Int { var squared: Int { self * self }; func times(_ f: () -> Void) { for _ in 0..<self { f() } } }
print(7.squared)
3.times { print("hi", terminator: " ") }
print()
let words = ["swift", "is", "fun", "and", "swift", "is", "fast"]
let freq = words.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
print(freq.filter { $0.value > 1 }.keys.sorted())
let lengths = Set(words.map { $0.count })
print(lengths.sorted(), lengths.union([10]).count, lengths.isSubset(of: [2, 3, 4, 5, 10]))
let maybeNumbers = ["1", "x", "3"].compactMap { Int($0) }
print(maybeNumbers)
func classify(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (let x, 0) where x > 0: return "positive x axis"
    case (_, 0): return "x axis"
    case (0, _): return "y axis"
    default: return "elsewhere"
    }
}
print([(0, 0), (3, 0), (-1, 0), (0, 2), (1, 1)].map(classify))
func process(_ xs: [Int]) -> Int {
    var total = 0
    defer { print("processed", xs.count) }
    guard !xs.isEmpty else { return -1 }
    for x in xs { total += x }
    return total
}
print(process([1, 2]), process([]))
let letters = "Hello".map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }
print(String(letters), "abc".compactMap { $0.asciiValue })
print(String(repeating: "-", count: 5), "a,b,,c".split(separator: ",").count, "x".isEmpty)
