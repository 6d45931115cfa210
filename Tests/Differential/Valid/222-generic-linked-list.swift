class Node<T> {
    let value: T
    var next: Node<T>?
    init(_ value: T, next: Node<T>? = nil) {
        self.value = value
        self.next = next
    }
}

struct LinkedList<T> {
    var head: Node<T>?

    mutating func prepend(_ v: T) {
        head = Node(v, next: head)
    }

    func toArray() -> [T] {
        var result: [T] = []
        var node = head
        while let n = node {
            result.append(n.value)
            node = n.next
        }
        return result
    }

    var count: Int { return toArray().count }
}

var list = LinkedList<Int>()
for i in 1...4 { list.prepend(i * 10) }
print(list.toArray(), list.count)
var names = LinkedList<String>()
names.prepend("z")
names.prepend("y")
print(names.toArray())
