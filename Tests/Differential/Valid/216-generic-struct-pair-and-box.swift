struct Pair<First, Second> {
    let first: First
    let second: Second

    func swapped() -> Pair<Second, First> {
        return Pair<Second, First>(first: second, second: first)
    }
}

class Box<Value> {
    var value: Value
    init(_ value: Value) { self.value = value }
    func map<U>(_ f: (Value) -> U) -> Box<U> {
        return Box<U>(f(value))
    }
}

let p = Pair(first: "epochs", second: 20)
print(p.first, p.second)
let q = p.swapped()
print(q.first, q.second)
let b = Box(21)
let doubled = b.map { $0 * 2 }
let text = doubled.map { "value \($0)" }
print(doubled.value, text.value)
b.value = 5
print(b.value)
