struct Stack {
    var items: [Int] = []
    var isEmpty: Bool { items.isEmpty }
    var top: Int? { items.last }
    mutating func push(_ x: Int) { items.append(x) }
    mutating func pop() -> Int? { items.popLast() }
}
var s = Stack()
for x in [1, 2, 3] { s.push(x) }
print(s.top!, s.pop()!, s.pop()!, s.items, s.isEmpty)
_ = s.pop()
print(s.pop() == nil, s.isEmpty)
func balanced(_ text: String) -> Bool {
    var depth = 0
    for c in text {
        if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
        if depth < 0 { return false }
    }
    return depth == 0
}
print(balanced("(a(b)c)"), balanced("(()"), balanced(")("))
