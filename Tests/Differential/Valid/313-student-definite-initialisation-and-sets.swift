// Issue #13: a let assigned in both branches, a switch assigning a let, Hashable structs in a Set, [[Character]] grids, enumerated filters.
import Foundation
let limit: Int
let flag = [1, 2].count > 5
if flag { limit = 1 } else { limit = 3 }
print(limit)
var total = 0
for i in 1...limit { total += i }
print(total)
func classify(_ x: Int) -> String {
    let label: String
    switch x {
    case ..<0: label = "negative"
    case 0: label = "zero"
    default: label = "positive"
    }
    return label
}
print([-2, 0, 5].map(classify))
struct Point: Hashable { var x = 0, y = 0 }
var visited: Set<Point> = [Point(x: 1, y: 1)]
visited.insert(Point())
print(visited.count, visited.contains(Point(x: 1, y: 1)))
let p = Point(x: 3, y: 4)
let d = (Double(p.x * p.x + p.y * p.y)).squareRoot()
print(d)
var grid: [[Character]] = Array(repeating: Array(repeating: ".", count: 3), count: 2)
grid[0][1] = "#"
print(grid.map { String($0) }.joined(separator: "\n"))
let numbers = [5, 3, 8, 1]
var sortedNumbers = numbers
sortedNumbers.sort()
let (smallest, largest) = (sortedNumbers.first!, sortedNumbers.last!)
print(smallest, largest, numbers.firstIndex(of: 8)!, numbers.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element })
let dict = ["b": 2, "a": 1]
for key in dict.keys.sorted() { print(key, dict[key]!, terminator: "; ") }
print()
let maybeNumbers: [Int?] = [1, nil, 3]
print(maybeNumbers.compactMap { $0 }.reduce(0, +), maybeNumbers.count)
var counter = 0
func increment() -> Int { counter += 1; return counter }
_ = increment()
print(increment(), counter)
let scale = 2
let scaled = numbers.map { Double($0) * Double(scale) / 3 }
print(scaled.map { String(format: "%.2f", $0) })
