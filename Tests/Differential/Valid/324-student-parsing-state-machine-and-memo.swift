import Foundation
// Temperature log, string parsing and a simple state machine
let raw = "12.5, 14.0, x, 9.75, 20"
let readings = raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.compactMap(Double.init)
print(readings, readings.count)
let hottest = readings.enumerated().max { $0.element < $1.element }!
print("hottest at \(hottest.offset): \(hottest.element)")
var buckets = [String: [Double]]()
for r in readings { buckets[r >= 12 ? "warm" : "cold", default: []].append(r) }
print(buckets.keys.sorted(), buckets["warm"]!.count)
enum Light { case red, yellow, green
    mutating func next() { switch self { case .red: self = .green; case .green: self = .yellow; case .yellow: self = .red } }
}
var light = Light.red
var seq: [Light] = []
for _ in 0..<4 { seq.append(light); light.next() }
print(seq)
let csv = """
name,age
ann,31
bob,27
"""
let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
let ages = rows.map { Int($0[1])! }
print(ages, ages.reduce(0, +) / ages.count)
let sentence = "The quick brown fox"
let acronym = sentence.split(separator: " ").map { String($0.first!) }.joined()
print(acronym, sentence.lowercased().contains("quick"), sentence.count)
var memo: [Int: Int] = [:]
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let v = memo[n] { return v }
    let v = fib(n - 1) + fib(n - 2)
    memo[n] = v
    return v
}
print(fib(50))
let matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix { print(row.map { String($0) }.joined(separator: "\t")) }
let flat = matrix.joined().map { $0 * 2 }
print(Array(flat), matrix.map { $0.reduce(0, +) })
let pct = 0.4567
print(String(format: "%.1f%%", pct * 100), "\(Int(pct * 100))%")
let isValid = { (s: String) -> Bool in s.count >= 3 && s.allSatisfy { $0.isLetter } }
print(["ab", "abc", "a1c"].filter(isValid))
