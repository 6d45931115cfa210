struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
}

print("start")
var s = Stack()
print(s.items.count)
