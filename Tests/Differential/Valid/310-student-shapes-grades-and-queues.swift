// Issue #13: enums with payloads, Comparable structs, captured counters, inout, Set, String.init as a function, a generic queue, memoised recursion.
import Foundation
enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    var area: Double {
        switch self {
        case .circle(let r): return Double.pi * r * r
        case let .rect(w, h): return w * h
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rect(width: 2, height: 3)]
print(shapes.map { String(format: "%.2f", $0.area) })
struct Student: Comparable {
    let name: String
    var grades: [Int]
    var average: Double { grades.isEmpty ? 0 : Double(grades.reduce(0, +)) / Double(grades.count) }
    static func < (a: Student, b: Student) -> Bool { a.average < b.average }
}
var students = [Student(name: "ann", grades: [90, 85]), Student(name: "bob", grades: [70, 95, 80]), Student(name: "cy", grades: [])]
students[2].grades.append(100)
let ranked = students.sorted(by: >)
for (i, s) in ranked.enumerated() { print(i + 1, s.name, String(format: "%.1f", s.average)) }
print(students.max()?.name ?? "-", students.contains { $0.average > 99 })
func makeCounter() -> () -> Int {
    var n = 0
    return { n += 1; return n }
}
let next = makeCounter()
_ = next(); _ = next()
print(next())
func swapFirstLast(_ xs: inout [String]) {
    guard xs.count > 1 else { return }
    xs.swapAt(0, xs.count - 1)
}
var names = ["a", "b", "c"]
swapFirstLast(&names)
print(names)
let sentence = "Swift is fun and Swift is fast"
let words = sentence.split(separator: " ").map(String.init)
var seen = Set<String>()
var unique: [String] = []
for w in words where !seen.contains(w) { seen.insert(w); unique.append(w) }
print(unique, seen.count, words.filter { $0.hasPrefix("f") })
let initials = words.compactMap { $0.first }.map { String($0) }.joined()
print(initials, sentence.uppercased().count, sentence.replacingOccurrences(of: "Swift", with: "S"))
struct Queue<T> {
    private var items: [T] = []
    mutating func push(_ x: T) { items.append(x) }
    mutating func pop() -> T? { items.isEmpty ? nil : items.removeFirst() }
    var isEmpty: Bool { items.isEmpty }
}
var q = Queue<Int>()
for i in 1...3 { q.push(i * 10) }
while let x = q.pop() { print(x, terminator: q.isEmpty ? "\n" : ",") }
let temps = [("Mon", 21.5), ("Tue", 25.0), ("Wed", 19.0)]
let warmest = temps.max { $0.1 < $1.1 }!
print(warmest.0, temps.map { $0.1 }.reduce(0, +) / Double(temps.count))
var memo: [Int: Int] = [:]
func fibm(_ n: Int) -> Int {
    if n < 2 { return n }
    if let v = memo[n] { return v }
    let r = fibm(n - 1) + fibm(n - 2)
    memo[n] = r
    return r
}
print(fibm(40))
