import Foundation
// Protocols, generics and optionals as a student writes them
protocol Shape { var area: Double { get }; func describe() -> String }
extension Shape { func describe() -> String { "shape with area \(area)" } }
struct Circle: Shape { let r: Double; var area: Double { Double.pi * r * r } }
struct Square: Shape { let s: Double; var area: Double { s * s }; func describe() -> String { "square \(s)" } }
let shapes: [Shape] = [Circle(r: 1), Square(s: 2)]
for s in shapes { print(s.describe()) }
let total = shapes.map(\.area).reduce(0, +)
print((total * 100).rounded() / 100)
func firstIndex<T: Equatable>(of x: T, in xs: [T]) -> Int? {
    for (i, v) in xs.enumerated() where v == x { return i }
    return nil
}
print(firstIndex(of: 3, in: [1, 2, 3]) ?? -1, firstIndex(of: "z", in: ["a"]) as Any)
struct Stack<T> {
    private var items: [T] = []
    mutating func push(_ x: T) { items.append(x) }
    mutating func pop() -> T? { items.popLast() }
    var isEmpty: Bool { items.isEmpty }
}
var st = Stack<Int>()
st.push(1); st.push(2)
while let top = st.pop() { print(top) }
print(st.isEmpty)
var maybe: Int? = nil
print(maybe ?? 0, maybe.map { $0 * 2 } as Any)
maybe = 21
if let m = maybe, m > 20 { print("big", m * 2) }
let words = ["apple", "Banana", "cherry"]
print(words.sorted { $0.lowercased() < $1.lowercased() })
print(words.map { $0.count }.max()!)
let dict = Dictionary(uniqueKeysWithValues: words.map { ($0.prefix(1).uppercased(), $0.count) })
print(dict.keys.sorted())
class Counter { var n = 0; func tick() -> Int { n += 1; return n } }
let c = Counter()
_ = c.tick(); _ = c.tick()
print(c.n)
let tuple = (name: "x", score: 3.5)
print(tuple, tuple.score * 2)
switch tuple.score { case ..<2: print("low"); case 2..<4: print("mid"); default: print("high") }
