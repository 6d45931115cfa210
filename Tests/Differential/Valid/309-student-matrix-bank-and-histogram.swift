// Issue #13: a matrix struct with a subscript and an operator, throwing methods, Dictionary(grouping:by:), labelled break.
import Foundation
struct Matrix {
    var rows: Int, cols: Int
    var data: [Double]
    init(rows: Int, cols: Int, fill: Double = 0) {
        self.rows = rows
        self.cols = cols
        data = Array(repeating: fill, count: rows * cols)
    }
    subscript(r: Int, c: Int) -> Double {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }
    static func * (a: Matrix, b: Matrix) -> Matrix {
        var out = Matrix(rows: a.rows, cols: b.cols)
        for i in 0..<a.rows { for j in 0..<b.cols { for k in 0..<a.cols { out[i, j] += a[i, k] * b[k, j] } } }
        return out
    }
}
var m = Matrix(rows: 2, cols: 2)
m[0, 0] = 1; m[0, 1] = 2; m[1, 0] = 3; m[1, 1] = 4
let p = m * m
print(p.data, p[1, 1])
class Account {
    private(set) var balance: Double = 0
    let owner: String
    static var count = 0
    init(owner: String) { self.owner = owner; Account.count += 1 }
    func deposit(_ x: Double) throws {
        guard x > 0 else { throw BankError.invalid(x) }
        balance += x
    }
}
enum BankError: Error { case invalid(Double) }
let acc = Account(owner: "ada")
do {
    try acc.deposit(50)
    try acc.deposit(-1)
} catch BankError.invalid(let x) {
    print("invalid", x)
} catch {
    print("other")
}
print(acc.balance, Account.count)
let values = [4.0, 8.0, 15.0, 16.0, 23.0, 42.0]
let (lo, hi) = (values.min()!, values.max()!)
let normalised = values.map { ($0 - lo) / (hi - lo) }
print(normalised.map { (($0 * 100).rounded() / 100) })
var histogram = [Int](repeating: 0, count: 5)
for v in normalised { histogram[min(Int(v * 5), 4)] += 1 }
print(histogram)
let text = "To be or not to be"
let freq = Dictionary(grouping: text.lowercased().split(separator: " "), by: { $0 })
    .mapValues { $0.count }
for key in freq.keys.sorted() { print(key, freq[key]!) }
func describe(_ x: Any) -> String {
    switch x {
    case let i as Int: return "int \(i)"
    case let d as Double: return "double \(d)"
    case let s as String: return "string \(s)"
    default: return "other"
    }
}
print([describe(1), describe(2.5), describe("x"), describe(true)])
var result: [String] = []
outer: for i in 1...3 {
    for j in 1...3 {
        if i * j == 4 { break outer }
        result.append("\(i)x\(j)")
    }
}
print(result)
let nested: [String: [Int]] = ["a": [1, 2], "b": [3]]
let total = nested.values.reduce(0) { $0 + $1.reduce(0, +) }
print(total, nested["a"]?.count ?? 0, nested["z"]?.first ?? -1)
