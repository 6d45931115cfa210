struct Stack<Element> {
    private var items: [Element] = []

    var isEmpty: Bool { return items.isEmpty }
    var count: Int { return items.count }

    mutating func push(_ item: Element) {
        items.append(item)
    }
    mutating func pop() -> Element? {
        return items.popLast()
    }
    func peek() -> Element? {
        return items.last
    }
}

var numbers = Stack<Int>()
for i in 1...4 { numbers.push(i * i) }
print(numbers.count, numbers.peek()!)
while let top = numbers.pop() {
    print(top)
}
print(numbers.isEmpty, numbers.pop() == nil)
var words = Stack<String>()
words.push("alpha")
words.push("beta")
print(words.pop()!, words.count)
