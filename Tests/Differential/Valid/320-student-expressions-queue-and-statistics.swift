import Foundation
// Shapes, expressions and a queue, the way a student writes them
indirect enum Expr {
    case num(Double)
    case add(Expr, Expr)
    case mul(Expr, Expr)
    case neg(Expr)
}
func eval(_ e: Expr) -> Double {
    switch e {
    case .num(let v): return v
    case let .add(a, b): return eval(a) + eval(b)
    case let .mul(a, b): return eval(a) * eval(b)
    case .neg(let x): return -eval(x)
    }
}
func show(_ e: Expr) -> String {
    switch e {
    case .num(let v): return v == v.rounded() ? String(Int(v)) : String(v)
    case .add(let a, let b): return "(\(show(a)) + \(show(b)))"
    case .mul(let a, let b): return "\(show(a)) * \(show(b))"
    case .neg(let x): return "-\(show(x))"
    }
}
let e: Expr = .add(.num(2), .mul(.num(3), .neg(.num(1.5))))
print(show(e), "=", eval(e))
struct Queue<Element> {
    private var inbox: [Element] = []
    private var outbox: [Element] = []
    var count: Int { inbox.count + outbox.count }
    mutating func enqueue(_ x: Element) { inbox.append(x) }
    mutating func dequeue() -> Element? {
        if outbox.isEmpty { outbox = inbox.reversed(); inbox.removeAll() }
        return outbox.popLast()
    }
}
var q = Queue<String>()
for w in ["a", "b", "c"] { q.enqueue(w) }
print(q.dequeue()!, q.count)
q.enqueue("d")
while let x = q.dequeue() { print(x, terminator: ",") }
print()
func swapped(_ a: inout [Int], _ i: Int, _ j: Int) { let t = a[i]; a[i] = a[j]; a[j] = t }
var arr = [5, 3, 8, 1]
for i in 0..<arr.count {
    for j in 0..<(arr.count - 1 - i) where arr[j] > arr[j + 1] { swapped(&arr, j, j + 1) }
}
print(arr)
func stats(_ xs: [Double]) -> (mean: Double, sd: Double) {
    let m = xs.reduce(0, +) / Double(xs.count)
    let v = xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count)
    return (m, v.squareRoot())
}
let r = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(r.mean, r.sd, r)
var seen = Set<Int>()
var dups: [Int] = []
for x in [1, 2, 3, 2, 1, 4] { if !seen.insert(x).inserted { dups.append(x) } }
print(dups, seen.count, seen.contains(4))
for k in stride(from: 10, through: 0, by: -5) { print(k, terminator: " ") }
print()
var n = 27, steps = 0
repeat { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps += 1 } while n != 1
print("collatz", steps)
let grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
print(grid, grid.flatMap { $0 }.count)
let labels = ["x": 1, "y": 2]
if let v = labels["y"], v > 1 { print("y is", v) }
print(labels.mapValues { $0 * 10 }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&"))
